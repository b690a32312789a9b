package org.civic.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.civic.division.Division;
import org.civic.site.Display;
import org.civic.site.Projects;
import org.civic.site.RuleDocuments;
import org.civic.site.Signage;
import org.civic.site.Site;
import org.civic.site.SiteFacts;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.site.Staffing;
import org.civic.site.TeamFacts;
import org.civic.site.Venue;
import org.junit.jupiter.api.Test;

/**
 * A builder and a hierarchy keep the sites' facts in columns, not as objects; every site's facts
 * come back equal to those added — each fact known or not, areas the columns hold (two decimals)
 * and areas they do not (finer, or beyond a long of hundredths), rules within and beyond the 64
 * names the columns give a bit, any number of leader roles, staffing — whether the sites are added
 * in the order the hierarchy keeps them or not, and whether bad sites are left out among them.
 */
class SiteFactsColumnsPropertiesTest {

  private static final List<Division> YUZHOU = Counties.yuzhou();

  private static SiteFacts facts(SplittableRandom r) {
    SiteFacts f = SiteFacts.unknown();
    if (r.nextInt(8) == 0) {
      return f;
    }
    switch (r.nextInt(7)) {
      case 0 -> { }
      case 1 -> f = f.withVenue(Venue.none());
      case 2 -> f = f.withVenue(new Venue(new BigDecimal(r.nextInt(100_000) + "." + r.nextInt(1000)), r.nextInt(9)));
      case 3 -> f = f.withVenue(new Venue(new BigDecimal("1e17").add(BigDecimal.valueOf(r.nextInt(99))), 1));
      case 4 -> f = f.withVenue(new Venue(new BigDecimal(r.nextInt(500) + "." + r.nextInt(100) + "000"), 2));
      default -> f = f.withVenue(Venue.of(r.nextInt(400) + r.nextInt(10) / 10.0, r.nextInt(6)));
    }
    if (r.nextInt(4) > 0) {
      f = f.withSignage(new Signage(r.nextBoolean(), r.nextBoolean()));
    }
    switch (r.nextInt(4)) {
      case 0 -> { }
      case 1 -> f = f.withTeam(TeamFacts.none());
      case 2 -> f = f.withTeam(new TeamFacts(Optional.empty(), r.nextInt(30)));
      default -> f = f.withTeam(TeamFacts.led("站长" + r.nextInt(r.nextBoolean() ? 3 : 500), r.nextInt(30)));
    }
    if (r.nextInt(4) > 0) {
      f = f.withProjects(new Projects(r.nextInt(6), r.nextInt(20)));
    }
    if (r.nextInt(4) > 0) {
      Set<String> docs = new LinkedHashSet<>();
      int count = r.nextInt(10) == 0 ? 70 : r.nextInt(6);
      int names = r.nextBoolean() ? 8 : 200; // 200: more distinct names than a 64-bit mask holds
      for (int k = 0; k < count; k++) {
        docs.add((r.nextBoolean() ? "《" : "") + "制度" + r.nextInt(names));
      }
      f = f.withRules(new RuleDocuments(docs));
    }
    if (r.nextInt(4) > 0) {
      f = f.withDisplay(new Display(r.nextInt(5), r.nextBoolean()));
    }
    if (r.nextInt(3) == 0) {
      int approved = r.nextInt(12);
      int directors = r.nextInt(approved + 1);
      f = f.withStaffing(new Staffing(approved, directors, r.nextInt(approved - directors + 1)));
    }
    return f;
  }

  @Test
  void everySiteHasTheFactsItWasAddedWith() {
    qt().withExamples(30).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<Site> sites = new ArrayList<>();
      Map<SiteId, SiteFacts> added = new HashMap<>();
      boolean withBadSites = r.nextInt(3) == 0;
      for (Division d : YUZHOU) {
        SiteLevel level = SiteLevel.mainLevelFor(d.level()).orElseThrow();
        SiteId id = SiteId.of("s" + d.code());
        SiteFacts f = facts(r);
        sites.add(Site.of(id, d.name() + level.chinese(), level, d.code(), Optional.empty()).withFacts(f));
        added.put(id, f);
        if (withBadSites && r.nextInt(10) == 0) {
          // a second main site on the same division: whichever comes second is left out
          SiteId second = SiteId.of("x" + d.code());
          SiteFacts g = facts(r);
          sites.add(Site.of(second, "又一个", level, d.code(), Optional.empty()).withFacts(g));
          added.put(second, g);
        }
      }
      if (r.nextBoolean()) {
        for (int i = sites.size() - 1; i > 0; i--) {
          int j = r.nextInt(i + 1);
          Site t = sites.get(i);
          sites.set(i, sites.get(j));
          sites.set(j, t);
        }
      }
      BuildResult built = Hierarchy.builder().addDivisions(YUZHOU).addSites(sites).buildLenient();
      Hierarchy h = built.hierarchy();
      assertThat(h.siteCount()).isEqualTo(YUZHOU.size());
      assertThat(built.problems()).hasSize(added.size() - YUZHOU.size());
      h.sites().forEach(s -> {
        SiteFacts f = added.get(s.id());
        assertThat(s.facts()).as("%s", s.id()).isEqualTo(f);
        assertThat(s.facts().toString()).isEqualTo(f.toString());
        assertThat(h.site(s.id()).orElseThrow().facts()).isEqualTo(f);
      });
    });
  }

  @Test
  void aHierarchyWithoutFactsGivesEverySiteUnknownFacts() {
    List<Site> sites = new ArrayList<>();
    for (Division d : YUZHOU) {
      SiteLevel level = SiteLevel.mainLevelFor(d.level()).orElseThrow();
      sites.add(Site.of(SiteId.of("s" + d.code()), d.name() + level.chinese(), level, d.code(), Optional.empty()));
    }
    Hierarchy h = Hierarchy.builder().addDivisions(YUZHOU).addSites(sites).build();
    assertThat(h.sites()).allSatisfy(s -> assertThat(s.facts().isUnknown()).isTrue());
  }
}
