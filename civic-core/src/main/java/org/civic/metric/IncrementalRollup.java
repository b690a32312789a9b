package org.civic.metric;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import org.civic.activity.Activity;
import org.civic.activity.ActivityLog;
import org.civic.activity.internal.ActivityColumns;
import org.civic.activity.internal.ActivityLogAccess;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.Hierarchy;
import org.civic.hierarchy.internal.HierarchyAccess;
import org.civic.internal.LongIntMap;
import org.civic.internal.SortedArraySet;
import org.civic.order.ServiceOrder;
import org.civic.team.OrganisationId;
import org.civic.site.SiteId;
import org.civic.volunteer.VolunteerId;

/**
 * Monthly figures kept up to date one record at a time — 增量汇总: adding an activity or an order
 * updates its site's division and each ancestor, O(depth) (at most five divisions), without
 * recomputing anything else.
 *
 * <p>To start from a period already held — a dashboard's year — or to take a county's month at
 * once, {@link #addActivities} and {@link #addOrders} add a batch, all or none, faster than adding
 * its records one by one. The figures are the same either way, in any order.
 *
 * <p>A (division, month) cell takes no object of its own: its sums sit in columns, its distinct
 * volunteers in a small sorted array until they pass 256, then in a compressed bitmap that takes
 * new volunteers into a list and folds them in by the batch. Memory per cell, measured on the
 * national data, is in benchmarks/RESULTS.md.
 *
 * <p>Not thread-safe: one writer, or external locking. {@link #metrics} returns immutable
 * snapshots that may be shared.
 */
public final class IncrementalRollup {

  private final Hierarchy hierarchy;
  private final HierarchyAccess.Accessor access;
  private final VolunteerIndex index;
  /** The counts' totals: while they fit a long, so does every cell's sum (refused before they would not). */
  private final CountTotals totals = new CountTotals();
  /** (division, month) → cell in {@link #figures}: no boxed key, no entry object per cell. */
  private final CellNumbers cells;
  /** The cells' figures in columns: no accumulator object per cell. */
  private final MetricColumns figures = new MetricColumns();
  /** An activity's volunteers' indexes, reused. */
  private int[] scratch = new int[16];
  /** An activity's volunteers' ids' texts, for {@link #readIdsAhead}; reused. */
  private String[] texts = new String[16];
  /** The cells of an activity's division and its ancestors, for {@link #apply}. */
  private int[] chain = new int[8];
  /** An activity's organisations' numbers in {@link #figures}, reused. */
  private int[] organisationNumbers = new int[4];
  /** What {@link MetricColumns#readAhead} read: written, never read, so that the reads are kept. */
  @SuppressWarnings("unused")
  private long readAhead;

  /**
   * Creates an empty roll-up over a hierarchy.
   *
   * @param hierarchy the hierarchy, not null
   * @param index maps volunteers to indexes, not null
   */
  public IncrementalRollup(Hierarchy hierarchy, VolunteerIndex index) {
    this.hierarchy = Objects.requireNonNull(hierarchy, "hierarchy");
    this.index = Objects.requireNonNull(index, "index");
    this.access = HierarchyAccess.get();
    this.cells = new CellNumbers(hierarchy.divisionCount());
  }

  /**
   * Adds an activity to its site's division and every ancestor, for its month.
   *
   * @param activity the activity, not null
   * @return this roll-up
   * @throws IllegalArgumentException if its site is not in the hierarchy, the index refuses a
   *     volunteer or gives one a negative index, its year is beyond ±{@value ActivityLog#MAX_YEAR}
   *     (what a log and {@link ActivityRollup} hold), or it would take the roll-up's beneficiaries,
   *     service minutes, materials, consultations or sessions past {@code Long.MAX_VALUE}; no
   *     figure changes then (a growing index keeps the numbers it gave)
   */
  public IncrementalRollup add(Activity activity) {
    Objects.requireNonNull(activity, "activity");
    readAhead += readIdsAhead(activity);
    ActivityColumns.epochDayOf(activity); // a year a log holds, as addActivities and ActivityRollup ask
    int division = divisionOf(activity.site());
    // the volunteers' indexes once for all levels, not once per level
    int count = activity.volunteers().size();
    if (count > scratch.length) {
      scratch = new int[Math.max(count, scratch.length * 2)];
    }
    indexVolunteers(activity, scratch, 0);
    totals.add(activity.beneficiaries(), activity.serviceTime().toMinutes(), activity.materials(),
        activity.consultations(), activity.sessions());
    Arrays.sort(scratch, 0, count);
    apply(activity, division, scratch, 0, count);
    return this;
  }

  /**
   * Adds activities, as {@link #add(Activity)} adds each, all or none: every site and volunteer
   * is looked up before any figure changes. Faster than adding them one by one when there are
   * many (a county's month, a year to start from): the batch is made an {@link ActivityLog}, as
   * {@link ActivityRollup#of(Hierarchy, Collection, Collection, VolunteerIndex)} makes one, so that
   * each distinct site and volunteer is looked up once (the index asked in the order the batch
   * first has them, as adding one by one would); then the activities are taken in the hierarchy's
   * order, and each (division, month) gathers its own and its children's figures, distinct
   * volunteers and participating organisations first, then updates its cell once.
   *
   * @param activities the activities, not null, without nulls
   * @return this roll-up
   * @throws IllegalArgumentException if a site is not in the hierarchy, the index refuses a
   *     volunteer or gives one a negative index, an activity's year is beyond ±{@value
   *     ActivityLog#MAX_YEAR} (what a log holds), or the batch would take the roll-up's
   *     beneficiaries, service minutes, materials, consultations or sessions past {@code
   *     Long.MAX_VALUE}; no figure changes then (a growing index keeps the numbers it gave)
   */
  public IncrementalRollup addActivities(Collection<? extends Activity> activities) {
    Objects.requireNonNull(activities, "activities");
    int at = 0;
    for (Activity a : activities) {
      if (a == null) {
        throw new NullPointerException("activities[" + at + "] is null");
      }
      at++;
    }
    // the batch made a log, as ActivityRollup.of makes one: each distinct site and volunteer
    // looked up once, in the order the batch first has them; then the rows applied in the
    // hierarchy's order
    @SuppressWarnings("unchecked") // read only
    ActivityColumns log = ActivityLogAccess.columns(ActivityLog.of((Collection<Activity>) activities));
    int[] sitePosition = new int[log.sites().size()];
    access.sitePositions(hierarchy, log.siteCodes(), sitePosition);
    for (int s = 0; s < sitePosition.length; s++) {
      if (sitePosition[s] < 0) {
        throw new IllegalArgumentException("site " + log.sites().get(s) + " is not in the hierarchy");
      }
    }
    int[] volunteerIndex = VolunteerIndexes.indexesOf(index, log.volunteers());
    // the rows in site order, copied as the batch build copies them (each log row read once, front
    // to back), then gathered division by division
    Months months = new Months();
    expectMonths(log, months);
    SiteOrderRows rows = ActivityRollup.ofRows(hierarchy, log, sitePosition, volunteerIndex).siteOrderRows();
    totals.addAll(rows.beneficiaries(), rows.minutes(), rows.materials(), rows.consultations(), rows.sessions());
    // the batch's organisations numbered in the roll-up's columns once each, for the gathering
    int[] organisationNumber = new int[rows.organisations().size()];
    for (int o = 0; o < organisationNumber.length; o++) {
      organisationNumber[o] = figures.organisationNumber(rows.organisations().get(o));
    }
    BatchRollup gather = new BatchRollup(this::cell, figures, d -> access.parentIndex(hierarchy, d),
        organisationNumber);
    rows.forEach((site, day, personTimes, beneficiaries, minutes, materials, consultations, sessions, volunteers, from,
        to, organisations, organisationsFrom, organisationsTo) -> gather.add(access.siteDivision(hierarchy, site),
            months.of(day), personTimes, beneficiaries, minutes, materials, consultations, sessions, volunteers,
            from, to, organisations, organisationsFrom, organisationsTo));
    gather.finish();
    return this;
  }

  /**
   * Counts a batch's activities by month and tells {@link CellNumbers#expect} how many cells each
   * month may get — its activities, at most the batch's distinct sites times the levels (a batch of
   * one county's sites makes a few hundred cells a month, however many activities it has) — so
   * that a month the batch fills takes its cells' array before they are made. Called once the
   * batch's sites and volunteers have passed their checks: it changes no figure, only where cells
   * will be kept (a batch then refused for its totals, past a long, leaves its months' arrays).
   */
  private void expectMonths(ActivityColumns log, Months months) {
    long most = (long) log.sites().size() * DivisionLevel.values().length;
    LongIntMap slots = new LongIntMap();
    long[] month = new long[16];
    int[] count = new int[16];
    int n = 0;
    long last = Long.MIN_VALUE;
    int lastSlot = -1;
    for (int row = 0, rows = log.size(); row < rows; row++) {
      long m = months.of(log.epochDay(row));
      int s = m == last ? lastSlot : slots.get(m);
      if (s < 0) {
        if (n == month.length) {
          month = Arrays.copyOf(month, n * 2);
          count = Arrays.copyOf(count, n * 2);
        }
        s = n++;
        slots.putNew(m, s);
        month[s] = m;
      }
      count[s]++;
      last = m;
      lastSlot = s;
    }
    for (int s = 0; s < n; s++) {
      cells.expect(month[s], (int) Math.min(count[s], most));
    }
  }

  /** Each epoch day's month ({@link #monthIndex}), the days met last kept in a small table. */
  private static final class Months {
    private final int[] days = new int[1024];
    private final long[] months = new long[1024];

    Months() {
      Arrays.fill(days, Integer.MIN_VALUE); // not an epoch day a log holds
    }

    long of(int epochDay) {
      int slot = epochDay & 1023;
      if (days[slot] != epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        days[slot] = epochDay;
        months[slot] = monthIndex(date.getYear(), date.getMonthValue());
      }
      return months[slot];
    }
  }

  /**
   * Adds an order to its site's division and every ancestor, for the month it was placed (UTC).
   *
   * @param order the order, not null
   * @return this roll-up
   * @throws IllegalArgumentException if its site is not in the hierarchy; no figure changes then
   * @throws java.time.DateTimeException if it was placed outside the years a date can hold; no
   *     figure changes then
   */
  public IncrementalRollup add(ServiceOrder order) {
    Objects.requireNonNull(order, "order");
    int division = divisionOf(order.site());
    apply(order, division, monthOf(order));
    return this;
  }

  /**
   * Adds orders, as {@link #add(ServiceOrder)} adds each, all or none, in the hierarchy's order.
   *
   * @param orders the orders, not null, without nulls
   * @return this roll-up
   * @throws IllegalArgumentException if a site is not in the hierarchy; no figure changes then
   * @throws java.time.DateTimeException if an order was placed outside the years a date can hold;
   *     no figure changes then
   */
  public IncrementalRollup addOrders(Collection<? extends ServiceOrder> orders) {
    ServiceOrder[] batch = Objects.requireNonNull(orders, "orders").toArray(new ServiceOrder[0]);
    // sites and months first, so that nothing changes if one of them fails
    long[] order = new long[batch.length];
    long[] months = new long[batch.length];
    for (int i = 0; i < batch.length; i++) {
      int at = i;
      ServiceOrder o = Objects.requireNonNull(batch[i], () -> "orders[" + at + "] is null");
      order[i] = (long) divisionOf(o.site()) << 32 | i;
      months[i] = monthOf(o);
    }
    Arrays.sort(order);
    for (long o : order) {
      int i = (int) o;
      apply(batch[i], (int) (o >>> 32), months[i]);
    }
    return this;
  }

  /**
   * Reads what the look-ups of an activity's site and volunteers read first — its date, its site's
   * id and each volunteer's id, then their texts and their bytes' headers — step by step, and
   * returns a sum of it. Each id is a chain of objects (the id, its text, its bytes), likely a
   * cache miss each in a national register; read here, their misses overlap instead of waiting for
   * each other inside the hierarchy's and the host's index.
   */
  private long readIdsAhead(Activity activity) {
    Object[] volunteers = SortedArraySet.elements(activity.volunteers());
    String[] ts = texts;
    if (volunteers.length > ts.length) {
      ts = texts = new String[Math.max(volunteers.length, ts.length * 2)];
    }
    long t = activity.date().getDayOfMonth();
    String site = activity.site().value();
    for (int k = 0; k < volunteers.length; k++) {
      ts[k] = ((VolunteerId) volunteers[k]).value();
    }
    t += site.length();
    for (int k = 0; k < volunteers.length; k++) {
      t += ts[k].length(); // the text and its bytes' header
    }
    Arrays.fill(ts, 0, volunteers.length, null); // the texts are the host's to keep, not ours
    return t;
  }

  /** Writes an activity's volunteers' indexes at {@code at}. */
  private void indexVolunteers(Activity activity, int[] into, int at) {
    int k = at;
    for (VolunteerId v : activity.volunteers()) {
      into[k++] = VolunteerIndexes.indexOf(index, v);
    }
  }

  /** Adds an activity whose division and volunteers' indexes are known to the division and each ancestor. */
  private void apply(Activity activity, int division, int[] volunteers, int from, int count) {
    long month = monthIndex(activity.date().getYear(), activity.date().getMonthValue());
    long minutes = activity.serviceTime().toMinutes();
    // every level's cell first, then the figures: the cells' look-ups do not wait for each other
    int levels = 0;
    for (int d = division; d >= 0; d = access.parentIndex(hierarchy, d)) {
      if (levels == chain.length) {
        chain = Arrays.copyOf(chain, levels * 2);
      }
      chain[levels++] = cell(d, month);
    }
    readAhead += figures.readAhead(chain, levels);
    int organisationCount = 0;
    for (OrganisationId o : activity.organisations()) { // numbered once, for every level's cell
      if (organisationCount == organisationNumbers.length) {
        organisationNumbers = Arrays.copyOf(organisationNumbers, organisationCount * 2);
      }
      organisationNumbers[organisationCount++] = figures.organisationNumber(o);
    }
    for (int k = 0; k < levels; k++) {
      figures.addActivity(chain[k], activity.personTimes(), activity.beneficiaries(), minutes,
          activity.materials(), activity.consultations(), activity.sessions(), volunteers, from, count,
          organisationNumbers, organisationCount);
    }
  }

  private void apply(ServiceOrder order, int division, long month) {
    for (int d = division; d >= 0; d = access.parentIndex(hierarchy, d)) {
      figures.addOrder(cell(d, month), order);
    }
  }

  /** The month an order was placed (UTC), as {@link #monthIndex}. */
  private static long monthOf(ServiceOrder order) {
    LocalDate placed = OrderDates.placedOn(order);
    return monthIndex(placed.getYear(), placed.getMonthValue());
  }

  /**
   * Returns a division's figures (its whole subtree) for a month.
   *
   * @param division a division of the hierarchy, not null
   * @param month the month, not null
   * @return the figures, not null
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public MetricSet metrics(DivisionCode division, YearMonth month) {
    Objects.requireNonNull(month, "month");
    int d = access.divisionIndex(hierarchy, Objects.requireNonNull(division, "division"));
    if (d < 0) {
      throw new IllegalArgumentException("division " + division + " is not in the hierarchy");
    }
    int cell = cells.get(d, monthIndex(month.getYear(), month.getMonthValue()));
    return cell < 0 ? MetricSet.empty() : figures.snapshot(cell);
  }

  /** Whether a month's cells are kept in an array by division (for tests). */
  boolean isDense(YearMonth month) {
    return cells.isDense(monthIndex(month.getYear(), month.getMonthValue()));
  }

  private int divisionOf(SiteId site) {
    int s = access.sitePosition(hierarchy, site);
    if (s < 0) {
      throw new IllegalArgumentException("site " + site + " is not in the hierarchy");
    }
    return access.siteDivision(hierarchy, s);
  }

  private int cell(int division, long month) {
    return cells.getOrAdd(division, month, figures);
  }

  /** Months since year 0, January: a cell's month. */
  private static long monthIndex(int year, int month) {
    return year * 12L + month - 1;
  }
}
