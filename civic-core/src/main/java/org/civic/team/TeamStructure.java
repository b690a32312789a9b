package org.civic.team;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.standard.CheckResult;
import org.civic.standard.Evaluation;
import org.civic.standard.Message;
import org.civic.standard.Outcome;

/**
 * Checks a county's teams and volunteer grids against a formula and per-level rules — 队伍结构检查
 * — and reports every deviation (two top teams, eleven branches, a branch without a category, an
 * undersized team, a wrong leader role, a team hung where the county does not allow it, a site
 * without a team, a grid group without an information officer, a station without a grid group)
 * as {@link CheckResult}s, passes included, each naming its team or grid group and site.
 *
 * <p>The formula "1+K+N" is read on the county's {@link TeamLadder}: the "1" is the team of the
 * ladder's top tier without a parent, the "K" are the teams of its branch tier at the center, and
 * every other team is one of the "N", at any depth. A local team is checked against the rule of
 * its site's level when it is its site's own team (not under another team of the same site).
 *
 * <p>Rule ids: {@value #BRIGADE}, {@value #BRANCHES}, {@value #BRANCH_CATEGORY}, {@value #SIZE},
 * {@value #LEADER}, {@value #PLACEMENT}, {@value #SITE_HAS_TEAM}, {@value #GRID_OFFICER},
 * {@value #SITE_HAS_GRID}.
 *
 * <pre>{@code
 * TeamStructureReport report = TeamStructure.check(hierarchy, DivisionCode.parse("360826"), teams, grids,
 *     TeamRules.of(TeamFormula.parse("1+10+N")).withGridsRequiredAt(Set.of(SiteLevel.STATION)));
 * report.violations().forEach(v -> log.warn(v.message(Locale.CHINA)));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class TeamStructure {

  /** Exactly one top team (brigade). */
  public static final String BRIGADE = "team.brigade";
  /** Exactly K branches. */
  public static final String BRANCHES = "team.branches";
  /** Every branch has a category. */
  public static final String BRANCH_CATEGORY = "team.branch-category";
  /** Every team is large enough for its kind. */
  public static final String SIZE = "team.size";
  /** Every team is led by someone in the required role. */
  public static final String LEADER = "team.leader";
  /** Every team sits under its parent team in a way the county allows ({@link TeamPlacement}). */
  public static final String PLACEMENT = "team.placement";
  /** Every site of the required levels has a team. */
  public static final String SITE_HAS_TEAM = "team.site-has-team";
  /** Every grid group has an information officer (信息员). */
  public static final String GRID_OFFICER = "grid.officer";
  /** Every site of the levels the county names has at least one grid group. */
  public static final String SITE_HAS_GRID = "grid.site-has-grid";

  private TeamStructure() {}

  /**
   * Checks the teams of a county, without grids.
   *
   * @param hierarchy the hierarchy holding the county's sites, not null
   * @param county the county (or city without counties), a division of the hierarchy, not null
   * @param teams the county's teams, not null
   * @param rules the formula and rules, not null
   * @return every finding, not null
   * @throws ProblemException if a team's site is not in the county, or the teams do not form a
   *     tree on the rules' ladder (duplicate ids, unknown parents, tiers nested wrongly, cycles) —
   *     every such team named
   * @throws IllegalArgumentException if the county is not in the hierarchy
   */
  public static TeamStructureReport check(Hierarchy hierarchy, DivisionCode county, Collection<Team> teams,
      TeamRules rules) {
    return check(hierarchy, county, teams, List.of(), rules);
  }

  /**
   * Checks the teams and volunteer grid groups of a county.
   *
   * @param hierarchy the hierarchy holding the county's sites, not null
   * @param county the county (or city without counties), a division of the hierarchy, not null
   * @param teams the county's teams, not null
   * @param grids the county's grid groups, not null
   * @param rules the formula and rules, not null
   * @return every finding, not null
   * @throws ProblemException if a team's or grid group's site is not in the county, a grid group
   *     is not at a station or post, a grid id is used twice, or the teams do not form a tree on
   *     the rules' ladder — every such record named
   * @throws IllegalArgumentException if the county is not in the hierarchy
   */
  public static TeamStructureReport check(Hierarchy hierarchy, DivisionCode county, Collection<Team> teams,
      Collection<GridGroup> grids, TeamRules rules) {
    Objects.requireNonNull(hierarchy, "hierarchy");
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(teams, "teams");
    Objects.requireNonNull(grids, "grids");
    Objects.requireNonNull(rules, "rules");
    hierarchy.coverage(county, county.level()); // fails early if the county is unknown
    List<Problem> problems = new ArrayList<>();
    for (Team t : teams) {
      if (!inCounty(hierarchy, county, t.site())) {
        problems.add(Problem.of("team.unknown-site", Location.ofSubject(t.id().value()),
                "team " + t.id() + " belongs to site " + t.site() + ", which is not a site of " + county)
            .withExpected("a site on or under division " + county));
      }
    }
    Set<GridId> gridIds = new HashSet<>();
    for (GridGroup g : grids) {
      Optional<SiteLevel> level = hierarchy.site(g.site()).map(Site::level);
      if (!gridIds.add(g.id())) {
        problems.add(Problem.of("grid.duplicate-id", Location.ofSubject(g.id().value()),
            "grid id " + g.id() + " is used twice").withExpected("each grid id once"));
      } else if (!inCounty(hierarchy, county, g.site())) {
        problems.add(Problem.of("grid.unknown-site", Location.ofSubject(g.id().value()),
                "grid group " + g.id() + " is under site " + g.site() + ", which is not a site of " + county)
            .withExpected("a station or post on or under division " + county));
      } else if (level.get() != SiteLevel.STATION && level.get() != SiteLevel.POST) {
        problems.add(Problem.of("grid.site-level", Location.ofSubject(g.id().value()),
                "grid group " + g.id() + " is under " + level.get() + " " + g.site())
            .withExpected("a station or post"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ProblemException("cannot check the teams of " + county, problems);
    }
    TeamTree tree = TeamTree.of(teams, rules.ladder());
    TeamLadder ladder = rules.ladder();
    Map<TeamId, Team> byId = new HashMap<>();
    teams.forEach(t -> byId.put(t.id(), t));

    List<CheckResult> results = new ArrayList<>();
    Optional<SiteId> centerId = hierarchy.siteOf(county).map(Site::id);
    List<Team> tops = teams.stream().filter(t -> t.tier().equals(ladder.top()) && t.parent().isEmpty()).toList();
    List<Team> branches = teams.stream().filter(t -> isBranch(hierarchy, ladder, t)).toList();
    Set<TeamId> topIds = new HashSet<>();
    tops.forEach(t -> topIds.add(t.id()));
    Set<TeamId> branchIds = new HashSet<>();
    branches.forEach(t -> branchIds.add(t.id()));
    results.add(CheckResult.of(BRIGADE, "brigade", centerId, SiteLevel.CENTER,
        outcome(tops.size() == 1, BRIGADE, tops.size(), ladder.top().chinese(), ladder.top().english())
            .withEvidence("brigades", tops.size())
            .withThreshold("exactly 1")));
    int k = rules.formula().branches();
    String branchZh = ladder.branchTier().map(TeamTier::chinese).orElse(TeamTier.BRANCH.chinese());
    results.add(CheckResult.of(BRANCHES, "branches", centerId, SiteLevel.CENTER,
        outcome(branches.size() == k, BRANCHES, branches.size(), rules.formula().toString(), k, branchZh)
            .withEvidence("branches", branches.size())
            .withThreshold("exactly " + k + " (" + rules.formula() + ")")));
    for (Team b : branches) {
      results.add(teamResult(hierarchy, b, BRANCH_CATEGORY, "category",
          outcome(b.category().isPresent(), BRANCH_CATEGORY, b.name(),
              b.category().map(TeamCategory::chinese).orElse(""), b.category().map(TeamCategory::english).orElse(""))
              .withEvidence("team", b.id())));
    }
    for (Team t : teams) {
      SiteLevel level = hierarchy.site(t.site()).orElseThrow().level();
      Optional<TeamRule> rule;
      if (topIds.contains(t.id())) {
        rule = Optional.of(rules.brigade());
      } else if (branchIds.contains(t.id())) {
        rule = Optional.of(rules.branch());
      } else {
        boolean ownTeam = t.parent().map(byId::get).map(p -> !p.site().equals(t.site())).orElse(true);
        rule = ownTeam ? rules.squadAt(level) : Optional.empty();
      }
      if (rule.isPresent()) {
        TeamRule r = rule.get();
        results.add(teamResult(hierarchy, t, SIZE, "members",
            outcome(t.members() >= r.minMembers(), SIZE, t.name(), t.members(), r.minMembers())
                .withEvidence("team", t.id())
                .withEvidence("site", t.site())
                .withEvidence("members", t.members())
                .withThreshold("members ≥ " + r.minMembers())));
        if (r.leaderRole().isPresent()) {
          results.add(teamResult(hierarchy, t, LEADER, "leader", leader(t, r.leaderRole().get())));
        }
      }
      if (t.parent().isPresent()) {
        Team parent = byId.get(t.parent().get());
        results.add(teamResult(hierarchy, t, PLACEMENT, "parent",
            placement(hierarchy, t, parent, topIds.contains(parent.id()), rules.placements())));
      }
    }
    Set<SiteId> withTeam = new HashSet<>();
    teams.forEach(t -> withTeam.add(t.site()));
    for (SiteLevel level : rules.teamRequiredAt()) {
      hierarchy.sitesUnder(county, level).forEach(site -> results.add(CheckResult.of(SITE_HAS_TEAM, "team",
          Optional.of(site.id()), site.level(),
          outcome(withTeam.contains(site.id()), SITE_HAS_TEAM, site.name()).withEvidence("site", site.id()))));
    }
    for (GridGroup g : grids) {
      Site site = hierarchy.site(g.site()).orElseThrow();
      Evaluation e = g.officer().isPresent()
          ? Evaluation.pass(Message.civic(GRID_OFFICER + ".pass", g.name(), g.officer().get(), site.name()))
          : Evaluation.fail(Message.civic(GRID_OFFICER + ".fail", g.name(), site.name()));
      results.add(CheckResult.of(GRID_OFFICER, "officer", Optional.of(site.id()), site.level(),
          e.withEvidence("grid", g.id()).withEvidence("site", site.id())
              .withEvidence("officer", g.officer().orElse("none"))));
    }
    Map<SiteId, Integer> groupsAt = new HashMap<>();
    grids.forEach(g -> groupsAt.merge(g.site(), 1, Integer::sum));
    for (SiteLevel level : rules.gridsRequiredAt()) {
      hierarchy.sitesUnder(county, level).forEach(site -> {
        int n = groupsAt.getOrDefault(site.id(), 0);
        results.add(CheckResult.of(SITE_HAS_GRID, "grids", Optional.of(site.id()), site.level(),
            outcome(n > 0, SITE_HAS_GRID, site.name(), n).withEvidence("site", site.id())
                .withEvidence("grids", n).withThreshold("grid groups ≥ 1")));
      });
    }
    return new TeamStructureReport(results, tree);
  }

  /** Tells whether a team is one of the "K": of the ladder's branch tier, at a center. */
  static boolean isBranch(Hierarchy hierarchy, TeamLadder ladder, Team t) {
    return ladder.branchTier().map(t.tier()::equals).orElse(false)
        && hierarchy.site(t.site()).map(s -> s.level() == SiteLevel.CENTER).orElse(false);
  }

  private static boolean inCounty(Hierarchy hierarchy, DivisionCode county, SiteId id) {
    Optional<Site> site = hierarchy.site(id);
    return site.isPresent() && (site.get().division().equals(county) || county.isAncestorOf(site.get().division()));
  }

  /** The ways a team sits under its parent, measured along the sites; empty if it fits none. */
  static Set<TeamPlacement> placementsOf(Hierarchy hierarchy, Team team, Team parent, boolean parentIsTop) {
    Set<TeamPlacement> ways = EnumSet.noneOf(TeamPlacement.class);
    if (parentIsTop) {
      ways.add(TeamPlacement.TOP);
    }
    if (parent.site().equals(team.site())) {
      ways.add(TeamPlacement.SAME_SITE);
      return ways;
    }
    Optional<Site> above = hierarchy.parentSite(team.site());
    if (above.isPresent() && above.get().id().equals(parent.site())) {
      ways.add(TeamPlacement.PARENT_SITE);
    }
    for (; above.isPresent(); above = hierarchy.parentSite(above.get().id())) {
      if (above.get().id().equals(parent.site())) {
        ways.add(TeamPlacement.ANCESTOR_SITE);
        break;
      }
    }
    return ways;
  }

  private static Evaluation placement(Hierarchy hierarchy, Team t, Team parent, boolean parentIsTop,
      Set<TeamPlacement> allowed) {
    Set<TeamPlacement> ways = placementsOf(hierarchy, t, parent, parentIsTop);
    boolean pass = ways.stream().anyMatch(allowed::contains);
    String zh = ways.isEmpty() ? "其他阵地的队伍" : ways.stream().map(TeamPlacement::chinese).collect(Collectors.joining("、"));
    String en = ways.isEmpty() ? "a team of another site" : english(ways);
    Message m = pass
        ? Message.civic(PLACEMENT + ".pass", t.name(), parent.name(), zh, en)
        : Message.civic(PLACEMENT + ".fail", t.name(), parent.name(), zh, en,
            allowed.stream().map(TeamPlacement::chinese).collect(Collectors.joining("、")), english(allowed));
    return Evaluation.of(pass ? Outcome.PASS : Outcome.FAIL, m)
        .withEvidence("team", t.id())
        .withEvidence("site", t.site())
        .withEvidence("parent", parent.id())
        .withEvidence("parentSite", parent.site())
        .withEvidence("placement", ways.isEmpty() ? "none" : ways.stream().map(TeamPlacement::name)
            .collect(Collectors.joining(",")))
        .withThreshold("one of " + allowed);
  }

  private static String english(Set<TeamPlacement> ways) {
    return ways.stream().map(w -> w.name().toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", "));
  }

  private static Evaluation leader(Team t, LeaderRole required) {
    Evaluation e;
    if (t.leader().isEmpty()) {
      e = Evaluation.fail(Message.civic(LEADER + ".fail-missing", t.name(), required.chinese(), required.english()))
          .withEvidence("leader", "none");
    } else {
      LeaderRole actual = t.leader().get().role();
      boolean pass = actual.equals(required);
      e = Evaluation.of(pass ? Outcome.PASS : Outcome.FAIL, Message.civic(LEADER + "." + (pass ? "pass" : "fail"),
              t.name(), actual.chinese(), actual.english(), required.chinese(), required.english()))
          .withEvidence("leader", actual.id());
    }
    return e.withEvidence("team", t.id()).withEvidence("site", t.site()).withThreshold("led by " + required.id());
  }

  private static Evaluation outcome(boolean pass, String id, Object... args) {
    return Evaluation.of(pass ? Outcome.PASS : Outcome.FAIL, Message.civic(id + "." + (pass ? "pass" : "fail"), args));
  }

  private static CheckResult teamResult(Hierarchy h, Team t, String id, String property, Evaluation e) {
    return CheckResult.of(id, property, Optional.of(t.site()), h.site(t.site()).orElseThrow().level(), e);
  }
}
