package org.civic.benchmarks;

import static org.civic.benchmarks.RollupBenchmark.LEVEL_COLUMNS;
import static org.civic.benchmarks.RollupBenchmark.VILLAGE_SAMPLE_STEP;
import static org.civic.benchmarks.RollupBenchmark.YEAR;
import static org.civic.benchmarks.RollupBenchmark.ms;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Month;
import java.util.Map;
import org.civic.activity.Activity;
import org.civic.division.Division;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.Hierarchy;
import org.civic.metric.ActivityRollup;
import org.civic.metric.MonthlyFigures;
import org.civic.benchmarks.RollupBenchmark.Cell;
import org.civic.benchmarks.RollupBenchmark.DuckDb;
import org.civic.benchmarks.RollupBenchmark.Log;
import org.civic.benchmarks.RollupBenchmark.Streams;
import org.civic.benchmarks.RollupBenchmark.Sums;

/**
 * Fails {@link RollupBenchmark}'s run unless civic, DuckDB and streams give the same roll-up
 * (its {@code Civic} state calls it before any timing).
 */
final class RollupAgreement {
  private RollupAgreement() {}

  static void check(Log log, ActivityRollup rollup) throws SQLException {
    long t0 = System.nanoTime();
    Hierarchy h = log.hierarchy;
    ActivityRollup.MonthlyTable civic = rollup.monthly(YEAR);
    Map<Cell, Sums> streams = Streams.rollup(log.activities, log.chains, YEAR);
    long tStreams = System.nanoTime();

    // Ground truth: the national totals per month, straight from the activities.
    Sums[] truth = new Sums[13];
    for (int m = 1; m <= 12; m++) {
      truth[m] = new Sums();
    }
    for (Activity a : log.activities) {
      truth[a.date().getMonthValue()].add(a);
    }

    // DuckDB: every row of the full roll-up against the streams map, and the row count.
    long rows = 0;
    Sums[] duckNational = new Sums[13];
    for (int m = 1; m <= 12; m++) {
      duckNational[m] = new Sums();
    }
    try (Connection c = DuckDb.load(log); Statement s = c.createStatement()) {
      s.executeUpdate(DuckDb.rollupInto("r", LEVEL_COLUMNS.length));
      try (ResultSet r = s.executeQuery("SELECT r.division, r.month, r.activities, r.person_times,"
          + " r.beneficiaries, r.minutes, d.level FROM r JOIN divisions d ON d.code = r.division")) {
        while (r.next()) {
          rows++;
          Cell cell = new Cell(r.getLong(1), r.getInt(2));
          Sums want = streams.get(cell);
          long a = r.getLong(3);
          long p = r.getLong(4);
          long b = r.getLong(5);
          long m = r.getLong(6);
          if (want == null || !want.same(a, p, b, m)) {
            throw new IllegalStateException("DuckDB and streams differ at " + cell + ": DuckDB " + a + "/" + p
                + "/" + b + "/" + m + ", streams " + want);
          }
          if (r.getInt(7) == 0) {
            duckNational[cell.month()].merge(new Sums(a, p, b, m));
          }
        }
      }
    }
    if (rows != streams.size()) {
      throw new IllegalStateException("DuckDB gave " + rows + " rows, streams " + streams.size() + " cells");
    }
    long tDuck = System.nanoTime();
    long villageNanos = 0;
    long villageReads = 0;

    // civic: every division above village level, every 50th village, every month.
    Sums[] civicNational = new Sums[13];
    Sums[] streamsNational = new Sums[13];
    for (int m = 1; m <= 12; m++) {
      civicNational[m] = new Sums();
      streamsNational[m] = new Sums();
    }
    long checked = 0;
    long villages = 0;
    long[] perLevel = new long[5];
    Map<DivisionLevel, String> examples = new java.util.EnumMap<>(DivisionLevel.class);
    for (Division d : (Iterable<Division>) h.divisions()::iterator) {
      DivisionLevel level = d.level();
      if (level == DivisionLevel.VILLAGE && villages++ % VILLAGE_SAMPLE_STEP != 0) {
        continue;
      }
      perLevel[level.ordinal()]++;
      for (Month month : Month.values()) {
        long r0 = System.nanoTime();
        MonthlyFigures f = civic.figures(d.code(), month);
        if (level == DivisionLevel.VILLAGE) {
          villageNanos += System.nanoTime() - r0;
          villageReads++;
        }
        Sums want = streams.getOrDefault(new Cell(d.code().value(), month.getValue()), new Sums());
        if (!want.same(f.activities(), f.personTimes(), f.beneficiaries(), f.serviceMinutes())) {
          throw new IllegalStateException("civic and streams differ at " + d + " " + month + ": civic " + f
              + ", streams " + want);
        }
        checked++;
        if (level == DivisionLevel.PROVINCE) {
          civicNational[month.getValue()].merge(new Sums(f.activities(), f.personTimes(), f.beneficiaries(),
              f.serviceMinutes()));
          streamsNational[month.getValue()].merge(want);
        }
        if (month == Month.MARCH && !examples.containsKey(level) && want.activities > 0) {
          examples.put(level, d.code() + " " + d.name() + " March: " + want);
        }
      }
    }
    for (int m = 1; m <= 12; m++) {
      Sums t = truth[m];
      for (Sums other : new Sums[] {civicNational[m], streamsNational[m], duckNational[m]}) {
        if (!other.same(t.activities, t.personTimes, t.beneficiaries, t.minutes)) {
          throw new IllegalStateException("national total of month " + m + " differs: " + other + ", truth " + t);
        }
      }
    }
    System.out.printf("agreement: DuckDB = streams on all %,d (division, month) rows; civic = streams on %,d"
        + " (division, month) cells: %,d provinces, %,d cities, %,d counties, %,d townships, %,d villages"
        + " (every %d-th) × 12 months; national totals per month = the activities' own sums%n"
        + "agreement took %d ms: civic monthly + streams %d ms, DuckDB load + roll-up + compare %d ms, civic"
        + " reads %d ms%n", rows, checked, perLevel[0], perLevel[1], perLevel[2], perLevel[3], perLevel[4],
        VILLAGE_SAMPLE_STEP, ms(t0, System.nanoTime()), ms(t0, tStreams), ms(tStreams, tDuck),
        ms(tDuck, System.nanoTime()));
    System.out.printf("civic village reads (MonthlyTable.figures on a village, computed on request): %,d in %d ms,"
        + " %.1f µs each; all %,d villages × 12 months would take about %.1f s%n", villageReads,
        villageNanos / 1_000_000, villageNanos / 1000.0 / villageReads, villages,
        villageNanos / 1e9 / villageReads * villages * 12);
    System.out.println("national totals per month (civic = DuckDB = streams = activities):");
    for (int m = 1; m <= 12; m++) {
      System.out.printf("  %2d: %s%n", m, truth[m]);
    }
    examples.forEach((level, text) -> System.out.println("  " + level + ": " + text));
  }
}

// ---------------------------------------------------------------- helpers
