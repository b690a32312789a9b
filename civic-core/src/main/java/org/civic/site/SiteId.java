package org.civic.site;

import java.util.Objects;
import org.civic.internal.Ids;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of a practice site — 阵地编号: 1 to 64 visible characters (letters, digits and
 * the punctuation {@code - _ . : /}), unique in a hierarchy. Chinese text belongs in the name.
 *
 * <p>Immutable and thread-safe; {@link #toString()} prints what {@link #of} reads.
 */
public final class SiteId implements Comparable<SiteId> {

  /** The longest id accepted. */
  public static final int MAX_LENGTH = Ids.MAX_LENGTH;

  private final String value;

  private SiteId(String value) {
    this.value = value;
  }

  /**
   * Obtains an id.
   *
   * @param value 1 to 64 characters from {@code A-Z a-z 0-9 - _ . : /}, not null
   * @return the id, not null
   * @throws IllegalArgumentException if the value is empty, too long or has another character
   */
  public static SiteId of(String value) {
    Objects.requireNonNull(value, "value");
    return new SiteId(Ids.check("site", value));
  }

  /**
   * Returns what is wrong with a candidate id, or null if it is valid; for readers that report
   * problems instead of throwing.
   *
   * @param value the candidate, not null
   * @return what a valid id would have had, or null
   */
  public static @Nullable String problem(String value) {
    return Ids.problem(value);
  }

  /** Returns the id's text. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(SiteId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SiteId other && value.equals(other.value);
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
