package org.civic.metric;

import java.util.List;
import org.civic.activity.internal.ActivityColumns;
import org.civic.internal.FirstSeenCodes;
import org.civic.team.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A roll-up's participating organisations (参与单位), its rows in site order: each row's as numbers
 * ({@code numbers[start[r], start[r + 1])}) into one list of the log's distinct organisations,
 * numbered as the log numbers them ({@link ActivityColumns#organisationCodes}: each distinct one
 * once, first seen first) — no {@code OrganisationId}, map entry or box per row's organisation.
 *
 * @param start where each row's numbers begin, and the end; null if no row has one
 * @param numbers every row's organisations' numbers, in site order
 * @param organisations the organisations by number
 */
record SiteOrganisations(int @Nullable [] start, int[] numbers, List<OrganisationId> organisations) {

  private static final SiteOrganisations NONE = new SiteOrganisations(null, new int[0], List.of());

  /** The organisations of a built log's rows, rows taken in {@code order} (log rows by site order). */
  static SiteOrganisations of(ActivityColumns log, int[] order) {
    FirstSeenCodes codes = log.organisationCodes();
    if (codes == null || codes.size() == 0) {
      return NONE;
    }
    int n = order.length;
    int total = 0;
    for (int i = 0; i < n; i++) {
      total += log.organisationCount(i);
    }
    int[] start = new int[n + 1];
    int[] numbers = new int[total];
    int m = 0;
    for (int r = 0; r < n; r++) {
      int a = order[r];
      int count = log.organisationCount(a);
      start[r] = m;
      System.arraycopy(codes.codes(), log.organisationStart(a), numbers, m, count);
      m += count;
    }
    start[n] = m;
    OrganisationId[] byNumber = new OrganisationId[codes.size()];
    for (int c = 0; c < byNumber.length; c++) {
      byNumber[c] = OrganisationId.of(codes.get(c));
    }
    return new SiteOrganisations(start, numbers, List.of(byNumber));
  }
}
