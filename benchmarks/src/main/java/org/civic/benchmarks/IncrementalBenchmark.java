package org.civic.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Month;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.civic.activity.Activity;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.metric.ActivityRollup;
import org.civic.metric.IncrementalRollup;
import org.civic.metric.MetricSet;
import org.civic.metric.VolunteerIndex;
import org.civic.order.ServiceOrder;
import org.civic.site.SiteId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures the incremental update of one activity: adding one new activity to monthly figures
 * already holding the whole national year, civic's {@link IncrementalRollup} side by side with
 * what a user would otherwise write.
 *
 * <p>Input: the shared national data ({@link NationalData} through {@link RollupBenchmark.Log}:
 * the national hierarchy and the scale's activities), and {@value #FRESH} new activities
 * ({@code "n" + i}, another seed, same distribution, no teams) that the benchmarks add in turn,
 * round robin. Each operation adds one.
 *
 * <ul>
 *   <li>{@code civicIncrementalAdd}: {@code IncrementalRollup.add(activity)} on a roll-up preloaded
 *       with all the activities and service orders: the division and each ancestor, that month.
 *       It keeps every figure of {@link MetricSet}, distinct volunteers (a bitmap) included.
 *   <li>{@code civicPreloadYear}, {@code batchBuildYear}: a new {@link IncrementalRollup} given the
 *       whole year and its orders in two batches, against {@code ActivityRollup.of} of the same
 *       objects: a dashboard's start-up, which should cost what the batch build costs.
 *   <li>{@code handHashMapAdd}: a hand-written {@code HashMap<(division, month), sums>} preloaded
 *       with the same activities, updated for the site's division and each ancestor (looked up in a
 *       {@code HashMap<SiteId, long[]>}): what one writes without civic. It keeps only the four
 *       sums (activities, person-times, beneficiaries, minutes), no distinct volunteers, so it does
 *       less work than civic.
 *   <li>{@code duckdbInsertAndRequery}: the database way: one {@code INSERT} into DuckDB's
 *       {@code facts} table (the activity with its ancestor columns, as in {@link RollupBenchmark}),
 *       then one query re-computing the four sums of the affected (division, month) rows, one per
 *       level.
 * </ul>
 *
 * <p>Checks: at the end of the trial, each state checks that its national total of activities
 * (the provinces' cells over the 12 months) is the preloaded count plus the number it added;
 * DuckDB's re-query must return a row for every level each time.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IncrementalBenchmark {

  /** New activities added in turn. */
  static final int FRESH = 1 << 18;

  /**
   * A heap without the last shot's garbage before each shot of the year's preload and batch build:
   * each shot leaves a roll-up of gigabytes, which G1 otherwise collects during the next shot (at
   * full scale the preload's shots fell from 18.4 to 14.0 s as that settled; with a collection
   * between them, 12.8–13.9 s, the batch build's 9.2–10.2 s). A host preloads once, on its heap.
   */
  @State(Scope.Benchmark)
  public static class Settled {
    @Setup(Level.Iteration)
    public void collect() {
      settle();
    }
  }

  /** The new activities, made once. */
  @State(Scope.Benchmark)
  public static class Fresh {
    Activity[] activities;

    @Setup(Level.Trial)
    public void make(RollupBenchmark.Log log) {
      List<SiteId> sites = log.hierarchy.sites().map(s -> s.id()).toList();
      activities = NationalActivities.generate("n", NationalData.SEED + 1, RollupBenchmark.YEAR, FRESH, sites,
          NationalData.current().volunteerIds(), null).toArray(Activity[]::new);
    }
  }

  /** civic's incremental roll-up, preloaded with all activities and orders. */
  @State(Scope.Benchmark)
  public static class Civic {
    /**
     * The volunteer index the roll-up asks: {@code civic}, {@code VolunteerIndex.of} of the
     * register, as every benchmark here makes it, or {@code hashmap}, the same register in a {@code
     * HashMap} written out as a host's own ({@code RollupBenchmark.hashIndex}: what the figures
     * before Dec 7 2026 were measured on; {@code -p volunteerIndex=civic,hashmap}).
     */
    @Param({"civic"})
    public String volunteerIndex;
    IncrementalRollup rollup;
    Hierarchy hierarchy;
    long preloaded;
    long added;
    int next;

    @Setup(Level.Trial)
    public void preload(RollupBenchmark.Log log) {
      long t0 = System.nanoTime();
      hierarchy = log.hierarchy;
      List<ServiceOrder> orders = NationalData.current().orders();
      VolunteerIndex index = switch (volunteerIndex) {
        case "civic" -> log.index;
        case "hashmap" -> RollupBenchmark.hashIndex(NationalData.current().volunteerIds());
        default -> throw new IllegalArgumentException("volunteerIndex is hashmap or civic, not " + volunteerIndex);
      };
      rollup = new IncrementalRollup(hierarchy, index).addActivities(log.activities).addOrders(orders);
      preloaded = log.activities.size();
      System.out.printf("%nsetup: IncrementalRollup preloaded with %,d activities and %,d orders in %d ms%n",
          preloaded, orders.size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
      check(nationalActivities(), preloaded, "civic after preload");
      settle();
    }

    long nationalActivities() {
      long n = 0;
      for (Division root : hierarchy.roots()) {
        for (Month m : Month.values()) {
          MetricSet f = rollup.metrics(root.code(), YearMonth.of(RollupBenchmark.YEAR, m));
          n += f.activities();
        }
      }
      return n;
    }

    @TearDown(Level.Trial)
    public void verify() {
      check(nationalActivities(), preloaded + added, "civic");
    }
  }

  /** A hand-written map of (division, month) cells to four sums, preloaded with all activities. */
  @State(Scope.Benchmark)
  public static class Hand {
    Map<RollupBenchmark.Cell, RollupBenchmark.Sums> cells;
    Map<SiteId, long[]> chains;
    Hierarchy hierarchy;
    long preloaded;
    long added;
    int next;

    @Setup(Level.Trial)
    public void preload(RollupBenchmark.Log log) {
      long t0 = System.nanoTime();
      chains = log.chains;
      hierarchy = log.hierarchy;
      cells = new HashMap<>();
      for (Activity a : log.activities) {
        add(a);
      }
      preloaded = log.activities.size();
      System.out.printf("%nsetup: hand HashMap preloaded with %,d activities (%,d cells) in %d ms%n", preloaded,
          cells.size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
      check(nationalActivities(), preloaded, "hand map after preload");
      settle();
    }

    void add(Activity a) {
      int month = a.date().getMonthValue();
      for (long division : chains.get(a.site())) {
        cells.computeIfAbsent(new RollupBenchmark.Cell(division, month), k -> new RollupBenchmark.Sums()).add(a);
      }
    }

    long nationalActivities() {
      long n = 0;
      for (Division root : hierarchy.roots()) {
        for (int m = 1; m <= 12; m++) {
          RollupBenchmark.Sums s = cells.get(new RollupBenchmark.Cell(root.code().value(), m));
          n += s == null ? 0 : s.activities;
        }
      }
      return n;
    }

    @TearDown(Level.Trial)
    public void verify() {
      check(nationalActivities(), preloaded + added, "hand map");
    }
  }

  /** DuckDB holding all activities (RollupBenchmark's tables), an INSERT and a re-query prepared. */
  @State(Scope.Benchmark)
  public static class Duck {
    Connection connection;
    PreparedStatement insert;
    PreparedStatement requery;
    Map<SiteId, long[]> levels;
    long preloaded;
    long added;
    int next;

    @Setup(Level.Trial)
    public void load(RollupBenchmark.Log log) throws SQLException {
      connection = RollupBenchmark.DuckDb.load(log);
      preloaded = log.activities.size();
      levels = new HashMap<>(log.chains.size() * 2);
      log.chains.forEach((site, chain) -> {
        long[] byLevel = new long[5];
        java.util.Arrays.fill(byLevel, -1);
        for (long code : chain) {
          byLevel[DivisionCode.levelOf(code).ordinal()] = code;
        }
        levels.put(site, byLevel);
      });
      insert = connection.prepareStatement("INSERT INTO facts (province, city, county, township, village, month,"
          + " person_times, beneficiaries, minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
      StringBuilder sql = new StringBuilder();
      String[] columns = {"province", "city", "county", "township", "village"};
      for (int l = 0; l < columns.length; l++) {
        if (l > 0) {
          sql.append(" UNION ALL ");
        }
        sql.append("SELECT ").append(l).append(" AS level, count(*), sum(person_times), sum(beneficiaries),"
            + " sum(minutes) FROM facts WHERE month = ? AND ").append(columns[l]).append(" = ?");
      }
      requery = connection.prepareStatement(sql.toString());
      check(nationalActivities(), preloaded, "DuckDB after load");
    }

    long nationalActivities() throws SQLException {
      try (var s = connection.createStatement();
          ResultSet r = s.executeQuery("SELECT count(*) FROM facts WHERE province IS NOT NULL")) {
        r.next();
        return r.getLong(1);
      }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      try {
        check(nationalActivities(), preloaded + added, "DuckDB");
      } finally {
        connection.close();
      }
    }
  }

  static void check(long actual, long expected, String what) {
    if (actual != expected) {
      throw new IllegalStateException(what + ": national total " + actual + " activities, expected " + expected);
    }
  }

  /** Incremental update of one activity: civic's {@code IncrementalRollup.add}, preloaded with the national year. */
  @Benchmark
  public IncrementalRollup civicIncrementalAdd(Civic civic, Fresh fresh) {
    Activity a = fresh.activities[civic.next];
    civic.next = (civic.next + 1) & (FRESH - 1);
    civic.added++;
    return civic.rollup.add(a);
  }

  /**
   * Preloading the national year: a new {@code IncrementalRollup} given all the activities and
   * orders, one batch each ({@code addActivities}, {@code addOrders}). Compare with
   * {@link #batchBuildYear}.
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public IncrementalRollup civicPreloadYear(RollupBenchmark.Log log, Settled settled) {
    return new IncrementalRollup(log.hierarchy, log.index).addActivities(log.activities)
        .addOrders(NationalData.current().orders());
  }

  /** The batch build of the same year and orders from objects: {@code ActivityRollup.of}. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public ActivityRollup batchBuildYear(RollupBenchmark.Log log, Settled settled) {
    return ActivityRollup.of(log.hierarchy, log.activities, NationalData.current().orders(), log.index);
  }

  /** The same update in a hand-written {@code HashMap} of cells with four sums. */
  @Benchmark
  public Map<RollupBenchmark.Cell, RollupBenchmark.Sums> handHashMapAdd(Hand hand, Fresh fresh) {
    Activity a = fresh.activities[hand.next];
    hand.next = (hand.next + 1) & (FRESH - 1);
    hand.added++;
    hand.add(a);
    return hand.cells;
  }

  /** The database way: INSERT the activity into DuckDB, then re-query the affected rows' sums. */
  @Benchmark
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 2)
  public long duckdbInsertAndRequery(Duck duck, Fresh fresh) throws SQLException {
    Activity a = fresh.activities[duck.next];
    duck.next = (duck.next + 1) & (FRESH - 1);
    long[] byLevel = duck.levels.get(a.site());
    int month = a.date().getMonthValue();
    PreparedStatement in = duck.insert;
    for (int l = 0; l < 5; l++) {
      if (byLevel[l] < 0) {
        in.setNull(l + 1, java.sql.Types.BIGINT);
      } else {
        in.setLong(l + 1, byLevel[l]);
      }
    }
    in.setInt(6, month);
    in.setInt(7, a.volunteers().size());
    in.setLong(8, a.beneficiaries());
    in.setLong(9, a.serviceTime().toMinutes());
    in.executeUpdate();
    duck.added++;
    PreparedStatement q = duck.requery;
    for (int l = 0; l < 5; l++) {
      q.setInt(2 * l + 1, month);
      q.setLong(2 * l + 2, byLevel[l]);
    }
    long rows = 0;
    long activities = 0;
    try (ResultSet r = q.executeQuery()) {
      while (r.next()) {
        rows++;
        activities += r.getLong(2);
      }
    }
    if (rows != 5 || activities == 0) {
      throw new IllegalStateException("re-query gave " + rows + " rows, " + activities + " activities");
    }
    return activities;
  }

  /**
   * Collects what a preload or a shot left: a preload of millions of activities leaves gigabytes
   * for the collector, whose concurrent cycles otherwise run into the iterations after it (at full
   * scale the first measured {@code add} iteration took twice the others).
   */
  static void settle() {
    System.gc();
  }
}
