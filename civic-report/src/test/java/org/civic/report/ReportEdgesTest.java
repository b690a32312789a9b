package org.civic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.civic.activity.Activity;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.metric.ActivityRollup;
import org.civic.metric.Period;
import org.civic.metric.VolunteerIndex;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.standard.SixHaves;
import org.civic.team.Organisation;
import org.civic.team.OrganisationId;
import org.civic.team.OrganisationKind;
import org.civic.team.OrganisationRegister;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

/**
 * A report at the edges of what a county hands in, each found by a review: an organisation
 * registered by the city, a period that is not whole months, service under an hour, sites whose
 * facts are missing, the last year a date holds.
 */
class ReportEdgesTest {

  static final DivisionCode CITY = DivisionCode.parse("411000");
  static final DivisionCode COUNTY = DivisionCode.parse("411081");
  static final DivisionCode TOWN = DivisionCode.parse("411081103000");
  static final DivisionCode VILLAGE = DivisionCode.parse("411081103201");
  static final Clock LATER = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  static Hierarchy county() {
    return Hierarchy.builder()
        .addDivisions(List.of(new Division(CITY, "许昌市"), new Division(COUNTY, "禹州市"),
            new Division(TOWN, "神垕镇"), new Division(VILLAGE, "神垕村")))
        .addSites(List.of(Site.center(SiteId.of("c"), "禹州市新时代文明实践中心", COUNTY),
            Site.post(SiteId.of("p"), "神垕镇新时代文明实践所", TOWN),
            Site.station(SiteId.of("s"), "神垕村新时代文明实践站", VILLAGE)))
        .build();
  }

  static Activity activity(String id, LocalDate date, long minutes, String... organisations) {
    Activity.Builder b = Activity.builder(id, date, SiteId.of("s")).volunteers(List.of(VolunteerId.of("v-" + id)))
        .beneficiaries(20).serviceTime(Duration.ofMinutes(minutes));
    for (String o : organisations) {
      b.organisation(OrganisationId.of(o));
    }
    return b.build(LATER);
  }

  static ActivityRollup rollup(Hierarchy h, Activity... activities) {
    return ActivityRollup.of(h, List.of(activities), List.of(), VolunteerIndex.growing());
  }

  static Block.Table table(Report r, String id) {
    return r.sections().stream().flatMap(s -> s.blocks().stream())
        .filter(b -> b instanceof Block.Table t && t.id().equals(id)).map(Block.Table.class::cast).findFirst()
        .orElseThrow();
  }

  static long figure(Report r, String english) {
    return table(r, "volunteer-figures").rows().stream()
        .filter(row -> ((Cell.TextCell) row.get(0)).text().en().equals(english))
        .mapToLong(row -> ((Cell.Count) row.get(1)).value()).sum();
  }

  /** An organisation the city registered takes part in a county activity: said so, not counted in the county's rates. */
  @Test
  void anActiveOrganisationRegisteredAboveTheCountyIsNamedNotCountedInItsRates() {
    Hierarchy h = county();
    OrganisationRegister register = OrganisationRegister.of(List.of(
        Organisation.of(OrganisationId.of("city-vo"), "许昌市青年志愿者协会", OrganisationKind.VOLUNTEER_ORGANISATION, CITY),
        Organisation.of(OrganisationId.of("town-vo"), "神垕镇志愿者协会", OrganisationKind.VOLUNTEER_ORGANISATION, TOWN)));
    ActivityRollup rollup = rollup(h, activity("a1", LocalDate.of(2024, 3, 5), 60, "city-vo", "town-vo"));
    Report[] r = {null};
    assertThatCode(() -> r[0] = ReportBuilder.of(h, COUNTY, Period.year(2024)).organisations(register)
        .activities(rollup).build()).doesNotThrowAnyException();
    List<Cell> volunteerOrganisations = table(r[0], "organisations-by-kind").rows().get(0);
    assertThat(((Cell.Count) volunteerOrganisations.get(1)).value()).as("listed in the county").isEqualTo(1);
    assertThat(((Cell.Count) volunteerOrganisations.get(2)).value()).as("active among them").isEqualTo(1);
    assertThat(MarkdownRenderer.render(r[0], ReportStyle.english()))
        .contains("An organisation registered outside this division took part: city-vo.");
    assertThat(MarkdownRenderer.render(r[0], ReportStyle.chinese())).contains("活动中有 1 个在本地以外登记的组织：city-vo。");
  }

  /** For a period that is not whole months, each month's row counts that month's days within the period only. */
  @Test
  void theMonthsOfARangeAddUpToTheRange() {
    Hierarchy h = county();
    ActivityRollup rollup = rollup(h, activity("a1", LocalDate.of(2024, 3, 1), 60),
        activity("a2", LocalDate.of(2024, 3, 20), 60), activity("a3", LocalDate.of(2024, 4, 25), 60));
    Report r = ReportBuilder.of(h, COUNTY, Period.parse("2024-03-10/2024-04-20")).activities(rollup).build();
    assertThat(figure(r, "Activities held")).isEqualTo(1);
    assertThat(table(r, "activities-by-month").rows()).extracting(row -> ((Cell.Count) row.get(1)).value())
        .containsExactly(1L, 0L);
  }

  /** A chart over more than one year labels its months with their years: no "Jan" twice. */
  @Test
  void monthsOverTwoYearsAreLabelledWithTheirYears() {
    Hierarchy h = county();
    Report r = ReportBuilder.of(h, COUNTY, Period.parse("2023-12-01/2024-01-31"))
        .activities(rollup(h, activity("a1", LocalDate.of(2024, 1, 5), 60))).build();
    Block.Chart chart = r.sections().stream().flatMap(s -> s.blocks().stream())
        .filter(b -> b instanceof Block.Chart c && c.id().equals("activities-chart")).map(Block.Chart.class::cast)
        .findFirst().orElseThrow();
    assertThat(chart.categories()).extracting(Text::en).containsExactly("2023-12", "2024-01");
  }

  /** Service hours are whole hours rounded half up, as the report rounds everywhere: 59 minutes are 1 hour. */
  @Test
  void serviceHoursAreRoundedHalfUp() {
    Hierarchy h = county();
    assertThat(figure(ReportBuilder.of(h, COUNTY, Period.year(2024))
        .activities(rollup(h, activity("a1", LocalDate.of(2024, 3, 5), 59))).build(), "Service hours")).isEqualTo(1);
    assertThat(figure(ReportBuilder.of(h, COUNTY, Period.year(2024))
        .activities(rollup(h, activity("a1", LocalDate.of(2024, 3, 5), 89))).build(), "Service hours")).isEqualTo(1);
    assertThat(figure(ReportBuilder.of(h, COUNTY, Period.year(2024))
        .activities(rollup(h, activity("a1", LocalDate.of(2024, 3, 5), 90))).build(), "Service hours")).isEqualTo(2);
  }

  /** Sites whose facts are missing pass nothing and fail nothing: the report does not say they all meet the standard. */
  @Test
  void noFailureButNoFactsIsNotAllSitesMeetingTheStandard() {
    Hierarchy h = county(); // sites without facts: every requirement INCOMPLETE
    Report r = ReportBuilder.of(h, COUNTY, Period.year(2024)).compliance(SixHaves.standard().check(h)).build();
    String zh = MarkdownRenderer.render(r, ReportStyle.chinese());
    assertThat(zh).doesNotContain("所有阵地均达标").contains("没有阵地未达标，但有", "项结果因资料不全无法判定");
    assertThat(MarkdownRenderer.render(r, ReportStyle.english())).doesNotContain("No site falls short.")
        .contains("No site falls short, but");
  }

  /** A chart label is shortened between characters, never inside one beyond the BMP (a surrogate pair). */
  @Test
  void chartLabelsAreNotCutInsideASurrogatePair() {
    String name = "ab" + "\uD840\uDC00".repeat(10); // "ab𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀": CJK Extension B
    for (int width = 10; width < 200; width += 7) {
      String fitted = HtmlRenderer.fit(name, width);
      assertThat(fitted.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF).count()).as("width %d", width).isZero();
    }
    assertThat(HtmlRenderer.textWidth("\uD840\uDC00")).isEqualTo(HtmlRenderer.textWidth("中"));
  }

  /** A chart needs a series, and its values must be finite: refused when made, not when rendered. */
  @Test
  void aChartWithoutASeriesOrWithANonFiniteValueIsRefusedWhenMade() {
    assertThatThrownBy(() -> new Block.Chart("empty", Text.same("Empty"), Block.ChartKind.BARS,
        List.of(Text.same("a")), List.of(), false)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no series");
    for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> new Block.Series(Text.same("s"), List.of(v, 1.0)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    }
  }

  /** A blank caption is left out of the Markdown, not written as "****" (a thematic break). */
  @Test
  void aBlankCaptionIsLeftOutOfTheMarkdown() {
    for (String caption : List.of("", "   ")) {
      Block t = new Block.Table("t", Text.same(caption), List.of(Text.same("a")), List.of(List.of(Cell.text("x"))));
      String md = MarkdownRenderer.render(ReportBuilder.of(county(), COUNTY, Period.year(2024))
          .section(ctx -> new Section("host", Text.same("Host"), List.of(t))).build(), ReportStyle.english());
      assertThat(md).doesNotContain("****").doesNotContain("**   **");
    }
    Block t = new Block.Table("t", Text.same(" x "), List.of(Text.same("a")), List.of(List.of(Cell.text("x"))));
    assertThat(MarkdownRenderer.render(ReportBuilder.of(county(), COUNTY, Period.year(2024))
        .section(ctx -> new Section("host", Text.same("Host"), List.of(t))).build(), ReportStyle.english()))
        .contains("**x**");
  }

  /** A division with no site to check is told so, not that all its sites meet the standard. */
  @Test
  void aDivisionWithoutSitesIsNotSaidToMeetTheStandard() {
    Hierarchy h = Hierarchy.builder().addDivisions(List.of(new Division(COUNTY, "禹州市"), new Division(TOWN, "神垕镇")))
        .build();
    Report r = ReportBuilder.of(h, COUNTY, Period.year(2024)).compliance(SixHaves.standard().check(h)).build();
    assertThat(MarkdownRenderer.render(r, ReportStyle.chinese())).doesNotContain("所有阵地均达标").contains("没有可检查的阵地");
    assertThat(MarkdownRenderer.render(r, ReportStyle.english())).contains("No site to check.");
  }

  /** The last year a date holds is reported like any other. */
  @Test
  void theLastYearADateHoldsIsReported() {
    Hierarchy h = county();
    assertThatCode(() -> ReportBuilder.of(h, COUNTY, Period.year(999_999_999)).activities(rollup(h)).build())
        .doesNotThrowAnyException();
  }
}
