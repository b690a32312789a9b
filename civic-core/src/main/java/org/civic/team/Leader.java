package org.civic.team;

import java.util.Objects;

/**
 * A team's leader — 队长/负责人: a name and a role.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the person's name, not null or blank
 * @param role the role, not null
 */
public record Leader(String name, LeaderRole role) {

  /**
   * Creates a leader.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public Leader {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a leader needs a name");
    }
  }
}
