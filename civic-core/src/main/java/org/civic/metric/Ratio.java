package org.civic.metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.civic.internal.Fractions;
import org.jspecify.annotations.Nullable;

/**
 * A rate kept as numerator and denominator — 比率 — so that rates of parts add up exactly (never
 * an average of percentages), such as orders delivered over orders placed. Rounded only when
 * read.
 *
 * <p>{@link #plus} is associative and commutative with {@link #empty()} as identity, and throws
 * {@link ArithmeticException} rather than wrap past {@code Long.MAX_VALUE}.
 *
 * <p>Empty input: a ratio of nothing (0 / 0, {@link #empty()}, the only ratio whose denominator
 * is 0) has no rate. {@link #isEmpty()} tells; {@link #percent} and {@link #format} throw
 * {@link IllegalStateException} on it, as Guava's {@code Stats.mean()} does on an empty set —
 * the same rule as {@code Coverage}, {@code Mean} and {@code Score}. Reports ask
 * {@code isEmpty()} first and write a dash.
 *
 * <p>Rounding: only when read, at an explicit scale, {@link RoundingMode#HALF_UP} unless a
 * {@link RoundingMode} is given; computed in {@link BigDecimal}, so nothing overflows.
 *
 * <p>Immutable and thread-safe.
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
   * Obtains a ratio. The numerator may exceed the denominator (a rate above 100%).
   *
   * @param numerator 0 or more, and 0 when the denominator is 0
   * @param denominator 0 or more
   * @return the ratio, not null
   * @throws IllegalArgumentException if a part is negative, or the denominator is 0 and the
   *     numerator is not
   */
  public static Ratio of(long numerator, long denominator) {
    if (numerator < 0 || denominator < 0 || (denominator == 0 && numerator != 0)) {
      throw new IllegalArgumentException(
          "a ratio needs non-negative parts (and numerator 0 when the denominator is 0), got "
              + numerator + "/" + denominator);
    }
    return denominator == 0 ? EMPTY : new Ratio(numerator, denominator);
  }

  /** Returns 0/0, the ratio of nothing: the identity of {@link #plus}. */
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

  /** Tells whether this is the ratio of nothing (0 / 0), so that there is no rate to read. */
  public boolean isEmpty() {
    return denominator == 0;
  }

  /**
   * Returns the sum: numerators and denominators added.
   *
   * @param other the other ratio, not null
   * @return the sum, not null
   * @throws ArithmeticException if a sum exceeds {@code Long.MAX_VALUE}
   */
  public Ratio plus(Ratio other) {
    Objects.requireNonNull(other, "other");
    return other.denominator == 0 ? this : denominator == 0 ? other
        : new Ratio(Math.addExact(numerator, other.numerator), Math.addExact(denominator, other.denominator));
  }

  /**
   * Returns the rate as a percentage, half-up at a scale: 262 / 657 at scale 2 is 39.88.
   *
   * @param scale digits after the decimal point, 0 or more
   * @return the percentage, not null
   * @throws IllegalArgumentException if the scale is negative
   * @throws IllegalStateException if the ratio is empty (denominator 0)
   */
  public BigDecimal percent(int scale) {
    return percent(scale, Fractions.DEFAULT_ROUNDING);
  }

  /**
   * Returns the rate as a percentage rounded to a scale with a rounding mode.
   *
   * @param scale digits after the decimal point, 0 or more
   * @param rounding the rounding mode, not null
   * @return the percentage, not null
   * @throws IllegalArgumentException if the scale is negative
   * @throws IllegalStateException if the ratio is empty (denominator 0)
   * @throws ArithmeticException if the rounding is {@link RoundingMode#UNNECESSARY} and the
   *     percentage is not exact at the scale
   */
  public BigDecimal percent(int scale, RoundingMode rounding) {
    return Fractions.percent(numerator, denominator, scale, rounding, "a ratio of nothing (0/0) has no rate");
  }

  /**
   * Formats the rate as the reports write it, half-up: {@code 39.88%} at scale 2.
   *
   * @param scale digits after the decimal point, 0 or more
   * @return the percentage with a {@code %} sign, not null
   * @throws IllegalArgumentException if the scale is negative
   * @throws IllegalStateException if the ratio is empty (denominator 0)
   */
  public String format(int scale) {
    return format(scale, Fractions.DEFAULT_ROUNDING);
  }

  /**
   * Formats the rate with a rounding mode.
   *
   * @param scale digits after the decimal point, 0 or more
   * @param rounding the rounding mode, not null
   * @return the percentage with a {@code %} sign, not null
   * @throws IllegalArgumentException if the scale is negative
   * @throws IllegalStateException if the ratio is empty (denominator 0)
   * @throws ArithmeticException if the rounding is {@link RoundingMode#UNNECESSARY} and the
   *     percentage is not exact at the scale
   */
  public String format(int scale, RoundingMode rounding) {
    return Fractions.formatPercent(percent(scale, rounding));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Ratio r && numerator == r.numerator && denominator == r.denominator;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
  }

  /** Returns {@code numerator/denominator}, such as {@code 262/657}. */
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
