package org.civic.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civic.team.PilotCounty.HIERARCHY;
import static org.civic.team.PilotCounty.TAIHE;
import static org.civic.team.PilotCounty.rules;
import static org.civic.team.PilotCounty.teams;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.civic.division.DivisionCode;
import org.civic.problem.ProblemException;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.standard.CheckResult;
import org.junit.jupiter.api.Test;

/**
 * Volunteer grids (志愿网格) in the pilot county: a grid group under a station or post with its
 * information officer (信息员), the two checks and the counts per township.
 */
class GridGroupTest {

  private static final DivisionCode HESHI = DivisionCode.parse("360826103000");

  /** Two groups at every station of 禾市镇 (103), one at its post; one group without an officer. */
  private static List<GridGroup> grids() {
    List<GridGroup> grids = new ArrayList<>();
    grids.add(GridGroup.of(GridId.of("g-p103"), "禾市镇机关志愿网格小组", SiteId.of("p360826103000"),
        Optional.of("刘某"), 6));
    HIERARCHY.sitesUnder(HESHI, SiteLevel.STATION).forEach(s -> {
      for (int i = 1; i <= 2; i++) {
        grids.add(GridGroup.of(GridId.of("g-" + s.id() + "-" + i), s.name().replace("新时代文明实践站", "") + "第" + i
            + "志愿网格小组", s.id(), Optional.of("信息员" + i), 4 + i));
      }
    });
    grids.set(2, grids.get(2).withoutOfficer());
    return grids;
  }

  @Test
  void everyGroupHasAnOfficerAndEveryStationOfATownshipThatRequiresItAGroup() {
    List<GridGroup> grids = grids();
    TeamStructureReport report = TeamStructure.check(HIERARCHY, TAIHE, teams(true), grids,
        rules().withGridsRequiredAt(Set.of(SiteLevel.STATION)));
    List<CheckResult> violations = report.violations();
    // 19 stations in 禾市镇 have groups; the county's other 303 stations have none; one group lacks 信息员.
    assertThat(violations).hasSize(1 + 303);
    CheckResult noOfficer = violations.stream().filter(v -> v.requirementId().equals(TeamStructure.GRID_OFFICER))
        .findFirst().orElseThrow();
    assertThat(noOfficer.evidence()).containsEntry("grid", grids.get(2).id().value()).containsEntry("officer", "none");
    assertThat(noOfficer.siteId()).contains(grids.get(2).site());
    assertThat(noOfficer.message(Locale.CHINA)).isEqualTo("网格小组“" + grids.get(2).name() + "”（"
        + HIERARCHY.site(grids.get(2).site()).orElseThrow().name() + "）没有信息员。");
    assertThat(violations).filteredOn(v -> v.requirementId().equals(TeamStructure.SITE_HAS_GRID)).hasSize(303)
        .allSatisfy(v -> assertThat(v.level()).isEqualTo(SiteLevel.STATION));
    assertThat(report.passes()).filteredOn(v -> v.requirementId().equals(TeamStructure.GRID_OFFICER))
        .hasSize(grids.size() - 1);
    // Not required: only the officer check.
    assertThat(TeamStructure.check(HIERARCHY, TAIHE, teams(true), grids, rules()).violations()).singleElement()
        .isEqualTo(noOfficer);
  }

  @Test
  void countsRollUpFromTownshipToCounty() {
    List<GridGroup> grids = grids();
    GridCounts heshi = GridCounts.of(HIERARCHY, HESHI, grids);
    assertThat(heshi).isEqualTo(new GridCounts(1 + 19 * 2, 19 * 2, 6 + 19 * (5 + 6) - 0, 19, 19));
    assertThat(heshi.withoutOfficer()).isEqualTo(1);
    GridCounts county = GridCounts.of(HIERARCHY, TAIHE, grids);
    assertThat(county.groups()).isEqualTo(heshi.groups());
    assertThat(county.stations()).isEqualTo(322);
    assertThat(county.stationsWithGroups()).isEqualTo(19);
    assertThat(GridCounts.of(HIERARCHY, DivisionCode.parse("360826100000"), grids))
        .isEqualTo(new GridCounts(0, 0, 0, 29, 0));
    assertThatThrownBy(() -> new GridCounts(1, 2, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void badGridsAreProblemsNamingEachGroup() {
    List<GridGroup> grids = new ArrayList<>(grids());
    grids.add(grids.get(1));
    grids.add(GridGroup.of(GridId.of("g-center"), "中心网格", PilotCounty.CENTER, Optional.of("x"), 3));
    grids.add(GridGroup.of(GridId.of("g-nowhere"), "外县网格", SiteId.of("nowhere"), Optional.of("x"), 3));
    assertThatThrownBy(() -> TeamStructure.check(HIERARCHY, TAIHE, teams(true), grids, rules()))
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problems())
            .extracting(p -> p.id() + " " + p.where().subject().orElseThrow())
            .containsExactly("grid.duplicate-id " + grids.get(1).id(), "grid.site-level g-center",
                "grid.unknown-site g-nowhere"));
  }

  @Test
  void aGridGroupIsAValue() {
    SiteId site = SiteId.of("s1");
    GridGroup g = GridGroup.of(GridId.of("g1"), "第一网格", site, Optional.of("张某"), 5);
    assertThat(g.officer()).contains("张某");
    assertThat(g.withOfficer("张某")).isSameAs(g);
    assertThat(g.withoutOfficer().officer()).isEmpty();
    assertThat(g.withoutOfficer().withoutOfficer()).isEqualTo(g.withoutOfficer());
    assertThat(g.withoutOfficer().withOfficer("张某")).isEqualTo(g);
    assertThat(g.toString()).contains("g1").contains("张某");
    new EqualsTester()
        .addEqualityGroup(g, GridGroup.of(GridId.of("g1"), "第一网格", site, Optional.of("张某"), 5))
        .addEqualityGroup(g.withoutOfficer())
        .addEqualityGroup(GridGroup.of(GridId.of("g1"), "第一网格", site, Optional.of("张某"), 6))
        .testEquals();
    new NullPointerTester().setDefault(GridId.class, GridId.of("g")).setDefault(SiteId.class, site)
        .setDefault(Optional.class, Optional.empty())
        .testAllPublicStaticMethods(GridGroup.class);
    assertThatThrownBy(() -> GridGroup.of(GridId.of("g1"), " ", site, Optional.empty(), 1))
        .hasMessage("grid group g1 needs a name");
    assertThatThrownBy(() -> GridGroup.of(GridId.of("g1"), "x", site, Optional.of(" "), 1))
        .hasMessageContaining("information officer");
    assertThatThrownBy(() -> GridGroup.of(GridId.of("g1"), "x", site, Optional.empty(), -1))
        .hasMessage("grid group g1 cannot have -1 members");
    assertThatThrownBy(() -> g.withOfficer(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
