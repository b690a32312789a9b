package org.civic.division;

/**
 * The kind of a township-level unit — 乡级单位类型, read from digits 7–9 of its code.
 */
public enum TownshipKind {
  /** A street (街道), digits 001–099. */
  STREET("街道"),
  /** A town (镇), digits 100–199. */
  TOWN("镇"),
  /** A township (乡), including ethnic townships, digits 200–399. */
  TOWNSHIP("乡"),
  /**
   * Another unit run like a township (development zone, mining district, airport, state farm
   * 垦殖场/农场), digits 400–999.
   */
  OTHER("类似乡级单位");

  private final String chinese;

  TownshipKind(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name of the kind. */
  public String chinese() {
    return chinese;
  }

  /**
   * Returns the kind of a unit from its three digits of the code (1 to 999).
   *
   * @param digits the unit's three digits as a number
   * @return the kind, not null
   * @throws IllegalArgumentException if digits is not 1 to 999
   */
  public static TownshipKind ofDigits(int digits) {
    if (digits < 1 || digits > 999) {
      throw new IllegalArgumentException("unit digits must be 001-999, got " + digits);
    }
    if (digits < 100) {
      return STREET;
    } else if (digits < 200) {
      return TOWN;
    } else if (digits < 400) {
      return TOWNSHIP;
    }
    return OTHER;
  }
}
