package org.civic.team;

import java.util.Objects;
import java.util.Optional;

/**
 * What one kind of team must be — 队伍要求: at least so many members, led by someone in a role.
 *
 * <p>Immutable and thread-safe.
 *
 * @param minMembers the least number of members, leader included, 0 or more
 * @param leaderRole the role the leader must have; empty if any leader (or none) will do
 */
public record TeamRule(int minMembers, Optional<LeaderRole> leaderRole) {

  /**
   * Creates a rule.
   *
   * @throws IllegalArgumentException if minMembers is negative
   */
  public TeamRule {
    Objects.requireNonNull(leaderRole, "leaderRole");
    if (minMembers < 0) {
      throw new IllegalArgumentException("minMembers must not be negative: " + minMembers);
    }
  }

  /** Obtains a rule: at least {@code minMembers}, led by someone in {@code role}. */
  public static TeamRule of(int minMembers, LeaderRole role) {
    return new TeamRule(minMembers, Optional.of(Objects.requireNonNull(role, "role")));
  }
}
