package org.civic.benchmarks;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The end-to-end benchmark of issue 18, warm: the same path as {@link EndToEnd}'s cold shots —
 * from the first byte of the national activity file to every (division, month) figure at every
 * level with exact distinct volunteers, and every county's year — repeated in one JVM, civic and
 * DuckDB, on one and two threads.
 *
 * <p>Setup (not timed): civic's {@code Hierarchy}, read from the divisions and sites as a host does
 * ({@link EndToEndCivic#read}), or DuckDB's database with its {@code site_chain}, loaded from the
 * same files read into lists ({@link EndToEndReference}). Before
 * each shot the previous shot's tables are dropped (DuckDB) and the heap is collected
 * ({@code System.gc()}); after it, the figures' digest is checked against the first shot's and
 * the steps' times are printed as a line {@code STEPS engine=… threads=… read=… …} (ms), which
 * {@link ResultsSummary} reads from the run's log.
 *
 * <ul>
 *   <li>{@code civicOneThread}, {@code civicTwoThreads}: {@link EndToEndCivic} — read into an
 *       {@code ActivityLog} (parser threads 0 or 2), {@code ActivityRollup.of}, every division ×
 *       month through {@code metrics} (on 1 or 2 threads).
 *   <li>{@code duckdbOneThread}, {@code duckdbTwoThreads}: {@link EndToEndDuckDb} —
 *       {@code read_ndjson}, the join to the sites' chains, the {@code GROUP BY}s with
 *       {@code count(DISTINCT …)}, {@code SET threads} 1 or 2.
 * </ul>
 *
 * <p>Each shot takes seconds: one warm-up shot and three measured, one fork each.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@BenchmarkMode(Mode.SingleShotTime)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EndToEndBenchmark {

  /** The activity file and the reference data. */
  @State(Scope.Benchmark)
  public static class Input {
    Path activities;
    EndToEndReference reference;

    @Setup(Level.Trial)
    public void read() {
      NationalData.DataFiles files = NationalData.current().files();
      activities = files.activities();
      reference = EndToEndReference.read(files, 2);
      System.out.printf(Locale.ROOT, "%nsetup: reference read %d ms: %,d divisions, %,d sites%n",
          EndToEnd.ms(reference.nanos()), reference.divisions().size(), reference.sites().size());
    }
  }

  /** What a shot made, checked after it. */
  abstract static class Shots {
    EndToEnd.Shot last;
    String digest;

    /** Checks the last shot's figures against the first shot's and prints its steps. */
    void check(EndToEndFigures figures) {
      String d = figures.digestText();
      if (digest == null) {
        digest = d;
      } else if (!digest.equals(d)) {
        throw new IllegalStateException("the figures changed between shots: digest " + d + ", first " + digest);
      }
      StringBuilder s = new StringBuilder("STEPS engine=" + last.engine() + " threads=" + last.threads());
      s.append(' ').append(last.timings()).append(" cells=").append(figures.size()).append(" digest=").append(d);
      System.out.println(s);
      last = null;
    }
  }

  /** civic's hierarchy. */
  @State(Scope.Benchmark)
  public static class Civic extends Shots {
    EndToEndCivic civic;

    @Setup(Level.Trial)
    public void build(Input input) {
      input.reference = null;   // DuckDB's; civic reads its hierarchy itself
      civic = EndToEndCivic.read(NationalData.current().files(), 2);
      System.out.printf(Locale.ROOT, "setup: Hierarchy read %d ms, build %d ms%n", EndToEnd.ms(civic.readNanos()),
          EndToEnd.ms(civic.buildNanos()));
    }

    @Setup(Level.Invocation)
    public void collect() {
      System.gc();
    }

    @TearDown(Level.Invocation)
    public void check() {
      check(last.figures());
    }
  }

  /** DuckDB's database with the reference loaded. */
  @State(Scope.Benchmark)
  public static class Duck extends Shots {
    EndToEndDuckDb duck;

    @Setup(Level.Trial)
    public void load(Input input) throws SQLException {
      duck = EndToEndDuckDb.of(input.reference, 2);
      input.reference = null;
      System.out.printf(Locale.ROOT, "setup: DuckDB reference load %d ms%n", EndToEnd.ms(duck.loadNanos()));
    }

    @Setup(Level.Invocation)
    public void clear() throws SQLException {
      duck.dropRun();
      System.gc();
    }

    @TearDown(Level.Invocation)
    public void check() throws SQLException {
      check(duck.figures());
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      duck.close();
    }
  }

  @Benchmark
  public long civicOneThread(Input input, Civic civic) {
    return civic(input, civic, 1);
  }

  @Benchmark
  public long civicTwoThreads(Input input, Civic civic) {
    return civic(input, civic, 2);
  }

  @Benchmark
  public long duckdbOneThread(Input input, Duck duck) throws SQLException {
    return duckdb(input, duck, 1);
  }

  @Benchmark
  public long duckdbTwoThreads(Input input, Duck duck) throws SQLException {
    return duckdb(input, duck, 2);
  }

  private static long civic(Input input, Civic civic, int threads) {
    civic.last = civic.civic.run(input.activities, threads, NationalData.YEAR);
    return civic.last.total();
  }

  private static long duckdb(Input input, Duck duck, int threads) throws SQLException {
    duck.duck.threads(threads);
    duck.last = duck.duck.run(input.activities, threads, NationalData.YEAR);
    return duck.last.total();
  }
}
