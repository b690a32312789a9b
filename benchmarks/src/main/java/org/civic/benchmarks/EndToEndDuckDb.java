package org.civic.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.site.Site;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB's side of {@link EndToEnd}: DuckDB in process over JDBC (duckdb_jdbc, whose JSON
 * extension is statically linked: {@code read_ndjson} works offline), with {@code SET threads}
 * to the shot's threads and every other setting left at its default, as a user starts it.
 *
 * <p>Reference (before the activity file, reported apart): the divisions
 * {@code (code, parent, level)} and the sites {@code (id, division)} of {@link EndToEndReference}
 * through appenders, then {@code site_chain}: each site with its division's ancestor at each
 * level, from a recursive query over the divisions.
 *
 * <ol>
 *   <li><b>read</b>: {@code CREATE TABLE activities AS SELECT … FROM read_ndjson(file, columns =
 *       {…}) WHERE type = 'activity'} — the site, date, volunteers (a {@code VARCHAR[]}),
 *       beneficiaries and service minutes of each line;
 *   <li><b>join</b>: {@code facts}: each activity of the year joined to its site's chain, with its
 *       month and person-times ({@code len(volunteers)}); an activity on a site not in the
 *       reference fails the shot, as it fails civic's index;
 *   <li><b>group</b>: {@code figures}, a temporary table: per level one {@code GROUP BY division,
 *       month} of the sums over {@code facts} and one of {@code count(DISTINCT volunteer)} over
 *       the volunteers unnested, {@code UNION ALL} over the five levels and the county year
 *       (month 0), the two joined on (division, month).
 * </ol>
 *
 * <p>Not thread-safe; one per run. Close it.
 */
final class EndToEndDuckDb implements AutoCloseable {

  private static final String[] LEVELS = {"province", "city", "county", "township", "village"};

  private final Connection connection;
  private final long loadNanos;

  private EndToEndDuckDb(Connection connection, long loadNanos) {
    this.connection = connection;
    this.loadNanos = loadNanos;
  }

  /** Opens an in-memory database and loads the reference data into it. */
  static EndToEndDuckDb of(EndToEndReference reference, int threads) throws SQLException {
    long t0 = System.nanoTime();
    DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = c.createStatement()) {
      s.execute("SET threads = " + threads);
      s.execute("CREATE TABLE divisions (code BIGINT NOT NULL, parent BIGINT, level TINYINT NOT NULL)");
      s.execute("CREATE TABLE sites (id VARCHAR NOT NULL, division BIGINT NOT NULL)");
    }
    try (DuckDBAppender app = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "divisions")) {
      for (Division d : reference.divisions()) {
        long code = d.code().value();
        long parent = DivisionCode.parentOf(code);
        app.beginRow().append(code);
        if (parent < 0) {
          app.appendNull();
        } else {
          app.append(parent);
        }
        app.append((byte) d.level().ordinal()).endRow();
      }
    }
    try (DuckDBAppender app = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sites")) {
      for (Site site : reference.sites()) {
        app.beginRow().append(site.id().value()).append(site.division().value()).endRow();
      }
    }
    try (Statement s = c.createStatement()) {
      StringBuilder sql = new StringBuilder("CREATE TABLE site_chain AS"
          + " WITH RECURSIVE up(id, ancestor) AS ("
          + "   SELECT id, division FROM sites"
          + "   UNION ALL"
          + "   SELECT up.id, d.parent FROM up JOIN divisions d ON d.code = up.ancestor WHERE d.parent IS NOT NULL)"
          + " SELECT up.id");
      for (int l = 0; l < LEVELS.length; l++) {
        sql.append(", max(up.ancestor) FILTER (WHERE d.level = ").append(l).append(") AS ").append(LEVELS[l]);
      }
      sql.append(" FROM up JOIN divisions d ON d.code = up.ancestor GROUP BY up.id");
      s.execute(sql.toString());
      long chains = count(s, "site_chain");
      if (chains != reference.sites().size()) {
        throw new IllegalStateException("site_chain has " + chains + " rows, " + reference.sites().size() + " sites");
      }
    }
    return new EndToEndDuckDb(c, System.nanoTime() - t0);
  }

  /** Returns the time the reference load took (connection, appenders, {@code site_chain}). */
  long loadNanos() {
    return loadNanos;
  }

  /** Sets DuckDB's threads. */
  void threads(int threads) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("SET threads = " + threads);
    }
  }

  /** Drops what a run made, so that the next run starts as the first did. */
  void dropRun() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS figures");
      s.execute("DROP TABLE IF EXISTS facts");
      s.execute("DROP TABLE IF EXISTS activities");
    }
  }

  /** Runs the three steps on an activity file; the figures stay in DuckDB (see {@link #figures()}). */
  EndToEnd.Shot run(Path activities, int threads, int year) throws SQLException {
    dropRun();
    long t0 = System.nanoTime();
    long rows;
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE activities AS SELECT site, date, volunteers, beneficiaries, serviceMinutes AS minutes"
          + " FROM read_ndjson(" + literal(activities.toString()) + ", columns = {type: 'VARCHAR', site: 'VARCHAR',"
          + " date: 'DATE', volunteers: 'VARCHAR[]', beneficiaries: 'BIGINT', serviceMinutes: 'BIGINT'})"
          + " WHERE type = 'activity'");
      rows = count(s, "activities");
    }
    long t1 = System.nanoTime();
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE facts AS SELECT c.province, c.city, c.county, c.township, c.village,"
          + " month(a.date) AS month, len(a.volunteers) AS person_times, a.beneficiaries, a.minutes, a.volunteers"
          + " FROM activities a JOIN site_chain c ON c.id = a.site WHERE year(a.date) = " + year);
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM activities a ANTI JOIN site_chain c ON c.id = a.site")) {
        r.next();
        if (r.getLong(1) != 0) {
          throw new IllegalStateException(r.getLong(1) + " activities on sites that are not in the reference");
        }
      }
    }
    long t2 = System.nanoTime();
    try (Statement s = connection.createStatement()) {
      s.execute(groupSql());
    }
    long t3 = System.nanoTime();
    return new EndToEnd.Shot("duckdb", threads, List.of("read", "join", "group"),
        new long[] {t1 - t0, t2 - t1, t3 - t2}, t3 - t0, rows, null);
  }

  /** The figures query: sums and distinct volunteers per level and month, and per county and year. */
  static String groupSql() {
    StringBuilder sums = new StringBuilder();
    StringBuilder distinct = new StringBuilder();
    for (int l = 0; l <= LEVELS.length; l++) {
      boolean year = l == LEVELS.length;
      String col = year ? "county" : LEVELS[l];
      String month = year ? "0" : "month";
      if (l > 0) {
        sums.append(" UNION ALL ");
        distinct.append(" UNION ALL ");
      }
      sums.append("SELECT ").append(col).append(" AS division, ").append(month).append(" AS month, count(*) AS"
          + " activities, sum(person_times) AS person_times, sum(beneficiaries) AS beneficiaries, sum(minutes) AS"
          + " minutes FROM facts WHERE ").append(col).append(" IS NOT NULL GROUP BY ALL");
      distinct.append("SELECT ").append(col).append(" AS division, ").append(month).append(" AS month,"
          + " count(DISTINCT volunteer) AS volunteers FROM v WHERE ").append(col).append(" IS NOT NULL GROUP BY ALL");
    }
    return "CREATE TEMP TABLE figures AS"
        + " WITH v AS (SELECT province, city, county, township, village, month, unnest(volunteers) AS volunteer"
        + " FROM facts),"
        + " s AS (" + sums + "),"
        + " d AS (" + distinct + ")"
        + " SELECT s.division, s.month, s.activities, s.person_times, s.beneficiaries, s.minutes,"
        + " coalesce(d.volunteers, 0) AS volunteers"
        + " FROM s LEFT JOIN d ON d.division = s.division AND d.month = s.month";
  }

  /** Reads the figures of the last run out of DuckDB (not timed). */
  EndToEndFigures figures() throws SQLException {
    try (Statement s = connection.createStatement()) {
      EndToEndFigures out = new EndToEndFigures((int) count(s, "figures"));
      try (ResultSet r = s.executeQuery("SELECT division, month, activities, person_times, beneficiaries, minutes,"
          + " volunteers FROM figures")) {
        while (r.next()) {
          out.add(r.getLong(1), r.getInt(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7));
        }
      }
      return out;
    }
  }

  private static long count(Statement s, String table) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
