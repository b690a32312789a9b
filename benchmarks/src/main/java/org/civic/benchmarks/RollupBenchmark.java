package org.civic.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.civic.activity.Activity;
import org.civic.activity.ActivityLog;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.Hierarchy;
import org.civic.metric.ActivityRollup;
import org.civic.metric.MonthlyFigures;
import org.civic.metric.VolunteerIndex;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.volunteer.VolunteerId;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Measures the full monthly roll-up of all activities: civic, DuckDB and Java streams, same data.
 *
 * <p>Input (made in {@code @Setup}, not timed, the same in every run): the shared national data
 * ({@link NationalData}): the national hierarchy (663,128 divisions, 644,290 main sites) and the
 * scale's activities in {@value #YEAR} ({@link #ACTIVITIES}: 1,000,000 reduced, 6,000,000 full):
 * sites and days drawn uniformly, 1–10 volunteers each from a register of {@link #VOLUNTEERS} ids
 * {@code "v" + n} (166,667 reduced, 1,000,000 full). The register's index is civic's own, {@code
 * VolunteerIndex.of(register)}, as a host following the README makes it (until Dec 7 2026 it was
 * {@link #hashIndex}, a {@code HashMap} written out here, when {@code VolunteerIndex.of} was slower;
 * figures before then include that map); {@code monthly} does not read volunteers either way.
 *
 * <p>The roll-up: for every division at every level and every month of the year, the activities,
 * person-times, beneficiaries and service minutes of the division's whole subtree.
 *
 * <ul>
 *   <li>{@code civicFullRollup}: full roll-up of all activities, all levels, monthly —
 *       {@code ActivityRollup.monthly(2024)} on a roll-up built in setup.
 *       Target: under 0.5 s, and at least 3× faster than {@code duckdbFullRollup}.
 *   <li>{@code duckdbFullRollup}: DuckDB, {@value #DUCKDB_THREADS} threads, in memory, over JDBC;
 *       one {@code GROUP BY} per level over a table with each activity's ancestor chain as
 *       columns, {@code UNION ALL}, materialised into a temporary table. (Faster here than
 *       {@code GROUPING SETS} or aggregating per site division first.)
 *   <li>{@code streamsFullRollup}: what one writes without civic — {@code flatMap} each activity
 *       to its division and ancestors, {@code Collectors.groupingBy} (division, month).
 *   <li>{@code duckdbRollupAboveVillage}: DuckDB without the village level. Diagnostic: civic's
 *       table holds the levels above village and reads a village from its activities on request.
 *   <li>{@code rollupIndexBuild}: {@code ActivityRollup.of} — civic's one-off indexing of the
 *       activities, from the {@code Activity} objects.
 *   <li>{@code rollupIndexBuildFromLog}: the same from an {@code ActivityLog} of those activities
 *       (a new copy each shot, so that each numbers the log's sites and volunteers, as a host's
 *       first roll-up of a log does). Target (issue 18 item 3): {@code rollupIndexBuild} within 2×
 *       of it.
 *   <li>{@code volunteerIndexOfLookups}, {@code hashMapIndexLookups}: 1,000,000 lookups in the
 *       register's index, civic's {@code VolunteerIndex.of} and a {@code HashMap}. Diagnostic.
 * </ul>
 *
 * <p>The {@link Civic} state checks, before any timing, that the three engines agree: every row
 * DuckDB gives equals the streams map and the row counts are equal; civic equals streams for
 * every division above village level and every {@value #VILLAGE_SAMPLE_STEP}th village, every
 * month; the national totals per month of all three equal the sums over the activities. The first
 * difference throws and fails the run ({@code -foe true} makes JMH exit non-zero).
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@BenchmarkMode(Mode.SingleShotTime)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RollupBenchmark {

  /** The year of the activities. */
  static final int YEAR = NationalData.YEAR;
  /** The number of activities, at the current scale. */
  static final int ACTIVITIES = NationalData.Scale.current().activities();
  /** The volunteer register, at the current scale. */
  static final int VOLUNTEERS = NationalData.Scale.current().volunteers();
  /** The seed of the look-ups. */
  static final long SEED = NationalData.SEED;
  /** DuckDB's worker threads: the machine has 2 cores. */
  static final int DUCKDB_THREADS = 2;
  /** One village in this many is checked through civic's on-request path. */
  static final int VILLAGE_SAMPLE_STEP = 50;

  static final String[] LEVEL_COLUMNS = {"province", "city", "county", "township", "village"};

  // ---------------------------------------------------------------- states

  /** The national hierarchy, the activities and the volunteer index. */
  @State(Scope.Benchmark)
  public static class Log {
    Hierarchy hierarchy;
    List<Activity> activities;
    VolunteerIndex index;
    /** Each site's division and its ancestors, nearest first, as a user would look them up. */
    Map<SiteId, long[]> chains;

    @Setup(Level.Trial)
    public void make() {
      long t0 = System.nanoTime();
      NationalData data = NationalData.current();
      hierarchy = data.hierarchy();
      chains = new HashMap<>(hierarchy.siteCount() * 2);
      hierarchy.sites().forEach(s -> chains.put(s.id(), chainOf(hierarchy, s)));
      long t1 = System.nanoTime();
      List<VolunteerId> pool = data.volunteerIds();
      activities = data.activities();
      if (activities.size() != ACTIVITIES) {
        throw new IllegalStateException("expected " + ACTIVITIES + " activities, got " + activities.size());
      }
      long t2 = System.nanoTime();
      index = VolunteerIndex.of(pool);
      long t3 = System.nanoTime();
      long personTimes = 0;
      for (Activity a : activities) {
        personTimes += a.personTimes();
      }
      System.out.printf("%nsetup (scale " + data.scale().id() + "): hierarchy %d ms, %,d activities (%,d person-times) %d ms,"
          + " VolunteerIndex.of of %,d volunteers %d ms%n", ms(t0, t1), activities.size(), personTimes, ms(t1, t2),
          VOLUNTEERS, ms(t2, t3));
    }

    private static long[] chainOf(Hierarchy hierarchy, Site site) {
      List<Division> ancestors = hierarchy.ancestors(site.division());
      long[] chain = new long[1 + ancestors.size()];
      chain[0] = site.division().value();
      for (int i = 0; i < ancestors.size(); i++) {
        chain[i + 1] = ancestors.get(i).code().value();
      }
      return chain;
    }
  }

  /** civic's roll-up of the log, built once; checks that civic, DuckDB and streams agree. */
  @State(Scope.Benchmark)
  public static class Civic {
    ActivityRollup rollup;
    DivisionCode[] probes;

    @Setup(Level.Trial)
    public void build(Log log) throws SQLException {
      long t0 = System.nanoTime();
      rollup = ActivityRollup.of(log.hierarchy, log.activities, List.of(), log.index);
      System.out.printf("setup: ActivityRollup.of %d ms%n", ms(t0, System.nanoTime()));
      probes = probes(log.hierarchy);
      RollupAgreement.check(log, rollup);
    }
  }

  /** The volunteer register indexed two ways, and 1,000,000 ids to look up (seed 42). */
  @State(Scope.Benchmark)
  public static class Registers {
    VolunteerIndex civic;
    VolunteerIndex hash;
    VolunteerId[] lookups;

    @Setup(Level.Trial)
    public void make() {
      List<VolunteerId> pool = NationalData.current().volunteerIds();
      civic = VolunteerIndex.of(pool);
      hash = hashIndex(pool);
      SplittableRandom random = new SplittableRandom(SEED);
      lookups = new VolunteerId[1_000_000];
      for (int i = 0; i < lookups.length; i++) {
        lookups[i] = pool.get(random.nextInt(pool.size()));
        if (civic.indexOf(lookups[i]) != hash.indexOf(lookups[i])) {
          throw new IllegalStateException("the two indexes differ at " + lookups[i]);
        }
      }
    }
  }

  /** DuckDB in memory, the activities loaded with their ancestor chains. */
  @State(Scope.Benchmark)
  public static class Duck {
    Connection connection;

    @Setup(Level.Trial)
    public void load(Log log) throws SQLException {
      connection = DuckDb.load(log);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      connection.close();
    }
  }

  // ---------------------------------------------------------------- benchmarks

  /** civic: every division × 12 months, in one pass over the indexed activities. */
  @Benchmark
  @Warmup(iterations = 5)
  @Measurement(iterations = 15)
  public void civicFullRollup(Civic civic, Blackhole bh) {
    ActivityRollup.MonthlyTable table = civic.rollup.monthly(YEAR);
    for (DivisionCode probe : civic.probes) {
      MonthlyFigures f = table.figures(probe, Month.DECEMBER);
      bh.consume(f.activities());
      bh.consume(f.serviceMinutes());
    }
  }

  /** DuckDB: the same roll-up, one GROUP BY per level, UNION ALL, into a temporary table. */
  @Benchmark
  public long duckdbFullRollup(Duck duck) throws SQLException {
    try (Statement s = duck.connection.createStatement()) {
      return s.executeUpdate(DuckDb.rollupInto("r", LEVEL_COLUMNS.length));
    }
  }

  /** DuckDB without the village level: the levels civic's table holds. Diagnostic. */
  @Benchmark
  public long duckdbRollupAboveVillage(Duck duck) throws SQLException {
    try (Statement s = duck.connection.createStatement()) {
      return s.executeUpdate(DuckDb.rollupInto("r4", LEVEL_COLUMNS.length - 1));
    }
  }

  /** Plain Java: flatMap to (division, month) for the division and each ancestor, groupingBy. */
  @Benchmark
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public Map<Cell, Sums> streamsFullRollup(Log log) {
    return Streams.rollup(log.activities, log.chains, YEAR);
  }

  /** civic's one-off indexing: {@code ActivityRollup.of} on all the activities. */
  @Benchmark
  @Warmup(iterations = 1)
  @Measurement(iterations = 2)
  public ActivityRollup rollupIndexBuild(Log log) {
    return ActivityRollup.of(log.hierarchy, log.activities, List.of(), log.index);
  }

  /** The activities as a log, made once. */
  @State(Scope.Benchmark)
  public static class AsLog {
    ActivityLog log;

    @Setup(Level.Trial)
    public void make(Log activities) {
      log = ActivityLog.of(activities.activities);
    }
  }

  /**
   * civic's one-off indexing from a log: {@code ActivityRollup.of} on a new log of the same
   * activities (a copy of one made in setup: its numbering is not yet done).
   */
  @Benchmark
  @Warmup(iterations = 1)
  @Measurement(iterations = 2)
  public ActivityRollup rollupIndexBuildFromLog(AsLog asLog, Log log) {
    ActivityLog copy = ActivityLog.builder(asLog.log.size()).addAll(asLog.log).build();
    return ActivityRollup.of(log.hierarchy, copy, List.of(), log.index);
  }

  /** 1,000,000 lookups in {@code VolunteerIndex.of} of the register. Diagnostic. */
  @Benchmark
  @Warmup(iterations = 5)
  @Measurement(iterations = 10)
  public long volunteerIndexOfLookups(Registers registers) {
    return lookUp(registers.civic, registers.lookups);
  }

  /** The same lookups in a {@code HashMap}-backed index with the same numbers. Diagnostic. */
  @Benchmark
  @Warmup(iterations = 5)
  @Measurement(iterations = 10)
  public long hashMapIndexLookups(Registers registers) {
    return lookUp(registers.hash, registers.lookups);
  }

  private static long lookUp(VolunteerIndex index, VolunteerId[] ids) {
    long sum = 0;
    for (VolunteerId id : ids) {
      sum += index.indexOf(id);
    }
    return sum;
  }

  // ---------------------------------------------------------------- the streams version

  /** A division and a month (1–12). */
  record Cell(long division, int month) {}

  /** The four sums of a cell. */
  static final class Sums {
    long activities;
    long personTimes;
    long beneficiaries;
    long minutes;

    Sums() {}

    Sums(long activities, long personTimes, long beneficiaries, long minutes) {
      this.activities = activities;
      this.personTimes = personTimes;
      this.beneficiaries = beneficiaries;
      this.minutes = minutes;
    }

    void add(Activity a) {
      activities++;
      personTimes += a.personTimes();
      beneficiaries += a.beneficiaries();
      minutes += a.serviceTime().toMinutes();
    }

    Sums merge(Sums o) {
      activities += o.activities;
      personTimes += o.personTimes;
      beneficiaries += o.beneficiaries;
      minutes += o.minutes;
      return this;
    }

    boolean same(long a, long p, long b, long m) {
      return activities == a && personTimes == p && beneficiaries == b && minutes == m;
    }

    @Override
    public String toString() {
      return String.format("%,d activities, %,d person-times, %,d beneficiaries, %,d minutes", activities,
          personTimes, beneficiaries, minutes);
    }
  }

  /** The roll-up as one writes it with streams and collectors, without civic. */
  static final class Streams {
    private Streams() {}

    static Map<Cell, Sums> rollup(List<Activity> activities, Map<SiteId, long[]> chains, int year) {
      Collector<Map.Entry<Cell, Activity>, Sums, Sums> sums =
          Collector.of(Sums::new, (s, e) -> s.add(e.getValue()), Sums::merge);
      return activities.stream()
          .filter(a -> a.date().getYear() == year)
          .flatMap(a -> Arrays.stream(chains.get(a.site()))
              .mapToObj(d -> Map.entry(new Cell(d, a.date().getMonthValue()), a)))
          .collect(Collectors.groupingBy(Map.Entry::getKey, sums));
    }
  }

  // ---------------------------------------------------------------- the DuckDB version

  /** Loads the data into DuckDB and writes the roll-up query. */
  static final class DuckDb {
    private DuckDb() {}

    /**
     * Opens an in-memory database with {@code divisions(code, parent, level)}, {@code
     * activities(site_division_code, month, person_times, beneficiaries, minutes)} and {@code
     * facts}: each activity with its ancestor chain as five level columns, as an analyst would
     * prepare it (a recursive query over the divisions).
     */
    static Connection load(Log log) throws SQLException {
      long t0 = System.nanoTime();
      DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA threads=" + DUCKDB_THREADS);
        s.execute("SET memory_limit = '4GB'");
        s.execute("CREATE TABLE divisions (code BIGINT NOT NULL, parent BIGINT, level TINYINT NOT NULL)");
        s.execute("CREATE TABLE activities (site_division_code BIGINT NOT NULL, month INTEGER NOT NULL,"
            + " person_times INTEGER NOT NULL, beneficiaries BIGINT NOT NULL, minutes BIGINT NOT NULL)");
      }
      Hierarchy h = log.hierarchy;
      try (DuckDBAppender app = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "divisions")) {
        for (Division d : (Iterable<Division>) h.divisions()::iterator) {
          app.beginRow().append(d.code().value());
          var parent = h.parent(d.code());
          if (parent.isPresent()) {
            app.append(parent.get().code().value());
          } else {
            app.appendNull();
          }
          app.append((byte) d.level().ordinal()).endRow();
        }
      }
      try (DuckDBAppender app = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "activities")) {
        for (Activity a : log.activities) {
          app.beginRow()
              .append(log.chains.get(a.site())[0])
              .append(a.date().getMonthValue())
              .append(a.volunteers().size())
              .append(a.beneficiaries())
              .append(a.serviceTime().toMinutes())
              .endRow();
        }
      }
      long t1 = System.nanoTime();
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE chains AS"
            + " WITH RECURSIVE up(code, ancestor, level) AS ("
            + "   SELECT code, code, level FROM divisions"
            + "   UNION ALL"
            + "   SELECT up.code, d.parent, p.level FROM up"
            + "   JOIN divisions d ON d.code = up.ancestor JOIN divisions p ON p.code = d.parent)"
            + " SELECT code,"
            + "   max(ancestor) FILTER (WHERE level = 0) AS province,"
            + "   max(ancestor) FILTER (WHERE level = 1) AS city,"
            + "   max(ancestor) FILTER (WHERE level = 2) AS county,"
            + "   max(ancestor) FILTER (WHERE level = 3) AS township,"
            + "   max(ancestor) FILTER (WHERE level = 4) AS village"
            + " FROM up GROUP BY code");
        s.execute("CREATE TABLE facts AS"
            + " SELECT c.province, c.city, c.county, c.township, c.village,"
            + "   a.month, a.person_times, a.beneficiaries, a.minutes"
            + " FROM activities a JOIN chains c ON c.code = a.site_division_code");
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM facts")) {
          r.next();
          if (r.getLong(1) != log.activities.size()) {
            throw new IllegalStateException("facts has " + r.getLong(1) + " rows");
          }
        }
      }
      System.out.printf("setup: DuckDB load %d ms (appenders), chains and facts %d ms%n", ms(t0, t1),
          ms(t1, System.nanoTime()));
      return c;
    }

    /** The roll-up of the first {@code levels} levels into a temporary table. */
    static String rollupInto(String table, int levels) {
      StringBuilder sql = new StringBuilder("CREATE OR REPLACE TEMP TABLE ").append(table).append(" AS ");
      for (int l = 0; l < levels; l++) {
        String col = LEVEL_COLUMNS[l];
        if (l > 0) {
          sql.append(" UNION ALL ");
        }
        sql.append("SELECT ").append(col).append(" AS division, month, count(*) AS activities,"
            + " sum(person_times) AS person_times, sum(beneficiaries) AS beneficiaries,"
            + " sum(minutes) AS minutes FROM facts WHERE ").append(col).append(" IS NOT NULL GROUP BY ")
            .append(col).append(", month");
      }
      return sql.toString();
    }
  }

  // ---------------------------------------------------------------- agreement

  /** One division of each level and the 31 provinces: what the civic benchmark reads. */
  static DivisionCode[] probes(Hierarchy h) {
    List<DivisionCode> probes = new ArrayList<>();
    h.roots().forEach(d -> probes.add(d.code()));
    for (DivisionLevel level : DivisionLevel.values()) {
      h.divisions().filter(d -> d.level() == level).skip(7).findFirst().map(Division::code).ifPresent(probes::add);
    }
    return probes.stream().filter(Objects::nonNull).toArray(DivisionCode[]::new);
  }

  /**
   * The register's index backed by a {@code HashMap}: the i-th id has index i, as in {@code
   * VolunteerIndex.of}, written out here as a host's own index would be — what every benchmark used
   * until Dec 7 2026, kept for {@code hashMapIndexLookups} and {@code IncrementalBenchmark}'s {@code
   * -p volunteerIndex=hashmap}, to compare with the figures measured on it.
   */
  static VolunteerIndex hashIndex(List<VolunteerId> register) {
    Map<VolunteerId, Integer> map = new HashMap<>(register.size() * 2);
    for (int i = 0; i < register.size(); i++) {
      if (map.putIfAbsent(register.get(i), i) != null) {
        throw new IllegalArgumentException("volunteer " + register.get(i) + " appears twice");
      }
    }
    return id -> {
      Integer i = map.get(id);
      if (i == null) {
        throw new IllegalArgumentException("volunteer " + id + " is not in the register");
      }
      return i;
    };
  }

  static long ms(long from, long to) {
    return TimeUnit.NANOSECONDS.toMillis(to - from);
  }
}
