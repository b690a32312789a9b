package org.civic.hierarchy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Coverage — 覆盖率: of the divisions at one level under some division, how many have a built
 * site. Kept as an exact fraction; rounding happens only when formatting, at a scale the caller
 * picks, half-up by default — the source report writes 18 / 26 as {@code 69.2%} and 262 / 657
 * as {@code 39.88%}.
 *
 * <p>Coverages add up: the coverage of a division at a level below it is the {@link #plus sum}
 * of its children's. Immutable and thread-safe.
 */
public final class Coverage {

  private static final Coverage EMPTY = new Coverage(0, 0);

  private final long built;
  private final long total;

  private Coverage(long built, long total) {
    this.built = built;
    this.total = total;
  }

  /**
   * Obtains a coverage.
   *
   * @param built how many divisions have a site, 0 ≤ built ≤ total
   * @param total how many divisions count
   * @return the coverage, not null
   * @throws IllegalArgumentException if the counts are negative or built exceeds total
   */
  public static Coverage of(long built, long total) {
    if (built < 0 || total < 0 || built > total) {
      throw new IllegalArgumentException(
          "coverage needs 0 <= built <= total, got " + built + " / " + total);
    }
    return built == 0 && total == 0 ? EMPTY : new Coverage(built, total);
  }

  /** Returns the coverage of nothing: 0 / 0, the identity of {@link #plus}. */
  public static Coverage empty() {
    return EMPTY;
  }

  /** Returns how many divisions have a built site (the numerator). */
  public long built() {
    return built;
  }

  /** Returns how many divisions count (the denominator). */
  public long total() {
    return total;
  }

  /** Returns how many divisions have no site yet. */
  public long missing() {
    return total - built;
  }

  /** Tells whether no division counts, so that the rate is undefined. */
  public boolean isEmpty() {
    return total == 0;
  }

  /**
   * Returns the sum of this coverage and another: numerators and denominators added.
   *
   * @param other the other coverage, not null
   * @return the sum, not null
   */
  public Coverage plus(Coverage other) {
    Objects.requireNonNull(other, "other");
    return other.total == 0 ? this : total == 0 ? other : new Coverage(built + other.built, total + other.total);
  }

  /**
   * Returns the rate as a percentage rounded half-up to a scale: 18 / 26 at scale 1 is 69.2.
   *
   * @param scale the digits after the decimal point, 0 or more
   * @return the percentage, not null
   * @throws IllegalStateException if no division counts
   */
  public BigDecimal percent(int scale) {
    return percent(scale, RoundingMode.HALF_UP);
  }

  /**
   * Returns the rate as a percentage rounded to a scale with a rounding mode.
   *
   * @param scale the digits after the decimal point, 0 or more
   * @param rounding the rounding mode, not null
   * @return the percentage, not null
   * @throws IllegalStateException if no division counts
   * @throws IllegalArgumentException if the scale is negative
   */
  public BigDecimal percent(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (scale < 0) {
      throw new IllegalArgumentException("scale must not be negative: " + scale);
    }
    if (total == 0) {
      throw new IllegalStateException("coverage of no divisions has no rate");
    }
    return BigDecimal.valueOf(built).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(total), scale, rounding);
  }

  /**
   * Formats the rate as the reports write it, half-up: {@code 69.2%} at scale 1.
   *
   * @param scale the digits after the decimal point, 0 or more
   * @return the percentage with a {@code %} sign, not null
   * @throws IllegalStateException if no division counts
   */
  public String format(int scale) {
    return percent(scale).toPlainString() + "%";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Coverage other && built == other.built && total == other.total;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(built) * 31 + Long.hashCode(total);
  }

  /** Returns {@code built/total}, such as {@code 18/26}. */
  @Override
  public String toString() {
    return built + "/" + total;
  }
}
