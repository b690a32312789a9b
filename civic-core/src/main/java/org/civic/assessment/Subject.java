package org.civic.assessment;

import java.util.Locale;
import java.util.Objects;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.team.Team;
import org.civic.team.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * What is assessed — 测评对象: a practice site, or a volunteer team (the annual assessment covers
 * teams, centers and posts, and stations, each by category); with its id, name and the site level
 * whose sub-items apply (a team's is its site's level).
 *
 * <p>Immutable and thread-safe.
 */
public final class Subject {

  /** The kinds of subject — 测评对象的种类. */
  public enum Kind {
    /** A practice site (阵地). */
    SITE,
    /** A volunteer team (志愿服务队伍). */
    TEAM
  }

  private final Kind kind;
  private final String id;
  private final String name;
  private final SiteLevel level;

  private Subject(Kind kind, String id, String name, SiteLevel level) {
    this.kind = kind;
    this.id = id;
    this.name = name;
    this.level = level;
  }

  /**
   * Obtains the subject of a site.
   *
   * @param site the site, not null
   * @return the subject, not null
   */
  public static Subject of(Site site) {
    Objects.requireNonNull(site, "site");
    return new Subject(Kind.SITE, site.id().value(), site.name(), site.level());
  }

  /**
   * Obtains the subject of a site by id, name and level.
   *
   * @param id the site's id, not null
   * @param name its name, not null or blank
   * @param level its level, not null
   * @return the subject, not null
   */
  public static Subject site(SiteId id, String name, SiteLevel level) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(level, "level");
    return new Subject(Kind.SITE, id.value(), Names.check("name of site " + id, name), level);
  }

  /**
   * Obtains the subject of a team.
   *
   * @param team the team, not null
   * @param level the level of the team's site, whose sub-items apply, not null
   * @return the subject, not null
   */
  public static Subject of(Team team, SiteLevel level) {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(level, "level");
    return new Subject(Kind.TEAM, team.id().value(), team.name(), level);
  }

  /**
   * Obtains the subject of a team by id, name and the level of its site.
   *
   * @param id the team's id, not null
   * @param name its name, not null or blank
   * @param level the level of the team's site, whose sub-items apply, not null
   * @return the subject, not null
   */
  public static Subject team(TeamId id, String name, SiteLevel level) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(level, "level");
    return new Subject(Kind.TEAM, id.value(), Names.check("name of team " + id, name), level);
  }

  /** Returns the kind. */
  public Kind kind() {
    return kind;
  }

  /** Returns the site's or team's id, as text. */
  public String id() {
    return id;
  }

  /** Returns the name. */
  public String name() {
    return name;
  }

  /** Returns the site level whose sub-items apply. */
  public SiteLevel level() {
    return level;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Subject other && kind == other.kind && id.equals(other.id) && name.equals(other.name)
        && level == other.level;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, id, name, level);
  }

  /** Returns such as {@code site yz-103 神垕镇新时代文明实践所 (POST)}. */
  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + " " + id + " " + name + " (" + level + ")";
  }
}
