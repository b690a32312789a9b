package org.civic.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.metric.Period;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.team.GridGroup;
import org.civic.team.GridId;
import org.civic.team.Leader;
import org.civic.team.LeaderRole;
import org.civic.team.Team;
import org.civic.team.TeamCategory;
import org.civic.team.TeamFormula;
import org.civic.team.TeamId;
import org.civic.team.TeamLadder;
import org.civic.team.TeamRules;
import org.civic.team.TeamStructure;
import org.civic.team.TeamTier;
import org.junit.jupiter.api.Test;

/** The team section of a nested structure on a county's own ladder, and the volunteer-grid section. */
class TeamSectionTest {

  private static final DivisionCode COUNTY = DivisionCode.parse("360826");

  @Test
  void teamsOfEveryTierAreCountedAtAnyDepth() {
    Hierarchy h = Hierarchy.builder().addDivisions(List.of(
            new Division(COUNTY, "泰和县"), new Division(DivisionCode.parse("360826100000"), "澄江镇"),
            new Division(DivisionCode.parse("360826100001"), "文田社区"), new Division(DivisionCode.parse("360826100002"), "白凤社区")))
        .addSites(List.of(Site.center(SiteId.of("c"), "泰和县新时代文明实践中心", COUNTY),
            Site.post(SiteId.of("p"), "澄江镇新时代文明实践所", DivisionCode.parse("360826100000")),
            Site.station(SiteId.of("s1"), "文田社区新时代文明实践站", DivisionCode.parse("360826100001")),
            Site.station(SiteId.of("s2"), "白凤社区新时代文明实践站", DivisionCode.parse("360826100002"))))
        .build();
    TeamTier own = TeamTier.of("work-group", "工作组", "Work group");
    TeamLadder ladder = TeamLadder.of(List.of(TeamTier.BRIGADE, TeamTier.BATTALION, TeamTier.BRANCH, TeamTier.SQUAD, own),
        TeamTier.BRANCH);
    List<Team> teams = List.of(
        Team.builder(TeamId.of("b"), "泰和县志愿服务总队", TeamTier.BRIGADE, SiteId.of("c"))
            .leader(new Leader("x", LeaderRole.COUNTY_PARTY_SECRETARY)).members(40).build(),
        Team.builder(TeamId.of("k"), "理论宣讲实践分队", TeamTier.BRANCH, SiteId.of("c")).parent(TeamId.of("b"))
            .category(TeamCategory.THEORY).leader(new Leader("y", LeaderRole.DEPARTMENT_HEAD)).members(20).build(),
        Team.builder(TeamId.of("tp"), "澄江镇志愿服务大队", TeamTier.BATTALION, SiteId.of("p")).parent(TeamId.of("b"))
            .leader(new Leader("z", LeaderRole.TOWNSHIP_PARTY_SECRETARY)).members(12).build(),
        Team.builder(TeamId.of("t1"), "文田社区志愿服务小队", TeamTier.SQUAD, SiteId.of("s1")).parent(TeamId.of("tp"))
            .leader(new Leader("w", LeaderRole.VILLAGE_SECRETARY)).members(5).build(),
        Team.builder(TeamId.of("t2"), "白凤社区志愿服务小队", TeamTier.SQUAD, SiteId.of("s2")).parent(TeamId.of("tp"))
            .leader(new Leader("v", LeaderRole.VILLAGE_SECRETARY)).members(6).build(),
        Team.builder(TeamId.of("w"), "文田社区工作组", own, SiteId.of("s1")).parent(TeamId.of("t1")).members(3).build());
    List<GridGroup> grids = List.of(
        GridGroup.of(GridId.of("g1"), "文田社区第一网格小组", SiteId.of("s1"), Optional.of("孙某"), 5),
        GridGroup.of(GridId.of("g2"), "文田社区第二网格小组", SiteId.of("s1"), Optional.empty(), 4));
    TeamRules rules = TeamRules.of(TeamFormula.parse("1+1+N")).withLadder(ladder)
        .withGridsRequiredAt(Set.of(SiteLevel.STATION));
    Report report = ReportBuilder.of(h, COUNTY, Period.year(2024))
        .teams(teams, TeamStructure.check(h, COUNTY, teams, grids, rules))
        .grids(grids)
        .build();
    String zh = MarkdownRenderer.render(report, ReportStyle.chinese());
    assertThat(zh).contains("| 泰和县志愿服务总队 | 总队 | 86人 |")
        .contains("| 　理论宣讲实践分队 | 分队 | 20人 |")
        .contains("| 1支大队 | 大队 | 12人 |")
        .contains("| 2支小队 | 小队 | 11人 |")
        .contains("| 1支工作组 | 工作组 | 3人 |")
        // the deviations: a grid group without 信息员, a station without a grid group
        .contains("网格小组“文田社区第二网格小组”（文田社区新时代文明实践站）没有信息员。")
        .contains("阵地“白凤社区新时代文明实践站”没有志愿网格小组。")
        .contains("## 志愿网格")
        .contains("共有志愿网格小组 2 个，其中配有信息员的 1 个；2 个实践站中有 1 个建立了网格小组。")
        .contains("| 澄江镇 | 2个 | 1个 | 1个 | 2个 | 50.0% |")
        .contains("| 合计 | 2个 | 1个 | 1个 | 2个 | 50.0% |");
    String en = MarkdownRenderer.render(report, ReportStyle.english());
    assertThat(en).contains("| 1 battalion | Battalion | 12 people |")
        .contains("| Work group: 1 team | Work group | 3 people |")
        .contains("## Volunteer grids")
        .contains("2 grid groups, 1 of them with an information officer; 1 of 2 stations has a grid group.");
  }
}
