package org.civic.site;

import java.util.Objects;
import java.util.Optional;

/**
 * What the six-haves check knows of a site's volunteer team — 队伍: whether it has a leader
 * (and the leader's role, as free text such as {@code 村党支部书记}) and how many members.
 *
 * <p>Immutable and thread-safe.
 *
 * @param leaderRole the leader's role if the team has a leader, empty if it has none
 * @param members the number of members, leader included, zero or more
 */
public record TeamFacts(Optional<String> leaderRole, int members) {

  /**
   * Creates team facts.
   *
   * @throws IllegalArgumentException if members is negative or the role is blank
   */
  public TeamFacts {
    Objects.requireNonNull(leaderRole, "leaderRole");
    if (members < 0) {
      throw new IllegalArgumentException("team members must not be negative: " + members);
    }
    if (leaderRole.isPresent() && leaderRole.get().isBlank()) {
      throw new IllegalArgumentException("a leader role must not be blank");
    }
  }

  /**
   * Obtains the facts of a team with a leader.
   *
   * @param leaderRole the leader's role, not null or blank
   * @param members the number of members, leader included
   * @return the facts, not null
   */
  public static TeamFacts led(String leaderRole, int members) {
    return new TeamFacts(Optional.of(leaderRole), members);
  }

  /** Returns the facts of a site known to have no team. */
  public static TeamFacts none() {
    return new TeamFacts(Optional.empty(), 0);
  }

  /** Tells whether the team has a leader. */
  public boolean hasLeader() {
    return leaderRole.isPresent();
  }
}
