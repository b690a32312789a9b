package org.civic.problem;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One problem with input — 问题: a stable kebab-case id of its kind (such as
 * {@code hierarchy.missing-parent}), where it was found, what is wrong, and what was expected.
 * Readers and builders collect every problem of a batch rather than stopping at the first.
 *
 * <p>Immutable and thread-safe.
 */
public final class Problem {

  private final String id;
  private final Location where;
  private final String message;
  private final @Nullable String expected;

  private Problem(String id, Location where, String message, @Nullable String expected) {
    this.id = id;
    this.where = where;
    this.message = message;
    this.expected = expected;
  }

  /**
   * Obtains a problem.
   *
   * @param id the stable kebab-case id of the kind of problem, not null or blank
   * @param where where it was found, not null
   * @param message what is wrong, naming the offending value, not null or blank
   * @return the problem, not null
   * @throws IllegalArgumentException if the id or message is blank
   */
  public static Problem of(String id, Location where, String message) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(message, "message");
    if (id.isBlank() || message.isBlank()) {
      throw new IllegalArgumentException("a problem needs an id and a message");
    }
    return new Problem(id, where, message, null);
  }

  /**
   * Returns a copy of this problem that says what was expected.
   *
   * @param expected what the input should have been, not null
   * @return the copy, not null
   */
  public Problem withExpected(String expected) {
    Objects.requireNonNull(expected, "expected");
    return new Problem(id, where, message, expected);
  }

  /** Returns the stable kebab-case id of this kind of problem. */
  public String id() {
    return id;
  }

  /** Returns where the problem was found. */
  public Location where() {
    return where;
  }

  /** Returns what is wrong. */
  public String message() {
    return message;
  }

  /** Returns what was expected, if the reader could say. */
  public Optional<String> expected() {
    return Optional.ofNullable(expected);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Problem other
        && id.equals(other.id)
        && where.equals(other.where)
        && message.equals(other.message)
        && Objects.equals(expected, other.expected);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, where, message, expected);
  }

  /** Returns {@code where: message (expected …) [id]}. */
  @Override
  public String toString() {
    return where + ": " + message + (expected == null ? "" : " (expected " + expected + ")")
        + " [" + id + "]";
  }
}
