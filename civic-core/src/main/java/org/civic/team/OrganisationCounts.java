package org.civic.team;

/**
 * The participating organisations of a division and everything under it — 参与组织统计: how many
 * of each kind its registers list (志愿服务组织, 社会组织, other social forces), and how many distinct
 * organisations take part in its teams. Participation in activities is counted per period by the
 * roll-ups ({@code MetricSet.organisations()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param volunteerOrganisations registered volunteer organisations (志愿服务组织), 0 or more
 * @param socialOrganisations registered social organisations (社会组织), 0 or more
 * @param otherForces other registered social forces (其他社会力量), 0 or more
 * @param inTeams the distinct organisations named by the teams of the division's sites, 0 or more
 */
public record OrganisationCounts(long volunteerOrganisations, long socialOrganisations, long otherForces,
    long inTeams) {

  /**
   * Creates counts.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public OrganisationCounts {
    if (volunteerOrganisations < 0 || socialOrganisations < 0 || otherForces < 0 || inTeams < 0) {
      throw new IllegalArgumentException("organisation counts must be 0 or more: " + volunteerOrganisations + ", "
          + socialOrganisations + ", " + otherForces + ", " + inTeams);
    }
  }

  /** Returns the organisations of every kind the registers list. */
  public long registered() {
    return volunteerOrganisations + socialOrganisations + otherForces;
  }

  /** Returns the registered organisations of one kind. */
  public long registered(OrganisationKind kind) {
    return switch (java.util.Objects.requireNonNull(kind, "kind")) {
      case VOLUNTEER_ORGANISATION -> volunteerOrganisations;
      case SOCIAL_ORGANISATION -> socialOrganisations;
      case OTHER -> otherForces;
    };
  }
}
