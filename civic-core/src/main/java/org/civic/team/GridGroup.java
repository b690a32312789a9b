package org.civic.team;

import java.util.Objects;
import java.util.Optional;
import org.civic.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * A volunteer grid group — 志愿网格小组: a small group of volunteers responsible for one grid
 * (网格) of a village or township, formed under a station or post, with an information officer
 * (信息员) chosen among the volunteers who takes charge of the grid's volunteer service. The
 * source's pilot towns set one up in every party-group grid (党小组志愿网格).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * GridGroup g = GridGroup.of(GridId.of("g-103201-1"), "大刘庄村第一志愿网格小组", SiteId.of("yz-103201"),
 *     Optional.of("张某"), 6);
 * }</pre>
 */
public final class GridGroup {

  private final GridId id;
  private final String name;
  private final SiteId site;
  private final @Nullable String officer;
  private final int members;

  private GridGroup(GridId id, String name, SiteId site, @Nullable String officer, int members) {
    this.id = id;
    this.name = name;
    this.site = site;
    this.officer = officer;
    this.members = members;
  }

  /**
   * Obtains a grid group.
   *
   * @param id the id, not null
   * @param name the name, not null or blank
   * @param site the station or post it is formed under, not null
   * @param officer the name of its information officer (信息员), empty if it has none, not null
   * @param members how many volunteers it has, officer included, 0 or more
   * @return the group, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name or the officer's name is blank, or members is
   *     negative; the message names the group
   */
  public static GridGroup of(GridId id, String name, SiteId site, Optional<String> officer, int members) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(officer, "officer");
    if (name.isBlank()) {
      throw new IllegalArgumentException("grid group " + id + " needs a name");
    }
    if (officer.isPresent() && officer.get().isBlank()) {
      throw new IllegalArgumentException("grid group " + id + ": the information officer needs a name (or none)");
    }
    if (members < 0) {
      throw new IllegalArgumentException("grid group " + id + " cannot have " + members + " members");
    }
    return new GridGroup(id, name, site, officer.orElse(null), members);
  }

  /** Returns the id. */
  public GridId id() {
    return id;
  }

  /** Returns the name. */
  public String name() {
    return name;
  }

  /** Returns the station or post the group is formed under. */
  public SiteId site() {
    return site;
  }

  /** Returns the name of the information officer (信息员), if the group has one. */
  public Optional<String> officer() {
    return Optional.ofNullable(officer);
  }

  /** Returns the number of volunteers, officer included. */
  public int members() {
    return members;
  }

  /**
   * Returns a copy of this group with an information officer.
   *
   * @param name the officer's name, not null or blank
   * @return the copy, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public GridGroup withOfficer(String name) {
    Objects.requireNonNull(name, "name");
    return name.equals(officer) ? this : of(id, this.name, site, Optional.of(name), members);
  }

  /** Returns a copy of this group without an information officer. */
  public GridGroup withoutOfficer() {
    return officer == null ? this : new GridGroup(id, name, site, null, members);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GridGroup g && id.equals(g.id) && name.equals(g.name) && site.equals(g.site)
        && Objects.equals(officer, g.officer) && members == g.members;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, site, officer, members);
  }

  @Override
  public String toString() {
    return "grid " + id + " " + name + " @" + site + " (" + members + " members, officer "
        + (officer == null ? "none" : officer) + ")";
  }
}
