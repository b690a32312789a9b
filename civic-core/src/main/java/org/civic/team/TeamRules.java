package org.civic.team;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.civic.site.SiteLevel;

/**
 * The rules a county's teams are checked against — 队伍组建规则: a {@link TeamFormula}, the
 * county's {@link TeamLadder} of tiers, where a team may sit ({@link TeamPlacement}), a rule for
 * the top team and for branches, a rule for the local teams of each site level, the site levels
 * where every site must have a team, and the site levels where every site must have a volunteer
 * grid group (志愿网格小组).
 *
 * <p>Defaults ({@link #of(TeamFormula)}), as in the source's pilot county (1+10+N): the default
 * ladder 总队 → 分队 → 小队; a team may sit under another team of its site, of its site's parent
 * site, of any site above, or directly under the brigade (every {@link TeamPlacement}); the
 * brigade led by the county party secretary; each branch led by the head of its lead department;
 * a post's team at least 10 people led by the township party secretary; a station's team at least
 * 5 led by the village secretary; every post and station has a team; no level must have grid
 * groups (a county that builds grids requires them with {@link #withGridsRequiredAt}), and every
 * grid group has an information officer. All configurable.
 *
 * <p>Immutable and thread-safe.
 */
public final class TeamRules {

  private final TeamFormula formula;
  private final TeamRule brigade;
  private final TeamRule branch;
  private final Map<SiteLevel, TeamRule> squads;
  private final Set<SiteLevel> teamRequiredAt;
  private final TeamLadder ladder;
  private final Set<TeamPlacement> placements;
  private final Set<SiteLevel> gridsRequiredAt;

  private TeamRules(TeamFormula formula, TeamRule brigade, TeamRule branch, Map<SiteLevel, TeamRule> squads,
      Set<SiteLevel> teamRequiredAt, TeamLadder ladder, Set<TeamPlacement> placements,
      Set<SiteLevel> gridsRequiredAt) {
    this.formula = formula;
    this.brigade = brigade;
    this.branch = branch;
    this.squads = squads;
    this.teamRequiredAt = Collections.unmodifiableSet(teamRequiredAt);
    this.ladder = ladder;
    this.placements = Collections.unmodifiableSet(placements);
    this.gridsRequiredAt = Collections.unmodifiableSet(gridsRequiredAt);
  }

  private TeamRules copy(TeamRule brigade, TeamRule branch, Map<SiteLevel, TeamRule> squads,
      Set<SiteLevel> teamRequiredAt, TeamLadder ladder, Set<TeamPlacement> placements,
      Set<SiteLevel> gridsRequiredAt) {
    return new TeamRules(formula, brigade, branch, squads, teamRequiredAt, ladder, placements, gridsRequiredAt);
  }

  /**
   * Returns the default rules (see the class description) for a formula.
   *
   * @param formula the formula, not null
   * @return the rules, not null
   */
  public static TeamRules of(TeamFormula formula) {
    Objects.requireNonNull(formula, "formula");
    Map<SiteLevel, TeamRule> squads = new EnumMap<>(SiteLevel.class);
    squads.put(SiteLevel.POST, TeamRule.of(10, LeaderRole.TOWNSHIP_PARTY_SECRETARY));
    squads.put(SiteLevel.STATION, TeamRule.of(5, LeaderRole.VILLAGE_SECRETARY));
    return new TeamRules(formula, TeamRule.of(1, LeaderRole.COUNTY_PARTY_SECRETARY),
        TeamRule.of(1, LeaderRole.DEPARTMENT_HEAD), squads, EnumSet.of(SiteLevel.POST, SiteLevel.STATION),
        TeamLadder.defaults(), EnumSet.allOf(TeamPlacement.class), EnumSet.noneOf(SiteLevel.class));
  }

  /** Returns the formula. */
  public TeamFormula formula() {
    return formula;
  }

  /** Returns the county's ladder of tiers. */
  public TeamLadder ladder() {
    return ladder;
  }

  /** Returns the ways a team may sit under its parent team. */
  public Set<TeamPlacement> placements() {
    return placements;
  }

  /** Returns the site levels where every site must have at least one grid group. */
  public Set<SiteLevel> gridsRequiredAt() {
    return gridsRequiredAt;
  }

  /** Returns the top team's rule (the brigade's, on the default ladder). */
  public TeamRule brigade() {
    return brigade;
  }

  /** Returns the branches' rule. */
  public TeamRule branch() {
    return branch;
  }

  /**
   * Returns the rule for the local teams of sites at a level, if there is one. It applies to a
   * site's own teams: those not under another team of the same site.
   */
  public Optional<TeamRule> squadAt(SiteLevel level) {
    return Optional.ofNullable(squads.get(Objects.requireNonNull(level, "level")));
  }

  /** Returns the site levels where every site must have a team. */
  public Set<SiteLevel> teamRequiredAt() {
    return teamRequiredAt;
  }

  /**
   * Returns a copy with another formula, every other rule kept.
   *
   * @param formula the formula, not null
   * @return the copy, not null
   */
  public TeamRules withFormula(TeamFormula formula) {
    return new TeamRules(Objects.requireNonNull(formula, "formula"), brigade, branch, squads, teamRequiredAt, ladder,
        placements, gridsRequiredAt);
  }

  /** Returns a copy with another brigade rule. */
  public TeamRules withBrigade(TeamRule rule) {
    return copy(Objects.requireNonNull(rule, "rule"), branch, squads, teamRequiredAt, ladder, placements,
        gridsRequiredAt);
  }

  /** Returns a copy with another branch rule. */
  public TeamRules withBranch(TeamRule rule) {
    return copy(brigade, Objects.requireNonNull(rule, "rule"), squads, teamRequiredAt, ladder, placements,
        gridsRequiredAt);
  }

  /** Returns a copy with another rule for the squads of sites at a level. */
  public TeamRules withSquadRule(SiteLevel level, TeamRule rule) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(rule, "rule");
    Map<SiteLevel, TeamRule> copy = new EnumMap<>(squads);
    copy.put(level, rule);
    return copy(brigade, branch, copy, teamRequiredAt, ladder, placements, gridsRequiredAt);
  }

  /** Returns a copy with the site levels where every site must have a team. */
  public TeamRules withTeamRequiredAt(Set<SiteLevel> levels) {
    Objects.requireNonNull(levels, "levels");
    return copy(brigade, branch, squads, levels(levels), ladder, placements, gridsRequiredAt);
  }

  /**
   * Returns a copy with a county's ladder of tiers.
   *
   * @param ladder the ladder, not null
   * @return the copy, not null
   */
  public TeamRules withLadder(TeamLadder ladder) {
    return copy(brigade, branch, squads, teamRequiredAt, Objects.requireNonNull(ladder, "ladder"), placements,
        gridsRequiredAt);
  }

  /**
   * Returns a copy with the ways a team may sit under its parent team: {@code EnumSet.of(SAME_SITE,
   * PARENT_SITE)} nests teams strictly along the sites, {@code EnumSet.of(SAME_SITE, TOP)} hangs
   * every site's team under the brigade.
   *
   * @param placements the allowed ways, at least one, not null
   * @return the copy, not null
   * @throws IllegalArgumentException if the set is empty
   */
  public TeamRules withPlacements(Set<TeamPlacement> placements) {
    Objects.requireNonNull(placements, "placements");
    if (placements.isEmpty()) {
      throw new IllegalArgumentException("at least one team placement must be allowed");
    }
    return copy(brigade, branch, squads, teamRequiredAt, ladder, EnumSet.copyOf(placements), gridsRequiredAt);
  }

  /**
   * Returns a copy with the site levels where every site must have at least one grid group, such
   * as {@code Set.of(SiteLevel.STATION)}.
   *
   * @param levels the levels, not null
   * @return the copy, not null
   */
  public TeamRules withGridsRequiredAt(Set<SiteLevel> levels) {
    return copy(brigade, branch, squads, teamRequiredAt, ladder, placements, levels(levels));
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof TeamRules r && formula.equals(r.formula) && brigade.equals(r.brigade) && branch.equals(r.branch)
        && squads.equals(r.squads) && teamRequiredAt.equals(r.teamRequiredAt) && ladder.equals(r.ladder)
        && placements.equals(r.placements) && gridsRequiredAt.equals(r.gridsRequiredAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(formula, brigade, branch, squads, teamRequiredAt, ladder, placements, gridsRequiredAt);
  }

  @Override
  public String toString() {
    return "TeamRules[" + formula + " on " + ladder + ", placements " + placements + ", teams at " + teamRequiredAt
        + ", grids at " + gridsRequiredAt + "]";
  }

  private static Set<SiteLevel> levels(Set<SiteLevel> levels) {
    Objects.requireNonNull(levels, "levels");
    return levels.isEmpty() ? EnumSet.noneOf(SiteLevel.class) : EnumSet.copyOf(levels);
  }
}
