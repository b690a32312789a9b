package org.civic.team;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionCsv;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.Hierarchy;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;

/**
 * The package's fixture: the "1+10+N" pilot county of the source, 泰和县 Taihe (360826), on the
 * real 2021 division list — its center, a post on each of the 24 "乡镇场" (the 26 township-level
 * units less 井冈山机场 and 泰和县高新产业园区) and a station on each of its 322 villages — and its
 * teams, flat under the brigade or nested along the sites.
 */
final class PilotCounty {

  static final DivisionCode TAIHE = DivisionCode.parse("360826");
  static final SiteId CENTER = SiteId.of("center");
  static final TeamId BRIGADE = TeamId.of("brigade");
  /** Not among the report's 24 乡镇场. */
  static final List<String> NOT_POSTS = List.of("井冈山机场", "泰和县高新产业园区");

  static final Hierarchy HIERARCHY = hierarchy();

  private PilotCounty() {}

  static List<Division> divisions() {
    try (InputStream in = PilotCounty.class.getResourceAsStream("/org/civic/data/taihe-360826.csv")) {
      return DivisionCsv.readAll(in, "taihe-360826.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Hierarchy hierarchy() {
    List<Division> divisions = divisions();
    List<Site> sites = new ArrayList<>();
    sites.add(Site.center(CENTER, "泰和县新时代文明实践中心", TAIHE));
    for (Division d : divisions) {
      if (d.level() == DivisionLevel.TOWNSHIP && !NOT_POSTS.contains(d.name())) {
        sites.add(Site.post(SiteId.of("p" + d.code()), d.name() + "新时代文明实践所", d.code()));
      } else if (d.level() == DivisionLevel.VILLAGE) {
        sites.add(Site.station(SiteId.of("s" + d.code()), d.name() + "新时代文明实践站", d.code()));
      }
    }
    return Hierarchy.builder().addDivisions(divisions).addSites(sites).build();
  }

  static TeamId teamOf(SiteId site) {
    return TeamId.of("t-" + site.value());
  }

  /**
   * The pilot county's 1+10+N: the brigade of 42, 10 branches of 20, a team of 10 at each post and
   * of 5 at each station, each led as the source says.
   *
   * @param nested whether each post's and station's team sits under the team of its parent site
   *     (a station's under its post's, a post's under the brigade) instead of directly under the brigade
   * @param postTier the tier of the posts' teams
   * @param stationTier the tier of the stations' teams
   */
  static List<Team> teams(boolean nested, TeamTier postTier, TeamTier stationTier) {
    List<Team> teams = new ArrayList<>();
    teams.add(Team.builder(BRIGADE, "泰和县新时代文明实践志愿服务总队", TeamTier.BRIGADE, CENTER)
        .leader(new Leader("县委书记", LeaderRole.COUNTY_PARTY_SECRETARY)).members(42).build());
    List<TeamCategory> categories = TeamCategory.ELEVEN.subList(0, 10);
    for (int i = 0; i < 10; i++) {
      teams.add(Team.builder(TeamId.of("branch-" + i), categories.get(i).chinese() + "实践分队", TeamTier.BRANCH, CENTER)
          .category(categories.get(i)).parent(BRIGADE)
          .leader(new Leader("部门负责人" + i, LeaderRole.DEPARTMENT_HEAD)).members(20).build());
    }
    HIERARCHY.sitesUnder(TAIHE, SiteLevel.POST).forEach(post -> teams.add(
        Team.builder(teamOf(post.id()), post.name() + "志愿服务队", postTier, post.id()).parent(BRIGADE)
            .leader(new Leader("乡镇党委书记", LeaderRole.TOWNSHIP_PARTY_SECRETARY)).members(10).build()));
    HIERARCHY.sitesUnder(TAIHE, SiteLevel.STATION).forEach(station -> {
      Site above = HIERARCHY.parentSite(station.id()).orElseThrow();
      TeamId parent = nested && above.level() == SiteLevel.POST ? teamOf(above.id()) : BRIGADE;
      teams.add(Team.builder(teamOf(station.id()), station.name() + "志愿服务队", stationTier, station.id())
          .parent(parent).leader(new Leader("村支书", LeaderRole.VILLAGE_SECRETARY)).members(5).build());
    });
    return teams;
  }

  static List<Team> teams(boolean nested) {
    return teams(nested, TeamTier.SQUAD, TeamTier.SQUAD);
  }

  static TeamStructureReport check(List<Team> teams, TeamRules rules) {
    return TeamStructure.check(HIERARCHY, TAIHE, teams, rules);
  }

  static TeamRules rules() {
    return TeamRules.of(TeamFormula.parse("1+10+N"));
  }
}
