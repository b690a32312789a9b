package org.civic.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civic.team.PilotCounty.HIERARCHY;
import static org.civic.team.PilotCounty.TAIHE;
import static org.civic.team.PilotCounty.teams;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.List;
import org.civic.division.DivisionCode;
import org.civic.problem.Problem;
import org.junit.jupiter.api.Test;

/**
 * The "N" of "1+N" in the pilot county: a register of participating organisations (volunteer
 * organisations, social organisations and other social forces), counted per division and named by
 * teams.
 */
class OrganisationRegisterTest {

  private static final DivisionCode HESHI = DivisionCode.parse("360826103000");
  private static final DivisionCode SHATIAN = DivisionCode.parse("360826104000");

  /** 213 social organisations (the Yuzhou report's figure) and a few others, most at the county. */
  private static List<Organisation> register() {
    List<Organisation> out = new ArrayList<>();
    for (int i = 0; i < 213; i++) {
      out.add(Organisation.of(OrganisationId.of("so-" + i), "社会组织" + i, OrganisationKind.SOCIAL_ORGANISATION,
          i < 200 ? TAIHE : HESHI));
    }
    for (int i = 0; i < 12; i++) {
      out.add(Organisation.of(OrganisationId.of("vo-" + i), "志愿服务组织" + i, OrganisationKind.VOLUNTEER_ORGANISATION,
          i < 10 ? TAIHE : SHATIAN));
    }
    out.add(Organisation.of(OrganisationId.of("ent-0"), "泰和县供电公司志愿服务队", OrganisationKind.OTHER, HESHI));
    return out;
  }

  @Test
  void countsTheRegisterByKindAtEveryLevel() {
    OrganisationRegister register = OrganisationRegister.of(register());
    assertThat(register.size()).isEqualTo(226);
    OrganisationCounts county = register.counts(HIERARCHY, TAIHE, List.of());
    assertThat(county).isEqualTo(new OrganisationCounts(12, 213, 1, 0));
    assertThat(county.registered()).isEqualTo(226);
    assertThat(county.registered(OrganisationKind.SOCIAL_ORGANISATION)).isEqualTo(213);
    assertThat(register.counts(HIERARCHY, HESHI, List.of())).isEqualTo(new OrganisationCounts(0, 13, 1, 0));
    assertThat(register.counts(HIERARCHY, SHATIAN, List.of())).isEqualTo(new OrganisationCounts(2, 0, 0, 0));
    assertThatThrownBy(() -> register.counts(HIERARCHY, DivisionCode.parse("110101"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("110101");
  }

  @Test
  void countsTheOrganisationsOfTeamsDistinctlyWhereTheTeamsAre() {
    OrganisationRegister register = OrganisationRegister.of(register());
    List<Team> teams = new ArrayList<>();
    for (Team t : teams(true)) {
      Team.Builder b = t.toBuilder();
      if (t.tier().equals(TeamTier.BRIGADE)) {
        b.organisation(OrganisationId.of("so-0")).organisation(OrganisationId.of("vo-0"));
      } else if (HIERARCHY.site(t.site()).orElseThrow().division().toString().startsWith("360826103")) {
        b.organisation(OrganisationId.of("so-0")).organisation(OrganisationId.of("so-205"));
      }
      teams.add(b.build());
    }
    // the brigade's two plus so-205 at 禾市镇 (so-0 counted once though many teams name it)
    assertThat(register.counts(HIERARCHY, TAIHE, teams).inTeams()).isEqualTo(3);
    assertThat(register.counts(HIERARCHY, HESHI, teams).inTeams()).isEqualTo(2);
    assertThat(register.counts(HIERARCHY, SHATIAN, teams).inTeams()).isZero();
  }

  @Test
  void aTeamNamingAnUnlistedOrganisationIsReportedOncePerOrganisation() {
    OrganisationRegister register = OrganisationRegister.of(register());
    List<Team> teams = new ArrayList<>(teams(false));
    Team first = teams.get(1);
    teams.set(1, first.toBuilder().organisation(OrganisationId.of("so-1")).organisation(OrganisationId.of("so-999"))
        .organisation(OrganisationId.of("gone")).build());
    List<Problem> problems = register.problems(teams);
    assertThat(problems).extracting(Problem::id).containsExactly("team.unknown-organisation",
        "team.unknown-organisation");
    assertThat(problems.get(0).message()).contains(first.id().value()).contains("gone");
    assertThat(problems.get(1).message()).contains("so-999");
    assertThat(register.problems(teams(false))).isEmpty();
  }

  @Test
  void refusesARegisterWithAnIdTwiceAndAnOrganisationWithoutAName() {
    Organisation a = Organisation.of(OrganisationId.of("so-1"), "一", OrganisationKind.SOCIAL_ORGANISATION, TAIHE);
    Organisation again = Organisation.of(OrganisationId.of("so-1"), "二", OrganisationKind.OTHER, HESHI);
    assertThatThrownBy(() -> OrganisationRegister.of(List.of(a, again))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("organisation so-1 appears twice in the register");
    assertThatThrownBy(() -> Organisation.of(OrganisationId.of("x"), " ", OrganisationKind.OTHER, TAIHE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("organisation x needs a name");
    assertThatThrownBy(() -> new OrganisationCounts(0, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void valuesKeepTheirContracts() {
    Organisation a = Organisation.of(OrganisationId.of("so-1"), "一", OrganisationKind.SOCIAL_ORGANISATION, TAIHE);
    new EqualsTester()
        .addEqualityGroup(a, Organisation.of(OrganisationId.of("so-1"), "一", OrganisationKind.SOCIAL_ORGANISATION, TAIHE))
        .addEqualityGroup(Organisation.of(OrganisationId.of("so-2"), "一", OrganisationKind.SOCIAL_ORGANISATION, TAIHE))
        .addEqualityGroup(Organisation.of(OrganisationId.of("so-1"), "二", OrganisationKind.SOCIAL_ORGANISATION, TAIHE))
        .addEqualityGroup(Organisation.of(OrganisationId.of("so-1"), "一", OrganisationKind.OTHER, TAIHE))
        .addEqualityGroup(Organisation.of(OrganisationId.of("so-1"), "一", OrganisationKind.SOCIAL_ORGANISATION, HESHI))
        .addEqualityGroup(OrganisationRegister.of(List.of(a)), OrganisationRegister.of(List.of(a)))
        .testEquals();
    NullPointerTester npe = new NullPointerTester().setDefault(DivisionCode.class, TAIHE)
        .setDefault(org.civic.hierarchy.Hierarchy.class, HIERARCHY)
        .setDefault(OrganisationId.class, a.id()).setDefault(OrganisationKind.class, OrganisationKind.OTHER);
    npe.testAllPublicStaticMethods(Organisation.class);
    npe.testAllPublicInstanceMethods(OrganisationRegister.of(List.of(a)));
    assertThat(a.toString()).isEqualTo("社会组织 so-1 一 @360826000000");
    Team t = teams(false).get(0);
    assertThat(t.toBuilder().organisation(a.id()).organisation(a.id()).build().organisations()).containsExactly(a.id());
    assertThat(t.toBuilder().organisation(a.id()).build()).isNotEqualTo(t);
  }
}
