package org.civic.activity.internal;

/**
 * The rules on an activity's values that both the {@code Activity} builder and the columns check,
 * written once. (The rule on service time, which service records share, is
 * {@link org.civic.internal.ServiceDay}.)
 *
 * <p>Not for hosts. Stateless and thread-safe.
 */
public final class ActivityRules {

  private ActivityRules() {}

  /** Tells whether a theme is blank (empty or only whitespace), which no theme may be. */
  public static boolean blank(CharSequence theme) {
    for (int i = 0; i < theme.length(); i++) {
      if (!Character.isWhitespace(theme.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@link #blank(CharSequence)} of {@code c[offset, offset + length)}. */
  public static boolean blank(char[] c, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (!Character.isWhitespace(c[i])) {
        return false;
      }
    }
    return true;
  }
}
