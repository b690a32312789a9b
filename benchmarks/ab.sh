#!/usr/bin/env bash
# The A/B harness: two builds of civic in one JVM, interleaved shot for shot (Interleaved.java).
#
#   benchmarks/ab.sh REV_A REV_B [workloads] [pairs]
#   benchmarks/ab.sh b96130d HEAD                        # the five workloads, 15 pairs
#   benchmarks/ab.sh HEAD /tmp/variant Ingest,IngestTwoThreads 21
#
# A build is a git revision (checked out with `git worktree` under benchmarks/target/ab/) or a
# directory holding a checkout of civic (a variant with uncommitted changes). Each is built with
# `./mvnw package -DskipTests` (civic-core and civic-json); the workloads (benchmarks/src/main/
# java/org/civic/benchmarks/ab/Workloads.java) are compiled once, from this checkout, and loaded
# in each build's own class loader, so they must use only API both builds have.
# Workloads: Ingest, IngestTwoThreads, Index, Rollup, SixHavesCheck (default: these five), MonthlyCells,
# LoadAndBuild, HierarchyFromJson, SitesOneThread, ReadAndIndex, IndexNewLog, IndexWithOrganisations, IndexFromObjects, IndexFromObjectsShared, CountyYears, IncrementalAdds,
# IncrementalAddsShared, IncrementalAddsRegister, IncrementalPreload, IncrementalPreloadShared,
# IncrementalPreloadWithOrganisations.
# Data: the reduced national files under benchmarks/target/national-reduced/, written first if
# missing (as run.sh writes them); AB_DATA=benchmarks/target/national-full for the full ones (run.sh
# --full writes them; a shot of ReadAndIndex then takes 10-25 s), AB_WARMUP=n warm-up pairs (5),
# AB_HEAP the heap (12g; IncrementalAdds at full scale needs 20g).
# Results: printed as a markdown table, and kept under benchmarks/target/ab/results/.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
if [ $# -lt 2 ]; then sed -n '2,18p' "$0"; exit 2; fi
A=$1; B=$2; WORKLOADS=${3:-Ingest,IngestTwoThreads,Index,Rollup,SixHavesCheck}; PAIRS=${4:-15}
AB=$ROOT/benchmarks/target/ab
mkdir -p "$AB/results"

# checkout REV_OR_DIR -> prints the directory of a checkout of it
checkout() {
  if [ -d "$1" ]; then (cd "$1" && pwd); return; fi
  local sha; sha=$(git rev-parse --short "$1^{commit}")
  local dir=$AB/$sha
  if [ ! -d "$dir" ]; then git worktree add --detach -q "$dir" "$sha" >&2; fi
  echo "$dir"
}

# classpath DIR -> builds civic-core and civic-json there and prints their class path
classpath() {
  (cd "$1" && ./mvnw -q -B -pl civic-json -am package dependency:build-classpath -DskipTests \
      -Dmdep.outputFile=target/ab-classpath.txt -Dmdep.excludeGroupIds=org.civic -Dmdep.includeScope=runtime \
      -Denforcer.skip >&2)
  echo "$(ls "$1"/civic-core/target/civic-core-*.jar | grep -v sources | head -1):$(ls "$1"/civic-json/target/civic-json-*.jar | grep -v sources | head -1):$(cat "$1/civic-json/target/ab-classpath.txt")"
}

echo "building the workloads and the harness (this checkout)" >&2
./mvnw -q -B -pl benchmarks -am compile -Denforcer.skip >&2
if [ ! -f benchmarks/target/national-reduced/dataset.info ]; then
  ./mvnw -q -B -pl benchmarks -am package -DskipTests >&2
  java -Xmx8g -cp benchmarks/target/benchmarks.jar org.civic.benchmarks.NationalData reduced >&2
fi
DIR_A=$(checkout "$A"); DIR_B=$(checkout "$B")
echo "building A ($A) in $DIR_A" >&2; CP_A=$(classpath "$DIR_A")
echo "building B ($B) in $DIR_B" >&2; CP_B=$(classpath "$DIR_B")
OUT=$AB/results/$(date -u +%Y%m%dT%H%M%SZ).md
{
  echo "# A/B: A = $A ($(git -C "$DIR_A" rev-parse --short HEAD)$(git -C "$DIR_A" diff --quiet || echo ', dirty'))," \
    "B = $B ($(git -C "$DIR_B" rev-parse --short HEAD)$(git -C "$DIR_B" diff --quiet || echo ', dirty'))"
  echo "$(date -u), $(nproc) cores, load: $(uptime | sed 's/.*load average/load average/')"
  echo
  java -Xms${AB_HEAP:-12g} -Xmx${AB_HEAP:-12g} -cp benchmarks/target/classes org.civic.benchmarks.ab.Interleaved \
    --a "A=$CP_A" --b "B=$CP_B" --data "${AB_DATA:-benchmarks/target/national-reduced}" \
    --workloads "$WORKLOADS" --pairs "$PAIRS" --warmup "${AB_WARMUP:-5}"
} | tee "$OUT"
echo "kept in $OUT" >&2
