package org.civic.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.civic.activity.ActivityLog;
import org.civic.division.Division;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.Hierarchy;
import org.civic.json.CivicJson;
import org.civic.json.ReadReport;
import org.civic.json.RecordSink;
import org.civic.metric.ActivityRollup;
import org.civic.metric.MetricSet;
import org.civic.metric.Period;
import org.civic.metric.VolunteerIndex;

/**
 * civic's side of {@link EndToEnd}, through civic's public API only, as a new user writes it:
 *
 * <ol>
 *   <li><b>read</b>: {@code CivicJson.lenient().readLines(in, name, RecordSink.none(), log)} into
 *       an {@code ActivityLog}; one thread is {@code withParserThreads(0)} (the calling thread
 *       alone), two threads {@code withParserThreads(2)};
 *   <li><b>index</b>: {@code ActivityRollup.of(hierarchy, log, List.of(), VolunteerIndex.growing())}
 *       (the CLI's index: each volunteer numbered as it first comes);
 *   <li><b>roll up</b>: {@code rollup.metrics(division, Period.month(…))} for every division of the
 *       hierarchy at every level and every month, and {@code Period.year} for every county; every
 *       cell with an activity is kept in an {@link EndToEndFigures} (activities, person-times,
 *       beneficiaries, service minutes, {@code volunteers().count()}). {@code MonthlyTable} has no
 *       distinct volunteers, so it is not used. On two threads the divisions are shared out
 *       between two threads ({@code ActivityRollup} is thread-safe), as DuckDB runs its query on
 *       two.
 * </ol>
 *
 * <p>The {@code Hierarchy} is built from {@link EndToEndReference} before the activity file is
 * opened, and that build is reported apart from the end-to-end time.
 *
 * <p>Not thread-safe; one per run.
 */
final class EndToEndCivic {

  private final Hierarchy hierarchy;
  private final long buildNanos;
  /** The last run's index, for {@link #rollUpTimeByLevel}. */
  ActivityRollup lastRollup;

  private EndToEndCivic(Hierarchy hierarchy, long buildNanos) {
    this.hierarchy = hierarchy;
    this.buildNanos = buildNanos;
  }

  /** Builds the hierarchy of the reference data (strict: every division and site is good). */
  static EndToEndCivic of(EndToEndReference reference) {
    long t0 = System.nanoTime();
    Hierarchy h = Hierarchy.builder().addDivisions(reference.divisions()).addSites(reference.sites()).build();
    return new EndToEndCivic(h, System.nanoTime() - t0);
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
    lastRollup = null;
    long t0 = System.nanoTime();
    ActivityLog.Builder builder = ActivityLog.builder();
    CivicJson json = CivicJson.lenient().withParserThreads(threads == 1 ? 0 : threads);
    try (InputStream in = Files.newInputStream(activities)) {
      ReadReport report = json.readLines(in, activities.toString(), RecordSink.none(), builder);
      if (!report.errors().isEmpty()) {
        throw new IllegalStateException(activities + ": " + report.errors().size() + " errors, first "
            + report.errors().get(0));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ActivityLog log = builder.build();
    long t1 = System.nanoTime();
    ActivityRollup rollup = ActivityRollup.of(hierarchy, log, List.of(), VolunteerIndex.growing());
    long t2 = System.nanoTime();
    EndToEndFigures figures = rollUp(rollup, threads, year);
    long t3 = System.nanoTime();
    lastRollup = rollup;
    return new EndToEnd.Shot("civic", threads, List.of("read", "index", "rollup"),
        new long[] {t1 - t0, t2 - t1, t3 - t2}, t3 - t0, log.size(), figures);
  }

  /** Every division × month, and every county × year, on {@code threads} threads. */
  EndToEndFigures rollUp(ActivityRollup rollup, int threads, int year) {
    Division[] divisions = hierarchy.divisions().toArray(Division[]::new);
    Period[] months = new Period[12];
    for (int m = 0; m < 12; m++) {
      months[m] = Period.month(YearMonth.of(year, m + 1));
    }
    Period wholeYear = Period.year(year);
    int chunk = 4096;
    AtomicInteger next = new AtomicInteger();
    List<EndToEndFigures> parts = new ArrayList<>();
    Runnable work = () -> {
      EndToEndFigures out = new EndToEndFigures(1 << 20);
      for (int from = next.getAndAdd(chunk); from < divisions.length; from = next.getAndAdd(chunk)) {
        int to = Math.min(divisions.length, from + chunk);
        for (int i = from; i < to; i++) {
          Division d = divisions[i];
          long code = d.code().value();
          for (int m = 0; m < 12; m++) {
            add(out, code, m + 1, rollup.metrics(d.code(), months[m]));
          }
          if (d.level() == DivisionLevel.COUNTY) {
            add(out, code, 0, rollup.metrics(d.code(), wholeYear));
          }
        }
      }
      synchronized (parts) {
        parts.add(out);
      }
    };
    if (threads <= 1) {
      work.run();
    } else {
      Thread[] workers = new Thread[threads - 1];
      for (int t = 0; t < workers.length; t++) {
        workers[t] = new Thread(work, "rollup-" + (t + 1));
        workers[t].start();
      }
      work.run();
      try {
        for (Thread w : workers) {
          w.join();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    EndToEndFigures all = new EndToEndFigures(parts.stream().mapToInt(EndToEndFigures::size).sum());
    parts.forEach(all::addAll);
    return all;
  }

  /**
   * Diagnostic: the roll-up's time per level on the calling thread (the same calls as
   * {@link #rollUp}), as text; the village level is most of the calls.
   */
  String rollUpTimeByLevel(ActivityRollup rollup, int year) {
    Period[] months = new Period[12];
    for (int m = 0; m < 12; m++) {
      months[m] = Period.month(YearMonth.of(year, m + 1));
    }
    long[] nanos = new long[DivisionLevel.values().length];
    long[] calls = new long[nanos.length];
    EndToEndFigures out = new EndToEndFigures(1 << 20);
    for (DivisionLevel level : DivisionLevel.values()) {
      Division[] divisions = hierarchy.divisions().filter(d -> d.level() == level).toArray(Division[]::new);
      long t0 = System.nanoTime();
      for (Division d : divisions) {
        for (int m = 0; m < 12; m++) {
          add(out, d.code().value(), m + 1, rollup.metrics(d.code(), months[m]));
        }
        if (level == DivisionLevel.COUNTY) {
          add(out, d.code().value(), 0, rollup.metrics(d.code(), Period.year(year)));
        }
      }
      nanos[level.ordinal()] = System.nanoTime() - t0;
      calls[level.ordinal()] = divisions.length * (level == DivisionLevel.COUNTY ? 13L : 12L);
    }
    StringBuilder s = new StringBuilder("civic roll-up by level, one thread:");
    for (DivisionLevel level : DivisionLevel.values()) {
      s.append(String.format(java.util.Locale.ROOT, " %s %,d ms (%,d metrics calls, %.2f µs each);",
          level.name().toLowerCase(java.util.Locale.ROOT), nanos[level.ordinal()] / 1_000_000, calls[level.ordinal()],
          nanos[level.ordinal()] / 1e3 / Math.max(1, calls[level.ordinal()])));
    }
    return s.toString();
  }

  private static void add(EndToEndFigures out, long division, int month, MetricSet m) {
    if (m.activities() > 0) {
      out.add(division, month, m.activities(), m.personTimes(), m.beneficiaries(), m.serviceTime().toMinutes(),
          m.volunteers().count());
    }
  }
}
