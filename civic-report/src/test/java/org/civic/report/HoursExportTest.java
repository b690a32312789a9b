package org.civic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.metric.Period;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.volunteer.ServiceLog;
import org.civic.volunteer.VolunteerHours;
import org.civic.volunteer.VolunteerStars;
import org.junit.jupiter.api.Test;

class HoursExportTest {

  private static final Hierarchy H = Hierarchy.builder()
      .addDivision(new Division(DivisionCode.parse("411081"), "禹州市"))
      .addSite(Site.center(SiteId.of("c"), "禹州市新时代文明实践中心", DivisionCode.parse("411081")))
      .build();

  private static Map<String, String> export(VolunteerStars stars, ReportStyle style) {
    return HoursExport.csv(SmallCounty.serviceLog(), H, Period.year(2024), stars, style, false);
  }

  private static List<String> lines(String csv) {
    return List.of(csv.split("\r\n"));
  }

  @Test
  void hoursPerVolunteerInRankingOrderWithExactMinutes() {
    Map<String, String> files = export(VolunteerStars.national(), ReportStyle.chinese());
    assertThat(files.keySet()).containsExactly("hours-by-volunteer.csv", "hours-by-site.csv", "hours-by-team.csv");
    List<String> volunteers = lines(files.get("hours-by-volunteer.csv"));
    assertThat(volunteers.get(0))
        .isEqualTo("名次,志愿者编号,志愿者统一编号,姓名,服务时长（分钟）,服务时长（小时）,记录数,星级");
    // v0: 12 × 9 h kept by the brigade + 4 records of 2 h (i = 0, 12, 24, 36): 116 hours, one star.
    assertThat(volunteers.get(1)).isEqualTo("1,v0,ZY-41108120210001,志愿者0,6960,116.0,16,1");
    List<VolunteerHours> ranking = SmallCounty.serviceLog().ranking(Period.year(2024).from(), Period.year(2024).to());
    assertThat(volunteers).hasSize(1 + ranking.size());
    for (int i = 0; i < ranking.size(); i++) {
      String[] cells = volunteers.get(1 + i).split(",");
      assertThat(cells[0]).isEqualTo(Integer.toString(ranking.get(i).rank()));
      assertThat(cells[1]).isEqualTo(ranking.get(i).volunteer().value());
    }
    // v7's 20 hours on 2023-12-31 are outside the period: 4 records of 5.5 hours in 2024
    assertThat(volunteers).anySatisfy(l -> assertThat(l).endsWith(",v7,,志愿者7,1320,22.0,4,0"));
  }

  @Test
  void aHostileNameIsQuotedAndNeverAFormula() {
    String csv = export(VolunteerStars.national(), ReportStyle.chinese()).get("hours-by-volunteer.csv");
    // 18 approved hours of a 20-hour report; the pending one does not count
    assertThat(csv).contains(",v60,,\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"点我\"\"),张三\",1080,18.0,1,0\r\n");
    for (String line : lines(csv)) {
      assertThat(line).doesNotStartWith("=").doesNotContain(",=").doesNotContain(",\"=");
    }
    assertThat(CsvRenderer.inert("-5")).isEqualTo("-5");
    assertThat(CsvRenderer.inert("+1.5")).isEqualTo("+1.5");
    assertThat(CsvRenderer.inert("-2+3+cmd|' /C calc'!A0")).startsWith("'-");
    assertThat(CsvRenderer.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvRenderer.inert("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvRenderer.inert("—")).isEqualTo("—");
    assertThat(CsvRenderer.inert("")).isEmpty();
  }

  @Test
  void starsFollowTheCountysThresholds() {
    String national = export(VolunteerStars.national(), ReportStyle.chinese()).get("hours-by-volunteer.csv");
    String zhangjiagang = export(VolunteerStars.zhangjiagang(), ReportStyle.chinese()).get("hours-by-volunteer.csv");
    assertThat(lines(national).get(1)).endsWith(",116.0,16,1");
    assertThat(lines(zhangjiagang).get(1)).endsWith(",116.0,16,3");   // 100 ≤ 116 < 200 hours
  }

  @Test
  void hoursPerSiteAndTeamInIdOrder() {
    Map<String, String> files = export(VolunteerStars.national(), ReportStyle.english());
    List<String> sites = lines(files.get("hours-by-site.csv"));
    assertThat(sites.get(0)).isEqualTo("Site,Name,Volunteers,Person-times,Minutes,Hours");
    assertThat(sites.get(1)).startsWith("c,禹州市新时代文明实践中心,");
    assertThat(sites.subList(2, sites.size())).allSatisfy(l -> assertThat(l).matches("[a-z0-9-]+,,\\d+,\\d+,\\d+,\\d+\\.\\d"));
    List<String> teams = lines(files.get("hours-by-team.csv"));
    assertThat(teams.get(0)).isEqualTo("Team,Name,Volunteers,Person-times,Minutes,Hours");
    assertThat(teams.subList(1, teams.size())).extracting(l -> l.split(",")[0])
        .containsExactly("b-legal", "brigade", "t-p-103");
    assertThat(teams.get(2)).isEqualTo("brigade,,1,12,6480,108.0");
    long minutes = SmallCounty.serviceLog().bySite(Period.year(2024).from(), Period.year(2024).to()).values().stream()
        .mapToLong(a -> a.serviceTime().toMinutes()).sum();
    assertThat(sites.subList(1, sites.size()).stream().mapToLong(l -> Long.parseLong(l.split(",")[4])).sum())
        .isEqualTo(minutes);
  }

  @Test
  void theReportsSectionShowsTheReviewStarsAndTopTen() {
    Report report = SmallCounty.report();
    Section hours = report.sections().stream().filter(s -> s.id().equals("service-hours")).findFirst().orElseThrow();
    assertThat(report.sections().get(report.sections().size() - 1)).isSameAs(hours);
    Block.Table ranking = (Block.Table) hours.blocks().stream()
        .filter(b -> b instanceof Block.Table t && t.id().equals("hours-ranking")).findFirst().orElseThrow();
    assertThat(ranking.rows()).hasSize(ServiceHoursSection.TOP);
    String md = MarkdownRenderer.render(report, ReportStyle.chinese());
    assertThat(md).contains("| 志愿者自行申报、待审核 | 1 |").contains("| 已驳回 | 1 |").contains("| 1星级 | 100小时 |");
    assertThat(ServiceHoursSection.hours(Duration.ofMinutes(125))).isEqualTo("2.1");
    assertThat(ServiceHoursSection.hours(Duration.ofMinutes(3))).isEqualTo("0.1");   // 0.05, half-up
  }

  @Test
  void nullIsRefused() {
    ServiceLog log = SmallCounty.serviceLog();
    assertThatThrownBy(() -> HoursExport.csv(null, H, Period.year(2024), VolunteerStars.national(), ReportStyle.chinese(),
        true)).isInstanceOf(NullPointerException.class).hasMessage("log");
    assertThatThrownBy(() -> HoursExport.csv(log, H, Period.year(2024), null, ReportStyle.chinese(), true))
        .isInstanceOf(NullPointerException.class).hasMessage("stars");
    assertThatThrownBy(() -> SmallCounty.builder().serviceHours(log, null)).isInstanceOf(NullPointerException.class);
    assertThat(HoursExport.csv(log, H, Period.year(2024), VolunteerStars.national(), ReportStyle.chinese(), true)
        .values()).allSatisfy(c -> assertThat(c).startsWith("\uFEFF").endsWith("\r\n"));
  }
}
