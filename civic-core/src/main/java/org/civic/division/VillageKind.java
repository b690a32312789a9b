package org.civic.division;

/**
 * The kind of a village-level unit — 村级单位类型, read from digits 10–12 of its code.
 */
public enum VillageKind {
  /** A residents' committee or community (社区/居委会), digits 001–199. */
  COMMUNITY("社区"),
  /** A villagers' committee (村委会), digits 200–399. */
  VILLAGE("村"),
  /** Another village-level unit (farm teams, 连队 …), digits 400–999. */
  OTHER("类似村级单位");

  private final String chinese;

  VillageKind(String chinese) {
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
  public static VillageKind ofDigits(int digits) {
    if (digits < 1 || digits > 999) {
      throw new IllegalArgumentException("unit digits must be 001-999, got " + digits);
    }
    if (digits < 200) {
      return COMMUNITY;
    } else if (digits < 400) {
      return VILLAGE;
    }
    return OTHER;
  }
}
