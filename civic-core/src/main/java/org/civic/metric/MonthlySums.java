package org.civic.metric;

import java.time.LocalDate;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.Hierarchy;
import org.civic.hierarchy.internal.HierarchyAccess;

/**
 * The sums of {@code ActivityRollup.MonthlyTable}: for every division above village level, its
 * subtree's activities, person-times, beneficiaries and service minutes in each month of a year,
 * counted in one pass over a roll-up's rows — each site's rows added at its nearest division above
 * village level, then every division into its nearest such parent, children first (a parent's
 * index is below its children's in code order).
 *
 * <p>Not instantiable; the arrays it returns belong to the caller.
 */
final class MonthlySums {

  /** Longs a division takes: 12 months of 4 sums. */
  static final int STRIDE = 48;

  private MonthlySums() {}

  /**
   * Numbers the divisions above village level.
   *
   * @return each division's slot in the sums, or −1 for a village
   */
  static int[] slots(Hierarchy hierarchy) {
    HierarchyAccess.Accessor access = HierarchyAccess.get();
    int divisions = hierarchy.divisionCount();
    int[] slot = new int[divisions];
    int slots = 0;
    for (int d = 0; d < divisions; d++) {
      slot[d] = DivisionCode.levelOf(access.divisionCode(hierarchy, d)) == DivisionLevel.VILLAGE ? -1 : slots++;
    }
    return slot;
  }

  /**
   * Counts a year's sums.
   *
   * @param slot {@link #slots}
   * @return {@value #STRIDE} longs a slot: month by month, activities, person-times, beneficiaries, minutes
   */
  static long[] count(Hierarchy hierarchy, MonthlyCells.Rows rows, int[] slot, int year) {
    HierarchyAccess.Accessor access = HierarchyAccess.get();
    int divisions = slot.length;
    int slots = 0;
    for (int s : slot) {
      slots += s >= 0 ? 1 : 0;
    }
    long[] cells = new long[slots * STRIDE];
    int lo = MonthlyCells.firstDay(year);
    int hi = MonthlyCells.lastDay(year);
    int[] monthOf = new int[hi - lo + 1];
    for (int d = lo; d <= hi; d++) {
      monthOf[d - lo] = LocalDate.ofEpochDay(d).getMonthValue() - 1;
    }
    int[] siteStart = rows.siteStart();
    int[] day = rows.day();
    int sites = hierarchy.siteCount();
    for (int s = 0; s < sites; s++) {
      int from = siteStart[s];
      int to = siteStart[s + 1];
      if (from == to) {
        continue;
      }
      int d = access.siteDivision(hierarchy, s);
      while (d >= 0 && slot[d] < 0) {
        d = access.parentIndex(hierarchy, d);
      }
      if (d < 0) {
        continue;
      }
      int base = slot[d] * STRIDE;
      for (int r = from; r < to; r++) {
        int dd = day[r];
        if (dd < lo || dd > hi) {
          continue;
        }
        int c = base + monthOf[dd - lo] * 4;
        cells[c]++;
        cells[c + 1] += rows.personTimes()[r];
        cells[c + 2] += rows.beneficiaries()[r];
        cells[c + 3] += rows.minutes()[r];
      }
    }
    for (int d = divisions - 1; d >= 0; d--) {
      if (slot[d] < 0) {
        continue;
      }
      int p = access.parentIndex(hierarchy, d);
      while (p >= 0 && slot[p] < 0) {
        p = access.parentIndex(hierarchy, p);
      }
      if (p >= 0) {
        int from = slot[d] * STRIDE;
        int to = slot[p] * STRIDE;
        for (int i = 0; i < STRIDE; i++) {
          cells[to + i] += cells[from + i];
        }
      }
    }
    return cells;
  }
}
