#!/usr/bin/env bash
# Reruns every benchmark of issues 9 and 18 on the shared national data and prints the summary table.
#
#   benchmarks/run.sh            # reduced scale (the default): 11 minutes, end to end included (654 s on Dec 7)
#   benchmarks/run.sh --e2e      # only the end-to-end rows of issue 18: 3-4 minutes at reduced scale
#                                # (188-204 s on Dec 7); 8 minutes at full scale with E2E_NO_WARM=1
#   benchmarks/run.sh --full     # the national size: 1,000,000 volunteers, 6,000,000 activities
#
# Options: --full | --reduced; --e2e (only the end-to-end benchmark); --no-e2e (everything else);
# --all (at reduced scale, also run the diagnostic benchmarks, which --full always runs);
# --skip-build (reuse benchmarks/target/benchmarks.jar). E2E_SHOTS=n: cold shots per engine and
# thread count (default 3); E2E_JMH="-wi 0 -i 1": extra JMH options for the warm end-to-end run;
# E2E_NO_WARM=1: the agreement check and the cold shots only.
#
# The end-to-end benchmark (issue 18) runs first: the agreement check (EndToEnd agree: civic and
# DuckDB compared cell by cell; a difference stops the run), then the cold shots (EndToEnd, a fresh
# JVM each: civic and DuckDB, 1 and 2 threads, interleaved, each line with the load average), then
# the warm JMH benchmark (EndToEndBenchmark).
# Steps: build (./mvnw -q -pl benchmarks -am package -DskipTests; set MAVEN_ARGS=-o to build
# offline), write the data's JSON Lines files under benchmarks/target/national-<scale>/ (reused
# when up to date), run every JMH benchmark (JSON results under benchmarks/target/results/<run>/),
# HeapFootprint, Sizing (each structure's retained heap, in sizing.txt), UnderLoad (issue 20:
# 2,000,001 lines at full scale, 200,001 reduced, under -Xmx256m; its figures in under-load.txt),
# then ResultsSummary, which prints medians, ranges, ratios and targets as markdown (also saved as
# summary.md next to the results).
#
# The scale reaches JMH's forked JVMs as -Dcivic.scale=<scale> through -jvmArgsPrepend, which
# leaves each benchmark's own @Fork(jvmArgsAppend = heap size) in place.
set -euo pipefail

cd "$(dirname "$0")/.."

SCALE=reduced
BUILD=1
ALL=0
E2E=1
OTHERS=1
for arg in "$@"; do
  case "$arg" in
    --full) SCALE=full ;;
    --reduced) SCALE=reduced ;;
    --all) ALL=1 ;;
    --e2e) E2E=1; OTHERS=0 ;;
    --no-e2e) E2E=0; OTHERS=1 ;;
    --skip-build) BUILD=0 ;;
    -h|--help) sed -n '2,28p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

JAR=benchmarks/target/benchmarks.jar
RUN="$SCALE-$(date -u +%Y%m%dT%H%M%SZ)"
OUT=benchmarks/target/results/$RUN
START=$(date +%s)

log() {
  mkdir -p "$OUT"
  printf '[%s UTC, +%ds] %s\n' "$(date -u +%H:%M:%S)" "$(( $(date +%s) - START ))" "$*" | tee -a "$OUT/run.log"
}

load() {
  log "load: $(uptime | sed 's/.*load average/load average/')"
}

if [ "$BUILD" = 1 ]; then
  log "build"
  ./mvnw -q -pl benchmarks -am package -DskipTests
fi
mkdir -p "$OUT"

{
  echo "date -u: $(date -u)"
  echo "nproc: $(nproc)"
  echo "uname -r: $(uname -r)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (dirty)')"
  free -g
  java -version 2>&1
} > "$OUT/machine.txt"

# Settings fit for the scale: the annotations' iterations at full size, fewer at reduced size.
# At reduced size, without --all, only the benchmarks of issue 9 and their side-by-sides run; the
# diagnostics (buildOnly, per-site and @MeetsStandard six-haves, DuckDB above village, index
# look-ups, strict and per-line and hand-written ingest) are left out.
if [ "$SCALE" = full ] || [ "$ALL" = 1 ]; then
  H='HierarchyBenchmark\.'; S='SixHavesBenchmark\.'; R='RollupBenchmark\.'; J='JsonIngestBenchmark\.'
else
  H='HierarchyBenchmark\.(loadAndBuild|nationalCoverage|nationalCoverageExcludingOtherTownships)$'
  S='SixHavesBenchmark\.(civicCheckAll|hibernateValidatorAnnotations)$'
  R='RollupBenchmark\.(civicFullRollup|duckdbFullRollup|streamsFullRollup|rollupIndexBuild|rollupIndexBuildFromLog)$'
  J='JsonIngestBenchmark\.(bareTokenLoop|jacksonDataBinding|civicIngest|civicIngestToLog|civicIngestToLogTwoThreads)$'
fi
I='IncrementalBenchmark\.'
if [ "$SCALE" = full ]; then
  DATA_HEAP=-Xmx12g
  SIZING_HEAP=-Xmx10g   # 7.9 GB resident in the run measured
  UNDER_LOAD=2000001
  E2E_HEAP=(-Xmx16g)
  E2E_WARM_ARGS=(-jvmArgsAppend "-Xms16g -Xmx16g")
  HIERARCHY=(); SIXHAVES=(); ROLLUP=(); INCREMENTAL=(-jvmArgsAppend "-Xms12g -Xmx12g"); INGEST=()
else
  DATA_HEAP=-Xmx6g
  SIZING_HEAP=-Xmx4g    # 2.6 GB resident in the run measured
  UNDER_LOAD=200001
  E2E_HEAP=(-Xmx8g)
  E2E_WARM_ARGS=()
  HIERARCHY=(-wi 2 -i 5 -w 1s -r 1s)
  SIXHAVES=(-wi 2 -i 5)
  ROLLUP=(-wi 2 -i 5)
  INCREMENTAL=(-wi 2 -i 3 -w 1s -r 1s)
  INGEST=(-wi 2 -i 5)
fi

load
log "data: national-$SCALE"
java "$DATA_HEAP" -Dcivic.scale="$SCALE" -cp "$JAR" org.civic.benchmarks.NationalData "$SCALE" | tee "$OUT/data.txt"

# jmh <name> <regex> [JMH options...]: the benchmarks matching the regex, results in $OUT/<name>.json.
jmh() {
  local name=$1 regex=$2
  shift 2
  load
  log "jmh: $regex $*"
  java -Dcivic.scale="$SCALE" -jar "$JAR" "org\.civic\.benchmarks\.$regex" \
    -jvmArgsPrepend "-Dcivic.scale=$SCALE" -foe true \
    -rf json -rff "$OUT/$name.json" "$@" > "$OUT/$name.txt" 2>&1 || {
      tail -40 "$OUT/$name.txt" >&2
      log "FAILED: $name (see $OUT/$name.txt)"
      exit 1
    }
  sed -n '/^Benchmark /,$p' "$OUT/$name.txt"
}

# The end-to-end benchmark (issue 18): agreement, cold shots, warm JMH.
if [ "$E2E" = 1 ]; then
  load
  log "e2e: agreement check (civic and DuckDB, 2 threads, every cell compared)"
  java "${E2E_HEAP[@]}" -cp "$JAR" org.civic.benchmarks.EndToEnd "$SCALE" agree 2 > "$OUT/e2e-agree.txt" 2>&1 || {
    tail -40 "$OUT/e2e-agree.txt" >&2
    log "FAILED: the end-to-end agreement check (see $OUT/e2e-agree.txt)"
    exit 1
  }
  grep -E '^(AGREEMENT|Beijing)' "$OUT/e2e-agree.txt"
  # Cold: a fresh JVM a shot, the four configurations interleaved so that each sees the same load.
  for shot in $(seq 1 "${E2E_SHOTS:-3}"); do
    for engine in civic duckdb; do
      for threads in 1 2; do
        before=$(cut -d' ' -f1 /proc/loadavg)
        line=$(java "${E2E_HEAP[@]}" -cp "$JAR" org.civic.benchmarks.EndToEnd "$SCALE" "$engine" "$threads" 2>&1 \
          | tee -a "$OUT/e2e-cold.log" | grep '^RESULT e2e') || {
            tail -40 "$OUT/e2e-cold.log" >&2
            log "FAILED: cold shot $shot $engine $threads (see $OUT/e2e-cold.log)"
            exit 1
          }
        echo "$line shot=$shot load1=$before" | tee -a "$OUT/e2e-cold.txt"
      done
    done
  done
  if [ "${E2E_NO_WARM:-0}" != 1 ]; then
    # shellcheck disable=SC2086 # E2E_JMH: extra JMH options, split on spaces (e.g. "-wi 0 -i 1" for a quick try)
    jmh EndToEndBenchmark 'EndToEndBenchmark\.' "${E2E_WARM_ARGS[@]}" ${E2E_JMH:-}
  fi
fi

if [ "$OTHERS" = 1 ]; then
  jmh HierarchyBenchmark "$H" "${HIERARCHY[@]}"
  load
  log "HeapFootprint"
  java -Xmx4g -cp "$JAR" org.civic.benchmarks.HeapFootprint > "$OUT/heap.txt" 2>&1
  grep -E '^(RESULT|PASS|FAIL)' "$OUT/heap.txt"
  # What a host's heap holds, structure by structure (the README's "Sizing a national
  # deployment"): each structure's retained heap by JOL's walk, in sizing.txt
  log "Sizing"
  java "$SIZING_HEAP" -cp "$JAR" org.civic.benchmarks.Sizing "$SCALE" > "$OUT/sizing.txt" 2>&1 || {
    tail -40 "$OUT/sizing.txt" >&2
    log "FAILED: Sizing (see $OUT/sizing.txt)"
    exit 1
  }
  grep -E '^RESULT' "$OUT/sizing.txt"
  load
  # Nothing lost under load (issue 20): a JSON Lines file with 1% damaged lines, read leniently on
  # one and two parser threads (and the calling thread) into a counting sink, under -Xmx256m.
  log "UnderLoad: $UNDER_LOAD lines, -Xmx256m"
  java -Xmx256m -cp "$JAR" org.civic.benchmarks.UnderLoad "$UNDER_LOAD" sink > "$OUT/under-load.txt" 2>&1 || {
    tail -40 "$OUT/under-load.txt" >&2
    log "FAILED: UnderLoad (see $OUT/under-load.txt)"
    exit 1
  }
  grep -E '^(RESULT|PASS|FAIL)' "$OUT/under-load.txt"
  jmh SixHavesBenchmark "$S" "${SIXHAVES[@]}"
  jmh RollupBenchmark "$R" "${ROLLUP[@]}"
  jmh IncrementalBenchmark "$I" "${INCREMENTAL[@]}"
  jmh JsonIngestBenchmark "$J" "${INGEST[@]}"
  if [ "$SCALE" = full ]; then
    # the lean input the ingest target was first set on (6,000,000 lean records, ≈0.86 GB), whatever the scale
    jmh LeanJsonIngestBenchmark 'LeanJsonIngestBenchmark\.(bareTokenLoop|jacksonDataBinding|civicIngest|civicIngestToLog)$'
  fi
fi
load

java -cp "$JAR" org.civic.benchmarks.ResultsSummary "$OUT" > "$OUT/summary.md"
ln -sfn "$RUN" "benchmarks/target/results/latest-$SCALE"
log "done: $OUT (wall time $(( $(date +%s) - START )) s)"
echo
cat "$OUT/summary.md"
