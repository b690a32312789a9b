#!/usr/bin/env bash
# Mutation testing with PIT (pitest-maven, JUnit 5 plugin, 2 threads) of civic-core and civic-json:
#   tools/pit.sh          both modules
#   tools/pit.sh core     civic-core only
#   tools/pit.sh json     civic-json only
# Reports: MODULE/target/pit-reports/index.html (and mutations.xml). Figures: docs/RELIABILITY.md.
# Never part of ./mvnw verify or CI: it takes tens of minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-all}
case "$which" in
  core) modules=civic-core; flags=(-Dcivic.pit.skip.json=true) ;;
  json) modules=civic-json; flags=(-Dcivic.pit.skip.core=true) ;;
  all) modules=civic-core,civic-json; flags=() ;;
  *) echo "usage: tools/pit.sh [core|json|all]" >&2; exit 2 ;;
esac
start=$(date +%s)
./mvnw -B -ntp -pl "$modules" -am "${flags[@]}" test-compile org.pitest:pitest-maven:mutationCoverage
echo "pit.sh: $which in $(( $(date +%s) - start )) s"
