package org.civic.volunteer;

import java.util.Objects;
import org.civic.internal.Ids;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of a volunteer — 志愿者编号 (such as the national volunteer number 志愿者统一编号, never an ID-card number): 1 to 64 characters from
 * {@code A-Z a-z 0-9 - _ . : /}.
 *
 * <p>Immutable and thread-safe; {@link #toString()} prints what {@link #of} reads.
 */
public final class VolunteerId implements Comparable<VolunteerId> {

  private final String value;

  private VolunteerId(String value) {
    this.value = value;
  }

  /**
   * Obtains an id.
   *
   * @param value the text, not null
   * @return the id, not null
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static VolunteerId of(String value) {
    Objects.requireNonNull(value, "value");
    return new VolunteerId(Ids.check("volunteer", value));
  }

  /** Returns the id's text. */
  public String value() {
    return value;
  }

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

  @Override
  public String toString() {
    return value;
  }
}
