package org.civic.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionCsv;
import org.civic.division.DivisionLevel;
import org.civic.division.TownshipKind;
import org.civic.hierarchy.Hierarchy;
import org.civic.site.RuleDocuments;
import org.civic.site.Site;
import org.civic.site.SiteFacts;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.junit.jupiter.api.Test;

class ComplianceResultsTest {

  private static final DivisionCode TAIHE = DivisionCode.parse("360826");

  /** Taihe (泰和县) as the source's pilot county: 1 center, 24 posts, 322 stations. */
  private static Hierarchy taihe(SiteFacts stationFacts) throws IOException {
    List<Division> divisions;
    try (InputStream in = ComplianceResultsTest.class.getResourceAsStream("/org/civic/data/taihe-360826.csv")) {
      divisions = DivisionCsv.readAll(in, "taihe-360826.csv");
    }
    List<Site> sites = new ArrayList<>();
    sites.add(Site.center(SiteId.of("center"), "泰和县新时代文明实践中心", TAIHE));
    int posts = 0;
    for (Division d : divisions) {
      if (d.level() == DivisionLevel.TOWNSHIP && posts < 24) {
        // The report's 24 乡镇场: towns, townships and farms first, then one other unit.
        boolean other = d.code().townshipKind().orElseThrow() == TownshipKind.OTHER && !d.name().endsWith("垦殖场");
        if (!other || d.name().equals("小龙矿区管委会")) {
          sites.add(Site.post(SiteId.of("p" + d.code()), d.name() + "新时代文明实践所", d.code()));
          posts++;
        }
      } else if (d.level() == DivisionLevel.VILLAGE) {
        sites.add(Site.station(SiteId.of("s" + d.code()), d.name() + "新时代文明实践站", d.code())
            .withFacts(stationFacts));
      }
    }
    return Hierarchy.builder().addDivisions(divisions).addSites(sites).build();
  }

  @Test
  void thePilotCountysFundingIs4540000Yuan() throws IOException {
    Hierarchy h = taihe(SiteFacts.unknown());
    assertThat(h.sitesUnder(TAIHE, SiteLevel.POST)).hasSize(24);
    assertThat(h.sitesUnder(TAIHE, SiteLevel.STATION)).hasSize(322);
    ComplianceResults results = SixHaves.standard().check(h);
    assertThat(results.funding(TAIHE, FundingPolicy.defaults(), Scoring.defaults()))
        .isEqualTo(600_000 + 24 * 30_000 + 322 * 10_000).isEqualTo(4_540_000);
  }

  @Test
  void fiveStarStationsEarnTheirBonus() throws IOException {
    Hierarchy h = taihe(Fixtures.atThreshold(SiteLevel.STATION));
    ComplianceResults results = SixHaves.standard().check(h);
    assertThat(results.stars(SiteId.of("s360826100001"), Scoring.defaults())).isEqualTo(5);
    assertThat(results.funding(TAIHE, FundingPolicy.defaults(), Scoring.defaults()))
        .isEqualTo(4_540_000 + 322 * 20_000);
  }

  @Test
  void rollUpHowManyStationsInATownshipLackRules() throws IOException {
    SiteFacts noRules = Fixtures.atThreshold(SiteLevel.STATION).withRules(RuleDocuments.of("信息员工作职责"));
    Hierarchy h = taihe(noRules);
    ComplianceResults results = SixHaves.standard().check(h);
    DivisionCode chengjiang = DivisionCode.parse("360826100000");
    int villages = h.children(chengjiang).size();
    ComplianceSummary stations = results.summary(chengjiang, SiteLevel.STATION);
    assertThat(stations.counts(SixHaves.RULES)).isEqualTo(OutcomeCounts.of(0, villages, 0, 0));
    assertThat(stations.counts(SixHaves.VENUE)).isEqualTo(OutcomeCounts.of(villages, 0, 0, 0));
    ComplianceSummary all = results.summary(chengjiang);
    assertThat(all.counts(SixHaves.RULES)).isEqualTo(OutcomeCounts.of(0, villages, 1, 0));   // the post: unknown
    ComplianceSummary county = results.summary(TAIHE);
    assertThat(results.summary()).as("the whole hierarchy is the county").isEqualTo(county);
    assertThat(county.counts(SixHaves.RULES).total()).isEqualTo(h.siteCount());
    assertThat(county.counts(SixHaves.RULES).percent(Outcome.FAIL, 1)).isEqualByComparingTo("92.8");   // 322 of 347

    assertThat(results.outcome(SiteId.of("s360826100001"), SixHaves.RULES)).isEqualTo(Outcome.FAIL);
    SiteCompliance one = results.forSite(SiteId.of("s360826100001"));
    assertThat(one.violations()).extracting(CheckResult::requirementId).containsExactly(SixHaves.RULES);
    assertThat(results.results(Outcome.FAIL)).hasSize(322);
    assertThat(results.results(Outcome.INCOMPLETE)).hasSize(25 * 6);
    assertThatThrownBy(() -> results.outcome(SiteId.of("nope"), SixHaves.RULES))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    assertThatThrownBy(() -> results.outcome(SiteId.of("center"), "x.y"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x.y");
  }
}
