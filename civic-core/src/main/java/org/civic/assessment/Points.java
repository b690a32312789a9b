package org.civic.assessment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The rule for points in assessment tables: exact decimals, 0 or more, at most two places
 * (a table gives half and quarter points: 0.5, 0.25), kept without trailing zeros. Not API.
 */
final class Points {

  /** The most decimal places of a point figure. */
  static final int MAX_SCALE = 2;

  private Points() {}

  /**
   * Checks and normalises a point figure.
   *
   * @param what what the figure is, for the message, such as "points of sub-item 1.2"
   * @param points the figure, not null
   * @return the figure without trailing zeros, scale 0 or more
   * @throws IllegalArgumentException if it is negative or has more than two decimal places
   */
  static BigDecimal check(String what, BigDecimal points) {
    Objects.requireNonNull(points, what);
    if (points.signum() < 0) {
      throw new IllegalArgumentException(what + " must not be negative: " + points.toPlainString());
    }
    BigDecimal p = points.stripTrailingZeros();
    if (p.scale() > MAX_SCALE) {
      throw new IllegalArgumentException(what + " has more than " + MAX_SCALE + " decimal places: "
          + points.toPlainString() + " (expected such as 2, 0.5 or 0.25)");
    }
    return p.scale() < 0 ? p.setScale(0) : p;
  }

  /** Formats points as tables print them: plain digits, no trailing zeros. */
  static String format(BigDecimal points) {
    return points.stripTrailingZeros().toPlainString();
  }
}
