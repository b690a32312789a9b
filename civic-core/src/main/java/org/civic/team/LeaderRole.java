package org.civic.team;

import java.util.List;
import java.util.Optional;
import org.civic.internal.Term;
import org.civic.internal.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * The role of a team's leader — 负责人职务: the three-level responsibility of party secretaries
 * (三级书记负责制) and the heads who lead branches, or a host's own ({@link #of}). Two roles are
 * equal when their ids are; a built-in id always gives the built-in role.
 *
 * <p>Immutable and thread-safe; {@link TeamCategory} behaves the same way.
 */
public final class LeaderRole {

  /** What errors call a value of this type. */
  private static final String WHAT = "leader role";

  /** 县委书记 — county party secretary, captain of the county brigade. */
  public static final LeaderRole COUNTY_PARTY_SECRETARY = define("county-party-secretary", "县委书记", "County party secretary");
  /** 县委副书记 — deputy county party secretary. */
  public static final LeaderRole DEPUTY_COUNTY_SECRETARY = define("deputy-county-secretary", "县委副书记", "Deputy county party secretary");
  /** 县长 — county head. */
  public static final LeaderRole COUNTY_HEAD = define("county-head", "县长", "County head");
  /** 部门负责人 — head of a lead department, who leads a branch. */
  public static final LeaderRole DEPARTMENT_HEAD = define("department-head", "部门负责人", "Department head");
  /** 乡镇党委书记 — township party secretary, who leads a post's team. */
  public static final LeaderRole TOWNSHIP_PARTY_SECRETARY = define("township-party-secretary", "乡镇党委书记", "Township party secretary");
  /** 村党支部书记 — village (or community) party secretary, who leads a station's team. */
  public static final LeaderRole VILLAGE_SECRETARY = define("village-secretary", "村党支部书记", "Village party secretary");

  private static final Vocabulary<LeaderRole> VOCABULARY = new Vocabulary<>(WHAT, "museum-head",
      r -> r.term, LeaderRole::new, List.of(COUNTY_PARTY_SECRETARY, DEPUTY_COUNTY_SECRETARY, COUNTY_HEAD,
      DEPARTMENT_HEAD, TOWNSHIP_PARTY_SECRETARY, VILLAGE_SECRETARY));

  private final Term term;

  private LeaderRole(Term term) {
    this.term = term;
  }

  private static LeaderRole define(String id, String chinese, String english) {
    return new LeaderRole(Term.of(WHAT, id, id, chinese, english));
  }

  /**
   * Obtains a role from its id and names: the built-in role of a built-in id (the names are
   * checked, not kept), or a host's own.
   *
   * @param id a stable kebab-case id, such as {@code museum-head}, not null
   * @param chinese the Chinese name, such as {@code 馆长}, not null or blank
   * @param english the English name, such as {@code Museum head}, not null or blank
   * @return the role, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is not lower-case kebab-case words joined by dots
   *     ("leader role id …") or a name is blank ("leader role … needs a Chinese and an English name")
   */
  public static LeaderRole of(String id, String chinese, String english) {
    return VOCABULARY.of(id, chinese, english);
  }

  /** Returns every built-in role, from the county's down to the village's. */
  public static List<LeaderRole> builtIn() {
    return VOCABULARY.builtIn();
  }

  /**
   * Finds a built-in role by its Chinese name, such as {@code 村党支部书记}; surrounding white
   * space is ignored.
   *
   * @param chinese the name, not null
   * @return the role, or empty
   * @throws NullPointerException if the name is null
   */
  public static Optional<LeaderRole> byChinese(String chinese) {
    return VOCABULARY.byChinese(chinese);
  }

  /** Returns the stable id, such as {@code village-secretary}. */
  public String id() {
    return term.id();
  }

  /** Returns the Chinese name, such as {@code 村党支部书记}. */
  public String chinese() {
    return term.chinese();
  }

  /** Returns the English name, such as {@code Village party secretary}. */
  public String english() {
    return term.english();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LeaderRole other && term.equals(other.term);
  }

  @Override
  public int hashCode() {
    return term.hashCode();
  }

  /** Returns the id and the Chinese name, such as {@code village-secretary 村党支部书记}. */
  @Override
  public String toString() {
    return term.toString();
  }
}
