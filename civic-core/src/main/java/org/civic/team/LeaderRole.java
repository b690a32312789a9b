package org.civic.team;

import java.util.List;
import java.util.Objects;
import org.civic.standard.Requirement;
import org.jspecify.annotations.Nullable;

/**
 * The role of a team's leader — 负责人职务: the three-level responsibility of party secretaries
 * (三级书记负责制) and the heads who lead branches, or a host's own ({@link #of}). Two roles are
 * equal when their ids are.
 *
 * <p>Immutable and thread-safe.
 */
public final class LeaderRole {

  /** 县委书记 — county party secretary, captain of the county brigade. */
  public static final LeaderRole COUNTY_PARTY_SECRETARY = new LeaderRole("county-party-secretary", "县委书记", "County party secretary");
  /** 县委副书记 — deputy county party secretary. */
  public static final LeaderRole DEPUTY_COUNTY_SECRETARY = new LeaderRole("deputy-county-secretary", "县委副书记", "Deputy county party secretary");
  /** 县长 — county head. */
  public static final LeaderRole COUNTY_HEAD = new LeaderRole("county-head", "县长", "County head");
  /** 部门负责人 — head of a lead department, who leads a branch. */
  public static final LeaderRole DEPARTMENT_HEAD = new LeaderRole("department-head", "部门负责人", "Department head");
  /** 乡镇党委书记 — township party secretary, who leads a post's team. */
  public static final LeaderRole TOWNSHIP_PARTY_SECRETARY = new LeaderRole("township-party-secretary", "乡镇党委书记", "Township party secretary");
  /** 村党支部书记 — village (or community) party secretary, who leads a station's team. */
  public static final LeaderRole VILLAGE_SECRETARY = new LeaderRole("village-secretary", "村党支部书记", "Village party secretary");

  private static final List<LeaderRole> BUILT_IN = List.of(COUNTY_PARTY_SECRETARY, DEPUTY_COUNTY_SECRETARY,
      COUNTY_HEAD, DEPARTMENT_HEAD, TOWNSHIP_PARTY_SECRETARY, VILLAGE_SECRETARY);

  private final String id;
  private final String chinese;
  private final String english;

  private LeaderRole(String id, String chinese, String english) {
    this.id = id;
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * Obtains a role of a host's own (or a built-in one, by its id).
   *
   * @param id a stable kebab-case id, not null
   * @param chinese the Chinese name, not null or blank
   * @param english the English name, not null or blank
   * @return the role, not null
   * @throws IllegalArgumentException if the id is not kebab-case or a name is blank
   */
  public static LeaderRole of(String id, String chinese, String english) {
    Requirement.checkId(id);
    Objects.requireNonNull(chinese, "chinese");
    Objects.requireNonNull(english, "english");
    if (chinese.isBlank() || english.isBlank()) {
      throw new IllegalArgumentException("leader role " + id + " needs a Chinese and an English name");
    }
    return BUILT_IN.stream().filter(r -> r.id.equals(id)).findFirst()
        .orElseGet(() -> new LeaderRole(id, chinese, english));
  }

  /** Returns the built-in roles. */
  public static List<LeaderRole> builtIn() {
    return BUILT_IN;
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
    return o instanceof LeaderRole other && id.equals(other.id);
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
