package org.civic.metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.civic.internal.Fractions;
import org.jspecify.annotations.Nullable;

/**
 * A mean kept as sum and count — 平均值 — so that means of parts combine exactly, such as the
 * mean rating of orders.
 *
 * <p>{@link #plus} is associative and commutative with {@link #empty()} as identity, and throws
 * {@link ArithmeticException} rather than wrap past the range of a {@code long}.
 *
 * <p>Empty input: the mean of no values (0 / 0, {@link #empty()}, the only mean whose count is
 * 0) is undefined. {@link #isEmpty()} tells; {@link #value} and {@link #format} throw
 * {@link IllegalStateException} on it, as Guava's {@code Stats.mean()} does — the same rule as
 * {@code Coverage}, {@code Ratio} and {@code Score}. Reports ask {@code isEmpty()} first and
 * write a dash.
 *
 * <p>Rounding: only when read, at an explicit scale, {@link RoundingMode#HALF_UP} unless a
 * {@link RoundingMode} is given; computed in {@link BigDecimal}, so nothing overflows.
 *
 * <p>Immutable and thread-safe.
 */
public final class Mean {

  private static final Mean EMPTY = new Mean(0, 0);

  private final long sum;
  private final long count;

  private Mean(long sum, long count) {
    this.sum = sum;
    this.count = count;
  }

  /**
   * Obtains a mean.
   *
   * @param sum the sum of the values, 0 when count is 0
   * @param count how many values, 0 or more
   * @return the mean, not null
   * @throws IllegalArgumentException if count is negative, or zero with a non-zero sum
   */
  public static Mean of(long sum, long count) {
    if (count < 0 || (count == 0 && sum != 0)) {
      throw new IllegalArgumentException("a mean needs count >= 0 (and sum 0 when count is 0), got " + sum + "/" + count);
    }
    return count == 0 ? EMPTY : new Mean(sum, count);
  }

  /** Returns the mean of nothing (0 / 0), the identity of {@link #plus}. */
  public static Mean empty() {
    return EMPTY;
  }

  /** Returns the sum of the values. */
  public long sum() {
    return sum;
  }

  /** Returns how many values. */
  public long count() {
    return count;
  }

  /** Tells whether this is the mean of no values, so that there is no value to read. */
  public boolean isEmpty() {
    return count == 0;
  }

  /**
   * Returns the combined mean: sums and counts added.
   *
   * @param other the other mean, not null
   * @return the combined mean, not null
   * @throws ArithmeticException if a sum leaves the range of a {@code long}
   */
  public Mean plus(Mean other) {
    Objects.requireNonNull(other, "other");
    return other.count == 0 ? this : count == 0 ? other
        : new Mean(Math.addExact(sum, other.sum), Math.addExact(count, other.count));
  }

  /**
   * Returns the mean, half-up at a scale: 9 / 2 at scale 1 is 4.5.
   *
   * @param scale digits after the decimal point, 0 or more
   * @return the mean, not null
   * @throws IllegalArgumentException if the scale is negative
   * @throws IllegalStateException if the mean is empty (no values)
   */
  public BigDecimal value(int scale) {
    return value(scale, Fractions.DEFAULT_ROUNDING);
  }

  /**
   * Returns the mean rounded to a scale with a rounding mode.
   *
   * @param scale digits after the decimal point, 0 or more
   * @param rounding the rounding mode, not null
   * @return the mean, not null
   * @throws IllegalArgumentException if the scale is negative
   * @throws IllegalStateException if the mean is empty (no values)
   * @throws ArithmeticException if the rounding is {@link RoundingMode#UNNECESSARY} and the mean
   *     is not exact at the scale
   */
  public BigDecimal value(int scale, RoundingMode rounding) {
    return Fractions.quotient(sum, count, scale, rounding, "the mean of no values is undefined");
  }

  /**
   * Formats the mean as the reports write it, half-up: {@code 4.50} for 9 / 2 at scale 2.
   *
   * @param scale digits after the decimal point, 0 or more
   * @return the mean in plain digits, not null
   * @throws IllegalArgumentException if the scale is negative
   * @throws IllegalStateException if the mean is empty (no values)
   */
  public String format(int scale) {
    return format(scale, Fractions.DEFAULT_ROUNDING);
  }

  /**
   * Formats the mean with a rounding mode.
   *
   * @param scale digits after the decimal point, 0 or more
   * @param rounding the rounding mode, not null
   * @return the mean in plain digits, not null
   * @throws IllegalArgumentException if the scale is negative
   * @throws IllegalStateException if the mean is empty (no values)
   * @throws ArithmeticException if the rounding is {@link RoundingMode#UNNECESSARY} and the mean
   *     is not exact at the scale
   */
  public String format(int scale, RoundingMode rounding) {
    return Fractions.format(value(scale, rounding));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Mean m && sum == m.sum && count == m.count;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(sum) * 31 + Long.hashCode(count);
  }

  /** Returns {@code sum/count}, such as {@code 9/2}. */
  @Override
  public String toString() {
    return sum + "/" + count;
  }
}
