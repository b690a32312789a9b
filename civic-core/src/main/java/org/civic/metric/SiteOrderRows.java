package org.civic.metric;

import java.util.List;
import org.civic.team.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * An {@link ActivityRollup}'s columns, its rows in site order (the hierarchy's: a subtree's rows
 * together), shared, not copied: what {@link IncrementalRollup#addActivities} walks after the batch
 * build has copied a batch's rows into that order. Read only.
 */
record SiteOrderRows(int[] siteStart, int[] day, int[] personTimes, long[] beneficiaries, long[] minutes,
    long[] materials, long[] consultations, long[] sessions, int[] volunteerStart, int[] volunteerIndexes,
    int @Nullable [] organisationStart, int[] organisationNumbers, List<OrganisationId> organisations) {

  /** What {@link #forEach} gives a row: its site's position, its figures, its volunteers and organisations. */
  @FunctionalInterface
  interface Sink {
    /**
     * Takes a row; its volunteers' indexes are {@code volunteers[from, to)}, in no particular
     * order, and its organisations' numbers in {@link #organisations} are {@code
     * organisationNumbers[organisationsFrom, organisationsTo)} (distinct; none if equal).
     */
    void row(int site, int epochDay, int personTimes, long beneficiaries, long minutes, long materials,
        long consultations, long sessions, int[] volunteers, int from, int to, int[] organisationNumbers,
        int organisationsFrom, int organisationsTo);
  }

  /** Gives every row to a sink, in site order. */
  void forEach(Sink sink) {
    int sites = siteStart.length - 1;
    int[] orgStart = organisationStart;
    for (int s = 0; s < sites; s++) {
      for (int r = siteStart[s]; r < siteStart[s + 1]; r++) {
        sink.row(s, day[r], personTimes[r], beneficiaries[r], minutes[r], ActivityRollup.count(materials, r),
            ActivityRollup.count(consultations, r), ActivityRollup.count(sessions, r), volunteerIndexes,
            volunteerStart[r], volunteerStart[r + 1], organisationNumbers, orgStart == null ? 0 : orgStart[r],
            orgStart == null ? 0 : orgStart[r + 1]);
      }
    }
  }
}
