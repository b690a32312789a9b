package org.civic.team;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civic.standard.Requirement;
import org.jspecify.annotations.Nullable;

/**
 * The field of a volunteer team — 队伍类别: one of the eleven categories of the reporting
 * template (十一大类), one of the branch fields of Yuzhou's "1+12+N", or a host's own
 * ({@link #of}). Two categories are equal when their ids are.
 *
 * <p>Immutable and thread-safe.
 */
public final class TeamCategory {

  // The eleven categories of a reporting template (十一大类).
  /** 理论宣讲 — theory propagation. */
  public static final TeamCategory THEORY = new TeamCategory("theory", "理论宣讲", "Theory propagation");
  /** 社会宣传 — social publicity. */
  public static final TeamCategory PUBLICITY = new TeamCategory("publicity", "社会宣传", "Social publicity");
  /** 教育专家 — education experts. */
  public static final TeamCategory EDUCATION = new TeamCategory("education", "教育专家", "Education experts");
  /** 文化艺术 — culture and arts. */
  public static final TeamCategory CULTURE = new TeamCategory("culture", "文化艺术", "Culture and arts");
  /** 体育健身 — sports and fitness. */
  public static final TeamCategory SPORTS = new TeamCategory("sports", "体育健身", "Sports and fitness");
  /** 科技科普 — science popularisation. */
  public static final TeamCategory SCIENCE = new TeamCategory("science", "科技科普", "Science popularisation");
  /** 道德楷模 — moral models. */
  public static final TeamCategory MORAL_MODELS = new TeamCategory("moral-models", "道德楷模", "Moral models");
  /** 移风易俗 — reforming customs. */
  public static final TeamCategory CUSTOMS = new TeamCategory("customs", "移风易俗", "Reforming customs");
  /** 小区治理 — neighbourhood governance. */
  public static final TeamCategory NEIGHBOURHOOD = new TeamCategory("neighbourhood", "小区治理", "Neighbourhood governance");
  /** 医疗健康 — medical care and health. */
  public static final TeamCategory MEDICAL = new TeamCategory("medical", "医疗健康", "Medical care and health");
  /** 垃圾分类 — waste sorting. */
  public static final TeamCategory WASTE_SORTING = new TeamCategory("waste-sorting", "垃圾分类", "Waste sorting");

  // The branch fields Yuzhou's "1+12+N" names (科技科普 and 移风易俗 are shared with the eleven).
  /** 理论政策宣讲 — theory and policy propagation. */
  public static final TeamCategory THEORY_POLICY = new TeamCategory("theory-policy", "理论政策宣讲", "Theory and policy propagation");
  /** 文化文艺服务 — cultural and artistic service. */
  public static final TeamCategory ARTS_SERVICE = new TeamCategory("arts-service", "文化文艺服务", "Cultural and artistic service");
  /** 卫生健康 — health. */
  public static final TeamCategory HEALTH = new TeamCategory("health", "卫生健康", "Health");
  /** 助学支教 — supporting schooling and teaching. */
  public static final TeamCategory SCHOOLING = new TeamCategory("schooling", "助学支教", "Supporting schooling and teaching");
  /** 法律服务 — legal services. */
  public static final TeamCategory LEGAL = new TeamCategory("legal", "法律服务", "Legal services");
  /** 生态环保 — ecology and environmental protection. */
  public static final TeamCategory ECOLOGY = new TeamCategory("ecology", "生态环保", "Ecology and environment");
  /** 孝善敬老 — filial piety and care for the elderly. */
  public static final TeamCategory ELDER_CARE = new TeamCategory("elder-care", "孝善敬老", "Care for the elderly");
  /** 扶贫帮困 — poverty relief. */
  public static final TeamCategory POVERTY_RELIEF = new TeamCategory("poverty-relief", "扶贫帮困", "Poverty relief");

  /** The eleven categories of the reporting template, in its order. */
  public static final List<TeamCategory> ELEVEN = List.of(THEORY, PUBLICITY, EDUCATION, CULTURE, SPORTS,
      SCIENCE, MORAL_MODELS, CUSTOMS, NEIGHBOURHOOD, MEDICAL, WASTE_SORTING);

  /** The ten branch fields the Yuzhou report names for "1+12+N" ("and others, 12 in all"). */
  public static final List<TeamCategory> YUZHOU_BRANCHES = List.of(THEORY_POLICY, ARTS_SERVICE, HEALTH,
      SCHOOLING, SCIENCE, LEGAL, ECOLOGY, ELDER_CARE, CUSTOMS, POVERTY_RELIEF);

  private static final List<TeamCategory> BUILT_IN = List.of(THEORY, PUBLICITY, EDUCATION, CULTURE, SPORTS,
      SCIENCE, MORAL_MODELS, CUSTOMS, NEIGHBOURHOOD, MEDICAL, WASTE_SORTING, THEORY_POLICY, ARTS_SERVICE,
      HEALTH, SCHOOLING, LEGAL, ECOLOGY, ELDER_CARE, POVERTY_RELIEF);

  private final String id;
  private final String chinese;
  private final String english;

  private TeamCategory(String id, String chinese, String english) {
    this.id = id;
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * Obtains a category of a host's own.
   *
   * @param id a stable kebab-case id, such as {@code tea-culture}, not null
   * @param chinese the Chinese name, not null or blank
   * @param english the English name, not null or blank
   * @return the category, not null
   * @throws IllegalArgumentException if the id is not kebab-case or a name is blank
   */
  public static TeamCategory of(String id, String chinese, String english) {
    TeamCategory builtIn = null;
    for (TeamCategory c : BUILT_IN) {
      if (c.id.equals(id)) {
        builtIn = c;
        break;
      }
    }
    if (builtIn == null) {
      Requirement.checkId(id); // a built-in id is valid: a reader of many records is spared the pattern
    }
    Objects.requireNonNull(chinese, "chinese");
    Objects.requireNonNull(english, "english");
    if (chinese.isBlank() || english.isBlank()) {
      throw new IllegalArgumentException("team category " + id + " needs a Chinese and an English name");
    }
    return builtIn != null ? builtIn : new TeamCategory(id, chinese, english);
  }

  /** Returns every built-in category: the eleven, then Yuzhou's branch fields not among them. */
  public static List<TeamCategory> builtIn() {
    return BUILT_IN;
  }

  /**
   * Finds a built-in category by its Chinese name, such as {@code 法律服务}.
   *
   * @param chinese the name, not null
   * @return the category, or empty
   */
  public static Optional<TeamCategory> byChinese(String chinese) {
    Objects.requireNonNull(chinese, "chinese");
    return builtIn().stream().filter(c -> c.chinese.equals(chinese.strip())).findFirst();
  }

  /** Returns the stable id. */
  public String id() {
    return id;
  }

  /** Returns the Chinese name. */
  public String chinese() {
    return chinese;
  }

  /** Returns the English name. */
  public String english() {
    return english;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TeamCategory other && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id + " " + chinese;
  }

}
