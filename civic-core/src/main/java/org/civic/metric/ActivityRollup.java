package org.civic.metric;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.ToLongFunction;
import org.civic.activity.Activity;
import org.civic.activity.ActivityLog;
import org.civic.activity.internal.ActivityColumns;
import org.civic.activity.internal.ActivityLogAccess;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.hierarchy.internal.HierarchyAccess;
import org.civic.order.ServiceOrder;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;
import org.civic.site.SiteId;
import org.civic.standard.ActivityCounter;
import org.civic.team.OrganisationId;
import org.civic.team.TeamCategory;
import org.jspecify.annotations.Nullable;

/**
 * Activity and order figures up the hierarchy — 逐级汇总: station → post → center → any higher
 * division, for any {@link Period} (day, month, quarter, year, range), for all activities or one
 * team category or theme, with year-on-year (同比) and period-on-period (环比) change.
 *
 * <p>The activities are kept in columns sorted by site in hierarchy order, so the activities of a
 * subtree are one contiguous run and a query scans only that run. {@link #monthly(int)} rolls
 * every division up for every month of a year in one pass. It also serves as the
 * {@link ActivityCounter} of the "functioning, not just built" requirement.
 *
 * <p>Immutable and thread-safe. For a log that grows one activity at a time, see
 * {@link IncrementalRollup}.
 */
public final class ActivityRollup implements ActivityCounter {

  private static final long[] NO_COUNTS = {};

  private final Hierarchy hierarchy;
  private final HierarchyAccess.Accessor access;
  private final int[] siteStart;
  private final int[] day;
  private final int[] personTimes;
  private final long[] beneficiaries;
  private final long[] minutes;
  /** The optional counts by row; each empty (every row's 0) when the log has none of the three. */
  private final long[] materials;
  private final long[] consultations;
  private final long[] sessions;
  private final int[] category;
  private final int[] theme;
  private final int[] volunteerStart;
  private final int[] volunteerIndexes;
  /** Above the highest of {@link #volunteerIndexes} (0 if it has none), for a scan's bitset. */
  private final int indexBound;
  /** Each row's organisations as numbers in {@link #organisations}, from organisationStart[r]; null if no row has one. */
  private final int @Nullable [] organisationStart;
  private final int[] organisationNumbers;
  private final List<OrganisationId> organisations;
  private final List<TeamCategory> categories;
  private final List<String> themes;
  private final List<List<ServiceOrder>> ordersBySite;

  private ActivityRollup(Hierarchy hierarchy, ActivityColumns log, int[] sitePosition, int[] volunteerIndex,
      List<ServiceOrder> orders, int[] orderPositions) {
    this.hierarchy = hierarchy;
    this.access = HierarchyAccess.get();
    int n = log.size();
    int sites = hierarchy.siteCount();
    // Rows in site order by counting (stable: log order within a site, O(rows + sites)); each log
    // row's place in that order is its rank, and the columns are copied reading the log front to
    // back, each row written to its place, instead of jumping about the log for every row.
    siteStart = new int[sites + 1];
    for (int i = 0; i < n; i++) {
      siteStart[sitePosition[log.siteNumber(i)] + 1]++;
    }
    for (int s = 0; s < sites; s++) {
      siteStart[s + 1] += siteStart[s];
    }
    int[] rank = new int[n];
    int[] order = new int[n];
    int[] next = Arrays.copyOf(siteStart, sites);
    for (int i = 0; i < n; i++) {
      int r = next[sitePosition[log.siteNumber(i)]]++;
      rank[i] = r;
      order[r] = i;
    }
    day = new int[n];
    personTimes = new int[n];
    beneficiaries = new long[n];
    minutes = new long[n];
    boolean counts = log.hasCounts();
    materials = counts ? new long[n] : NO_COUNTS;
    consultations = counts ? new long[n] : NO_COUNTS;
    sessions = counts ? new long[n] : NO_COUNTS;
    category = new int[n];
    theme = new int[n];
    volunteerStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      personTimes[rank[i]] = log.volunteerCount(i);
    }
    int v = 0;
    for (int r = 0; r < n; r++) {
      volunteerStart[r] = v;
      v += personTimes[r];
    }
    volunteerStart[n] = v;
    volunteerIndexes = new int[v];
    indexBound = Arrays.stream(volunteerIndex).max().orElse(-1) + 1;
    boolean identity = isIdentity(volunteerIndex);
    for (int i = 0; i < n; i++) {
      int r = rank[i];
      day[r] = log.epochDay(i);
      beneficiaries[r] = log.beneficiariesOf(i);
      minutes[r] = log.serviceMinutesOf(i);
      if (counts) {
        materials[r] = log.materialsOf(i);
        consultations[r] = log.consultationsOf(i);
        sessions[r] = log.sessionsOf(i);
      }
      category[r] = log.categoryNumber(i);
      theme[r] = log.themeNumber(i);
      // a row's volunteers stay in the log's order: nothing reads them in any other (sorting each
      // row cost two thirds of this loop at full scale, RESULTS.md)
      if (identity) {
        log.copyVolunteerNumbers(i, volunteerIndexes, volunteerStart[r]);
      } else {
        log.mapVolunteers(i, volunteerIndex, volunteerIndexes, volunteerStart[r]);
      }
    }
    SiteOrganisations o = SiteOrganisations.of(log, order);
    organisationStart = o.start();
    organisationNumbers = o.numbers();
    organisations = o.organisations();
    categories = List.copyOf(log.categories());
    themes = List.copyOf(log.themes());
    List<List<ServiceOrder>> bySite = new ArrayList<>(sites);
    for (int s = 0; s < sites; s++) {
      bySite.add(new ArrayList<>(0));
    }
    for (int i = 0; i < orders.size(); i++) {
      bySite.get(orderPositions[i]).add(orders.get(i));
    }
    ordersBySite = bySite;
  }

  /**
   * Whether each volunteer's index is its number in the log, as a new growing index gives them
   * (asked in that order): the rows' volunteers are then copied, not looked up one by one.
   */
  private static boolean isIdentity(int[] map) {
    for (int k = 0; k < map.length; k++) {
      if (map[k] != k) {
        return false;
      }
    }
    return true;
  }

  /**
   * Indexes activities and orders on a hierarchy.
   *
   * @param hierarchy the hierarchy, not null
   * @param activities the activities, not null
   * @param orders the service orders, not null
   * @param index maps volunteers to the indexes distinct counts use, not null
   * @return the roll-up, not null
   * @throws ProblemException naming every activity or order whose site is not in the hierarchy, and
   *     every order placed beyond the dates a calendar holds (past year ±999,999,999)
   * @throws IllegalArgumentException if the activities' beneficiaries, service minutes, materials,
   *     consultations or sessions sum past {@code Long.MAX_VALUE}
   */
  public static ActivityRollup of(Hierarchy hierarchy, Collection<Activity> activities,
      Collection<ServiceOrder> orders, VolunteerIndex index) {
    Objects.requireNonNull(activities, "activities");
    return of(hierarchy, ActivityLog.of(activities), orders, index);
  }

  /**
   * Indexes an activity log and orders on a hierarchy, without making an {@link Activity} per
   * row: each distinct site and volunteer of the log is looked up once.
   *
   * @param hierarchy the hierarchy, not null
   * @param activities the activities, not null
   * @param orders the service orders, not null
   * @param index maps volunteers to the indexes distinct counts use, not null
   * @return the roll-up, not null
   * @throws ProblemException naming every activity or order whose site is not in the hierarchy, and
   *     every order placed beyond the dates a calendar holds (past year ±999,999,999)
   * @throws IllegalArgumentException if a fixed index does not know a volunteer of the log, or an
   *     index gives one a negative index, or the activities' beneficiaries, service minutes,
   *     materials, consultations or sessions sum past {@code Long.MAX_VALUE}
   */
  public static ActivityRollup of(Hierarchy hierarchy, ActivityLog activities, Collection<ServiceOrder> orders,
      VolunteerIndex index) {
    Objects.requireNonNull(hierarchy, "hierarchy");
    ActivityColumns log = ActivityLogAccess.columns(Objects.requireNonNull(activities, "activities"));
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(index, "index");
    HierarchyAccess.Accessor access = HierarchyAccess.get();
    List<Problem> problems = new ArrayList<>();
    List<SiteId> logSites = log.sites();
    int[] sitePosition = new int[logSites.size()];
    access.sitePositions(hierarchy, log.siteCodes(), sitePosition);
    boolean unknown = false;
    for (int position : sitePosition) {
      unknown |= position < 0;
    }
    if (unknown) {
      for (int i = 0; i < log.size(); i++) {
        if (sitePosition[log.siteNumber(i)] < 0) {
          String id = log.idOf(i);
          problems.add(Problem.of("activity.unknown-site", Location.ofSubject(id),
              "activity " + id + " was held at site " + logSites.get(log.siteNumber(i))
                  + ", which is not in the hierarchy").withExpected("a site of the hierarchy"));
        }
      }
    }
    List<ServiceOrder> os = List.copyOf(orders);
    int[] orderPositions = new int[os.size()];
    for (int i = 0; i < os.size(); i++) {
      orderPositions[i] = access.sitePosition(hierarchy, os.get(i).site());
      if (orderPositions[i] < 0) {
        problems.add(Problem.of("order.unknown-site", Location.ofSubject(os.get(i).id()),
            "order " + os.get(i).id() + " was placed at site " + os.get(i).site() + ", which is not in the hierarchy")
            .withExpected("a site of the hierarchy"));
      }
      OrderDates.beyondCalendar(os.get(i)).ifPresent(problems::add); // refused here, not at every query
    }
    if (!problems.isEmpty()) {
      throw new ProblemException("cannot roll up the activities", problems);
    }
    ActivityRollup r = new ActivityRollup(hierarchy, log, sitePosition, VolunteerIndexes.indexesOf(index,
        log.volunteers()), os, orderPositions);
    // no query's or table's sum can pass a long, unchecked as they add (ofRows: IncrementalRollup's totals)
    new CountTotals().addAll(r.beneficiaries, r.minutes, r.materials, r.consultations, r.sessions);
    return r;
  }

  /**
   * Indexes a log whose sites are known to be in the hierarchy ({@code sitePosition}, every one 0
   * or more) and whose volunteers are numbered ({@code volunteerIndex}), without orders: what
   * {@link IncrementalRollup#addActivities} walks in site order.
   */
  static ActivityRollup ofRows(Hierarchy hierarchy, ActivityColumns log, int[] sitePosition, int[] volunteerIndex) {
    return new ActivityRollup(hierarchy, log, sitePosition, volunteerIndex, List.of(), new int[0]);
  }

  /** The columns, rows in site order, for {@link IncrementalRollup#addActivities} to walk. */
  SiteOrderRows siteOrderRows() {
    return new SiteOrderRows(siteStart, day, personTimes, beneficiaries, minutes, materials, consultations, sessions,
        volunteerStart, volunteerIndexes, organisationStart, organisationNumbers, organisations);
  }

  /** Returns the hierarchy. */
  public Hierarchy hierarchy() {
    return hierarchy;
  }

  /** Returns the number of activities. */
  public int activityCount() {
    return day.length;
  }

  /**
   * Returns the figures of a division's subtree for a period.
   *
   * @param division a division of the hierarchy, not null
   * @param period the period, not null
   * @return the figures, not null
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public MetricSet metrics(DivisionCode division, Period period) {
    return scan(range(division), period, -2, -2);
  }

  /**
   * Returns the figures of a division's subtree for a period and one team category.
   *
   * @param division a division of the hierarchy, not null
   * @param period the period, not null
   * @param category the activities' category, not null
   * @return the figures (orders excluded: they have no category), not null
   * @throws IllegalArgumentException if the division is not in the hierarchy (whether or not any
   *     activity has the category)
   */
  public MetricSet metrics(DivisionCode division, Period period, TeamCategory category) {
    long range = range(division);
    Objects.requireNonNull(period, "period");
    int c = categories.indexOf(Objects.requireNonNull(category, "category"));
    return c < 0 ? MetricSet.empty() : scan(range, period, c, -2);
  }

  /**
   * Returns the figures of a division's subtree for a period and one theme.
   *
   * @param division a division of the hierarchy, not null
   * @param period the period, not null
   * @param theme the activities' theme, not null
   * @return the figures (orders excluded), not null
   * @throws IllegalArgumentException if the division is not in the hierarchy (whether or not any
   *     activity has the theme)
   */
  public MetricSet metricsOfTheme(DivisionCode division, Period period, String theme) {
    long range = range(division);
    Objects.requireNonNull(period, "period");
    int t = themes.indexOf(Objects.requireNonNull(theme, "theme"));
    return t < 0 ? MetricSet.empty() : scan(range, period, -2, t);
  }

  /**
   * Returns the figures of a division's subtree for a period, one entry per team category that
   * occurs.
   *
   * @param division a division of the hierarchy, not null
   * @param period the period, not null
   * @return the figures per category, in order of first occurrence, not null
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public Map<TeamCategory, MetricSet> byCategory(DivisionCode division, Period period) {
    long range = range(division);
    Objects.requireNonNull(period, "period");
    Map<TeamCategory, MetricSet> out = new LinkedHashMap<>();
    for (int c = 0; c < categories.size(); c++) {
      MetricSet m = scan(range, period, c, -2);
      if (m.activities() > 0) {
        out.put(categories.get(c), m);
      }
    }
    return out;
  }

  /**
   * Returns the figures of one site for a period.
   *
   * @param site a site of the hierarchy, not null
   * @param period the period, not null
   * @return the figures, not null
   * @throws IllegalArgumentException if the site is not in the hierarchy
   */
  public MetricSet siteMetrics(SiteId site, Period period) {
    int s = access.sitePosition(hierarchy, Objects.requireNonNull(site, "site"));
    if (s < 0) {
      throw new IllegalArgumentException("site " + site + " is not in the hierarchy");
    }
    return scan(((long) s << 32) | (s + 1), period, -2, -2);
  }

  /**
   * Returns the year-on-year change (同比) of a figure.
   *
   * @param division a division of the hierarchy, not null
   * @param period the period, not null
   * @param figure which figure, such as {@code MetricSet::activities}, not null
   * @return the change against the same period a year earlier, not null
   */
  public Change yearOnYear(DivisionCode division, Period period, ToLongFunction<MetricSet> figure) {
    return change(division, period, period.yearAgo(), figure);
  }

  /**
   * Returns the period-on-period change (环比) of a figure.
   *
   * @param division a division of the hierarchy, not null
   * @param period the period, not null
   * @param figure which figure, not null
   * @return the change against the period just before, not null
   */
  public Change periodOnPeriod(DivisionCode division, Period period, ToLongFunction<MetricSet> figure) {
    return change(division, period, period.previous(), figure);
  }

  private Change change(DivisionCode division, Period now, Period then, ToLongFunction<MetricSet> figure) {
    Objects.requireNonNull(figure, "figure");
    return new Change(figure.applyAsLong(metrics(division, now)), figure.applyAsLong(metrics(division, then)));
  }

  @Override
  public OptionalLong activities(SiteId site, LocalDate from, LocalDate to) {
    int s = access.sitePosition(hierarchy, Objects.requireNonNull(site, "site"));
    if (s < 0) {
      return OptionalLong.empty();
    }
    long lo = from.toEpochDay();
    long hi = to.toEpochDay();
    long n = 0;
    for (int r = siteStart[s]; r < siteStart[s + 1]; r++) {
      if (day[r] >= lo && day[r] <= hi) {
        n++;
      }
    }
    return OptionalLong.of(n);
  }

  /** A row's count in an optional column (every row's 0 when the column is empty). */
  static long count(long[] column, int row) {
    return column.length == 0 ? 0 : column[row];
  }

  private long range(DivisionCode division) {
    return access.siteRange(hierarchy, Objects.requireNonNull(division, "division"));
  }

  private MetricSet scan(long siteRange, Period period, int categoryFilter, int themeFilter) {
    Objects.requireNonNull(period, "period");
    int fromSite = HierarchyAccess.from(siteRange);
    int toSite = HierarchyAccess.to(siteRange);
    long lo = period.from().toEpochDay();
    long hi = period.to().toEpochDay();
    MetricAccumulator acc = new MetricAccumulator();
    acc.indexesBelow(indexBound);
    int[] orgStart = organisationStart;
    BitSet orgs = orgStart == null ? null : new BitSet(organisations.size());
    for (int r = siteStart[fromSite]; r < siteStart[toSite]; r++) {
      if (day[r] < lo || day[r] > hi || (categoryFilter > -2 && category[r] != categoryFilter)
          || (themeFilter > -2 && theme[r] != themeFilter)) {
        continue;
      }
      acc.addRaw(personTimes[r], beneficiaries[r], minutes[r], count(materials, r), count(consultations, r),
          count(sessions, r), volunteerIndexes, volunteerStart[r], volunteerStart[r + 1]);
      if (orgStart != null) {
        for (int k = orgStart[r]; k < orgStart[r + 1]; k++) {
          orgs.set(organisationNumbers[k]);
        }
      }
    }
    if (orgs != null) {
      for (int k = orgs.nextSetBit(0); k >= 0; k = orgs.nextSetBit(k + 1)) {
        acc.addOrganisation(organisations.get(k));
      }
    }
    if (categoryFilter == -2 && themeFilter == -2) {
      for (int s = fromSite; s < toSite; s++) {
        for (ServiceOrder o : ordersBySite.get(s)) {
          if (period.contains(OrderDates.placedOn(o))) {
            acc.add(o);
          }
        }
      }
    }
    return acc.finish();
  }

  /**
   * Rolls every division up for every month of a year, in one pass: activities, person-times,
   * beneficiaries and service time of each division's subtree per month. The table counts on its
   * first read ({@link MonthlyTable} says what each read counts), once.
   *
   * @param year the year
   * @return the table, not null
   * @throws java.time.DateTimeException if the year is beyond what a {@code LocalDate} holds
   */
  public MonthlyTable monthly(int year) {
    java.time.temporal.ChronoField.YEAR.checkValidValue(year); // as LocalDate.of(year, 1, 1) checks it
    return new MonthlyTable(year);
  }

  /** The columns the monthly table counts from. */
  private MonthlyCells.Rows rows() {
    return new MonthlyCells.Rows(siteStart, day, personTimes, beneficiaries, minutes, volunteerStart, volunteerIndexes);
  }

  /**
   * The full roll-up of one year — 全量月度汇总: every division's subtree figures for every month.
   * Its first {@link #figures} counts the divisions above village level, every month, in one
   * pass over the year's activities and holds them in one array; a village's figures are read from
   * its sites' activities when asked.
   *
   * <p>The exact number of distinct volunteers of every division and month ({@link #volunteers},
   * {@link #cells}) is counted on first need, for the whole table in one pass — about as long as
   * the figures' pass times the volunteers per activity — and kept: 40 bytes a division and month
   * with an activity. Once they are counted, {@link #figures} reads every division's figures from
   * that count, and a table read through {@link #cells} or {@link #volunteers} alone never makes
   * the figures' own pass.
   *
   * <p>Immutable (what it counts is the same whenever it counts it) and thread-safe.
   */
  public final class MonthlyTable {
    private final int year;
    private final Object counting = new Object();
    private volatile @Nullable Sums sums;
    private volatile @Nullable MonthlyCells counted;

    private MonthlyTable(int year) {
      this.year = year;
    }

    /** Returns the year. */
    public int year() {
      return year;
    }

    /**
     * Returns a division's figures for a month.
     *
     * @param division a division of the hierarchy, not null
     * @param month the month, not null
     * @return the figures, not null
     * @throws IllegalArgumentException if the division is not in the hierarchy
     */
    public MonthlyFigures figures(DivisionCode division, Month month) {
      Objects.requireNonNull(month, "month");
      int d = index(division);
      MonthlyCells all = counted;
      if (all != null) {
        int m = month.getValue() - 1;
        return all.has(d, m) ? all.figures(d, m) : new MonthlyFigures(0, 0, 0, 0);
      }
      Sums held = sums();
      if (held.slot()[d] >= 0) {
        long[] cells = held.cells();
        int c = held.slot()[d] * MonthlySums.STRIDE + (month.getValue() - 1) * 4;
        return new MonthlyFigures(cells[c], cells[c + 1], cells[c + 2], cells[c + 3]);
      }
      MetricSet m = metrics(division, Period.month(java.time.YearMonth.of(year, month)));
      return new MonthlyFigures(m.activities(), m.personTimes(), m.beneficiaries(), m.serviceTime().toMinutes());
    }

    /**
     * Returns the exact number of distinct volunteers (志愿者人数) of a division's subtree in a
     * month: each volunteer of the month's activities counted once. The first call (of this or
     * {@link #cells}) counts every division and month of the table.
     *
     * @param division a division of the hierarchy, not null
     * @param month the month, not null
     * @return the distinct volunteers, 0 or more
     * @throws IllegalArgumentException if the division is not in the hierarchy
     */
    public long volunteers(DivisionCode division, Month month) {
      Objects.requireNonNull(month, "month");
      int d = index(division);
      MonthlyCells all = counted();
      int m = month.getValue() - 1;
      return all.has(d, m) ? all.volunteers(d, m) : 0;
    }

    /**
     * Returns every division and month with at least one activity, with its figures and distinct
     * volunteers: divisions in code order (a division before the divisions under it), each one's
     * months in calendar order. The first call (of this or {@link #volunteers}) counts every
     * division and month of the table; the stream reads what was counted.
     *
     * @return the cells, not null
     */
    public java.util.stream.Stream<MonthlyCell> cells() {
      return java.util.stream.StreamSupport.stream(counted().spliterator(hierarchy), false);
    }

    private int index(DivisionCode division) {
      int d = access.divisionIndex(hierarchy, Objects.requireNonNull(division, "division"));
      if (d < 0) {
        throw new IllegalArgumentException("division " + division + " is not in the hierarchy");
      }
      return d;
    }

    /** The divisions above village level, each one's slot in the sums ({@link MonthlySums}). */
    private record Sums(int[] slot, long[] cells) {}

    private Sums sums() {
      Sums held = sums;
      if (held == null) {
        synchronized (counting) {
          held = sums;
          if (held == null) {
            int[] slot = MonthlySums.slots(hierarchy);
            held = new Sums(slot, MonthlySums.count(hierarchy, rows(), slot, year));
            sums = held;
          }
        }
      }
      return held;
    }

    private MonthlyCells counted() {
      MonthlyCells all = counted;
      if (all == null) {
        synchronized (counting) {
          all = counted;
          if (all == null) {
            all = MonthlyCells.count(hierarchy, rows(), year);
            counted = all;
          }
        }
      }
      return all;
    }
  }
}
