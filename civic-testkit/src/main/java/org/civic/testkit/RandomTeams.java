package org.civic.testkit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
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
import org.civic.team.TeamTier;

/**
 * Generators of a county's volunteer teams and grid groups along its sites — 随机队伍与网格 — for
 * property tests of team structures, civic's and hosts'. They draw from a {@link RandomGenerator},
 * so any property-testing engine can drive them; the same seed gives the same sample.
 *
 * <p>A sample is a "1+K+N" structure that conforms to the rules it comes with: a top team at the
 * county's center, K specialised branches there, one team on every center, post and station on or
 * under the county (and on some sub-centers and points), sometimes a second team under a site's own
 * team, each site's team hung either under the team of its parent site or directly under the top
 * team (chosen team by team), on the default ladder (总队 → 分队 → 小队) or on a deeper one
 * (总队 → 大队 → 分队 → 小队 → 服务点); every station has one to three grid groups, each with an
 * information officer.
 *
 * <p>Stateless and thread-safe.
 */
public final class RandomTeams {

  /** The deeper ladder samples may use: 总队 → 大队 → 分队 → 小队 → 服务点, branches of 分队. */
  public static final TeamLadder DEEP = TeamLadder.of(List.of(TeamTier.BRIGADE, TeamTier.BATTALION, TeamTier.BRANCH,
      TeamTier.SQUAD, TeamTier.SERVICE_POINT), TeamTier.BRANCH);

  private RandomTeams() {}

  /**
   * A generated sample.
   *
   * @param county the county the teams belong to, not null
   * @param teams the teams, the top team first, not null
   * @param grids the grid groups, not null
   * @param rules rules the teams and grid groups conform to, not null
   */
  public record Sample(DivisionCode county, List<Team> teams, List<GridGroup> grids, TeamRules rules) {
    /** Creates a sample; the lists are copied. */
    public Sample {
      Objects.requireNonNull(county, "county");
      teams = List.copyOf(teams);
      grids = List.copyOf(grids);
      Objects.requireNonNull(rules, "rules");
    }
  }

  /**
   * Returns the divisions of a hierarchy whose main site is a center: the counties (and cities)
   * a sample can be generated for, in code order.
   *
   * @param hierarchy the hierarchy, not null
   * @return the divisions, not null
   */
  public static List<DivisionCode> countiesWithCenters(Hierarchy hierarchy) {
    Objects.requireNonNull(hierarchy, "hierarchy");
    return hierarchy.sites().filter(s -> s.level() == SiteLevel.CENTER).map(Site::division).toList();
  }

  /**
   * Generates the teams and grid groups of a county along its sites.
   *
   * @param random the source of randomness, not null
   * @param hierarchy the hierarchy, not null
   * @param county a division of it whose main site is a center, not null
   * @return the sample, not null
   * @throws IllegalArgumentException if the county is not in the hierarchy or has no center
   */
  public static Sample along(RandomGenerator random, Hierarchy hierarchy, DivisionCode county) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(hierarchy, "hierarchy");
    Objects.requireNonNull(county, "county");
    Site center = hierarchy.siteOf(county).filter(s -> s.level() == SiteLevel.CENTER)
        .orElseThrow(() -> new IllegalArgumentException("division " + county + " has no center"));
    boolean deep = random.nextBoolean();
    TeamLadder ladder = deep ? DEEP : TeamLadder.defaults();
    double nestedShare = random.nextDouble();
    List<Team> teams = new ArrayList<>();
    Map<SiteId, TeamId> siteTeams = new HashMap<>();
    TeamId top = TeamId.of("top");
    teams.add(Team.builder(top, center.name() + "志愿服务总队", TeamTier.BRIGADE, center.id())
        .leader(new Leader("书记", LeaderRole.COUNTY_PARTY_SECRETARY)).members(1 + random.nextInt(50)).build());
    siteTeams.put(center.id(), top);
    int k = random.nextInt(6);
    for (int i = 0; i < k; i++) {
      TeamCategory category = TeamCategory.ELEVEN.get(random.nextInt(TeamCategory.ELEVEN.size()));
      teams.add(Team.builder(TeamId.of("branch-" + i), category.chinese() + "分队", TeamTier.BRANCH, center.id())
          .category(category).parent(top).leader(new Leader("部门负责人", LeaderRole.DEPARTMENT_HEAD))
          .members(1 + random.nextInt(30)).build());
    }
    // Sites in code order: a site's parent site comes before it (a declared parent stands on the
    // same division or above it, and is listed first on its division).
    List<Site> sites = new ArrayList<>();
    hierarchy.sites().filter(s -> !s.id().equals(center.id()) && (s.division().equals(county)
        || county.isAncestorOf(s.division()))).forEach(sites::add);
    List<GridGroup> grids = new ArrayList<>();
    for (Site s : sites) {
      boolean optional = s.level() == SiteLevel.SUB_CENTER || s.level() == SiteLevel.POINT;
      if (optional && random.nextBoolean()) {
        continue;
      }
      TeamId parent = top;
      Optional<Site> above = hierarchy.parentSite(s.id());
      if (above.isPresent() && siteTeams.containsKey(above.get().id()) && random.nextDouble() < nestedShare) {
        parent = siteTeams.get(above.get().id());
      }
      TeamId id = TeamId.of("t-" + s.id().value());
      TeamTier tier = tier(deep, s.level());
      teams.add(Team.builder(id, s.name() + "志愿服务队", tier, s.id()).parent(parent)
          .leader(leader(s.level())).members(minimum(s.level()) + random.nextInt(10)).build());
      siteTeams.put(s.id(), id);
      if (random.nextInt(5) == 0) {
        teams.add(Team.builder(TeamId.of("u-" + s.id().value()), s.name() + "志愿服务小分队", tier, s.id()).parent(id)
            .members(random.nextInt(8)).build());
      }
      if (s.level() == SiteLevel.STATION) {
        for (int g = 1 + random.nextInt(3); g > 0; g--) {
          grids.add(GridGroup.of(GridId.of("g" + g + "-" + s.id().value()), s.name() + "第" + g + "志愿网格小组", s.id(),
              Optional.of("信息员" + g), 1 + random.nextInt(9)));
        }
      }
    }
    TeamRules rules = TeamRules.of(TeamFormula.of(k)).withLadder(ladder);
    if (random.nextBoolean()) {
      rules = rules.withGridsRequiredAt(EnumSet.of(SiteLevel.STATION));
    }
    return new Sample(county, teams, grids, rules);
  }

  private static TeamTier tier(boolean deep, SiteLevel level) {
    if (!deep) {
      return TeamTier.SQUAD;
    }
    return switch (level) {
      case CENTER, SUB_CENTER, POST -> TeamTier.BATTALION;
      case STATION -> TeamTier.SQUAD;
      case POINT -> TeamTier.SERVICE_POINT;
    };
  }

  private static Leader leader(SiteLevel level) {
    return switch (level) {
      case POST -> new Leader("乡镇党委书记", LeaderRole.TOWNSHIP_PARTY_SECRETARY);
      case STATION -> new Leader("村支书", LeaderRole.VILLAGE_SECRETARY);
      default -> new Leader("负责人", LeaderRole.DEPARTMENT_HEAD);
    };
  }

  private static int minimum(SiteLevel level) {
    return switch (level) {
      case POST -> 10;
      case STATION -> 5;
      default -> 1;
    };
  }
}
