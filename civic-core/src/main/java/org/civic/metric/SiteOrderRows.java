package org.civic.metric;

import java.util.ArrayList;
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

  /** What {@link #forEach} gives a row: its site's position, its figures and its volunteers. */
  @FunctionalInterface
  interface Sink {
    /**
     * Takes a row; its volunteers' indexes are {@code volunteers[from, to)}, in no particular
     * order, and its organisations are a list that is the sink's own (empty if it has none).
     */
    void row(int site, int epochDay, int personTimes, long beneficiaries, long minutes, long materials,
        long consultations, long sessions, int[] volunteers, int from, int to, List<OrganisationId> organisations);
  }

  /** Gives every row to a sink, in site order. */
  void forEach(Sink sink) {
    int sites = siteStart.length - 1;
    int[] orgStart = organisationStart;
    for (int s = 0; s < sites; s++) {
      for (int r = siteStart[s]; r < siteStart[s + 1]; r++) {
        List<OrganisationId> os = List.of();
        if (orgStart != null && orgStart[r] < orgStart[r + 1]) {
          os = new ArrayList<>(orgStart[r + 1] - orgStart[r]);
          for (int k = orgStart[r]; k < orgStart[r + 1]; k++) {
            os.add(organisations.get(organisationNumbers[k]));
          }
        }
        sink.row(s, day[r], personTimes[r], beneficiaries[r], minutes[r], ActivityRollup.count(materials, r),
            ActivityRollup.count(consultations, r), ActivityRollup.count(sessions, r), volunteerIndexes,
            volunteerStart[r], volunteerStart[r + 1], os);
      }
    }
  }
}
