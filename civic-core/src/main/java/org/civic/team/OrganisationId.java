package org.civic.team;

import org.civic.internal.Ids;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of a participating organisation — 参与组织编号 — a registered volunteer
 * organisation or social organisation of a county's "1+N": 1 to 64 characters from
 * {@code A-Z a-z 0-9 - _ . : /}, unique among the organisations of a register (a host may use the
 * unified social credit code, 统一社会信用代码). Chinese text belongs in the name.
 * Two ids are equal when their texts are, and ordered by their texts.
 *
 * <p>Immutable and thread-safe; {@link #toString()} prints what {@link #of} reads.
 */
public final class OrganisationId implements Comparable<OrganisationId> {

  private final String value;

  private OrganisationId(String value) {
    this.value = value;
  }

  /**
   * Obtains an organisation id from its text.
   *
   * @param value 1 to 64 characters from {@code A-Z a-z 0-9 - _ . : /}, such as {@code org-411081-017},
   *     not null
   * @return the id, not null
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is empty, longer than 64 characters or has
   *     another character; the message says "invalid organisation id" and what was expected
   */
  public static OrganisationId of(String value) {
    return new OrganisationId(Ids.check("organisation", value));
  }

  /** Returns the id's text, as {@link #of} read it. */
  public String value() {
    return value;
  }

  /** Compares the ids' texts, character by character. */
  @Override
  public int compareTo(OrganisationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OrganisationId other && value.equals(other.value);
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
