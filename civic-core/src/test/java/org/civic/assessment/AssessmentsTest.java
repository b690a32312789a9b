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
