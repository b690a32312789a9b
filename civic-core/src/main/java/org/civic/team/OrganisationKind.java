package org.civic.team;

/**
 * The kind of a participating organisation — 参与组织类型: the "N" of a county's "1+N", the social
 * forces that join the practice center's own volunteer teams.
 */
public enum OrganisationKind {
  /** A registered volunteer service organisation (志愿服务组织), registered with civil affairs. */
  VOLUNTEER_ORGANISATION("志愿服务组织"),
  /**
   * Another social organisation (社会组织): a social group (社会团体), a social service agency
   * (社会服务机构) or a foundation (基金会). The Yuzhou report counts 213 of them taking part.
   */
  SOCIAL_ORGANISATION("社会组织"),
  /** Another social force (其他社会力量): an enterprise, a school or a unit that takes part. */
  OTHER("其他社会力量");

  private final String chinese;

  OrganisationKind(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name of the kind. */
  public String chinese() {
    return chinese;
  }
}
