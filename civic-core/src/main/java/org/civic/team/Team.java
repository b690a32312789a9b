package org.civic.team;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.civic.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * A volunteer team — 志愿服务队伍: its tier (总队, 支队, 大队, 分队, 小队, 服务点 or a county's own
 * {@link TeamTier}), name, category, the site it belongs to, the team above it, its leader and how
 * many members it has (leader included), and the organisations that take part in it (1+N). Teams form a tree of any depth along a county's
 * {@link TeamLadder}: see {@link TeamTree} and {@link TeamStructure}.
 *
 * <p>Immutable and thread-safe. Obtain one with {@link #builder}:
 * <pre>{@code
 * Team brigade = Team.builder(TeamId.of("yz-brigade"), "禹州市新时代文明实践志愿服务总队",
 *         TeamTier.BRIGADE, SiteId.of("yz-center"))
 *     .leader(new Leader("王某", LeaderRole.COUNTY_PARTY_SECRETARY))
 *     .members(42)
 *     .build();
 * }</pre>
 */
public final class Team {

  private final TeamId id;
  private final String name;
  private final TeamTier tier;
  private final @Nullable TeamCategory category;
  private final SiteId site;
  private final @Nullable TeamId parent;
  private final @Nullable Leader leader;
  private final int members;
  private final SortedSet<OrganisationId> organisations;

  private Team(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.tier = b.tier;
    this.category = b.category;
    this.site = b.site;
    this.parent = b.parent;
    this.leader = b.leader;
    this.members = b.members;
    this.organisations = b.organisations.isEmpty() ? Collections.emptySortedSet()
        : Collections.unmodifiableSortedSet(new TreeSet<>(b.organisations));
  }

  /**
   * Starts a team.
   *
   * @param id the id, not null
   * @param name the name, not null or blank
   * @param tier the tier, not null
   * @param site the site the team belongs to, not null
   * @return a builder, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Builder builder(TeamId id, String name, TeamTier tier, SiteId site) {
    return new Builder(id, name, tier, site);
  }

  /** Returns the id. */
  public TeamId id() {
    return id;
  }

  /** Returns the name. */
  public String name() {
    return name;
  }

  /** Returns the tier. */
  public TeamTier tier() {
    return tier;
  }

  /** Returns the category, if the team has one (a branch should). */
  public Optional<TeamCategory> category() {
    return Optional.ofNullable(category);
  }

  /** Returns the site the team belongs to. */
  public SiteId site() {
    return site;
  }

  /** Returns the team above this one, if any (the top team has none). */
  public Optional<TeamId> parent() {
    return Optional.ofNullable(parent);
  }

  /** Returns the leader, if the team has one. */
  public Optional<Leader> leader() {
    return Optional.ofNullable(leader);
  }

  /** Returns the number of members, leader included. */
  public int members() {
    return members;
  }

  /**
   * Returns the organisations that take part in this team (the "N" of "1+N": registered volunteer
   * and social organisations serving as or within the team), in id order.
   */
  public SortedSet<OrganisationId> organisations() {
    return organisations;
  }

  /** Returns a builder holding this team's values, to make a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(id, name, tier, site).members(members);
    b.organisations.addAll(organisations);
    b.category = category;
    b.parent = parent;
    b.leader = leader;
    return b;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Team t && id.equals(t.id) && name.equals(t.name) && tier.equals(t.tier)
        && Objects.equals(category, t.category) && site.equals(t.site) && Objects.equals(parent, t.parent)
        && Objects.equals(leader, t.leader) && members == t.members && organisations.equals(t.organisations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, tier, category, site, parent, leader, members, organisations);
  }

  @Override
  public String toString() {
    return tier + " " + id + " " + name + " @" + site + " (" + members + " members)";
  }

  /** Builds a {@link Team}; not thread-safe. */
  public static final class Builder {
    private final TeamId id;
    private final String name;
    private final TeamTier tier;
    private final SiteId site;
    private @Nullable TeamCategory category;
    private @Nullable TeamId parent;
    private @Nullable Leader leader;
    private int members;
    private final Set<OrganisationId> organisations = new TreeSet<>();

    private Builder(TeamId id, String name, TeamTier tier, SiteId site) {
      this.id = Objects.requireNonNull(id, "id");
      this.name = Objects.requireNonNull(name, "name");
      this.tier = Objects.requireNonNull(tier, "tier");
      this.site = Objects.requireNonNull(site, "site");
      if (name.isBlank()) {
        throw new IllegalArgumentException("team " + id + " needs a name");
      }
    }

    /** Sets the category. */
    public Builder category(TeamCategory category) {
      this.category = Objects.requireNonNull(category, "category");
      return this;
    }

    /** Sets the team above this one. */
    public Builder parent(TeamId parent) {
      this.parent = Objects.requireNonNull(parent, "parent");
      return this;
    }

    /** Sets the leader. */
    public Builder leader(Leader leader) {
      this.leader = Objects.requireNonNull(leader, "leader");
      return this;
    }

    /** Adds an organisation that takes part in the team (again is once). */
    public Builder organisation(OrganisationId organisation) {
      organisations.add(Objects.requireNonNull(organisation, "organisation"));
      return this;
    }

    /**
     * Sets the number of members, leader included.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder members(int members) {
      if (members < 0) {
        throw new IllegalArgumentException("team " + id + " cannot have " + members + " members");
      }
      this.members = members;
      return this;
    }

    /**
     * Builds the team.
     *
     * @return the team, not null
     * @throws IllegalArgumentException if a brigade (总队, the general brigade on every ladder) has a
     *     parent or the team is its own parent
     */
    public Team build() {
      if (tier.equals(TeamTier.BRIGADE) && parent != null) {
        throw new IllegalArgumentException("brigade " + id + " cannot have a parent team (" + parent + ")");
      }
      if (id.equals(parent)) {
        throw new IllegalArgumentException("team " + id + " names itself as its parent");
      }
      return new Team(this);
    }
  }
}
