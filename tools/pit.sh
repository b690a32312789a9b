#!/usr/bin/env bash
# Mutation testing with PIT (pitest-maven, JUnit 5 plugin, 2 threads) of civic-core and civic-json:
#   tools/pit.sh                       both modules
#   tools/pit.sh core                  civic-core only
#   tools/pit.sh json                  civic-json only
#   tools/pit.sh core 'org.civic.metric.*,org.civic.order.*'
#                                      a quick run: mutate only the classes these globs match
#                                      (comma-separated), still under all of the module's tests
# Reports: MODULE/target/pit-reports/index.html (and mutations.xml). Figures: docs/RELIABILITY.md.
# Never part of ./mvnw verify or CI: it takes tens of minutes on 2 cores.
#
# Each module's classes are mutated under that module's own tests only. civic-testkit's property
# tests (and civic-json's and civic-report's) also exercise civic-core, but PIT does not run them
# against civic-core's mutants: counting them would mean putting civic-testkit's test classes on
# civic-core's PIT class path, and those tests (the national division list, generated counties)
# would then run for every surviving mutant they cover. civic-core's score is its own tests' score.
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-all}
case "$which" in
  core) modules=civic-core; flags=(-Dcivic.pit.skip.json=true) ;;
  json) modules=civic-json; flags=(-Dcivic.pit.skip.core=true) ;;
  all) modules=civic-core,civic-json; flags=() ;;
  *) echo "usage: tools/pit.sh [core|json|all] [class globs]" >&2; exit 2 ;;
esac
if [[ $# -ge 2 ]]; then
  flags+=("-Dcivic.pit.targetClasses=$2")
fi
start=$(date +%s)
./mvnw -B -ntp -pl "$modules" -am "${flags[@]}" test-compile org.pitest:pitest-maven:mutationCoverage
echo "pit.sh: $which in $(( $(date +%s) - start )) s"
