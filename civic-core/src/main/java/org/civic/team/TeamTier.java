package org.civic.team;

import java.util.List;
import java.util.Optional;
import org.civic.internal.Term;
import org.civic.internal.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * The tier of a volunteer team — 队伍层级: a name on a county's ladder of teams, such as 总队,
 * 支队, 大队, 分队, 小队 or 服务点, or a host's own ({@link #of}). Tiers are data: which tiers a
 * county uses, in which order, and which one holds its specialised branches is its
 * {@link TeamLadder}; the default ladder is {@link #BRIGADE} → {@link #BRANCH} → {@link #SQUAD}.
 * Two tiers are equal when their ids are; a built-in id always gives the built-in tier.
 *
 * <p>Immutable and thread-safe; {@link TeamCategory} behaves the same way.
 */
public final class TeamTier {

  /** What errors call a value of this type. */
  private static final String WHAT = "team tier";

  /** 总队 — the general brigade, the "1" of a "1+K+N" structure on the default ladder. */
  public static final TeamTier BRIGADE = define("brigade", "总队", "Brigade");
  /** 支队 — a detachment, under a brigade or the top team of a smaller ladder. */
  public static final TeamTier DETACHMENT = define("detachment", "支队", "Detachment");
  /** 大队 — a battalion, such as a township's team under a county brigade. */
  public static final TeamTier BATTALION = define("battalion", "大队", "Battalion");
  /** 分队 — a branch: on the default ladder, the tier of the "K" specialised branches. */
  public static final TeamTier BRANCH = define("branch", "分队", "Branch");
  /** 小队 — a squad, one of the "N" local teams of posts, stations and units. */
  public static final TeamTier SQUAD = define("squad", "小队", "Squad");
  /** 服务点 — a volunteer service point (志愿服务点), the smallest unit some counties name. */
  public static final TeamTier SERVICE_POINT = define("service-point", "服务点", "Service point");

  private static final Vocabulary<TeamTier> VOCABULARY = new Vocabulary<>(WHAT, "work-group",
      t -> t.term, TeamTier::new, List.of(BRIGADE, DETACHMENT, BATTALION, BRANCH, SQUAD, SERVICE_POINT));

  private final Term term;

  private TeamTier(Term term) {
    this.term = term;
  }

  private static TeamTier define(String id, String chinese, String english) {
    return new TeamTier(Term.of(WHAT, id, id, chinese, english));
  }

  /**
   * Obtains a tier from its id and names: the built-in tier of a built-in id (the names are
   * checked, not kept), or a host's own.
   *
   * @param id a stable kebab-case id, such as {@code work-group}, not null
   * @param chinese the Chinese name, such as {@code 工作组}, not null or blank
   * @param english the English name, such as {@code Work group}, not null or blank
   * @return the tier, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is not lower-case kebab-case words joined by dots
   *     ("team tier id …") or a name is blank ("team tier … needs a Chinese and an English name")
   */
  public static TeamTier of(String id, String chinese, String english) {
    return VOCABULARY.of(id, chinese, english);
  }

  /** Returns every built-in tier, from 总队 down to 服务点. */
  public static List<TeamTier> builtIn() {
    return VOCABULARY.builtIn();
  }

  /**
   * Finds a built-in tier by its Chinese name, such as {@code 大队}; surrounding white space is
   * ignored.
   *
   * @param chinese the name, not null
   * @return the tier, or empty
   * @throws NullPointerException if the name is null
   */
  public static Optional<TeamTier> byChinese(String chinese) {
    return VOCABULARY.byChinese(chinese);
  }

  /** Returns the stable id, such as {@code squad}. */
  public String id() {
    return term.id();
  }

  /** Returns the Chinese name, such as {@code 小队}. */
  public String chinese() {
    return term.chinese();
  }

  /** Returns the English name, such as {@code Squad}. */
  public String english() {
    return term.english();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TeamTier other && term.equals(other.term);
  }

  @Override
  public int hashCode() {
    return term.hashCode();
  }

  /** Returns the id and the Chinese name, such as {@code squad 小队}. */
  @Override
  public String toString() {
    return term.toString();
  }
}
