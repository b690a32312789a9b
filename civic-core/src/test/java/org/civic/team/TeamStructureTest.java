package org.civic.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionCsv;
import org.civic.division.DivisionLevel;
import org.civic.division.TownshipKind;
import org.civic.hierarchy.Hierarchy;
import org.civic.problem.ProblemException;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.standard.CheckResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The source's two structures, on real division lists, and broken variants of each. */
class TeamStructureTest {

  private static final DivisionCode TAIHE = DivisionCode.parse("360826");
  private static final DivisionCode YUZHOU = DivisionCode.parse("411081");
  private static Hierarchy taihe;
  private static Hierarchy yuzhou;

  private static List<Division> read(String name) throws IOException {
    try (InputStream in = TeamStructureTest.class.getResourceAsStream("/org/civic/data/" + name)) {
      return DivisionCsv.readAll(in, name);
    }
  }

  @BeforeAll
  static void hierarchies() throws IOException {
    // Taihe: the 1+10+N pilot county, 24 posts (乡镇场) and 322 stations.
    List<Division> t = read("taihe-360826.csv");
    List<Site> sites = new ArrayList<>();
    sites.add(Site.center(SiteId.of("center"), "泰和县新时代文明实践中心", TAIHE));
    for (Division d : t) {
      boolean other = d.level() == DivisionLevel.TOWNSHIP
          && d.code().townshipKind().orElseThrow() == TownshipKind.OTHER && !d.name().endsWith("垦殖场");
      if (d.level() == DivisionLevel.TOWNSHIP && (!other || d.name().equals("小龙矿区管委会"))) {
        sites.add(Site.post(SiteId.of("p" + d.code()), d.name() + "新时代文明实践所", d.code()));
      } else if (d.level() == DivisionLevel.VILLAGE) {
        sites.add(Site.station(SiteId.of("s" + d.code()), d.name() + "新时代文明实践站", d.code()));
      }
    }
    taihe = Hierarchy.builder().addDivisions(t).addSites(sites).build();
    List<Division> y = read("yuzhou-411081.csv");
    yuzhou = Hierarchy.builder().addDivisions(y)
        .addSite(Site.center(SiteId.of("yz"), "禹州市新时代文明实践中心", YUZHOU)).build();
  }

  /** The 1+10+N structure of the pilot county, as the source describes it. */
  private static List<Team> taiheTeams() {
    List<Team> teams = new ArrayList<>();
    teams.add(Team.builder(TeamId.of("brigade"), "泰和县新时代文明实践志愿服务总队", TeamTier.BRIGADE, SiteId.of("center"))
        .leader(new Leader("县委书记", LeaderRole.COUNTY_PARTY_SECRETARY)).members(42).build());
    List<TeamCategory> categories = TeamCategory.ELEVEN.subList(0, 10);
    for (int i = 0; i < 10; i++) {
      teams.add(Team.builder(TeamId.of("branch-" + i), categories.get(i).chinese() + "分队", TeamTier.BRANCH,
              SiteId.of("center"))
          .category(categories.get(i)).parent(TeamId.of("brigade"))
          .leader(new Leader("部门负责人" + i, LeaderRole.DEPARTMENT_HEAD)).members(20).build());
    }
    taihe.sitesUnder(TAIHE, SiteLevel.POST).forEach(post -> teams.add(
        Team.builder(TeamId.of("t-" + post.id()), post.name() + "志愿服务队", TeamTier.SQUAD, post.id())
            .parent(TeamId.of("brigade"))
            .leader(new Leader("乡镇党委书记", LeaderRole.TOWNSHIP_PARTY_SECRETARY)).members(10).build()));
    taihe.sitesUnder(TAIHE, SiteLevel.STATION).forEach(station -> teams.add(
        Team.builder(TeamId.of("t-" + station.id()), station.name() + "志愿服务队", TeamTier.SQUAD, station.id())
            .parent(TeamId.of("brigade"))
            .leader(new Leader("村支书", LeaderRole.VILLAGE_SECRETARY)).members(5).build()));
    return teams;
  }

  private static TeamStructureReport checkTaihe(List<Team> teams) {
    return TeamStructure.check(taihe, TAIHE, teams, TeamRules.of(TeamFormula.parse("1+10+N")));
  }

  private static List<String> violations(TeamStructureReport report) {
    return report.violations().stream()
        .map(r -> r.requirementId() + " " + r.evidence().getOrDefault("team", r.evidence().getOrDefault("site", "")))
        .toList();
  }

  @Test
  void thePilotCountys1Plus10PlusNConforms() {
    TeamStructureReport report = checkTaihe(taiheTeams());
    assertThat(report.violations()).isEmpty();
    assertThat(report.conforms()).isTrue();
    // 2 formula checks, 10 categories, (1 + 10 + 24 + 322) × (size + leader), 356 teams under another
    // where the county allows, 346 sites with a team.
    assertThat(report.passes()).hasSize(2 + 10 + 357 * 2 + 356 + 346);
    TeamTree tree = TeamTree.of(taiheTeams());
    assertThat(tree.roots()).singleElement().satisfies(b -> {
      assertThat(b.children()).hasSize(10 + 24 + 322);
      assertThat(b.totalMembers()).isEqualTo(42 + 10 * 20 + 24 * 10 + 322 * 5);
    });
  }

  @Test
  void everyDeviationOfABrokenPilotCountyIsReported() {
    List<Team> teams = taiheTeams();
    // A second brigade.
    teams.add(Team.builder(TeamId.of("brigade-2"), "另一个总队", TeamTier.BRIGADE, SiteId.of("center"))
        .leader(new Leader("县委书记", LeaderRole.COUNTY_PARTY_SECRETARY)).members(3).build());
    // An eleventh branch, without a category.
    teams.add(Team.builder(TeamId.of("branch-x"), "无类别分队", TeamTier.BRANCH, SiteId.of("center"))
        .parent(TeamId.of("brigade")).leader(new Leader("x", LeaderRole.DEPARTMENT_HEAD)).members(5).build());
    // An undersized post team, a station team led by the wrong role, a leaderless one, a station without a team.
    replace(teams, "t-p360826100000", t -> t.toBuilder().members(9).build());
    replace(teams, "t-s360826100001", t -> t.toBuilder().leader(new Leader("x", LeaderRole.TOWNSHIP_PARTY_SECRETARY)).build());
    replace(teams, "t-s360826100002", t -> Team.builder(t.id(), t.name(), t.tier(), t.site())
        .parent(TeamId.of("brigade")).members(5).build());
    teams.removeIf(t -> t.id().value().equals("t-s360826100003"));

    TeamStructureReport report = checkTaihe(teams);
    assertThat(violations(report)).containsExactlyInAnyOrder(
        "team.brigade ",
        "team.branches ",
        "team.branch-category branch-x",
        "team.size t-p360826100000",
        "team.leader t-s360826100001",
        "team.leader t-s360826100002",
        "team.site-has-team s360826100003");
    CheckResult branches = report.violations().stream()
        .filter(r -> r.requirementId().equals(TeamStructure.BRANCHES)).findFirst().orElseThrow();
    assertThat(branches.message(Locale.CHINA)).isEqualTo("有 11 支分队，“1+10+N”模式要求 10 支。");
    assertThat(branches.message(Locale.ENGLISH)).isEqualTo("11 branches, but 1+10+N requires 10.");
    CheckResult wrongRole = report.violations().stream()
        .filter(r -> r.evidence().getOrDefault("team", "").equals("t-s360826100001")).findFirst().orElseThrow();
    assertThat(wrongRole.message(Locale.CHINA)).endsWith("由乡镇党委书记带领，应由村党支部书记带领。");
    assertThat(wrongRole.siteId()).contains(SiteId.of("s360826100001"));
    assertThat(wrongRole.level()).isEqualTo(SiteLevel.STATION);
    assertThat(report.with(org.civic.standard.Outcome.FAIL)).hasSize(7);
  }

  /** Yuzhou's 1+12+N with its named branches. */
  private static List<Team> yuzhouTeams() {
    List<Team> teams = new ArrayList<>();
    teams.add(Team.builder(TeamId.of("yz-brigade"), "禹州市新时代文明实践志愿服务总队", TeamTier.BRIGADE, SiteId.of("yz"))
        .leader(new Leader("市委书记", LeaderRole.COUNTY_PARTY_SECRETARY)).members(30).build());
    List<TeamCategory> categories = new ArrayList<>(TeamCategory.YUZHOU_BRANCHES);
    // "and others, 12 in all": the two the report does not name are the host's own.
    categories.add(TeamCategory.of("tea-culture", "茶文化传承", "Tea culture"));
    categories.add(TeamCategory.SPORTS);
    for (int i = 0; i < categories.size(); i++) {
      teams.add(Team.builder(TeamId.of("yz-branch-" + i), categories.get(i).chinese() + "志愿服务分队", TeamTier.BRANCH,
              SiteId.of("yz"))
          .category(categories.get(i)).parent(TeamId.of("yz-brigade"))
          .leader(new Leader("局长" + i, LeaderRole.DEPARTMENT_HEAD)).members(25).build());
    }
    return teams;
  }

  @Test
  void yuzhous1Plus12PlusNWithItsNamedBranches() {
    assertThat(TeamCategory.YUZHOU_BRANCHES).extracting(TeamCategory::chinese).containsExactly(
        "理论政策宣讲", "文化文艺服务", "卫生健康", "助学支教", "科技科普", "法律服务", "生态环保", "孝善敬老",
        "移风易俗", "扶贫帮困");
    TeamRules rules = TeamRules.of(TeamFormula.parse("1+12+N")).withTeamRequiredAt(java.util.Set.of());
    TeamStructureReport report = TeamStructure.check(yuzhou, YUZHOU, yuzhouTeams(), rules);
    assertThat(report.violations()).isEmpty();
    assertThat(TeamTree.of(yuzhouTeams()).totalMembers()).isEqualTo(30 + 12 * 25);
  }

  @Test
  void aBrokenYuzhouIsReported() {
    List<Team> teams = yuzhouTeams();
    teams.removeIf(t -> t.id().value().equals("yz-branch-11"));
    replace(teams, "yz-branch-0", t -> Team.builder(t.id(), t.name(), t.tier(), t.site())
        .parent(TeamId.of("yz-brigade")).leader(new Leader("x", LeaderRole.DEPARTMENT_HEAD)).members(0).build());
    replace(teams, "yz-brigade", t -> t.toBuilder().leader(new Leader("x", LeaderRole.COUNTY_HEAD)).build());
    TeamRules rules = TeamRules.of(TeamFormula.parse("1+12+N")).withTeamRequiredAt(java.util.Set.of())
        .withBranch(TeamRule.of(5, LeaderRole.DEPARTMENT_HEAD));
    assertThat(violations(TeamStructure.check(yuzhou, YUZHOU, teams, rules))).containsExactlyInAnyOrder(
        "team.branches ", "team.branch-category yz-branch-0", "team.size yz-branch-0", "team.leader yz-brigade");
  }

  @Test
  void badInputIsAProblemNotADeviation() {
    List<Team> teams = taiheTeams();
    teams.add(Team.builder(TeamId.of("elsewhere"), "外县队", TeamTier.SQUAD, SiteId.of("nowhere"))
        .parent(TeamId.of("brigade")).members(5).build());
    teams.add(Team.builder(TeamId.of("lost"), "迷路分队", TeamTier.SQUAD, SiteId.of("center"))
        .parent(TeamId.of("missing")).members(5).build());
    assertThatThrownBy(() -> checkTaihe(teams)).isInstanceOfSatisfying(ProblemException.class,
        e -> assertThat(e.problems()).extracting(p -> p.id() + " " + p.where().subject().orElseThrow())
            .containsExactly("team.unknown-site elsewhere"));
    teams.removeIf(t -> t.id().value().equals("elsewhere"));
    teams.add(taiheTeams().get(1));
    // A squad may sit under a squad (a station's under its post's); a branch may not.
    teams.add(Team.builder(TeamId.of("squad-under-squad"), "x", TeamTier.SQUAD, SiteId.of("center"))
        .parent(TeamId.of("lost")).members(5).build());
    teams.add(Team.builder(TeamId.of("branch-under-squad"), "x", TeamTier.BRANCH, SiteId.of("center"))
        .parent(TeamId.of("lost")).members(5).build());
    assertThatThrownBy(() -> checkTaihe(teams)).isInstanceOfSatisfying(ProblemException.class,
        e -> assertThat(e.problems()).extracting(p -> p.id() + " " + p.where().subject().orElseThrow())
            .containsExactlyInAnyOrder("team.duplicate-id branch-0", "team.unknown-parent lost",
                "team.wrong-tier branch-under-squad"));
  }

  @Test
  void teamsValidateTheirOwnFields() {
    assertThatThrownBy(() -> Team.builder(TeamId.of("b"), "总队", TeamTier.BRIGADE, SiteId.of("c"))
        .parent(TeamId.of("x")).build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("brigade b");
    assertThatThrownBy(() -> Team.builder(TeamId.of("b"), "x", TeamTier.SQUAD, SiteId.of("c")).members(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Team.builder(TeamId.of("b"), " ", TeamTier.SQUAD, SiteId.of("c")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TeamId.of("队")).isInstanceOf(IllegalArgumentException.class);
    assertThat(TeamCategory.byChinese("法律服务")).contains(TeamCategory.LEGAL);
    assertThat(TeamCategory.ELEVEN).hasSize(11);
    assertThat(TeamCategory.of("legal", "x", "y")).isSameAs(TeamCategory.LEGAL);
    assertThat(LeaderRole.of("village-secretary", "x", "y")).isSameAs(LeaderRole.VILLAGE_SECRETARY);
  }

  private static void replace(List<Team> teams, String id, java.util.function.UnaryOperator<Team> change) {
    for (int i = 0; i < teams.size(); i++) {
      if (teams.get(i).id().value().equals(id)) {
        teams.set(i, change.apply(teams.get(i)));
        return;
      }
    }
    throw new IllegalArgumentException(id);
  }
}
