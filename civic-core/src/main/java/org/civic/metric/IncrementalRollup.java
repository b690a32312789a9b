package org.civic.metric;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.civic.activity.Activity;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.hierarchy.internal.HierarchyAccess;
import org.civic.internal.LongIntMap;
import org.civic.order.ServiceOrder;
import org.civic.site.SiteId;
import org.civic.team.OrganisationId;
import org.civic.volunteer.VolunteerId;

/**
 * Monthly figures kept up to date one record at a time — 增量汇总: adding an activity or an order
 * updates its site's division and each ancestor, O(depth) (at most five divisions), without
 * recomputing anything else.
 *
 * <p>Not thread-safe: one writer, or external locking. {@link #metrics} returns immutable
 * snapshots that may be shared.
 */
public final class IncrementalRollup {

  private final Hierarchy hierarchy;
  private final HierarchyAccess.Accessor access;
  private final VolunteerIndex index;
  /** (division, month) → index in {@link #accumulators}: no boxed key, no entry object per cell. */
  private final LongIntMap cells = new LongIntMap();
  private final List<MetricAccumulator> accumulators = new ArrayList<>();

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
  }

  /**
   * Adds an activity to its site's division and every ancestor, for its month.
   *
   * @param activity the activity, not null
   * @return this roll-up
   * @throws IllegalArgumentException if its site is not in the hierarchy
   */
  public IncrementalRollup add(Activity activity) {
    Objects.requireNonNull(activity, "activity");
    YearMonth month = YearMonth.from(activity.date());
    int division = divisionOf(activity.site());
    // the volunteers' indexes once for all levels, not once per level
    int[] volunteers = new int[activity.volunteers().size()];
    int k = 0;
    for (VolunteerId v : activity.volunteers()) {
      volunteers[k++] = index.indexOf(v);
    }
    java.util.Arrays.sort(volunteers);
    long minutes = activity.serviceTime().toMinutes();
    for (int d = division; d >= 0; d = access.parentIndex(hierarchy, d)) {
      MetricAccumulator cell = cell(d, month);
      cell.addRaw(volunteers.length, activity.beneficiaries(), minutes, activity.materials(),
          activity.consultations(), activity.sessions(), volunteers, 0, volunteers.length);
      for (OrganisationId o : activity.organisations()) {
        cell.addOrganisation(o);
      }
    }
    return this;
  }

  /**
   * Adds an order to its site's division and every ancestor, for the month it was placed (UTC).
   *
   * @param order the order, not null
   * @return this roll-up
   * @throws IllegalArgumentException if its site is not in the hierarchy
   */
  public IncrementalRollup add(ServiceOrder order) {
    Objects.requireNonNull(order, "order");
    YearMonth month = YearMonth.from(order.placedAt().atZone(java.time.ZoneOffset.UTC));
    for (int d = divisionOf(order.site()); d >= 0; d = access.parentIndex(hierarchy, d)) {
      cell(d, month).add(order);
    }
    return this;
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
    int cell = cells.get(key(d, month));
    return cell < 0 ? MetricSet.empty() : accumulators.get(cell).snapshot();
  }

  private int divisionOf(SiteId site) {
    int s = access.sitePosition(hierarchy, site);
    if (s < 0) {
      throw new IllegalArgumentException("site " + site + " is not in the hierarchy");
    }
    return access.siteDivision(hierarchy, s);
  }

  private MetricAccumulator cell(int division, YearMonth month) {
    long key = key(division, month);
    int cell = cells.get(key);
    if (cell >= 0) {
      return accumulators.get(cell);
    }
    MetricAccumulator made = new MetricAccumulator();
    cells.putNew(key, accumulators.size());
    accumulators.add(made);
    return made;
  }

  private static long key(int division, YearMonth month) {
    return ((long) division << 32) | (month.getYear() * 12L + month.getMonthValue() - 1);
  }
}
