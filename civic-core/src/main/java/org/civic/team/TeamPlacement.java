package org.civic.team;

/**
 * Where a team may sit in the team tree, measured along the site hierarchy — 队伍隶属方式: a
 * county's {@link TeamRules} allow a set of these (all of them by default). A team whose parent
 * team fits none of the allowed ways is reported ({@value TeamStructure#PLACEMENT}) — a team hung
 * under another township's team, say.
 */
public enum TeamPlacement {
  /** Under another team of its own site — a village's 小队 under the village's 分队 (同一阵地). */
  SAME_SITE("同一阵地的队伍"),
  /** Under a team of its site's parent site — a station's team under its post's (上级阵地). */
  PARENT_SITE("上级阵地的队伍"),
  /** Under a team of any site above its own — a station's team under a county branch (更上级阵地). */
  ANCESTOR_SITE("更上级阵地的队伍"),
  /** Directly under the top team, the brigade (总队直属). */
  TOP("总队直属");

  private final String chinese;

  TeamPlacement(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name, such as {@code 上级阵地的队伍}. */
  public String chinese() {
    return chinese;
  }
}
