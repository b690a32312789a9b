package org.civic.metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A rate kept as numerator and denominator — 比率 — so that rates of parts add up exactly (never
 * an average of percentages). Rounded only when formatted.
 *
 * <p>Immutable and thread-safe; {@link #plus} is associative and commutative with
 * {@link #empty()} as identity.
 */
public final class Ratio {

  private static final Ratio EMPTY = new Ratio(0, 0);

  private final long numerator;
  private final long denominator;

  private Ratio(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Obtains a ratio.
   *
   * @param numerator 0 or more
   * @param denominator 0 or more
   * @return the ratio, not null
   * @throws IllegalArgumentException if a part is negative
   */
  public static Ratio of(long numerator, long denominator) {
    if (numerator < 0 || denominator < 0) {
      throw new IllegalArgumentException("a ratio needs non-negative parts, got " + numerator + "/" + denominator);
    }
    return numerator == 0 && denominator == 0 ? EMPTY : new Ratio(numerator, denominator);
  }

  /** Returns 0/0, the identity of {@link #plus}. */
  public static Ratio empty() {
    return EMPTY;
  }

  /** Returns the numerator. */
  public long numerator() {
    return numerator;
  }

  /** Returns the denominator. */
  public long denominator() {
    return denominator;
  }

  /** Tells whether the denominator is zero, so that there is no rate. */
  public boolean isUndefined() {
    return denominator == 0;
  }

  /** Returns the sum: numerators and denominators added. */
  public Ratio plus(Ratio other) {
    Objects.requireNonNull(other, "other");
    return of(Math.addExact(numerator, other.numerator), Math.addExact(denominator, other.denominator));
  }

  /**
   * Returns the rate as a percentage, half-up at a scale.
   *
   * @param scale digits after the decimal point, 0 or more
   * @return the percentage, not null
   * @throws IllegalStateException if the denominator is zero
   */
  public BigDecimal percent(int scale) {
    if (denominator == 0) {
      throw new IllegalStateException("a ratio with denominator 0 has no rate");
    }
    return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
  }

  /** Formats the rate as the reports write it, such as {@code 39.88%}. */
  public String format(int scale) {
    return percent(scale).toPlainString() + "%";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Ratio r && numerator == r.numerator && denominator == r.denominator;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
