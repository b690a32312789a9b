package org.civic.volunteer;

import org.civic.internal.Ids;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of a volunteer — 志愿者编号 (such as the national volunteer number
 * 志愿者统一编号, never an ID-card number): 1 to 64 characters from
 * {@code A-Z a-z 0-9 - _ . : /}, unique in a register.
 * Chinese text belongs in the name. Two ids are equal when their texts are, and ordered by
 * their texts.
 *
 * <p>Immutable and thread-safe; {@link #toString()} prints what {@link #of} reads.
 */
public final class VolunteerId implements Comparable<VolunteerId> {

  private final String value;

  private VolunteerId(String value) {
    this.value = value;
  }

  /**
   * Obtains a volunteer id from its text.
   *
   * @param value 1 to 64 characters from {@code A-Z a-z 0-9 - _ . : /},
   *     such as {@code v-000123}, not null
   * @return the id, not null
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is empty, longer than 64 characters or has
   *     another character; the message says "invalid volunteer id" and what was expected
   */
  public static VolunteerId of(String value) {
    return new VolunteerId(Ids.check("volunteer", value));
  }

  /** Returns the id's text, as {@link #of} read it. */
  public String value() {
    return value;
  }

  /** Compares the ids' texts, character by character. */
  @Override
  public int compareTo(VolunteerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof VolunteerId other && value.equals(other.value);
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
