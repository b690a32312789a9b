package org.civic.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionCsv;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.Hierarchy;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.standard.FundingPolicy;
import org.junit.jupiter.api.Test;

class AssessmentsTest {

  private static final DivisionCode TAIHE = DivisionCode.parse("360826");

  /** Taihe (泰和县): a center, 24 posts and 322 stations, as in the source's pilot county. */
  private static Hierarchy taihe() throws IOException {
    List<Division> divisions;
    try (InputStream in = AssessmentsTest.class.getResourceAsStream("/org/civic/data/taihe-360826.csv")) {
      divisions = DivisionCsv.readAll(in, "taihe-360826.csv");
    }
    List<Site> sites = new ArrayList<>();
    sites.add(Site.center(SiteId.of("center"), "泰和县新时代文明实践中心", TAIHE));
    int posts = 0;
    for (Division d : divisions) {
      if (d.level() == DivisionLevel.TOWNSHIP && posts < 24) {
        sites.add(Site.post(SiteId.of("p" + d.code()), d.name() + "新时代文明实践所", d.code()));
        posts++;
      } else if (d.level() == DivisionLevel.VILLAGE) {
        sites.add(Site.station(SiteId.of("s" + d.code()), d.name() + "新时代文明实践站", d.code()));
      }
    }
    return Hierarchy.builder().addDivisions(divisions).addSites(sites).build();
  }

  /** One assessed sub-item of 100 points; stars at 60 / 70 / 80 / 90 / 95 (illustrative). */
  private static final AssessmentTable TABLE = AssessmentTable.builder("stars-test", "星级评定", "2024")
      .levels(EnumSet.of(SiteLevel.POST, SiteLevel.STATION))
      .item(Item.of("1", "综合", List.of(SubItem.score("1.1", "综合评定", 100, Criterion.assessed()))))
      .stars(StarThresholds.of(60, 70, 80, 90, 95))
      .build();

  @Test
  void assessesEveryRatedSiteAndFundsItsStars() throws IOException {
    Hierarchy h = taihe();
    Assessments all = Assessments.of(TABLE, h, TAIHE, site -> Evidence.none().withMark("1.1",
        Mark.of(site.level() == SiteLevel.POST ? 95 : site.id().value().endsWith("1") ? 40 : 80, "")));
    assertThat(all.all()).hasSize(24 + 322);
    assertThat(all.count(SiteLevel.CENTER)).isZero();
    assertThat(all.forSite(SiteId.of("center"))).isEmpty();
    assertThat(all.count(SiteLevel.POST)).isEqualTo(24);
    assertThat(all.count(SiteLevel.POST, 5)).isEqualTo(24);
    long unrated = all.count(SiteLevel.STATION, 0);
    assertThat(unrated).isPositive();
    assertThat(all.count(SiteLevel.STATION, 3)).isEqualTo(322 - unrated);
    assertThat(all.mean(SiteLevel.POST, 1)).contains(new BigDecimal("95.0"));
    assertThat(all.mean(SiteLevel.POINT, 1)).isEmpty();
    // Shishi's funding: a 5-star post 150,000, a 3-star station 30,000, an unrated station nothing.
    assertThat(all.funding(FundingPolicy.shishi(), SiteLevel.POST)).isEqualTo(24 * 150_000L);
    assertThat(all.funding(FundingPolicy.shishi(), SiteLevel.STATION)).isEqualTo((322 - unrated) * 30_000L);
    assertThat(all.funding(FundingPolicy.shishi())).isEqualTo(24 * 150_000L + (322 - unrated) * 30_000L);
    Site first = h.sitesUnder(TAIHE, SiteLevel.POST).findFirst().orElseThrow();
    assertThat(all.stars(first.id())).isEqualTo(5);
    assertThat(all.stars(SiteId.of("center"))).isZero();
    assertThat(all.all(SiteLevel.POST).get(0).subject()).isEqualTo(Subject.of(first));
  }

  @Test
  void shishisRuleWantsThirtyPercentOfEachTownsVillagesRated() throws IOException {
    Hierarchy h = taihe();
    // the stations of the first township rated (80), of every other township only those whose code
    // ends in 1 or 2 — about a fifth of their villages, unrated (40) otherwise
    Division first = h.descendants(TAIHE, DivisionLevel.TOWNSHIP).findFirst().orElseThrow();
    Assessments all = Assessments.of(TABLE, h, TAIHE, site -> Evidence.none().withMark("1.1", Mark.of(
        first.code().isAncestorOf(site.division()) || site.level() == SiteLevel.POST
            || site.id().value().endsWith("1") || site.id().value().endsWith("2") ? 80 : 40, "")));
    List<org.civic.standard.CheckResult> results = all.participation(h, TAIHE, Assessments.SHISHI_PARTICIPATION_PERCENT);
    // one result per township that has villages, each with its own count, at its post
    long townships = h.descendants(TAIHE, DivisionLevel.TOWNSHIP)
        .filter(t -> h.children(t.code()).stream().anyMatch(d -> d.level() == DivisionLevel.VILLAGE)).count();
    assertThat(results).hasSize((int) townships).allSatisfy(r -> {
      assertThat(r.requirementId()).isEqualTo(Assessments.STAR_PARTICIPATION);
      DivisionCode t = DivisionCode.parse(r.evidence().get("township"));
      long villages = h.children(t).stream().filter(d -> d.level() == DivisionLevel.VILLAGE).count();
      long rated = h.sitesUnder(t, SiteLevel.STATION).filter(s -> all.stars(s.id()) >= 1).count();
      assertThat(r.evidence()).containsEntry("villages", String.valueOf(villages))
          .containsEntry("taking part", String.valueOf(rated));
      assertThat(r.outcome()).isEqualTo(rated * 100 >= 30 * villages ? org.civic.standard.Outcome.PASS
          : org.civic.standard.Outcome.FAIL);
    });
    org.civic.standard.CheckResult firstResult = results.get(0);
    assertThat(firstResult.outcome()).isEqualTo(org.civic.standard.Outcome.PASS);
    assertThat(firstResult.siteId()).isEqualTo(h.siteOf(first.code()).map(Site::id));
    assertThat(results).anySatisfy(r -> assertThat(r.outcome()).isEqualTo(org.civic.standard.Outcome.FAIL));
    assertThat(results.stream().filter(r -> r.outcome() == org.civic.standard.Outcome.FAIL).findFirst().orElseThrow()
        .message(java.util.Locale.CHINA)).contains("参与星级评定").contains("未达到不少于 30% 的要求");
    assertThat(firstResult.message(java.util.Locale.ENGLISH)).startsWith(first.name() + ": ")
        .endsWith("villages take part in the star rating, at least 30% as required.");
    // one township alone; 0% always passes; a share over 100 is refused
    assertThat(all.participation(h, first.code(), 30)).hasSize(1);
    assertThat(all.participation(h, TAIHE, 0)).allSatisfy(r -> assertThat(r.outcome())
        .isEqualTo(org.civic.standard.Outcome.PASS));
    assertThatThrownBy(() -> all.participation(h, TAIHE, 101)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void badArgumentsAreRefused() throws IOException {
    Hierarchy h = taihe();
    assertThatThrownBy(() -> Assessments.of(TABLE, h, DivisionCode.parse("411081"), s -> Evidence.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("411081");
    assertThatThrownBy(() -> Assessments.of(TABLE, h, TAIHE, s -> null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("no evidence for site");
    assertThatThrownBy(() -> Assessments.of(TABLE, h, TAIHE, s -> Evidence.none()).count(SiteLevel.POST, 6))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Assessments.of(TABLE, h, TAIHE, s -> Evidence.none()).mean(SiteLevel.POST, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
