package org.civic.testkit.properties.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.civic.division.Division;
import org.civic.hierarchy.Hierarchy;
import org.civic.site.Checkable;
import org.civic.site.Site;
import org.civic.site.SiteFacts;
import org.civic.site.SiteLevel;
import org.civic.standard.CheckResult;
import org.civic.standard.ComplianceResults;
import org.civic.standard.ComplianceSummary;
import org.civic.standard.Evaluation;
import org.civic.standard.Message;
import org.civic.standard.Outcome;
import org.civic.standard.OutcomeCounts;
import org.civic.standard.Requirement;
import org.civic.standard.Score;
import org.civic.standard.Scoring;
import org.civic.standard.SiteCompliance;
import org.civic.standard.SixHaves;
import org.civic.standard.Standard;
import org.civic.testkit.RandomFacts;
import org.civic.testkit.RandomHierarchies;
import org.junit.jupiter.api.Test;

/** Properties of standards, over generated facts and hierarchies (generators in civic-testkit). */
class StandardPropertiesTest {

  private static final int EXAMPLES = 300;
  private static final Standard SIX = SixHaves.standard();
  private static final SiteLevel[] LEVELS = SiteLevel.values();

  record Subject(SiteLevel level, SiteFacts facts) implements Checkable {}

  /** The ways to learn one more fact about a site. */
  private static final List<java.util.function.BiFunction<SiteFacts, SplittableRandom, SiteFacts>> LEARN = List.of(
      (f, r) -> f.venue().isPresent() ? f : f.withVenue(RandomFacts.venue(r)),
      (f, r) -> f.signage().isPresent() ? f : f.withSignage(new org.civic.site.Signage(r.nextBoolean(), r.nextBoolean())),
      (f, r) -> f.team().isPresent() ? f : f.withTeam(RandomFacts.team(r)),
      (f, r) -> f.projects().isPresent() ? f : f.withProjects(new org.civic.site.Projects(r.nextInt(3), r.nextInt(3))),
      (f, r) -> f.rules().isPresent() ? f : f.withRules(RandomFacts.rules(r)),
      (f, r) -> f.display().isPresent() ? f : f.withDisplay(new org.civic.site.Display(r.nextInt(3), r.nextBoolean())));

  /** The facts with the one LEARN would learn (by index) unknown again, the others kept. */
  private static SiteFacts forget(SiteFacts f, int which) {
    SiteFacts out = SiteFacts.unknown();
    out = which == 0 ? out : f.venue().map(out::withVenue).orElse(out);
    out = which == 1 ? out : f.signage().map(out::withSignage).orElse(out);
    out = which == 2 ? out : f.team().map(out::withTeam).orElse(out);
    out = which == 3 ? out : f.projects().map(out::withProjects).orElse(out);
    out = which == 4 ? out : f.rules().map(out::withRules).orElse(out);
    out = which == 5 ? out : f.display().map(out::withDisplay).orElse(out);
    return out;
  }

  @Test
  void learningAFactNeverTurnsAPassIntoAFail() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, LEVELS.length - 1), integers().between(0, 5))
        .checkAssert((seed, level, which) -> {
          SplittableRandom random = new SplittableRandom(seed);
          // The fact to learn is always unknown before (otherwise "learning" it changes nothing).
          SiteFacts before = forget(RandomFacts.facts(random, 0.5), which);
          SiteFacts after = LEARN.get(which).apply(before, random);
          assertThat(after).as("a fact was learnt").isNotEqualTo(before);
          SiteCompliance b = SIX.check(new Subject(LEVELS[level], before));
          SiteCompliance a = SIX.check(new Subject(LEVELS[level], after));
          for (int i = 0; i < b.results().size(); i++) {
            Outcome was = b.results().get(i).outcome();
            Outcome is = a.results().get(i).outcome();
            if (was == Outcome.PASS) {
              assertThat(is).isEqualTo(Outcome.PASS);
            }
            if (was != Outcome.INCOMPLETE) {
              assertThat(is).as("a known fact's outcome stays").isEqualTo(was);
            }
          }
        });
  }

  @Test
  void moreOfAFactNeverTurnsAPassIntoAFail() {
    List<UnaryOperator<SiteFacts>> more = List.of(
        f -> f.venue().map(v -> f.withVenue(new org.civic.site.Venue(v.area().add(BigDecimal.TEN), v.functionRooms() + 1))).orElse(f),
        f -> f.team().map(t -> f.withTeam(new org.civic.site.TeamFacts(t.leaderRole(), t.members() + 3))).orElse(f),
        f -> f.projects().map(p -> f.withProjects(new org.civic.site.Projects(p.running() + 1, p.menuItems()))).orElse(f),
        f -> f.display().map(d -> f.withDisplay(new org.civic.site.Display(d.boards() + 1, true))).orElse(f));
    AtomicInteger passesChecked = new AtomicInteger();
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, LEVELS.length - 1), integers().between(0, 3))
        .checkAssert((seed, level, which) -> {
          // Every fact known, so that "more" always changes one (an unknown fact stays unknown).
          SiteFacts before = RandomFacts.facts(new SplittableRandom(seed), 0);
          SiteFacts after = more.get(which).apply(before);
          assertThat(after).as("there is more of a fact").isNotEqualTo(before);
          SiteCompliance b = SIX.check(new Subject(LEVELS[level], before));
          SiteCompliance a = SIX.check(new Subject(LEVELS[level], after));
          for (int i = 0; i < b.results().size(); i++) {
            if (b.results().get(i).outcome() == Outcome.PASS) {
              assertThat(a.results().get(i).outcome()).isEqualTo(Outcome.PASS);
              passesChecked.incrementAndGet();
            }
          }
        });
    assertThat(passesChecked).as("passes the property was checked on").hasValueGreaterThan(EXAMPLES);
  }

  @Test
  void scoresAndStarsStayWithinBounds() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, LEVELS.length - 1),
            integers().between(0, 9), doubles().between(0, 100))
        .checkAssert((seed, level, weight, t) -> {
          Scoring scoring = Scoring.defaults().withWeight(SixHaves.VENUE, weight)
              .withStarThresholds(t / 5, t / 4, t / 3, t / 2, t);
          Score s = scoring.score(SIX.check(new Subject(LEVELS[level], RandomFacts.facts(new SplittableRandom(seed), 0.3))));
          assertThat(s.earned()).isBetween(0L, s.possible());
          if (s.isEmpty()) {
            assertThat(scoring.stars(s)).isZero();
          } else {
            assertThat(s.percent(2)).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
          }
          assertThat(scoring.stars(s)).isBetween(0, 5);
        });
  }

  @Test
  void fastOutcomesAgreeWithFullEvaluations() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, LEVELS.length - 1)).checkAssert((seed, level) -> {
      Subject s = new Subject(LEVELS[level], RandomFacts.facts(new SplittableRandom(seed), 0.3));
      for (Requirement r : SIX.requirements()) {
        assertThat(r.outcome(s)).isEqualTo(r.evaluate(s).outcome());
      }
    });
  }

  @Test
  void theWholeHierarchyCheckAgreesWithSiteBySiteChecks() {
    qt().withExamples(100).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, size) -> {
      SplittableRandom random = new SplittableRandom(seed);
      RandomHierarchies.Sample sample = RandomHierarchies.generate(random, size, 0.8);
      List<Site> sites = new java.util.ArrayList<>(RandomFacts.withFacts(random, sample.sites(), 0.2));
      // Awkward values the columns cannot hold exactly: areas with three decimals, 70 rule names.
      for (int i = 0; i < sites.size(); i += 3) {
        Site s = sites.get(i);
        SiteFacts f = s.facts().withVenue(new org.civic.site.Venue(new BigDecimal("15.005").add(BigDecimal.valueOf(i % 3 - 1)), 1));
        if (i % 2 == 0) {
          java.util.Set<String> many = new java.util.TreeSet<>();
          for (int k = 0; k < 70; k++) {
            many.add("制度" + (k + i));
          }
          many.add("安全管理制度");
          f = f.withRules(new org.civic.site.RuleDocuments(many));
        }
        sites.set(i, s.withFacts(f));
      }
      Hierarchy h = Hierarchy.builder().addDivisions(sample.divisions()).addSites(sites).build();
      Standard standard = random.nextBoolean() ? SIX
          : SixHaves.profile().withVenueArea(SiteLevel.STATION, 15.005).withRequiredRules(SiteLevel.POST,
              java.util.Set.of("安全管理制度", "信息员工作职责", "无人有的制度")).toStandard("p", "1");
      ComplianceResults all = standard.check(h);
      for (Site site : sites) {
        SiteCompliance one = standard.check(site);
        for (CheckResult r : one.results()) {
          assertThat(all.outcome(site.id(), r.requirementId())).as("%s %s", site, r.requirementId())
              .isEqualTo(r.outcome());
        }
      }
    });
  }

  @Test
  void aSubtreesOutcomeCountsAreTheSumOfItsChildrensPlusItsOwnSites() {
    qt().withExamples(100).forAll(longs().all(), integers().between(1, 5)).checkAssert((seed, size) -> {
      SplittableRandom random = new SplittableRandom(seed);
      RandomHierarchies.Sample sample = RandomHierarchies.generate(random, size, 0.7);
      Hierarchy h = Hierarchy.builder().addDivisions(sample.divisions())
          .addSites(RandomFacts.withFacts(random, sample.sites(), 0.2)).build();
      ComplianceResults results = SIX.check(h);
      for (Division d : sample.divisions()) {
        ComplianceSummary sum = ComplianceSummary.of(java.util.Map.of());
        for (Division child : h.children(d.code())) {
          sum = sum.plus(results.summary(child.code()));
        }
        for (Site own : h.sitesOn(d.code())) {
          for (CheckResult r : results.forSite(own.id()).results()) {
            Outcome o = r.outcome();
            OutcomeCounts one = OutcomeCounts.of(o == Outcome.PASS ? 1 : 0, o == Outcome.FAIL ? 1 : 0,
                o == Outcome.INCOMPLETE ? 1 : 0, o == Outcome.NOT_APPLICABLE ? 1 : 0);
            sum = sum.plus(ComplianceSummary.of(java.util.Map.of(r.requirementId(), one)));
          }
        }
        ComplianceSummary actual = results.summary(d.code());
        for (String id : SixHaves.IDS) {
          assertThat(actual.counts(id)).as("%s %s", d, id).isEqualTo(sum.counts(id));
        }
      }
    });
  }

  /**
   * How a host property-tests its own requirement with civic-testkit: a provincial-logo rule
   * must pass exactly when the logo is up, be incomplete when signage is unknown, and never
   * touch the six built-in outcomes.
   */
  @Test
  void aHostPropertyTestsItsOwnRequirement() {
    Requirement logo = Requirement.of("henan.provincial-logo", site -> site.facts().signage()
        .map(s -> s.unifiedLogo()
            ? Evaluation.pass(Message.literal("省级统一标识已悬挂"))
            : Evaluation.fail(Message.literal("缺少省级统一标识")))
        .orElse(Evaluation.incomplete(Message.literal("标识情况未知"))));
    Standard henan = SixHaves.profile().withVenueArea(SiteLevel.STATION, 20).toStandard("河南", "2024")
        .withRequirement(logo);
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      RandomHierarchies.Sample sample = RandomHierarchies.generate(random, 3, 0.8);
      Hierarchy h = Hierarchy.builder().addDivisions(sample.divisions())
          .addSites(RandomFacts.withFacts(random, sample.sites(), 0.3)).build();
      ComplianceResults results = henan.check(h);
      h.sites().forEach(site -> {
        Outcome expected = site.facts().signage()
            .map(s -> s.unifiedLogo() ? Outcome.PASS : Outcome.FAIL).orElse(Outcome.INCOMPLETE);
        assertThat(results.outcome(site.id(), "henan.provincial-logo")).isEqualTo(expected);
        assertThat(results.forSite(site.id()).results()).hasSize(7);
      });
    });
  }

  @Test
  void generatedFactsCoverEveryOutcome() {
    SplittableRandom random = new SplittableRandom(1);
    java.util.EnumSet<Outcome> seen = java.util.EnumSet.noneOf(Outcome.class);
    for (int i = 0; i < 200; i++) {
      SIX.check(new Subject(LEVELS[i % LEVELS.length], RandomFacts.facts(random, 0.2)))
          .results().forEach(r -> seen.add(r.outcome()));
    }
    assertThat(seen).containsExactlyInAnyOrder(Outcome.values());
  }
}
