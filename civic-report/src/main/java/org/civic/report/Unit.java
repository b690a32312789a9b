package org.civic.report;

/** What a count counts — 计量单位 — as the reports write it after the number. */
public enum Unit {
  /** A bare number. */
  NONE("", ""),
  /** People (人). */
  PEOPLE("人", " people"),
  /** Person-times (人次). */
  PERSON_TIMES("人次", " person-times"),
  /** Activities or events (场). */
  EVENTS("场", ""),
  /** Sites, teams or items (个). */
  ITEMS("个", ""),
  /** Hours (小时). */
  HOURS("小时", " h");

  private final String zh;
  private final String en;

  Unit(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** Returns the suffix in a language. */
  public String suffix(java.util.Locale locale) {
    return "zh".equals(locale.getLanguage()) ? zh : en;
  }
}
