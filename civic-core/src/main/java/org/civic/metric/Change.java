package org.civic.metric;

import java.math.BigDecimal;
import java.util.Optional;
import org.civic.internal.Fractions;

/**
 * The change of a figure between two periods — 同比 / 环比: absolute and relative.
 *
 * <p>Immutable and thread-safe.
 *
 * @param current the figure in the period
 * @param previous the figure in the period compared with
 */
public record Change(long current, long previous) {

  /**
   * Returns current − previous.
   *
   * @throws ArithmeticException if the difference leaves the range of a {@code long}
   */
  public long absolute() {
    return Math.subtractExact(current, previous);
  }

  /**
   * Returns (current − previous) / previous as a percentage, half-up; empty when previous is 0.
   *
   * @param scale digits after the decimal point, 0 or more
   * @return the percentage, or empty
   * @throws IllegalArgumentException if the scale is negative
   * @throws ArithmeticException if the difference leaves the range of a {@code long}
   */
  public Optional<BigDecimal> relativePercent(int scale) {
    if (previous == 0) {
      return Optional.empty();
    }
    return Optional.of(Fractions.percent(absolute(), previous, scale, Fractions.DEFAULT_ROUNDING,
        "a change from 0 has no relative figure"));
  }
}
