package org.civic.testkit.properties.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionLevel;
import org.civic.division.TownshipKind;
import org.civic.division.VillageKind;
import org.civic.hierarchy.BuildResult;
import org.civic.hierarchy.Coverage;
import org.civic.hierarchy.CoveragePolicy;
import org.civic.hierarchy.Hierarchy;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.testkit.RandomHierarchies.Sample;
import org.civic.testkit.RandomHierarchies;
import org.junit.jupiter.api.Test;

/**
 * Properties of hierarchies over random samples (the generators live in civic-testkit, which
 * depends on civic-core, so these tests live here rather than in civic-core).
 */
class HierarchyPropertiesTest {

  private static final int EXAMPLES = 200;

  private static Sample sample(long seed, int size) {
    return RandomHierarchies.generate(new SplittableRandom(seed), size, 0.6);
  }

  private static Hierarchy build(Sample s) {
    return Hierarchy.builder().addDivisions(s.divisions()).addSites(s.sites()).build();
  }

  @Test
  void childAndParentLinksAgreeBothWays() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 6)).checkAssert((seed, size) -> {
      Sample s = sample(seed, size);
      Hierarchy h = build(s);
      assertThat(h.divisionCount()).isEqualTo(s.divisions().size());
      int reached = 0;
      for (Division d : s.divisions()) {
        for (Division child : h.children(d.code())) {
          assertThat(h.parent(child.code())).contains(d);
          reached++;
        }
        h.parent(d.code()).ifPresent(p -> assertThat(h.children(p.code())).contains(d));
        assertThat(h.parent(d.code()).map(Division::code)).isEqualTo(d.code().parent()
            .filter(h::contains));
      }
      assertThat(reached + h.roots().size()).isEqualTo(h.divisionCount());
      for (Site site : s.sites()) {
        assertThat(h.site(site.id())).contains(site);
        if (site.level().isMain()) {
          assertThat(h.siteOf(site.division())).contains(site);
        } else {
          assertThat(h.subSites(site.parent().orElseThrow())).contains(site);
        }
      }
    });
  }

  @Test
  void aDivisionsCoverageIsTheSumOfItsChildrens() {
    CoveragePolicy noOthers = CoveragePolicy.all()
        .excludingTownshipKinds(EnumSet.of(TownshipKind.OTHER))
        .excludingVillageKinds(EnumSet.of(VillageKind.OTHER));
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 6)).checkAssert((seed, size) -> {
      Sample s = sample(seed, size);
      Hierarchy h = build(s);
      for (CoveragePolicy policy : List.of(CoveragePolicy.all(), noOthers)) {
        for (Division d : s.divisions()) {
          for (DivisionLevel level : DivisionLevel.values()) {
            if (level.depth() <= d.level().depth()) {
              continue;
            }
            Coverage sum = Coverage.empty();
            for (Division child : h.children(d.code())) {
              sum = sum.plus(h.coverage(child.code(), level, policy));
            }
            assertThat(h.coverage(d.code(), level, policy)).as("%s at %s", d, level).isEqualTo(sum);
          }
        }
      }
      // And a division counts itself at its own level.
      for (Division d : s.divisions()) {
        Coverage own = h.coverage(d.code(), d.level());
        assertThat(own.total()).isEqualTo(1);
        assertThat(own.built()).isEqualTo(h.siteOf(d.code()).isPresent() ? 1 : 0);
      }
    });
  }

  @Test
  void aDuplicateCodeIsReportedAndNothingElse() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 5)).checkAssert((seed, size) -> {
      Sample s = sample(seed, size);
      SplittableRandom random = new SplittableRandom(seed + 1);
      Division victim = s.divisions().get(random.nextInt(s.divisions().size()));
      List<Division> divisions = new ArrayList<>(s.divisions());
      divisions.add(random.nextInt(divisions.size() + 1), new Division(victim.code(), victim.name() + "副本"));
      assertThat(problems(divisions, s.sites()))
          .containsExactly("hierarchy.duplicate-division " + victim.code());
      assertThat(problems(s.divisions(), s.sites())).as("the sample itself is clean").isEmpty();
    });
  }

  @Test
  void aMissingParentIsReportedForEachOrphanAndNothingElse() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 5)).checkAssert((seed, size) -> {
      Sample s = sample(seed, size);
      SplittableRandom random = new SplittableRandom(seed + 2);
      // Remove a division below the province, and every site standing on it.
      List<Division> candidates = s.divisions().subList(1, s.divisions().size());
      Division removed = candidates.get(random.nextInt(candidates.size()));
      List<Division> divisions = new ArrayList<>(s.divisions());
      divisions.remove(removed);
      List<Site> sites = s.sites().stream().filter(x -> !x.division().equals(removed.code())).toList();
      Set<String> expected = new HashSet<>();
      for (Division d : divisions) {
        if (d.code().parent().equals(java.util.Optional.of(removed.code()))) {
          expected.add("hierarchy.missing-parent " + d.code());
        }
      }
      // A point or sub-center whose parent stood on the removed division is named too.
      Set<SiteId> gone = new HashSet<>();
      s.sites().stream().filter(x -> x.division().equals(removed.code())).forEach(x -> gone.add(x.id()));
      for (Site x : sites) {
        if (x.parent().isPresent() && gone.contains(x.parent().get())) {
          expected.add("hierarchy.missing-parent-site " + x.id());
        }
      }
      assertThat(problems(divisions, sites)).containsExactlyInAnyOrderElementsOf(expected);
    });
  }

  @Test
  void aSiteOnTheWrongLevelIsReportedAndNothingElse() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 5)).checkAssert((seed, size) -> {
      Sample s = sample(seed, size);
      SplittableRandom random = new SplittableRandom(seed + 3);
      Division on = s.divisions().get(random.nextInt(s.divisions().size()));
      SiteLevel wrong = on.level() == DivisionLevel.VILLAGE ? SiteLevel.POST : SiteLevel.STATION;
      List<Site> sites = new ArrayList<>(s.sites());
      sites.add(Site.of(SiteId.of("wrong"), "错层", wrong, on.code(), java.util.Optional.empty()));
      assertThat(problems(s.divisions(), sites)).containsExactly("hierarchy.wrong-level wrong");
    });
  }

  @Test
  void aCycleIsReportedForEachMemberAndNothingElse() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(2, 6)).checkAssert((seed, length) -> {
      Sample s = sample(seed, 3);
      List<Division> lower = s.divisions().stream()
          .filter(d -> d.level().depth() >= DivisionLevel.TOWNSHIP.depth()).toList();
      if (lower.isEmpty()) {
        return;
      }
      Division on = lower.get(lower.size() - 1);
      List<Site> sites = new ArrayList<>(s.sites());
      Set<String> expected = new HashSet<>();
      for (int i = 0; i < length; i++) {
        sites.add(Site.point(SiteId.of("c" + i), "环" + i, on.code(), SiteId.of("c" + (i + 1) % length)));
        expected.add("hierarchy.cycle c" + i);
      }
      assertThat(problems(s.divisions(), sites)).containsExactlyInAnyOrderElementsOf(expected);
    });
  }

  @Test
  void theLenientBuildKeepsEveryGoodRecord() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 5)).checkAssert((seed, size) -> {
      Sample s = sample(seed, size);
      List<Site> sites = new ArrayList<>(s.sites());
      Division first = s.divisions().get(0);
      sites.add(Site.station(SiteId.of("bad"), "错层", first.code()));
      BuildResult result = Hierarchy.builder().addDivisions(s.divisions()).addSites(sites).buildLenient();
      assertThat(result.problems()).extracting(Problem::id).containsExactly("hierarchy.wrong-level");
      assertThat(result.hierarchy().siteCount()).isEqualTo(s.sites().size());
      assertThat(result.hierarchy().divisionCount()).isEqualTo(s.divisions().size());
    });
  }

  private static List<String> problems(List<Division> divisions, List<Site> sites) {
    ProblemException e = catchThrowableOfType(ProblemException.class,
        () -> Hierarchy.builder().addDivisions(divisions).addSites(sites).build());
    if (e == null) {
      return List.of();
    }
    return e.problems().stream()
        .map(p -> p.id() + " " + p.where().subject().orElseThrow())
        .toList();
  }

  @Test
  void generatedSamplesAreValidAndVaried() {
    Sample s = sample(42, 5);
    assertThat(build(s).divisionCount()).isEqualTo(s.divisions().size());
    assertThat(s.divisions().stream().map(Division::level).distinct()).hasSizeGreaterThan(3);
    assertThat(DivisionCode.parse(s.divisions().get(0).code().toString()).level()).isEqualTo(DivisionLevel.PROVINCE);
  }
}
