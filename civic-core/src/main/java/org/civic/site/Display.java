package org.civic.site;

/**
 * A site's public display of its work — 展示: display boards and notice walls (展板、公示栏), and
 * whether activities are publicly posted (公示).
 *
 * <p>Immutable and thread-safe.
 *
 * @param boards the number of display boards and notice walls, zero or more
 * @param publicPosting whether activities are publicly posted
 */
public record Display(int boards, boolean publicPosting) {

  /**
   * Creates display facts.
   *
   * @throws IllegalArgumentException if boards is negative
   */
  public Display {
    if (boards < 0) {
      throw new IllegalArgumentException("display boards must not be negative: " + boards);
    }
  }

  /** Returns the display of a site known to have none. */
  public static Display none() {
    return new Display(0, false);
  }
}
