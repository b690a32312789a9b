package org.civic.assessment;

import java.util.Locale;

/**
 * How a sub-item's points count — 计分方式: points earned towards the table's maximum (计分),
 * bonus points beyond it (加分), or a deduction from the score (扣分).
 */
public enum PointKind {
  /** Points earned towards the table's maximum (计分), given when the sub-item is met. */
  SCORE,
  /** Bonus points beyond the maximum (加分), given when the sub-item is met. */
  BONUS,
  /** Points taken off (扣分) when the sub-item is not met. */
  DEDUCTION;

  private final String key = name().toLowerCase(Locale.ROOT);

  /** The lower-case word in the assessment messages' keys, such as {@code bonus}. */
  String key() {
    return key;
  }
}
