package org.civic.metric;

import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The least and greatest of some values — 最小值与最大值.
 *
 * <p>Immutable and thread-safe; {@link #plus} is associative and commutative with
 * {@link #empty()} as identity.
 */
public final class Extremes {

  private static final Extremes EMPTY = new Extremes(Long.MAX_VALUE, Long.MIN_VALUE);

  private final long min;
  private final long max;

  private Extremes(long min, long max) {
    this.min = min;
    this.max = max;
  }

  /** Returns the extremes of nothing, the identity of {@link #plus}. */
  public static Extremes empty() {
    return EMPTY;
  }

  /** Returns the extremes of one value. */
  public static Extremes of(long value) {
    return new Extremes(value, value);
  }

  /**
   * Returns the extremes of a range.
   *
   * @throws IllegalArgumentException if min exceeds max
   */
  public static Extremes of(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("min " + min + " exceeds max " + max);
    }
    return new Extremes(min, max);
  }

  /** Tells whether there were no values. */
  public boolean isEmpty() {
    return min > max;
  }

  /** Returns the least value, if any. */
  public OptionalLong min() {
    return isEmpty() ? OptionalLong.empty() : OptionalLong.of(min);
  }

  /** Returns the greatest value, if any. */
  public OptionalLong max() {
    return isEmpty() ? OptionalLong.empty() : OptionalLong.of(max);
  }

  /** Returns the extremes of both. */
  public Extremes plus(Extremes other) {
    Objects.requireNonNull(other, "other");
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    return new Extremes(Math.min(min, other.min), Math.max(max, other.max));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Extremes e && (isEmpty() ? e.isEmpty() : min == e.min && max == e.max);
  }

  @Override
  public int hashCode() {
    return isEmpty() ? 0 : Long.hashCode(min) * 31 + Long.hashCode(max);
  }

  @Override
  public String toString() {
    return isEmpty() ? "[]" : "[" + min + ", " + max + "]";
  }
}
