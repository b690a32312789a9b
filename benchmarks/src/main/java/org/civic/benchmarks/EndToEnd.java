package org.civic.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.civic.activity.ActivityLog;
import org.civic.json.CivicJson;
import org.civic.json.ReadReport;
import org.civic.json.RecordSink;
import org.jspecify.annotations.Nullable;

/**
 * The end-to-end benchmark of issue 18, one cold shot: from the first byte of a JSON Lines
 * activity file to every (division, month) figure at every level — activities, person-times,
 * beneficiaries, service minutes and exact distinct volunteers — and every county's figures for
 * the year, all in memory; civic ({@link EndToEndCivic}) or DuckDB ({@link EndToEndDuckDb}), on
 * one or two threads, in a fresh JVM as a command-line run is.
 *
 * <pre>
 * java -Xms8g -Xmx8g -cp benchmarks/target/benchmarks.jar org.civic.benchmarks.EndToEnd \
 *     reduced|full  civic|duckdb|agree  1|2  [data folder]  [--figures file.tsv]
 * </pre>
 *
 * <p>What "end to end" includes: reading the activity file (the OS's file cache is warm: the file
 * was read before), and every step after it up to the figures held in memory (civic: an
 * {@link EndToEndFigures} on the heap; DuckDB: a temporary table). What it leaves out, reported
 * apart: the JVM's start, and the reference data both engines join to — {@code divisions.jsonl}
 * and {@code sites.jsonl}: civic reads them into a {@code Hierarchy} as a host does
 * ({@code RecordSink.into(builder)}, then {@code build()}: {@link EndToEndCivic#read}); DuckDB gets
 * them read with civic-json into lists ({@link EndToEndReference}), then loads the divisions,
 * sites and each site's ancestor chain. The reference is read before the activity file in the
 * same JVM, as a command-line run would.
 *
 * <p>Prints one line {@code RESULT e2e key=value …}: the engine, threads, activities, cells,
 * the figures' digest, {@code totalMs} and each step's milliseconds, {@code refReadMs},
 * {@code refBuildMs}, {@code jvmStartMs} (the JVM's uptime when {@code main} began) and
 * {@code peakRssMb} (the process's peak resident memory, DuckDB's native memory included).
 *
 * <p>{@code agree}: the agreement check. Runs civic, then DuckDB, in one JVM on the given
 * threads, and compares their figures cell by cell (every non-empty division × month at every
 * level and county × year); prints {@code AGREEMENT PASS cells=… digest=…}, or the first
 * differences and exits with status 1. The national totals are checked against the activity
 * count too.
 */
public final class EndToEnd {

  /**
   * One run's timings.
   *
   * @param engine civic or duckdb
   * @param threads the threads
   * @param steps the steps' names
   * @param nanos the steps' times
   * @param total the time from the activity file's first byte to the figures
   * @param activities the activities read
   * @param figures the figures, when they are on the Java heap (civic)
   */
  record Shot(String engine, int threads, List<String> steps, long[] nanos, long total, long activities,
      @Nullable EndToEndFigures figures) {

    /** The timings as {@code totalMs=… read=… …}, milliseconds. */
    String timings() {
      StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "totalMs=%d", ms(total)));
      for (int i = 0; i < steps.size(); i++) {
        s.append(' ').append(steps.get(i)).append("Ms=").append(ms(nanos[i]));
      }
      return s.toString();
    }
  }

  private EndToEnd() {}

  /**
   * Runs one shot, or the agreement check.
   *
   * @param args scale, engine ({@code civic}, {@code duckdb} or {@code agree}), threads (1 or 2),
   *     optionally the data folder (default: {@code NationalData.directory(scale)}) and
   *     {@code --figures <file>}
   * @throws Exception if a step fails
   */
  public static void main(String[] args) throws Exception {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getUptime();
    if (args.length < 3) {
      System.err.println("usage: EndToEnd reduced|full civic|duckdb|agree 1|2 [data folder] [--figures file]");
      System.exit(2);
    }
    NationalData.Scale scale = NationalData.Scale.of(args[0]);
    String engine = args[1];
    int threads = Integer.parseInt(args[2]);
    Path dir = NationalData.directory(scale);
    Path figuresFile = null;
    for (int i = 3; i < args.length; i++) {
      if (args[i].equals("--figures")) {
        figuresFile = Paths.get(args[++i]);
      } else {
        dir = Paths.get(args[i]);
      }
    }
    NationalData.DataFiles files = new NationalData.DataFiles(dir);
    if (!Files.isRegularFile(files.activities())) {
      throw new IllegalArgumentException("no " + files.activities() + ": run NationalData " + scale.id() + " first");
    }
    int year = NationalData.YEAR;
    switch (engine) {
      case "civic", "duckdb" -> {
        Shot shot;
        EndToEndFigures figures;
        long refRead;
        long build;
        if (engine.equals("civic")) {
          EndToEndCivic civic = EndToEndCivic.read(files, threads);
          refRead = civic.readNanos();
          build = civic.buildNanos();
          shot = civic.run(files.activities(), threads, year);
          figures = shot.figures();
        } else {
          EndToEndReference ref = EndToEndReference.read(files, threads == 1 ? 0 : threads);
          refRead = ref.nanos();
          try (EndToEndDuckDb duck = EndToEndDuckDb.of(ref, threads)) {
            build = duck.loadNanos();
            ref = null;
            shot = duck.run(files.activities(), threads, year);
            figures = duck.figures();
          }
        }
        System.out.printf(Locale.ROOT, "RESULT e2e scale=%s engine=%s threads=%d activities=%d cells=%d digest=%s %s"
                + " refReadMs=%d refBuildMs=%d jvmStartMs=%d peakRssMb=%d%n", scale.id(), engine, threads,
            shot.activities(), figures.size(), figures.digestText(), shot.timings(),
            ms(refRead), ms(build), jvmStart, peakRssMb());
        if (figuresFile != null) {
          write(figures, figuresFile);
        }
      }
      case "agree" -> agree(scale, files, threads, year, figuresFile);
      default -> throw new IllegalArgumentException("engine must be civic, duckdb or agree, not " + engine);
    }
  }

  /** The agreement check: civic and DuckDB on the same file, their figures compared cell by cell. */
  static void agree(NationalData.Scale scale, NationalData.DataFiles files, int threads, int year,
      @Nullable Path figuresFile) throws SQLException, IOException {
    EndToEndCivic civic = EndToEndCivic.read(files, threads);
    Shot c = civic.run(files.activities(), threads, year);
    EndToEndFigures civicFigures = c.figures();
    System.out.printf(Locale.ROOT, "civic: %,d activities, %,d cells, %s%n", c.activities(), civicFigures.size(),
        c.timings());
    civic = null;
    c = null;
    System.gc();   // civic's log and index go before DuckDB's memory comes (a shared machine at full scale)
    EndToEndFigures duckFigures;
    Shot d;
    try (EndToEndDuckDb duck = EndToEndDuckDb.of(EndToEndReference.read(files, threads == 1 ? 0 : threads), threads)) {
      d = duck.run(files.activities(), threads, year);
      duckFigures = duck.figures();
    }
    System.out.printf(Locale.ROOT, "duckdb: %,d activities, %,d cells, %s%n", d.activities(), duckFigures.size(),
        d.timings());
    List<String> differences = EndToEndFigures.compare("civic", civicFigures, "DuckDB", duckFigures, 20);
    // the national totals: every activity of the file is in the year, in one province and one month
    long provinceActivities = civicFigures.sum(2, 0, x -> false);
    for (int m = 1; m <= 12; m++) {
      provinceActivities += civicFigures.sum(2, m, EndToEnd::isProvince);
    }
    if (provinceActivities != d.activities()) {
      differences.add("the provinces' activities over the 12 months add up to " + provinceActivities + ", the file has "
          + d.activities());
    }
    if (civicFigures.size() == 0) {
      differences.add("no figures");
    }
    if (figuresFile != null) {
      write(civicFigures, figuresFile);
    }
    if (!differences.isEmpty()) {
      System.out.println("AGREEMENT FAIL: civic and DuckDB differ:");
      differences.forEach(x -> System.out.println("  " + x));
      System.exit(1);
    }
    long beijing = 110_000_000_000L;
    long beijingYear = 0;
    for (int m = 1; m <= 12; m++) {
      beijingYear += civicFigures.sum(2, m, x -> x == beijing);
    }
    System.out.printf(Locale.ROOT, "Beijing (110000000000): %,d activities in %d; December: %s%n", beijingYear, year,
        civicFigures.cell(beijing, 12));
    System.out.printf(Locale.ROOT, "AGREEMENT PASS scale=%s threads=%d cells=%d digest=%s activities=%d (civic = DuckDB"
            + " on every cell: every division × month at every level with an activity, and every county × year;"
            + " the provinces' activities add up to the file's)%n", scale.id(), threads, civicFigures.size(),
        civicFigures.digestText(), d.activities());
  }

  private static boolean isProvince(long code) {
    return code % 10_000_000_000L == 0;
  }

  private static void write(EndToEndFigures figures, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      figures.writeTo(w);
    }
  }

  /**
   * Reads a JSON Lines file to its end, into a sink (and a log's columns, if given); the national
   * files are all good, so an error is a broken benchmark.
   *
   * @throws IllegalStateException naming the file and its first error if there is one
   */
  static void readClean(CivicJson json, Path file, RecordSink sink, ActivityLog.@Nullable Builder log) {
    try (InputStream in = Files.newInputStream(file)) {
      ReadReport report = log == null ? json.readLines(in, file.toString(), sink)
          : json.readLines(in, file.toString(), sink, log);
      if (!report.errors().isEmpty()) {
        throw new IllegalStateException(file + ": " + report.errors().size() + " errors, first "
            + report.errors().get(0));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The process's peak resident set (VmHWM), in MB; -1 where /proc is not there. */
  static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
