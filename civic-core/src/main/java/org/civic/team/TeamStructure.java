package org.civic.team;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * Checks a county's teams against a formula and per-level rules — 队伍结构检查 — and reports
 * every deviation (two brigades, eleven branches, a branch without a category, an undersized team, a
 * wrong leader role, a site without a team) as {@link CheckResult}s, passes included.
 *
 * <p>Rule ids: {@value #BRIGADE}, {@value #BRANCHES}, {@value #BRANCH_CATEGORY}, {@value #SIZE},
 * {@value #LEADER}, {@value #SITE_HAS_TEAM}.
 *
 * <pre>{@code
 * TeamStructureReport report = TeamStructure.check(hierarchy, DivisionCode.parse("360826"), teams,
 *     TeamRules.of(TeamFormula.parse("1+10+N")));
 * report.violations().forEach(v -> log.warn(v.message(Locale.CHINA)));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class TeamStructure {

  /** Exactly one brigade. */
  public static final String BRIGADE = "team.brigade";
  /** Exactly K branches. */
  public static final String BRANCHES = "team.branches";
  /** Every branch has a category. */
  public static final String BRANCH_CATEGORY = "team.branch-category";
  /** Every team is large enough for its kind. */
  public static final String SIZE = "team.size";
  /** Every team is led by someone in the required role. */
  public static final String LEADER = "team.leader";
  /** Every site of the required levels has a team. */
  public static final String SITE_HAS_TEAM = "team.site-has-team";

  private TeamStructure() {}

  /**
   * Checks the teams of a county.
   *
   * @param hierarchy the hierarchy holding the county's sites, not null
   * @param county the county (or city without counties), a division of the hierarchy, not null
   * @param teams the county's teams, not null
   * @param rules the formula and rules, not null
   * @return every finding, not null
   * @throws ProblemException if a team's site is not in the county, or the teams do not form a
   *     tree (duplicate ids, unknown parents, tiers nested wrongly) — every such team named
   * @throws IllegalArgumentException if the county is not in the hierarchy
   */
  public static TeamStructureReport check(Hierarchy hierarchy, DivisionCode county, Collection<Team> teams,
      TeamRules rules) {
    Objects.requireNonNull(hierarchy, "hierarchy");
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(teams, "teams");
    Objects.requireNonNull(rules, "rules");
    hierarchy.coverage(county, county.level()); // fails early if the county is unknown
    List<Problem> problems = new ArrayList<>();
    for (Team t : teams) {
      Optional<Site> site = hierarchy.site(t.site());
      if (site.isEmpty() || !(site.get().division().equals(county) || county.isAncestorOf(site.get().division()))) {
        problems.add(Problem.of("team.unknown-site", Location.ofSubject(t.id().value()),
                "team " + t.id() + " belongs to site " + t.site() + ", which is not a site of " + county)
            .withExpected("a site on or under division " + county));
      }
    }
    if (!problems.isEmpty()) {
      throw new ProblemException("cannot check the teams of " + county, problems);
    }
    TeamTree.of(teams);

    List<CheckResult> results = new ArrayList<>();
    Optional<Site> center = hierarchy.siteOf(county);
    Optional<SiteId> centerId = center.map(Site::id);
    List<Team> brigades = teams.stream().filter(t -> t.tier() == TeamTier.BRIGADE).toList();
    List<Team> branches = teams.stream().filter(t -> t.tier() == TeamTier.BRANCH).toList();
    results.add(CheckResult.of(BRIGADE, "brigade", centerId, SiteLevel.CENTER,
        outcome(brigades.size() == 1, BRIGADE, brigades.size())
            .withEvidence("brigades", brigades.size())
            .withThreshold("exactly 1")));
    int k = rules.formula().branches();
    results.add(CheckResult.of(BRANCHES, "branches", centerId, SiteLevel.CENTER,
        outcome(branches.size() == k, BRANCHES, branches.size(), rules.formula().toString(), k)
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
      Optional<TeamRule> rule = switch (t.tier()) {
        case BRIGADE -> Optional.of(rules.brigade());
        case BRANCH -> Optional.of(rules.branch());
        case SQUAD -> rules.squadAt(level);
      };
      if (rule.isEmpty()) {
        continue;
      }
      TeamRule r = rule.get();
      results.add(teamResult(hierarchy, t, SIZE, "members",
          outcome(t.members() >= r.minMembers(), SIZE, t.name(), t.members(), r.minMembers())
              .withEvidence("team", t.id())
              .withEvidence("members", t.members())
              .withThreshold("members ≥ " + r.minMembers())));
      if (r.leaderRole().isPresent()) {
        results.add(teamResult(hierarchy, t, LEADER, "leader", leader(t, r.leaderRole().get())));
      }
    }
    Set<SiteId> withTeam = new HashSet<>();
    teams.forEach(t -> withTeam.add(t.site()));
    for (SiteLevel level : rules.teamRequiredAt()) {
      hierarchy.sitesUnder(county, level).forEach(site -> results.add(CheckResult.of(SITE_HAS_TEAM, "team",
          Optional.of(site.id()), site.level(),
          outcome(withTeam.contains(site.id()), SITE_HAS_TEAM, site.name()).withEvidence("site", site.id()))));
    }
    return new TeamStructureReport(results);
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
    return e.withEvidence("team", t.id()).withThreshold("led by " + required.id());
  }

  private static Evaluation outcome(boolean pass, String id, Object... args) {
    return Evaluation.of(pass ? Outcome.PASS : Outcome.FAIL, Message.civic(id + "." + (pass ? "pass" : "fail"), args));
  }

  private static CheckResult teamResult(Hierarchy h, Team t, String id, String property, Evaluation e) {
    return CheckResult.of(id, property, Optional.of(t.site()), h.site(t.site()).orElseThrow().level(), e);
  }
}
