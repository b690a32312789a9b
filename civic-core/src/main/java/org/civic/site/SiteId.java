package org.civic.site;

import org.civic.internal.Ids;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of a practice site — 阵地编号: 1 to 64 characters from
 * {@code A-Z a-z 0-9 - _ . : /}, unique in a hierarchy.
 * Chinese text belongs in the name. Two ids are equal when their texts are, and ordered by
 * their texts.
 *
 * <p>Immutable and thread-safe; {@link #toString()} prints what {@link #of} reads.
 */
public final class SiteId implements Comparable<SiteId> {

  private final String value;

  private SiteId(String value) {
    this.value = value;
  }

  /**
   * Obtains a site id from its text.
   *
   * @param value 1 to 64 characters from {@code A-Z a-z 0-9 - _ . : /},
   *     such as {@code yz-103}, not null
   * @return the id, not null
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is empty, longer than 64 characters or has
   *     another character; the message says "invalid site id" and what was expected
   */
  public static SiteId of(String value) {
    return new SiteId(Ids.check("site", value));
  }

  /** Returns the id's text, as {@link #of} read it. */
  public String value() {
    return value;
  }

  /** Compares the ids' texts, character by character. */
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

  /** Returns the id's text, which {@link #of} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
