package org.civic.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.civic.activity.ActivityLog;
import org.civic.division.Division;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.Hierarchy;
import org.civic.hierarchy.HierarchyBuilder;
import org.civic.json.CivicJson;
import org.civic.json.RecordSink;
import org.civic.metric.ActivityRollup;
import org.civic.metric.MetricSet;
import org.civic.metric.MonthlyFigures;
import org.civic.metric.Period;
import org.civic.metric.VolunteerIndex;

/**
 * civic's side of {@link EndToEnd}, through civic's public API only, as a new user writes it:
 *
 * <ol>
 *   <li><b>read</b>: {@code CivicJson.lenient().readLines(in, name, RecordSink.none(), log)} into
 *       an {@code ActivityLog}; one thread is {@code withParserThreads(0)} (the calling thread
 *       alone), two threads {@code withParserThreads(2)} — whose read also numbers the log's
 *       distinct sites and volunteers on its parser threads before it returns (on one thread the
 *       index does that, so the two steps' sum is what compares);
 *   <li><b>index</b>: {@code ActivityRollup.of(hierarchy, log, List.of(), VolunteerIndex.growing())}
 *       (the CLI's index: each volunteer numbered as it first comes);
 *   <li><b>roll up</b>: {@code rollup.monthly(year).cells()} — every division and month with an
 *       activity at every level, its four sums and its exact distinct volunteers, counted in one
 *       pass — and {@code rollup.metrics(county, Period.year(year))} for every county; every cell
 *       is kept in an {@link EndToEndFigures}. The table is counted on the calling thread; on two
 *       threads the other thread rolls up the counties' years meanwhile, and the calling thread
 *       takes those left when the table is done ({@code ActivityRollup} is thread-safe).
 * </ol>
 *
 * <p>The {@code Hierarchy} is read and built before the activity file is opened, as a host does it:
 * {@code divisions.jsonl} and {@code sites.jsonl} with {@code readLines(in, name,
 * RecordSink.into(builder))} on the same parser threads (civic-json puts the site lines straight
 * into the builder's columns), then {@code build()}; both are reported apart from the end-to-end
 * time (issue 18 item 2's figure).
 *
 * <p>Not thread-safe; one per run.
 */
final class EndToEndCivic {

  private final Hierarchy hierarchy;
  private final long readNanos;
  private final long buildNanos;

  private EndToEndCivic(Hierarchy hierarchy, long readNanos, long buildNanos) {
    this.hierarchy = hierarchy;
    this.readNanos = readNanos;
    this.buildNanos = buildNanos;
  }

  /** Reads the divisions and sites of a data folder into a hierarchy (strict: every record is good). */
  static EndToEndCivic read(NationalData.DataFiles files, int threads) {
    long t0 = System.nanoTime();
    HierarchyBuilder builder = Hierarchy.builder();
    CivicJson json = CivicJson.lenient().withParserThreads(threads == 1 ? 0 : threads);
    RecordSink sink = RecordSink.into(builder);
    for (Path file : List.of(files.divisions(), files.sites())) {
      EndToEnd.readClean(json, file, sink, null);
    }
    long t1 = System.nanoTime();
    Hierarchy h = builder.build();
    return new EndToEndCivic(h, t1 - t0, System.nanoTime() - t1);
  }

  /** Returns the time the divisions and sites took to read. */
  long readNanos() {
    return readNanos;
  }

  /** Returns the time the hierarchy took to build. */
  long buildNanos() {
    return buildNanos;
  }

  /** Returns the hierarchy. */
  Hierarchy hierarchy() {
    return hierarchy;
  }

  /** Runs the three steps on an activity file; the figures are the shot's. */
  EndToEnd.Shot run(Path activities, int threads, int year) {
    long t0 = System.nanoTime();
    ActivityLog.Builder builder = ActivityLog.builder();
    CivicJson json = CivicJson.lenient().withParserThreads(threads == 1 ? 0 : threads);
    EndToEnd.readClean(json, activities, RecordSink.none(), builder);
    ActivityLog log = builder.build();
    long t1 = System.nanoTime();
    ActivityRollup rollup = ActivityRollup.of(hierarchy, log, List.of(), VolunteerIndex.growing());
    long t2 = System.nanoTime();
    EndToEndFigures figures = rollUp(rollup, threads, year);
    long t3 = System.nanoTime();
    return new EndToEnd.Shot("civic", threads, List.of("read", "index", "rollup"),
        new long[] {t1 - t0, t2 - t1, t3 - t2}, t3 - t0, log.size(), figures);
  }

  /**
   * Every division × month from the year's {@code MonthlyTable} ({@code cells()}: the sums and the
   * exact distinct volunteers of every non-empty cell, counted in one pass), and every county ×
   * year by {@code metrics(county, Period.year)}, those on {@code threads} threads.
   */
  EndToEndFigures rollUp(ActivityRollup rollup, int threads, int year) {
    // the counties by level under each root: no Division made for the other 640,000 divisions
    Division[] counties = hierarchy.roots().stream()
        .flatMap(root -> hierarchy.descendants(root.code(), DivisionLevel.COUNTY))
        .toArray(Division[]::new);
    Period wholeYear = Period.year(year);
    int chunk = 64;
    AtomicInteger next = new AtomicInteger();
    List<EndToEndFigures> parts = new ArrayList<>();
    Runnable work = () -> {
      EndToEndFigures out = new EndToEndFigures(1 << 12);
      for (int from = next.getAndAdd(chunk); from < counties.length; from = next.getAndAdd(chunk)) {
        for (int i = from; i < Math.min(counties.length, from + chunk); i++) {
          add(out, counties[i].code().value(), 0, rollup.metrics(counties[i].code(), wholeYear));
        }
      }
      synchronized (parts) {
        parts.add(out);
      }
    };
    // On two threads the other thread takes the counties' years while this one counts the monthly
    // table, then this one helps with the counties left.
    Thread[] workers = new Thread[threads - 1];
    for (int t = 0; t < workers.length; t++) {
      workers[t] = new Thread(work, "rollup-" + (t + 1));
      workers[t].start();
    }
    EndToEndFigures all = new EndToEndFigures(1 << 20);
    rollup.monthly(year).cells().forEach(c -> {
      MonthlyFigures f = c.figures();
      all.add(c.division().value(), c.month().getValue(), f.activities(), f.personTimes(), f.beneficiaries(),
          f.serviceMinutes(), c.volunteers());
    });
    work.run();
    try {
      for (Thread w : workers) {
        w.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    parts.forEach(all::addAll);
    return all;
  }

  private static void add(EndToEndFigures out, long division, int month, MetricSet m) {
    if (m.activities() > 0) {
      out.add(division, month, m.activities(), m.personTimes(), m.beneficiaries(), m.serviceTime().toMinutes(),
          m.volunteers().count());
    }
  }
}
