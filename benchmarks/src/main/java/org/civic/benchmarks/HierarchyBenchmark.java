package org.civic.benchmarks;

import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.civic.division.DivisionLevel;
import org.civic.division.TownshipKind;
import org.civic.hierarchy.Coverage;
import org.civic.hierarchy.CoveragePolicy;
import org.civic.hierarchy.Hierarchy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures building the national hierarchy of the shared benchmark data ({@link NationalData}:
 * 663,128 divisions, 644,290 main sites) and taking its coverage at every level. The hierarchy is
 * national at every scale.
 *
 * <p>Targets: {@code loadAndBuild} under 1 s (issue 18; 3 s before), {@code nationalCoverage*} under 50 ms.
 * {@code buildOnly} has no target of its own; it separates building from CSV parsing.
 * Each benchmark checks its result, so a build that reports problems fails the run.
 *
 * <p>The heap is touched when the fork starts ({@code -XX:+AlwaysPreTouch}): on this machine a
 * page of heap costs far more the first time it is used, and {@code loadAndBuild}'s first
 * iterations, each writing about a gigabyte into an eden no collection had reached yet, measured
 * 0.8–3.2 s where the same shot on used pages took 0.5 s (benchmarks/RESULTS.md, 2026-12-06). A
 * host that builds hierarchies more than once runs on used pages; a single cold run pays the
 * first touch whatever it does, and the end-to-end benchmark's cold shots measure that.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HierarchyBenchmark {

  /** The national divisions and sites already in memory. */
  @State(Scope.Benchmark)
  public static class InMemory {
    NationalSites.Input input;

    @Setup(Level.Trial)
    public void read() {
      input = NationalSites.Input.read();
    }
  }

  /** A national hierarchy built once, and the coverage policies. */
  @State(Scope.Benchmark)
  public static class Built {
    Hierarchy hierarchy;
    CoveragePolicy all;
    CoveragePolicy withoutOtherTownships;

    @Setup(Level.Trial)
    public void build() {
      hierarchy = NationalSites.check(NationalSites.loadAndBuild());
      all = CoveragePolicy.all();
      withoutOtherTownships = CoveragePolicy.all().excludingTownshipKinds(EnumSet.of(TownshipKind.OTHER));
      // Every city, county and township has its main site; 599,326 of the 618,133 villages do.
      Map<DivisionLevel, Coverage> coverage = hierarchy.coverageByLevel(all);
      Coverage villages = coverage.get(DivisionLevel.VILLAGE);
      Coverage townships = coverage.get(DivisionLevel.TOWNSHIP);
      if (villages.built() != NationalSites.STATIONS || villages.total() != NationalSites.VILLAGES
          || townships.built() != townships.total()) {
        throw new IllegalStateException("unexpected village coverage " + villages);
      }
    }
  }

  /**
   * Streams the gzipped national CSV into a builder, adds the main sites, and builds — the whole
   * start-up cost of a national deployment.
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 3)
  @Measurement(iterations = 8)
  public Hierarchy loadAndBuild() {
    return NationalSites.check(NationalSites.loadAndBuild());
  }

  /** Adds the in-memory divisions and sites to a fresh builder and builds: no parsing. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 3)
  @Measurement(iterations = 8)
  public Hierarchy buildOnly(InMemory state) {
    return NationalSites.check(state.input.build());
  }

  /** National coverage: coverage at every level over the whole nation, every division counting, in one pass. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 5, time = 2)
  public Map<DivisionLevel, Coverage> nationalCoverage(Built state) {
    return state.hierarchy.coverageByLevel(state.all);
  }

  /** The same, with township-level units of kind OTHER (parks, farms, airports) left out. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 5, time = 2)
  public Map<DivisionLevel, Coverage> nationalCoverageExcludingOtherTownships(Built state) {
    return state.hierarchy.coverageByLevel(state.withoutOtherTownships);
  }
}
