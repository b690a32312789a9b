#!/usr/bin/env bash
# Fuzzes one Jazzer target for real, e.g.
#   tools/fuzz.sh civic-json 'CivicJsonFuzzTest#readLines'
# Each @FuzzTest stops after its maxDuration (10 minutes) or at its first finding, which Jazzer
# writes into the target's Inputs folder under src/test/resources: fix the bug, keep the input
# there (it then runs in every build) and commit both. The generated corpus goes to
# MODULE/.cifuzz-corpus/ (not committed) and is picked up by the next run. One target at a time:
# Jazzer fuzzes one target per JVM, and needs about 1.3 GB.
# The last libFuzzer lines (executions, coverage "cov:", corpus) are printed at the end and kept in
# MODULE/target/fuzz-CLASS-METHOD.log.
set -euo pipefail
cd "$(dirname "$0")/.."
module=$1
test=$2
log="$module/target/fuzz-${test//#/-}.log"
mkdir -p "$module/target"
start=$(date +%s)
status=0
JAZZER_FUZZ=1 ./mvnw -B -ntp -pl "$module" -am test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
  > "$log" 2>&1 || status=$?
end=$(date +%s)
grep -E '^#[0-9]+ +(DONE|pulse|NEW|REDUCE)|Done [0-9]+ runs|stat::|FuzzTestFinding|Tests run:' "$log" | tail -n 8 || true
echo "fuzz.sh: $test in $module: $((end - start)) s of wall time (Maven included), exit $status; log in $log"
exit $status
