package org.civic.team;

/** The tier of a volunteer team — 队伍层级: brigade (总队), branch (分队), squad (小队). */
public enum TeamTier {
  /** The general brigade (志愿服务总队), the "1" of a "1+K+N" structure. */
  BRIGADE("总队"),
  /** A specialised branch (分队), one of the "K". */
  BRANCH("分队"),
  /** A squad (小队), one of the "N" local teams of posts, stations and units. */
  SQUAD("小队");

  private final String chinese;

  TeamTier(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name. */
  public String chinese() {
    return chinese;
  }
}
