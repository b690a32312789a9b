package org.civic.site;

import java.util.Objects;
import java.util.Optional;
import org.civic.division.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * A practice site — 实践阵地: a center (中心), sub-center (分中心), post (所), station (站) or point
 * (点), with an id, a name and the division it stands on. Sub-centers and points name their
 * parent site; centers, posts and stations find theirs through the divisions.
 *
 * <p>Whether the site fits its division (a post on a township, a station on a village, …) and
 * its parent is checked by {@link org.civic.hierarchy.HierarchyBuilder}, which sees them all.
 *
 * <p>A site carries its {@link SiteFacts} for the six-haves standard — unknown unless set with
 * {@link #withFacts}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Site implements Checkable {

  private final SiteId id;
  private final String name;
  private final SiteLevel level;
  private final DivisionCode division;
  private final @Nullable SiteId parent;
  private final SiteFacts facts;

  private Site(SiteId id, String name, SiteLevel level, DivisionCode division, @Nullable SiteId parent,
      SiteFacts facts) {
    this.id = id;
    this.name = name;
    this.level = level;
    this.division = division;
    this.parent = parent;
    this.facts = facts;
  }

  /**
   * Obtains a site of any level.
   *
   * @param id the id, not null
   * @param name the name, not null or blank
   * @param level the level, not null
   * @param division the division it stands on, not null
   * @param parent the parent site: required for sub-centers and points, empty for the others;
   *     not null
   * @return the site, not null
   * @throws IllegalArgumentException if the name is blank or the parent is missing or not allowed
   */
  public static Site of(SiteId id, String name, SiteLevel level, DivisionCode division,
      Optional<SiteId> parent) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(division, "division");
    Objects.requireNonNull(parent, "parent");
    if (name.isBlank()) {
      throw new IllegalArgumentException("site " + id + " has a blank name");
    }
    if (level.needsParent() && parent.isEmpty()) {
      throw new IllegalArgumentException("site " + id + " is a " + level + " and needs a parent site");
    }
    if (!level.needsParent() && parent.isPresent()) {
      throw new IllegalArgumentException("site " + id + " is a " + level
          + " and takes its parent from its division, not from parent " + parent.get());
    }
    if (parent.isPresent() && parent.get().equals(id)) {
      throw new IllegalArgumentException("site " + id + " names itself as its parent");
    }
    return new Site(id, name, level, division, parent.orElse(null), SiteFacts.unknown());
  }

  /** Obtains a center (中心) on a county-level division (or a city). See {@link #of}. */
  public static Site center(SiteId id, String name, DivisionCode division) {
    return of(id, name, SiteLevel.CENTER, division, Optional.empty());
  }

  /** Obtains a post (所) on a township-level division. See {@link #of}. */
  public static Site post(SiteId id, String name, DivisionCode division) {
    return of(id, name, SiteLevel.POST, division, Optional.empty());
  }

  /** Obtains a station (站) on a village-level division. See {@link #of}. */
  public static Site station(SiteId id, String name, DivisionCode division) {
    return of(id, name, SiteLevel.STATION, division, Optional.empty());
  }

  /** Obtains a sub-center (分中心) under a center. See {@link #of}. */
  public static Site subCenter(SiteId id, String name, DivisionCode division, SiteId center) {
    return of(id, name, SiteLevel.SUB_CENTER, division, Optional.of(center));
  }

  /** Obtains a point (点) under a station or a post. See {@link #of}. */
  public static Site point(SiteId id, String name, DivisionCode division, SiteId parent) {
    return of(id, name, SiteLevel.POINT, division, Optional.of(parent));
  }

  /** Returns the id. */
  public SiteId id() {
    return id;
  }

  /** Returns the name. */
  public String name() {
    return name;
  }

  /** Returns the level. */
  @Override
  public SiteLevel level() {
    return level;
  }

  /** Returns the code of the division the site stands on. */
  public DivisionCode division() {
    return division;
  }

  /** Returns the declared parent site: present for sub-centers and points, empty otherwise. */
  public Optional<SiteId> parent() {
    return Optional.ofNullable(parent);
  }

  /** Returns what is known of the site for the six-haves standard; unknown by default. */
  @Override
  public SiteFacts facts() {
    return facts;
  }

  /** Returns the id, as {@link Checkable} asks. */
  @Override
  public Optional<SiteId> siteId() {
    return Optional.of(id);
  }

  /**
   * Returns a copy of this site with other facts.
   *
   * @param facts the facts, not null
   * @return the copy, or this site if the facts are the same
   */
  public Site withFacts(SiteFacts facts) {
    Objects.requireNonNull(facts, "facts");
    return this.facts.equals(facts) ? this : new Site(id, name, level, division, parent, facts);
  }

  /**
   * Returns a copy of this site with another name.
   *
   * @param name the name, not null or blank
   * @return the copy, or this site if the name is the same
   */
  public Site withName(String name) {
    if (this.name.equals(name)) {
      return this;
    }
    return of(id, name, level, division, parent()).withFacts(facts);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Site other
        && id.equals(other.id)
        && name.equals(other.name)
        && level == other.level
        && division.equals(other.division)
        && Objects.equals(parent, other.parent)
        && facts.equals(other.facts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, level, division, parent, facts);
  }

  /** Returns {@code LEVEL id name @division}. */
  @Override
  public String toString() {
    return level + " " + id + " " + name + " @" + division + (parent == null ? "" : " under " + parent);
  }
}
