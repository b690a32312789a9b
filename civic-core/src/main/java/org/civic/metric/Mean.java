package org.civic.metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A mean kept as sum and count — 平均值 — so that means of parts combine exactly.
 *
 * <p>Immutable and thread-safe; {@link #plus} is associative and commutative with
 * {@link #empty()} as identity.
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
   * @param sum the sum of the values
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

  /** Returns the mean of nothing, the identity of {@link #plus}. */
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

  /** Returns the combined mean: sums and counts added. */
  public Mean plus(Mean other) {
    Objects.requireNonNull(other, "other");
    return of(Math.addExact(sum, other.sum), Math.addExact(count, other.count));
  }

  /**
   * Returns the mean, half-up at a scale.
   *
   * @param scale digits after the decimal point, 0 or more
   * @return the mean, not null
   * @throws IllegalStateException if there are no values
   */
  public BigDecimal value(int scale) {
    if (count == 0) {
      throw new IllegalStateException("the mean of no values is undefined");
    }
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), scale, RoundingMode.HALF_UP);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Mean m && sum == m.sum && count == m.count;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(sum) * 31 + Long.hashCode(count);
  }

  @Override
  public String toString() {
    return sum + "/" + count;
  }
}
