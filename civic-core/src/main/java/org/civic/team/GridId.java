package org.civic.team;

import org.civic.internal.Ids;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of a volunteer grid group — 网格小组编号: 1 to 64 characters from
 * {@code A-Z a-z 0-9 - _ . : /}, unique among the grid groups checked together. Chinese text
 * belongs in the name. Two ids are equal when their texts are, and ordered by their texts.
 *
 * <p>Immutable and thread-safe; {@link #toString()} prints what {@link #of} reads.
 */
public final class GridId implements Comparable<GridId> {

  private final String value;

  private GridId(String value) {
    this.value = value;
  }

  /**
   * Obtains a grid id from its text.
   *
   * @param value 1 to 64 characters from {@code A-Z a-z 0-9 - _ . : /}, such as {@code g-103201-1},
   *     not null
   * @return the id, not null
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is empty, longer than 64 characters or has
   *     another character; the message says "invalid grid id" and what was expected
   */
  public static GridId of(String value) {
    return new GridId(Ids.check("grid", value));
  }

  /** Returns the id's text, as {@link #of} read it. */
  public String value() {
    return value;
  }

  /** Compares the ids' texts, character by character. */
  @Override
  public int compareTo(GridId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GridId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the id's text, which {@link #of} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
