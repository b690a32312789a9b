package org.civic.team;

/**
 * Thrown when text is not a team formula — 队伍组建模式无法解析: names the text, the 1-based
 * position, what was expected there and what was found.
 */
public final class TeamFormulaParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String text;
  private final int position;
  private final String expected;

  TeamFormulaParseException(String text, int position, String expected, String found) {
    super("cannot parse team formula \"" + text + "\" at position " + position + ": expected " + expected
        + ", found " + found);
    this.text = text;
    this.position = position;
    this.expected = expected;
  }

  /** Returns the text that failed to parse. */
  public String text() {
    return text;
  }

  /** Returns the 1-based position of the problem. */
  public int position() {
    return position;
  }

  /** Returns what was expected at that position. */
  public String expected() {
    return expected;
  }
}
