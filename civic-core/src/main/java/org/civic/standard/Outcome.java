package org.civic.standard;

import java.util.Locale;

/**
 * The outcome of checking one requirement on one site — 检查结果, after axe-core's grouping:
 * passes, violations, incomplete (needs review), inapplicable. Never a null field.
 */
public enum Outcome {
  /** The site meets the requirement (通过). */
  PASS,
  /** The site does not meet it (不符合). */
  FAIL,
  /** The facts needed are not known (信息不全), so the check cannot say. */
  INCOMPLETE,
  /** The requirement does not apply to this site (不适用), such as a venue rule for a point. */
  NOT_APPLICABLE;

  private final String key = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** Returns the kebab-case word used in message keys, such as {@code not-applicable}. */
  public String key() {
    return key;
  }
}
