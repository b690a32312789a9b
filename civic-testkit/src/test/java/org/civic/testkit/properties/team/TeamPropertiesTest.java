package org.civic.testkit.properties.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.standard.CheckResult;
import org.civic.team.GridCounts;
import org.civic.team.Team;
import org.civic.team.TeamId;
import org.civic.team.TeamNode;
import org.civic.team.TeamStructure;
import org.civic.team.TeamStructureReport;
import org.civic.testkit.RandomHierarchies;
import org.civic.testkit.RandomTeams;
import org.junit.jupiter.api.Test;

/**
 * Properties of team trees of any depth built along random hierarchies: every such tree is
 * accepted, a team moved under another site's team or missing from its site is reported exactly
 * once, and grid counts add up.
 */
class TeamPropertiesTest {

  private static final int EXAMPLES = 150;

  /** A random hierarchy, one of its counties with a center, and that county's teams; empty if it has none. */
  private record Case(Hierarchy hierarchy, RandomTeams.Sample sample, SplittableRandom random) {}

  private static Optional<Case> generate(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    RandomHierarchies.Sample s = RandomHierarchies.generate(random, size, 0.7);
    Hierarchy h = Hierarchy.builder().addDivisions(s.divisions()).addSites(s.sites()).build();
    List<DivisionCode> counties = RandomTeams.countiesWithCenters(h);
    if (counties.isEmpty()) {
      return Optional.empty();
    }
    DivisionCode county = counties.get(random.nextInt(counties.size()));
    return Optional.of(new Case(h, RandomTeams.along(random, h, county), random));
  }

  private static TeamStructureReport check(Case c, List<Team> teams) {
    return TeamStructure.check(c.hierarchy(), c.sample().county(), teams, c.sample().grids(), c.sample().rules());
  }

  @Test
  void anyTeamTreeBuiltAlongTheSitesIsAccepted() {
    int[] nonEmpty = {0};
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 5)).checkAssert((seed, size) ->
        generate(seed, size).ifPresent(c -> {
          nonEmpty[0]++;
          TeamStructureReport report = check(c, c.sample().teams());
          assertThat(report.violations()).as("seed %d", seed).isEmpty();
          assertThat(report.tree().size()).isEqualTo(c.sample().teams().size());
          assertThat(report.tree().roots()).singleElement()
              .satisfies(top -> assertThat(top.totalMembers()).isEqualTo(
                  c.sample().teams().stream().mapToLong(Team::members).sum()));
          int sites = (int) c.sample().teams().stream().map(Team::site).distinct().count();
          assertThat(report.tree().depth()).isLessThanOrEqualTo(sites + 1);
        }));
    assertThat(nonEmpty[0]).as("samples with a county").isGreaterThan(EXAMPLES / 3);
  }

  @Test
  void aTeamMovedUnderAnotherSitesTeamIsReportedExactlyOnce() {
    int[] moves = {0};
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 5)).checkAssert((seed, size) ->
        generate(seed, size).ifPresent(c -> {
          List<Team> teams = c.sample().teams();
          Map<TeamId, Team> byId = new HashMap<>();
          teams.forEach(t -> byId.put(t.id(), t));
          TeamNode top = check(c, teams).tree().roots().get(0);
          // A site's own team (not the top, not a branch, not under a team of its own site) ...
          List<Team> movable = teams.stream().filter(t -> t.parent().isPresent()
              && !byId.get(t.parent().get()).site().equals(t.site()) && !t.site().equals(top.team().site())).toList();
          for (Team t : movable) {
            Set<SiteId> above = ancestorsAndSelf(c.hierarchy(), t.site());
            Set<TeamId> below = subtree(check(c, teams).tree().node(t.id()).orElseThrow());
            // ... moved under a team of a site neither its own nor above it, of its tier or above, not under itself.
            Optional<Team> target = teams.stream().filter(q -> !q.id().equals(top.team().id())
                && !above.contains(q.site()) && !below.contains(q.id())
                && c.sample().rules().ladder().nests(t.tier(), q.tier())).findFirst();
            if (target.isEmpty()) {
              continue;
            }
            List<Team> moved = new ArrayList<>(teams);
            moved.set(teams.indexOf(t), reparent(t, target.get().id()));
            List<CheckResult> violations = check(c, moved).violations();
            assertThat(violations).as("seed %d, %s under %s", seed, t.id(), target.get().id()).singleElement()
                .satisfies(v -> {
                  assertThat(v.requirementId()).isEqualTo(TeamStructure.PLACEMENT);
                  assertThat(v.evidence()).containsEntry("team", t.id().value()).containsEntry("placement", "none");
                  assertThat(v.siteId()).contains(t.site());
                });
            moves[0]++;
            return;
          }
        }));
    assertThat(moves[0]).as("samples where a team could be moved").isGreaterThan(EXAMPLES / 10);
  }

  @Test
  void aMissingTeamIsReportedExactlyOnce() {
    int[] removals = {0};
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 5)).checkAssert((seed, size) ->
        generate(seed, size).ifPresent(c -> {
          List<Team> teams = c.sample().teams();
          Set<TeamId> parents = new HashSet<>();
          Map<SiteId, Integer> perSite = new HashMap<>();
          teams.forEach(t -> {
            t.parent().ifPresent(parents::add);
            perSite.merge(t.site(), 1, Integer::sum);
          });
          // The only team of a post or station, with no team under it.
          List<Team> removable = teams.stream().filter(t -> !parents.contains(t.id()) && perSite.get(t.site()) == 1
              && c.sample().rules().teamRequiredAt().contains(c.hierarchy().site(t.site()).orElseThrow().level()))
              .toList();
          if (removable.isEmpty()) {
            return;
          }
          Team gone = removable.get(c.random().nextInt(removable.size()));
          List<Team> fewer = new ArrayList<>(teams);
          fewer.remove(gone);
          assertThat(check(c, fewer).violations()).as("seed %d without %s", seed, gone.id()).singleElement()
              .satisfies(v -> {
                assertThat(v.requirementId()).isEqualTo(TeamStructure.SITE_HAS_TEAM);
                assertThat(v.siteId()).contains(gone.site());
              });
          removals[0]++;
        }));
    assertThat(removals[0]).as("samples where a team could be removed").isGreaterThan(EXAMPLES / 10);
  }

  @Test
  void gridCountsOfACountyAreTheSumOfItsChildrensAndItsOwn() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 5)).checkAssert((seed, size) ->
        generate(seed, size).ifPresent(c -> {
          Hierarchy h = c.hierarchy();
          DivisionCode county = c.sample().county();
          GridCounts whole = GridCounts.of(h, county, c.sample().grids());
          assertThat(whole.groups()).isEqualTo(c.sample().grids().size());
          assertThat(whole.withOfficer()).isEqualTo(whole.groups());
          assertThat(whole.stationsWithGroups()).isEqualTo(whole.stations());
          long groups = h.sitesOn(county).stream().mapToLong(s -> c.sample().grids().stream()
              .filter(g -> g.site().equals(s.id())).count()).sum();
          long stations = h.sitesOn(county).stream().filter(s -> s.level() == SiteLevel.STATION).count();
          for (var child : h.children(county)) {
            GridCounts part = GridCounts.of(h, child.code(), c.sample().grids());
            groups += part.groups();
            stations += part.stations();
          }
          assertThat(groups).isEqualTo(whole.groups());
          assertThat(stations).isEqualTo(whole.stations());
        }));
  }

  private static Set<SiteId> ancestorsAndSelf(Hierarchy h, SiteId site) {
    Set<SiteId> out = new HashSet<>();
    for (Optional<Site> s = h.site(site); s.isPresent(); s = h.parentSite(s.get().id())) {
      out.add(s.get().id());
    }
    return out;
  }

  private static Set<TeamId> subtree(TeamNode node) {
    Set<TeamId> out = new HashSet<>();
    out.add(node.team().id());
    node.children().forEach(child -> out.addAll(subtree(child)));
    return out;
  }

  private static Team reparent(Team t, TeamId parent) {
    Team.Builder b = Team.builder(t.id(), t.name(), t.tier(), t.site()).parent(parent).members(t.members());
    t.leader().ifPresent(b::leader);
    t.category().ifPresent(b::category);
    return b.build();
  }
}
