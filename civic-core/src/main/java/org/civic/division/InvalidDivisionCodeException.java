package org.civic.division;

/**
 * Thrown when text is not a valid division code — 区划代码无效. Carries the offending input and
 * what was expected.
 */
public final class InvalidDivisionCodeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String input;
  private final String expected;

  InvalidDivisionCodeException(String input, String expected) {
    super("invalid division code \"" + input + "\": expected " + expected);
    this.input = input;
    this.expected = expected;
  }

  /** Returns the text that failed to parse. */
  public String input() {
    return input;
  }

  /** Returns what a valid code would have had, such as "12 digits". */
  public String expected() {
    return expected;
  }
}
