package org.civic.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civic.site.SiteLevel;
import org.junit.jupiter.api.Test;

/** The rules a team structure is checked against: the defaults, and each with-er changing one rule. */
class TeamRulesTest {

  private static final TeamFormula FORMULA = TeamFormula.parse("1+10+N");
  private static final TeamRules DEFAULTS = TeamRules.of(FORMULA);

  @Test
  void theDefaults() {
    assertThat(DEFAULTS.formula()).isEqualTo(FORMULA);
    assertThat(DEFAULTS.brigade()).isEqualTo(TeamRule.of(1, LeaderRole.COUNTY_PARTY_SECRETARY));
    assertThat(DEFAULTS.branch()).isEqualTo(TeamRule.of(1, LeaderRole.DEPARTMENT_HEAD));
    assertThat(DEFAULTS.squadAt(SiteLevel.POST)).contains(TeamRule.of(10, LeaderRole.TOWNSHIP_PARTY_SECRETARY));
    assertThat(DEFAULTS.squadAt(SiteLevel.STATION)).contains(TeamRule.of(5, LeaderRole.VILLAGE_SECRETARY));
    assertThat(DEFAULTS.squadAt(SiteLevel.CENTER)).isEmpty();
    assertThat(DEFAULTS.teamRequiredAt()).containsExactlyInAnyOrder(SiteLevel.POST, SiteLevel.STATION);
    assertThat(DEFAULTS.ladder()).isEqualTo(TeamLadder.defaults());
    assertThat(DEFAULTS.placements()).containsExactlyInAnyOrder(TeamPlacement.values());
    assertThat(DEFAULTS.gridsRequiredAt()).isEmpty();
    assertThat(DEFAULTS).isEqualTo(TeamRules.of(TeamFormula.parse("1+10+N")))
        .hasSameHashCodeAs(TeamRules.of(TeamFormula.parse("1+10+N")));
    assertThat(DEFAULTS.toString()).startsWith("TeamRules[").contains("placements").contains("grids at []");
    assertThatThrownBy(() -> DEFAULTS.teamRequiredAt().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> DEFAULTS.placements().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void eachWitherChangesItsRuleAlone() {
    TeamFormula other = TeamFormula.parse("1+12+N");
    TeamRule rule = TeamRule.of(3, LeaderRole.VILLAGE_SECRETARY);
    TeamLadder ladder = TeamLadder.withoutBranches(List.of(TeamTier.BRIGADE, TeamTier.SQUAD));
    List<TeamRules> changed = List.of(
        DEFAULTS.withFormula(other),
        DEFAULTS.withBrigade(rule),
        DEFAULTS.withBranch(rule),
        DEFAULTS.withSquadRule(SiteLevel.STATION, rule),
        DEFAULTS.withTeamRequiredAt(Set.of(SiteLevel.STATION)),
        DEFAULTS.withLadder(ladder),
        DEFAULTS.withPlacements(Set.of(TeamPlacement.SAME_SITE)),
        DEFAULTS.withGridsRequiredAt(Set.of(SiteLevel.STATION)));
    for (TeamRules r : changed) {
      assertThat(r).isNotEqualTo(DEFAULTS);
      assertThat(r.hashCode()).isNotEqualTo(DEFAULTS.hashCode());
    }
    assertThat(changed.get(0).formula()).isEqualTo(other);
    assertThat(changed.get(0).brigade()).isEqualTo(DEFAULTS.brigade());
    assertThat(changed.get(1).brigade()).isEqualTo(rule);
    assertThat(changed.get(1).branch()).isEqualTo(DEFAULTS.branch());
    assertThat(changed.get(1).formula()).isEqualTo(FORMULA);
    assertThat(changed.get(2).branch()).isEqualTo(rule);
    assertThat(changed.get(2).brigade()).isEqualTo(DEFAULTS.brigade());
    assertThat(changed.get(3).squadAt(SiteLevel.STATION)).contains(rule);
    assertThat(changed.get(3).squadAt(SiteLevel.POST)).isEqualTo(DEFAULTS.squadAt(SiteLevel.POST));
    assertThat(DEFAULTS.squadAt(SiteLevel.STATION)).as("the original is unchanged")
        .contains(TeamRule.of(5, LeaderRole.VILLAGE_SECRETARY));
    assertThat(changed.get(4).teamRequiredAt()).containsExactly(SiteLevel.STATION);
    assertThat(changed.get(5).ladder()).isEqualTo(ladder);
    assertThat(changed.get(5).placements()).isEqualTo(DEFAULTS.placements());
    assertThat(changed.get(6).placements()).containsExactly(TeamPlacement.SAME_SITE);
    assertThat(changed.get(7).gridsRequiredAt()).containsExactly(SiteLevel.STATION);
    assertThat(changed.get(7).teamRequiredAt()).isEqualTo(DEFAULTS.teamRequiredAt());
    assertThat(DEFAULTS.withTeamRequiredAt(Set.of()).teamRequiredAt()).isEmpty();
    assertThat(DEFAULTS.withGridsRequiredAt(EnumSet.noneOf(SiteLevel.class)).gridsRequiredAt()).isEmpty();
    assertThat(DEFAULTS).isNotEqualTo("rules");
  }

  @Test
  void atLeastOnePlacementIsAllowed() {
    assertThatThrownBy(() -> DEFAULTS.withPlacements(Set.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at least one team placement must be allowed");
    assertThat(TeamRule.of(2, LeaderRole.DEPARTMENT_HEAD).leaderRole()).isEqualTo(Optional.of(LeaderRole.DEPARTMENT_HEAD));
  }
}
