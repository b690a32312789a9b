package org.civic.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civic.team.PilotCounty.BRIGADE;
import static org.civic.team.PilotCounty.HIERARCHY;
import static org.civic.team.PilotCounty.TAIHE;
import static org.civic.team.PilotCounty.check;
import static org.civic.team.PilotCounty.rules;
import static org.civic.team.PilotCounty.teamOf;
import static org.civic.team.PilotCounty.teams;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.civic.problem.ProblemException;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.standard.CheckResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Team trees of any depth along the sites: the pilot county's 1+10+N (24 posts, 322 stations on
 * the real division codes) flat under the brigade and nested township by township, on the default
 * ladder and on a county's own, and what each county's placement rule allows.
 */
class NestedTeamsTest {

  private static final SiteId STATION = SiteId.of("s360826103201");
  private static final SiteId POST = SiteId.of("p360826103000");

  @Test
  void thePilotCountyHas24PostsAnd322StationsOnItsRealCodes() {
    assertThat(HIERARCHY.sitesUnder(TAIHE, SiteLevel.POST).count()).isEqualTo(24);
    assertThat(HIERARCHY.sitesUnder(TAIHE, SiteLevel.STATION).count()).isEqualTo(322);
    assertThat(HIERARCHY.site(STATION).orElseThrow().name()).isEqualTo("潞滩村委会新时代文明实践站");
    assertThat(HIERARCHY.parentSite(STATION)).map(Site::id).contains(POST);
  }

  @ParameterizedTest(name = "nested {0}")
  @ValueSource(booleans = {false, true})
  void thePilotCountys1Plus10PlusNConformsEitherWay(boolean nested) {
    TeamStructureReport report = check(teams(nested), rules());
    assertThat(report.violations()).isEmpty();
    // 2 formula checks, 10 categories, (1 + 10 + 24 + 322) × (size + leader), 356 placements, 346 sites.
    assertThat(report.passes()).hasSize(2 + 10 + 357 * 2 + 356 + 346);
    TeamTree tree = report.tree();
    assertThat(tree.size()).isEqualTo(357);
    assertThat(tree.totalMembers()).isEqualTo(42 + 10 * 20 + 24 * 10 + 322 * 5);
    TeamNode brigade = tree.roots().get(0);
    // Nested: the 320 stations of the 24 posts' townships sit under their posts; the airport's and
    // the industrial park's one village each have no post above them and sit under the brigade.
    assertThat(brigade.children()).hasSize(nested ? 10 + 24 + 2 : 10 + 24 + 322);
    assertThat(tree.depth()).isEqualTo(nested ? 2 : 1);
    TeamNode chengjiang = tree.node(teamOf(SiteId.of("p360826100000"))).orElseThrow();
    assertThat(chengjiang.children()).hasSize(nested ? 29 : 0);
    assertThat(chengjiang.totalMembers()).isEqualTo(nested ? 10 + 29 * 5 : 10);
  }

  @ParameterizedTest(name = "nested {0}")
  @ValueSource(booleans = {false, true})
  void oneStationTeamOfFourIsExactlyOneViolationNamingTheTeamAndItsSite(boolean nested) {
    List<Team> teams = replace(teams(nested), teamOf(STATION), t -> t.toBuilder().members(4).build());
    List<CheckResult> violations = check(teams, rules()).violations();
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.requirementId()).isEqualTo(TeamStructure.SIZE);
      assertThat(v.siteId()).contains(STATION);
      assertThat(v.level()).isEqualTo(SiteLevel.STATION);
      assertThat(v.evidence()).containsEntry("team", "t-s360826103201").containsEntry("site", "s360826103201")
          .containsEntry("members", "4");
      assertThat(v.message(Locale.CHINA)).isEqualTo("队伍“潞滩村委会新时代文明实践站志愿服务队”只有 4 人，少于要求的 5 人。");
      assertThat(v.message(Locale.ENGLISH))
          .isEqualTo("Team 潞滩村委会新时代文明实践站志愿服务队 has 4 members, fewer than the 5 required.");
    });
  }

  @Test
  void aCountysOwnLadderOfFourTiersNestedAlongTheSites() {
    // 总队 → 大队 (a township's team) → 分队 (the county's specialised branches) → 小队 (a village's team).
    TeamLadder ladder = TeamLadder.of(List.of(TeamTier.BRIGADE, TeamTier.BATTALION, TeamTier.BRANCH, TeamTier.SQUAD),
        TeamTier.BRANCH);
    TeamRules strict = rules().withLadder(ladder)
        .withPlacements(EnumSet.of(TeamPlacement.SAME_SITE, TeamPlacement.PARENT_SITE));
    List<Team> teams = teams(true, TeamTier.BATTALION, TeamTier.SQUAD);
    TeamStructureReport report = check(teams, strict);
    assertThat(report.violations()).isEmpty();
    assertThat(report.tree().ladder().toString()).isEqualTo("总队 > 大队 > 分队 > 小队");
    // A village's own 分队 under its 小队 would be above its parent's tier; under its 大队 it is fine.
    List<Team> more = new ArrayList<>(teams);
    more.add(Team.builder(TeamId.of("red"), "红色文明实践分队", TeamTier.BRANCH, POST).parent(teamOf(POST))
        .members(12).build());
    more.add(Team.builder(TeamId.of("guides"), "导游队", TeamTier.BRANCH, STATION).parent(teamOf(STATION))
        .members(6).build());
    assertThatThrownBy(() -> check(more, strict)).isInstanceOfSatisfying(ProblemException.class,
        e -> assertThat(e.problems()).extracting(p -> p.id() + " " + p.where().subject().orElseThrow())
            .containsExactly("team.wrong-tier guides"));
    more.removeIf(t -> t.id().value().equals("guides"));
    // The post's second team is not its own team: the post's rule (10, the township secretary) is
    // not asked of it, and it is not one of the county's 10 branches.
    assertThat(check(more, strict).violations()).isEmpty();
    // The same structure on the default ladder: 大队 is not on it.
    assertThatThrownBy(() -> check(teams, rules())).isInstanceOfSatisfying(ProblemException.class,
        e -> assertThat(e.problems()).hasSize(24).allSatisfy(p -> assertThat(p.id()).isEqualTo("team.unknown-tier")));
  }

  @Test
  void oneDetachmentSeveralBranchesAndServicePoints() {
    // "建立1个新时代文明实践志愿服务支队、多个…分队，若干…志愿服务点": 支队 is the top team.
    TeamLadder ladder = TeamLadder.of(List.of(TeamTier.DETACHMENT, TeamTier.BRANCH, TeamTier.SERVICE_POINT),
        TeamTier.BRANCH);
    List<Team> teams = new ArrayList<>();
    teams.add(Team.builder(BRIGADE, "志愿服务支队", TeamTier.DETACHMENT, PilotCounty.CENTER)
        .leader(new Leader("x", LeaderRole.COUNTY_PARTY_SECRETARY)).members(30).build());
    for (int i = 0; i < 3; i++) {
      teams.add(Team.builder(TeamId.of("b" + i), "分队" + i, TeamTier.BRANCH, PilotCounty.CENTER).parent(BRIGADE)
          .category(TeamCategory.ELEVEN.get(i)).leader(new Leader("y", LeaderRole.DEPARTMENT_HEAD)).members(8).build());
    }
    teams.add(Team.builder(teamOf(STATION), "潞滩村志愿服务点", TeamTier.SERVICE_POINT, STATION).parent(TeamId.of("b0"))
        .leader(new Leader("z", LeaderRole.VILLAGE_SECRETARY)).members(5).build());
    TeamRules rules = TeamRules.of(TeamFormula.parse("1+3+N")).withLadder(ladder).withTeamRequiredAt(java.util.Set.of());
    TeamStructureReport report = check(teams, rules);
    assertThat(report.violations()).isEmpty();
    assertThat(report.passes()).filteredOn(r -> r.requirementId().equals(TeamStructure.BRIGADE)).singleElement()
        .satisfies(r -> assertThat(r.message(Locale.CHINA)).isEqualTo("有且只有 1 个志愿服务支队。"));
    assertThat(report.passes()).filteredOn(r -> r.requirementId().equals(TeamStructure.PLACEMENT))
        .filteredOn(r -> r.evidence().get("team").equals(teamOf(STATION).value())).singleElement()
        .satisfies(r -> assertThat(r.evidence()).containsEntry("placement", "ANCESTOR_SITE"));
    // A second 支队 under the first: the top tier has no parent.
    teams.add(Team.builder(TeamId.of("d2"), "第二支队", TeamTier.DETACHMENT, PilotCounty.CENTER).parent(BRIGADE)
        .members(3).build());
    assertThatThrownBy(() -> check(teams, rules)).isInstanceOfSatisfying(ProblemException.class,
        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.id()).isEqualTo("team.wrong-tier");
          assertThat(p.expected().orElseThrow()).contains("no parent for a team of the top tier 支队");
        }));
  }

  @Test
  void eachCountyChoosesWhereATeamMaySit() {
    // Strictly along the sites: the flat structure's 320 stations with a post above them deviate.
    TeamRules alongSites = rules().withPlacements(EnumSet.of(TeamPlacement.SAME_SITE, TeamPlacement.PARENT_SITE));
    List<CheckResult> flat = check(teams(false), alongSites).violations();
    assertThat(flat).hasSize(320).allSatisfy(v -> assertThat(v.requirementId()).isEqualTo(TeamStructure.PLACEMENT));
    assertThat(flat.get(0).message(Locale.CHINA)).isEqualTo(
        "队伍“文田社区居委会新时代文明实践站志愿服务队”隶属于“泰和县新时代文明实践志愿服务总队”（更上级阵地的队伍、总队直属），"
            + "不符合本县的隶属方式：同一阵地的队伍、上级阵地的队伍。");
    // Everything under the brigade: the nested structure's 320 stations deviate.
    TeamRules underTop = rules().withPlacements(EnumSet.of(TeamPlacement.SAME_SITE, TeamPlacement.TOP));
    assertThat(check(teams(true), underTop).violations()).hasSize(320);
    assertThat(check(teams(false), underTop).violations()).isEmpty();
    assertThatThrownBy(() -> rules().withPlacements(EnumSet.noneOf(TeamPlacement.class)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "nested {0}")
  @ValueSource(booleans = {false, true})
  void aTeamMovedUnderAnotherTownshipIsOneViolation(boolean nested) {
    // 潞滩村 is in 禾市镇 (103); its team moved under 澄江镇's (100).
    List<Team> teams = replace(teams(nested), teamOf(STATION), t -> rebuild(t, teamOf(SiteId.of("p360826100000"))));
    List<CheckResult> violations = check(teams, rules()).violations();
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.requirementId()).isEqualTo(TeamStructure.PLACEMENT);
      assertThat(v.siteId()).contains(STATION);
      assertThat(v.evidence()).containsEntry("team", "t-s360826103201").containsEntry("placement", "none")
          .containsEntry("parentSite", "p360826100000");
      assertThat(v.message(Locale.ENGLISH)).contains("(a team of another site), which the county does not allow");
    });
  }

  @Test
  void teamsOfOneTierMayNestButNotInACycle() {
    List<Team> teams = teams(true);
    teams.add(Team.builder(TeamId.of("a"), "甲", TeamTier.SQUAD, STATION).parent(TeamId.of("b")).members(5).build());
    teams.add(Team.builder(TeamId.of("b"), "乙", TeamTier.SQUAD, STATION).parent(TeamId.of("a")).members(5).build());
    teams.add(Team.builder(TeamId.of("c"), "丙", TeamTier.SQUAD, STATION).parent(TeamId.of("b")).members(5).build());
    assertThatThrownBy(() -> TeamTree.of(teams)).isInstanceOfSatisfying(ProblemException.class,
        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.id()).isEqualTo("team.cycle");
          assertThat(p.where().subject()).contains("a");
          assertThat(p.message()).contains("[a, b]");
        }));
  }

  @Test
  void laddersAreCheckedWhenMade() {
    assertThat(TeamLadder.defaults().tiers()).containsExactly(TeamTier.BRIGADE, TeamTier.BRANCH, TeamTier.SQUAD);
    assertThat(TeamLadder.defaults().branchTier()).contains(TeamTier.BRANCH);
    assertThat(TeamLadder.defaults().nests(TeamTier.SQUAD, TeamTier.SQUAD)).isTrue();
    assertThat(TeamLadder.defaults().nests(TeamTier.BRANCH, TeamTier.SQUAD)).isFalse();
    assertThat(TeamLadder.defaults().nests(TeamTier.BRIGADE, TeamTier.BRIGADE)).isFalse();
    assertThat(TeamLadder.defaults().nests(TeamTier.BATTALION, TeamTier.BRIGADE)).isFalse();
    assertThat(TeamLadder.defaults().rank(TeamTier.SQUAD)).hasValue(2);
    assertThat(TeamLadder.withoutBranches(List.of(TeamTier.BRIGADE, TeamTier.SQUAD)).branchTier()).isEmpty();
    assertThatThrownBy(() -> TeamLadder.of(List.of(), TeamTier.BRANCH)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TeamLadder.of(List.of(TeamTier.BRIGADE, TeamTier.SQUAD, TeamTier.SQUAD), TeamTier.SQUAD))
        .hasMessageContaining("each tier once");
    assertThatThrownBy(() -> TeamLadder.of(List.of(TeamTier.BRIGADE, TeamTier.SQUAD), TeamTier.BRIGADE))
        .hasMessageContaining("not the top");
    assertThatThrownBy(() -> TeamLadder.of(List.of(TeamTier.BRIGADE, TeamTier.SQUAD), TeamTier.BRANCH))
        .hasMessageContaining("not missing");
    assertThatThrownBy(() -> TeamLadder.of(null, TeamTier.BRANCH)).isInstanceOf(NullPointerException.class);
    assertThat(TeamLadder.of(List.of(TeamTier.BRIGADE, TeamTier.BRANCH, TeamTier.SQUAD), TeamTier.BRANCH))
        .isEqualTo(TeamLadder.defaults()).hasSameHashCodeAs(TeamLadder.defaults());
  }

  private static Team rebuild(Team t, TeamId parent) {
    Team.Builder b = Team.builder(t.id(), t.name(), t.tier(), t.site()).parent(parent).members(t.members());
    t.leader().ifPresent(b::leader);
    t.category().ifPresent(b::category);
    return b.build();
  }

  private static List<Team> replace(List<Team> teams, TeamId id, UnaryOperator<Team> change) {
    List<Team> copy = new ArrayList<>(teams);
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i).id().equals(id)) {
        copy.set(i, change.apply(copy.get(i)));
        return copy;
      }
    }
    throw new IllegalArgumentException(id.value());
  }
}
