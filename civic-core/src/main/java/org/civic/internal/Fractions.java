package org.civic.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The one arithmetic behind civic's exact fractions — {@code Coverage}, {@code Ratio}, {@code Mean},
 * {@code Score}, {@code OutcomeCounts} and {@code Change}: a quotient of two {@code long}s, kept
 * exact and rounded only when read, at a scale the caller gives, {@link RoundingMode#HALF_UP}
 * unless the caller names another mode. Quotients are computed in {@link BigDecimal}, so no
 * intermediate product overflows ({@code Long.MAX_VALUE} × 100 is exact). A fraction whose
 * denominator is 0 is empty: it has no value, and reading one throws
 * {@link IllegalStateException} with the caller's message.
 *
 * <p>Not API: the public types call these static methods and expose nothing of this class.
 * Stateless and thread-safe.
 */
public final class Fractions {

  /** The rounding of every figure unless the caller asks for another: half-up, as reports round. */
  public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_UP;

  private Fractions() {}

  /**
   * Returns numerator ÷ denominator × 100, rounded at a scale.
   *
   * @param numerator the numerator
   * @param denominator the denominator
   * @param scale digits after the decimal point, 0 or more
   * @param rounding the rounding mode, not null
   * @param empty what the exception says when the denominator is 0, not null
   * @return the percentage at exactly {@code scale} digits, not null
   * @throws IllegalArgumentException if the scale is negative
   * @throws IllegalStateException if the denominator is 0
   * @throws ArithmeticException if the rounding is {@link RoundingMode#UNNECESSARY} and the
   *     percentage is not exact at the scale
   */
  public static BigDecimal percent(long numerator, long denominator, int scale, RoundingMode rounding,
      String empty) {
    return divide(BigDecimal.valueOf(numerator).scaleByPowerOfTen(2), denominator, scale, rounding, empty);
  }

  /**
   * Returns numerator ÷ denominator, rounded at a scale.
   *
   * @param numerator the numerator
   * @param denominator the denominator
   * @param scale digits after the decimal point, 0 or more
   * @param rounding the rounding mode, not null
   * @param empty what the exception says when the denominator is 0, not null
   * @return the quotient at exactly {@code scale} digits, not null
   * @throws IllegalArgumentException if the scale is negative
   * @throws IllegalStateException if the denominator is 0
   * @throws ArithmeticException if the rounding is {@link RoundingMode#UNNECESSARY} and the
   *     quotient is not exact at the scale
   */
  public static BigDecimal quotient(long numerator, long denominator, int scale, RoundingMode rounding,
      String empty) {
    return divide(BigDecimal.valueOf(numerator), denominator, scale, rounding, empty);
  }

  /**
   * Formats a percentage as the reports write it: plain digits (never an exponent) and {@code %}.
   *
   * @param percent the percentage, not null
   * @return such as {@code 39.88%}, not null
   */
  public static String formatPercent(BigDecimal percent) {
    return percent.toPlainString() + "%";
  }

  /**
   * Formats a value as the reports write it: plain digits, never an exponent.
   *
   * @param value the value, not null
   * @return such as {@code 4.50}, not null
   */
  public static String format(BigDecimal value) {
    return value.toPlainString();
  }

  /**
   * Tells whether numerator ÷ denominator, exactly (no rounding), is at least a percentage; an
   * empty fraction reaches nothing.
   *
   * @param numerator the numerator
   * @param denominator the denominator, 0 or more
   * @param percent the percentage, not null
   * @return whether numerator × 100 ≥ percent × denominator and the denominator is not 0
   */
  public static boolean reaches(long numerator, long denominator, BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    return denominator > 0 && BigDecimal.valueOf(numerator).scaleByPowerOfTen(2)
        .compareTo(percent.multiply(BigDecimal.valueOf(denominator))) >= 0;
  }

  private static BigDecimal divide(BigDecimal numerator, long denominator, int scale, RoundingMode rounding,
      String empty) {
    Objects.requireNonNull(rounding, "rounding");
    if (scale < 0) {
      throw new IllegalArgumentException("scale must not be negative: " + scale);
    }
    if (denominator == 0) {
      throw new IllegalStateException(empty);
    }
    return numerator.divide(BigDecimal.valueOf(denominator), scale, rounding);
  }
}
