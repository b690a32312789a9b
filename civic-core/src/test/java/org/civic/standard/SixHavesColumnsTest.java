package org.civic.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.civic.division.Division;
import org.civic.division.DivisionCsv;
import org.civic.hierarchy.Hierarchy;
import org.civic.site.Display;
import org.civic.site.Projects;
import org.civic.site.RuleDocuments;
import org.civic.site.Signage;
import org.civic.site.Site;
import org.civic.site.SiteFacts;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.site.TeamFacts;
import org.civic.site.Venue;
import org.civic.standard.Fixtures.Subject;
import org.junit.jupiter.api.Test;

/**
 * {@link Standard#check(Hierarchy)} reads the six haves from the hierarchy's fact columns, a few
 * array reads per site; {@link Requirement#evaluate} judges one site's facts. Over a county of
 * sites whose facts sit at, just below and just above every threshold (or are unknown, none, or
 * too fine for the columns), both must give every site the same outcome.
 */
class SixHavesColumnsTest {

  private static final List<String> RULE_NAMES = List.of("安全管理制度", "志愿服务制度", "网格志愿小组工作职责", "值班制度");

  private static List<Division> yuzhou() {
    String name = "yuzhou-411081.csv";
    try (InputStream in = SixHavesColumnsTest.class.getResourceAsStream("/org/civic/data/" + name)) {
      return DivisionCsv.readAll(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int near(SplittableRandom r, int threshold) {
    return Math.max(0, threshold + r.nextInt(3) - 1);
  }

  private static SiteFacts facts(SplittableRandom r, LevelThresholds t, int site) {
    SiteFacts f = SiteFacts.unknown();
    switch (r.nextInt(6)) {
      case 0 -> { }
      case 1 -> f = f.withVenue(Venue.none());
      case 2 -> f = f.withVenue(new Venue(t.venueArea().add(new BigDecimal("0.001")), near(r, t.functionRooms())));
      case 3 -> f = f.withVenue(new Venue(t.venueArea().subtract(new BigDecimal("0.01")).max(BigDecimal.ZERO),
          near(r, t.functionRooms())));
      default -> f = f.withVenue(new Venue(t.venueArea().add(BigDecimal.valueOf(r.nextInt(3) - 1)).max(BigDecimal.ZERO),
          near(r, t.functionRooms())));
    }
    if (r.nextInt(6) > 0) {
      f = f.withSignage(new Signage(r.nextBoolean(), r.nextBoolean()));
    }
    switch (r.nextInt(4)) {
      case 0 -> { }
      case 1 -> f = f.withTeam(new TeamFacts(Optional.empty(), near(r, t.teamSize())));
      default -> f = f.withTeam(TeamFacts.led("站长", near(r, t.teamSize())));
    }
    if (r.nextInt(6) > 0) {
      f = f.withProjects(new Projects(near(r, t.projects()), r.nextInt(3)));
    }
    if (r.nextInt(6) > 0) {
      Set<String> docs = new LinkedHashSet<>();
      for (String name : t.requiredRules()) {
        if (r.nextInt(5) > 0) {
          docs.add(name);
        }
      }
      for (String name : RULE_NAMES) {
        if (r.nextInt(3) == 0) {
          docs.add(name);
        }
      }
      int more = near(r, t.ruleDocuments()) - docs.size();
      for (int k = 0; k < more; k++) {
        docs.add("其他制度" + r.nextInt(4));
      }
      if (site % 97 == 5) {
        for (int k = 0; k < 70; k++) {
          docs.add("第" + site + "号站的制度" + k);   // more names than a 64-bit mask holds
        }
      }
      f = f.withRules(new RuleDocuments(docs));
    }
    if (r.nextInt(6) > 0) {
      f = f.withDisplay(new Display(near(r, t.displayBoards()), r.nextBoolean()));
    }
    return f;
  }

  private static void assertColumnsAgreeWithEvaluate(Standard standard, Map<SiteLevel, LevelThresholds> thresholds,
      long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Division> divisions = yuzhou();
    List<Site> sites = new ArrayList<>();
    Map<SiteId, SiteFacts> facts = new java.util.HashMap<>();
    for (Division d : divisions) {
      SiteLevel level = SiteLevel.mainLevelFor(d.level()).orElseThrow();
      SiteId id = SiteId.of("s" + d.code());
      SiteFacts f = facts(r, thresholds.get(level), sites.size());
      sites.add(Site.of(id, d.name() + level.chinese(), level, d.code(), Optional.empty()).withFacts(f));
      facts.put(id, f);
      if (level == SiteLevel.STATION && r.nextInt(8) == 0) {
        SiteId point = SiteId.of("p" + d.code());
        SiteFacts pf = facts(r, thresholds.get(SiteLevel.POINT), sites.size());
        sites.add(Site.point(point, d.name() + "实践点", d.code(), id).withFacts(pf));
        facts.put(point, pf);
      }
    }
    Hierarchy h = Hierarchy.builder().addDivisions(divisions).addSites(sites).build();
    ComplianceResults results = standard.check(h);
    Map<Outcome, Integer> seen = new EnumMap<>(Outcome.class);
    for (Site s : sites) {
      for (String id : SixHaves.IDS) {
        Outcome exact = standard.requirement(id).orElseThrow().evaluate(new Subject(s.level(), facts.get(s.id()))).outcome();
        assertThat(results.outcome(s.id(), id)).as("%s %s %s", s.id(), id, facts.get(s.id())).isEqualTo(exact);
        seen.merge(exact, 1, Integer::sum);
      }
    }
    assertThat(seen).containsKeys(Outcome.PASS, Outcome.FAIL, Outcome.INCOMPLETE, Outcome.NOT_APPLICABLE);
  }

  private static Map<SiteLevel, LevelThresholds> thresholds(SixHavesProfile p) {
    Map<SiteLevel, LevelThresholds> m = new EnumMap<>(SiteLevel.class);
    for (SiteLevel l : SiteLevel.values()) {
      m.put(l, p.thresholds(l));
    }
    return m;
  }

  @Test
  void theDefaultStandard() {
    assertColumnsAgreeWithEvaluate(SixHaves.standard(), thresholds(SixHaves.profile()), 1);
  }

  @Test
  void aProvincesStandardWithRulesNoSiteHasAndAFractionalArea() {
    SixHavesProfile p = SixHaves.profile()
        .withVenueArea(SiteLevel.STATION, 20.005)
        .withVenueArea(SiteLevel.POST, 150)
        .withTeamSize(SiteLevel.STATION, 8)
        .withUnifiedLogoRequired(SiteLevel.STATION, true)
        .withRequiredRules(SiteLevel.STATION, Set.of("安全管理制度", "网格志愿小组工作职责"))
        .withRequiredRules(SiteLevel.POST, Set.of("安全管理制度", "没有哪个站有的制度"))
        .withRuleDocuments(SiteLevel.CENTER, 3)
        .withDisplayBoards(SiteLevel.POST, 3)
        .withPublicPostingRequired(SiteLevel.STATION, true)
        .withProjects(SiteLevel.CENTER, 4)
        .withFunctionRooms(SiteLevel.CENTER, 5)
        .withExemption(SiteLevel.STATION, SixHaves.PROJECTS, true)
        .withExemption(SiteLevel.POST, SixHaves.DISPLAY, true);
    for (long seed = 2; seed < 5; seed++) {
      assertColumnsAgreeWithEvaluate(p.toStandard("某省六有标准", "2024"), thresholds(p), seed);
    }
  }
}
