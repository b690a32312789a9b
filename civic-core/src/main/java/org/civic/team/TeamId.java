package org.civic.team;

import java.util.Objects;
import org.civic.internal.Ids;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of a volunteer team — 队伍编号: 1 to 64 characters from
 * {@code A-Z a-z 0-9 - _ . : /}.
 *
 * <p>Immutable and thread-safe; {@link #toString()} prints what {@link #of} reads.
 */
public final class TeamId implements Comparable<TeamId> {

  private final String value;

  private TeamId(String value) {
    this.value = value;
  }

  /**
   * Obtains an id.
   *
   * @param value the text, not null
   * @return the id, not null
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static TeamId of(String value) {
    Objects.requireNonNull(value, "value");
    return new TeamId(Ids.check("team", value));
  }

  /** Returns the id's text. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(TeamId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TeamId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
