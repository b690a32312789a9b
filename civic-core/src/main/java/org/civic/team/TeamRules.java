package org.civic.team;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.civic.site.SiteLevel;

/**
 * The rules a county's teams are checked against — 队伍组建规则: a {@link TeamFormula}, a rule
 * for the brigade and for branches, a rule for the squads of each site level, and the site
 * levels where every site must have a team.
 *
 * <p>Defaults ({@link #of(TeamFormula)}), as in the source's pilot county (1+10+N): the brigade
 * led by the county party secretary; each branch led by the head of its lead department; a
 * post's squad at least 10 people led by the township party secretary; a station's squad at
 * least 5 led by the village secretary; every post and station has a team. All configurable.
 *
 * <p>Immutable and thread-safe.
 */
public final class TeamRules {

  private final TeamFormula formula;
  private final TeamRule brigade;
  private final TeamRule branch;
  private final Map<SiteLevel, TeamRule> squads;
  private final Set<SiteLevel> teamRequiredAt;

  private TeamRules(TeamFormula formula, TeamRule brigade, TeamRule branch, Map<SiteLevel, TeamRule> squads,
      Set<SiteLevel> teamRequiredAt) {
    this.formula = formula;
    this.brigade = brigade;
    this.branch = branch;
    this.squads = squads;
    this.teamRequiredAt = java.util.Collections.unmodifiableSet(teamRequiredAt);
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
        TeamRule.of(1, LeaderRole.DEPARTMENT_HEAD), squads, EnumSet.of(SiteLevel.POST, SiteLevel.STATION));
  }

  /** Returns the formula. */
  public TeamFormula formula() {
    return formula;
  }

  /** Returns the brigade's rule. */
  public TeamRule brigade() {
    return brigade;
  }

  /** Returns the branches' rule. */
  public TeamRule branch() {
    return branch;
  }

  /** Returns the rule for squads of sites at a level, if there is one. */
  public Optional<TeamRule> squadAt(SiteLevel level) {
    return Optional.ofNullable(squads.get(Objects.requireNonNull(level, "level")));
  }

  /** Returns the site levels where every site must have a team. */
  public Set<SiteLevel> teamRequiredAt() {
    return teamRequiredAt;
  }

  /** Returns a copy with another brigade rule. */
  public TeamRules withBrigade(TeamRule rule) {
    return new TeamRules(formula, Objects.requireNonNull(rule, "rule"), branch, squads, teamRequiredAt);
  }

  /** Returns a copy with another branch rule. */
  public TeamRules withBranch(TeamRule rule) {
    return new TeamRules(formula, brigade, Objects.requireNonNull(rule, "rule"), squads, teamRequiredAt);
  }

  /** Returns a copy with another rule for the squads of sites at a level. */
  public TeamRules withSquadRule(SiteLevel level, TeamRule rule) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(rule, "rule");
    Map<SiteLevel, TeamRule> copy = new EnumMap<>(squads);
    copy.put(level, rule);
    return new TeamRules(formula, brigade, branch, copy, teamRequiredAt);
  }

  /** Returns a copy with the site levels where every site must have a team. */
  public TeamRules withTeamRequiredAt(Set<SiteLevel> levels) {
    Objects.requireNonNull(levels, "levels");
    Set<SiteLevel> copy = levels.isEmpty() ? EnumSet.noneOf(SiteLevel.class) : EnumSet.copyOf(levels);
    return new TeamRules(formula, brigade, branch, squads, copy);
  }
}
