package org.civic.metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The change of a figure between two periods — 同比 / 环比: absolute and relative.
 *
 * <p>Immutable and thread-safe.
 *
 * @param current the figure in the period
 * @param previous the figure in the period compared with
 */
public record Change(long current, long previous) {

  /** Returns current − previous. */
  public long absolute() {
    return current - previous;
  }

  /**
   * Returns (current − previous) / previous as a percentage, half-up; empty when previous is 0.
   *
   * @param scale digits after the decimal point
   * @return the percentage, or empty
   */
  public Optional<BigDecimal> relativePercent(int scale) {
    if (previous == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(absolute()).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(previous), scale, RoundingMode.HALF_UP));
  }
}
