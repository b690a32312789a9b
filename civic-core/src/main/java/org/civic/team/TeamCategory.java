package org.civic.team;

import java.util.List;
import java.util.Optional;
import org.civic.internal.Term;
import org.civic.internal.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * The category of a volunteer team — 队伍类别: one of the eleven categories of the reporting
 * template (十一大类), one of the branch categories of Yuzhou's "1+12+N", or a host's own
 * ({@link #of}). An activity carries its team's category. Two categories are equal when their
 * ids are; a built-in id always gives the built-in category.
 *
 * <p>Immutable and thread-safe; {@link LeaderRole} behaves the same way.
 */
public final class TeamCategory {

  /** What errors call a value of this type. */
  private static final String WHAT = "team category";

  // The eleven categories of a reporting template (十一大类).
  /** 理论宣讲 — theory propagation. */
  public static final TeamCategory THEORY = define("theory", "理论宣讲", "Theory propagation");
  /** 社会宣传 — social publicity. */
  public static final TeamCategory PUBLICITY = define("publicity", "社会宣传", "Social publicity");
  /** 教育专家 — education experts. */
  public static final TeamCategory EDUCATION = define("education", "教育专家", "Education experts");
  /** 文化艺术 — culture and arts. */
  public static final TeamCategory CULTURE = define("culture", "文化艺术", "Culture and arts");
  /** 体育健身 — sports and fitness. */
  public static final TeamCategory SPORTS = define("sports", "体育健身", "Sports and fitness");
  /** 科技科普 — science popularisation. */
  public static final TeamCategory SCIENCE = define("science", "科技科普", "Science popularisation");
  /** 道德楷模 — moral models. */
  public static final TeamCategory MORAL_MODELS = define("moral-models", "道德楷模", "Moral models");
  /** 移风易俗 — reforming customs. */
  public static final TeamCategory CUSTOMS = define("customs", "移风易俗", "Reforming customs");
  /** 小区治理 — neighbourhood governance. */
  public static final TeamCategory NEIGHBOURHOOD = define("neighbourhood", "小区治理", "Neighbourhood governance");
  /** 医疗健康 — medical care and health. */
  public static final TeamCategory MEDICAL = define("medical", "医疗健康", "Medical care and health");
  /** 垃圾分类 — waste sorting. */
  public static final TeamCategory WASTE_SORTING = define("waste-sorting", "垃圾分类", "Waste sorting");

  // The branch categories Yuzhou's "1+12+N" names (科技科普 and 移风易俗 are shared with the eleven).
  /** 理论政策宣讲 — theory and policy propagation. */
  public static final TeamCategory THEORY_POLICY = define("theory-policy", "理论政策宣讲", "Theory and policy propagation");
  /** 文化文艺服务 — cultural and artistic service. */
  public static final TeamCategory ARTS_SERVICE = define("arts-service", "文化文艺服务", "Cultural and artistic service");
  /** 卫生健康 — health. */
  public static final TeamCategory HEALTH = define("health", "卫生健康", "Health");
  /** 助学支教 — supporting schooling and teaching. */
  public static final TeamCategory SCHOOLING = define("schooling", "助学支教", "Supporting schooling and teaching");
  /** 法律服务 — legal services. */
  public static final TeamCategory LEGAL = define("legal", "法律服务", "Legal services");
  /** 生态环保 — ecology and environmental protection. */
  public static final TeamCategory ECOLOGY = define("ecology", "生态环保", "Ecology and environment");
  /** 孝善敬老 — filial piety and care for the elderly. */
  public static final TeamCategory ELDER_CARE = define("elder-care", "孝善敬老", "Care for the elderly");
  /** 扶贫帮困 — poverty relief. */
  public static final TeamCategory POVERTY_RELIEF = define("poverty-relief", "扶贫帮困", "Poverty relief");

  /** The eleven categories of the reporting template, in its order. */
  public static final List<TeamCategory> ELEVEN = List.of(THEORY, PUBLICITY, EDUCATION, CULTURE, SPORTS,
      SCIENCE, MORAL_MODELS, CUSTOMS, NEIGHBOURHOOD, MEDICAL, WASTE_SORTING);

  /** The ten branch categories the Yuzhou report names for "1+12+N" ("and others, 12 in all"). */
  public static final List<TeamCategory> YUZHOU_BRANCHES = List.of(THEORY_POLICY, ARTS_SERVICE, HEALTH,
      SCHOOLING, SCIENCE, LEGAL, ECOLOGY, ELDER_CARE, CUSTOMS, POVERTY_RELIEF);

  private static final Vocabulary<TeamCategory> VOCABULARY = new Vocabulary<>(WHAT, "tea-culture",
      c -> c.term, TeamCategory::new, List.of(THEORY, PUBLICITY, EDUCATION, CULTURE, SPORTS,
      SCIENCE, MORAL_MODELS, CUSTOMS, NEIGHBOURHOOD, MEDICAL, WASTE_SORTING, THEORY_POLICY, ARTS_SERVICE,
      HEALTH, SCHOOLING, LEGAL, ECOLOGY, ELDER_CARE, POVERTY_RELIEF));

  private final Term term;

  private TeamCategory(Term term) {
    this.term = term;
  }

  private static TeamCategory define(String id, String chinese, String english) {
    return new TeamCategory(Term.of(WHAT, id, id, chinese, english));
  }

  /**
   * Obtains a category from its id and names: the built-in category of a built-in id (the names
   * are checked, not kept), or a host's own.
   *
   * @param id a stable kebab-case id, such as {@code tea-culture}, not null
   * @param chinese the Chinese name, such as {@code 茶文化}, not null or blank
   * @param english the English name, such as {@code Tea culture}, not null or blank
   * @return the category, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is not lower-case kebab-case words joined by dots
   *     ("team category id …") or a name is blank ("team category … needs a Chinese and an English name")
   */
  public static TeamCategory of(String id, String chinese, String english) {
    return VOCABULARY.of(id, chinese, english);
  }

  /** Returns every built-in category: the eleven, then Yuzhou's branch categories not among them. */
  public static List<TeamCategory> builtIn() {
    return VOCABULARY.builtIn();
  }

  /**
   * Finds a built-in category by its Chinese name, such as {@code 法律服务}; surrounding white
   * space is ignored.
   *
   * @param chinese the name, not null
   * @return the category, or empty
   * @throws NullPointerException if the name is null
   */
  public static Optional<TeamCategory> byChinese(String chinese) {
    return VOCABULARY.byChinese(chinese);
  }

  /** Returns the stable id, such as {@code legal}. */
  public String id() {
    return term.id();
  }

  /** Returns the Chinese name, such as {@code 法律服务}. */
  public String chinese() {
    return term.chinese();
  }

  /** Returns the English name, such as {@code Legal services}. */
  public String english() {
    return term.english();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TeamCategory other && term.equals(other.term);
  }

  @Override
  public int hashCode() {
    return term.hashCode();
  }

  /** Returns the id and the Chinese name, such as {@code legal 法律服务}. */
  @Override
  public String toString() {
    return term.toString();
  }
}
