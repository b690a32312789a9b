package org.civic.hierarchy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.civic.internal.Fractions;
import org.jspecify.annotations.Nullable;

/**
 * Coverage — 覆盖率: of the divisions at one level under some division, how many have a built
 * site. Kept as an exact fraction; rounding happens only when formatting, at a scale the caller
 * picks, half-up by default — the source report writes 18 / 26 as {@code 69.2%} and 262 / 657
 * as {@code 39.88%}.
 *
 * <p>Coverages add up: the coverage of a division at a level below it is the {@link #plus sum}
 * of its children's; {@code plus} is associative and commutative with {@link #empty()} as
 * identity, and throws {@link ArithmeticException} rather than wrap past {@code Long.MAX_VALUE}.
 *
 * <p>Empty input: a coverage of no divisions (0 / 0, the only coverage whose total is 0) has no
 * rate. {@link #isEmpty()} tells; {@link #percent} and {@link #format} throw
 * {@link IllegalStateException} on it, as Guava's {@code Stats.mean()} does on an empty set —
 * the same rule as {@code Ratio}, {@code Mean} and {@code Score}. Reports ask {@code isEmpty()}
 * first and write a dash.
 *
 * <p>Rounding: only when read, at an explicit scale, {@link RoundingMode#HALF_UP} unless a
 * {@link RoundingMode} is given; computed in {@link BigDecimal}, so nothing overflows.
 *
 * <p>Immutable and thread-safe.
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

  /** Tells whether no division counts (0 / 0), so that there is no rate to read. */
  public boolean isEmpty() {
    return total == 0;
  }

  /**
   * Returns the sum of this coverage and another: numerators and denominators added.
   *
   * @param other the other coverage, not null
   * @return the sum, not null
   * @throws ArithmeticException if a sum exceeds {@code Long.MAX_VALUE}
   */
  public Coverage plus(Coverage other) {
    Objects.requireNonNull(other, "other");
    return other.total == 0 ? this : total == 0 ? other
        : new Coverage(Math.addExact(built, other.built), Math.addExact(total, other.total));
  }

  /**
   * Returns the rate as a percentage rounded half-up to a scale: 18 / 26 at scale 1 is 69.2.
   *
   * @param scale the digits after the decimal point, 0 or more
   * @return the percentage, not null
   * @throws IllegalArgumentException if the scale is negative
   * @throws IllegalStateException if the coverage is empty (no division counts)
   */
  public BigDecimal percent(int scale) {
    return percent(scale, Fractions.DEFAULT_ROUNDING);
  }

  /**
   * Returns the rate as a percentage rounded to a scale with a rounding mode.
   *
   * @param scale the digits after the decimal point, 0 or more
   * @param rounding the rounding mode, not null
   * @return the percentage, not null
   * @throws IllegalArgumentException if the scale is negative
   * @throws IllegalStateException if the coverage is empty (no division counts)
   * @throws ArithmeticException if the rounding is {@link RoundingMode#UNNECESSARY} and the
   *     percentage is not exact at the scale
   */
  public BigDecimal percent(int scale, RoundingMode rounding) {
    return Fractions.percent(built, total, scale, rounding, "coverage of no divisions has no rate");
  }

  /**
   * Formats the rate as the reports write it, half-up: {@code 69.2%} at scale 1.
   *
   * @param scale the digits after the decimal point, 0 or more
   * @return the percentage with a {@code %} sign, not null
   * @throws IllegalArgumentException if the scale is negative
   * @throws IllegalStateException if the coverage is empty (no division counts)
   */
  public String format(int scale) {
    return format(scale, Fractions.DEFAULT_ROUNDING);
  }

  /**
   * Formats the rate with a rounding mode: {@code 12%} for 1 / 8 at scale 0, half-even.
   *
   * @param scale the digits after the decimal point, 0 or more
   * @param rounding the rounding mode, not null
   * @return the percentage with a {@code %} sign, not null
   * @throws IllegalArgumentException if the scale is negative
   * @throws IllegalStateException if the coverage is empty (no division counts)
   * @throws ArithmeticException if the rounding is {@link RoundingMode#UNNECESSARY} and the
   *     percentage is not exact at the scale
   */
  public String format(int scale, RoundingMode rounding) {
    return Fractions.formatPercent(percent(scale, rounding));
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
