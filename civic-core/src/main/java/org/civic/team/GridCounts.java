package org.civic.team;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;

/**
 * The volunteer grids of a division and everything under it — 志愿网格统计: how many grid groups
 * (网格小组), how many of them have an information officer (信息员), their volunteers, and how many
 * of its stations have at least one group. Counts of a county are the sums of its townships'
 * counts plus the county's own, so they roll up level by level.
 *
 * <p>Immutable and thread-safe.
 *
 * @param groups the grid groups, 0 or more
 * @param withOfficer the groups with an information officer, at most {@code groups}
 * @param members the groups' volunteers, 0 or more
 * @param stations the stations on or under the division, 0 or more
 * @param stationsWithGroups the stations with at least one group, at most {@code stations}
 */
public record GridCounts(long groups, long withOfficer, long members, long stations, long stationsWithGroups) {

  /**
   * Creates counts.
   *
   * @throws IllegalArgumentException if a count is negative, or a part exceeds its whole
   */
  public GridCounts {
    if (groups < 0 || withOfficer < 0 || members < 0 || stations < 0 || stationsWithGroups < 0
        || withOfficer > groups || stationsWithGroups > stations) {
      throw new IllegalArgumentException("grid counts must be 0 or more, with officers ≤ groups and stations with "
          + "groups ≤ stations: " + groups + ", " + withOfficer + ", " + members + ", " + stations + ", "
          + stationsWithGroups);
    }
  }

  /**
   * Counts the grid groups of a division and everything under it.
   *
   * @param hierarchy the hierarchy, not null
   * @param division a division of it, not null
   * @param grids grid groups, not null; groups at sites outside the division (or the hierarchy)
   *     are not counted
   * @return the counts, not null
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public static GridCounts of(Hierarchy hierarchy, DivisionCode division, Collection<GridGroup> grids) {
    Objects.requireNonNull(hierarchy, "hierarchy");
    Objects.requireNonNull(division, "division");
    Objects.requireNonNull(grids, "grids");
    long stations = hierarchy.sitesUnder(division, SiteLevel.STATION).count();
    long groups = 0;
    long officers = 0;
    long members = 0;
    Set<SiteId> stationsWith = new HashSet<>();
    for (GridGroup g : grids) {
      java.util.Optional<Site> site = hierarchy.site(g.site());
      if (site.isEmpty() || !(site.get().division().equals(division) || division.isAncestorOf(site.get().division()))) {
        continue;
      }
      groups++;
      members += g.members();
      if (g.officer().isPresent()) {
        officers++;
      }
      if (site.get().level() == SiteLevel.STATION) {
        stationsWith.add(site.get().id());
      }
    }
    return new GridCounts(groups, officers, members, stations, stationsWith.size());
  }

  /** Returns the groups without an information officer. */
  public long withoutOfficer() {
    return groups - withOfficer;
  }
}
