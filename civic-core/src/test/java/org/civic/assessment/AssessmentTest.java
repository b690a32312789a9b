package org.civic.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Properties;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.standard.Outcome;
import org.civic.standard.SixHaves;
import org.civic.standard.StaffingRequirement;
import org.junit.jupiter.api.Test;

class AssessmentTest {

  private static final Evidence FULL = Evidence.none()
      .withResults(List.of(Fixtures.result(SixHaves.VENUE, Outcome.PASS), Fixtures.result(SixHaves.SIGNAGE, Outcome.PASS),
          Fixtures.result(StaffingRequirement.ID, Outcome.PASS)))
      .withMeasure(Measurement.MONTHS_WITH_ACTIVITIES, Measurement.count(12))
      .withMeasure(Fixtures.STAFF_SHARE, Measurement.share(7, 10))
      .withMark("3.1", Mark.of(10, "问卷 120 份，满意率 96%"))
      .withMark("3.2", Mark.of(5, "省级示范项目"));

  @Test
  void aSiteMeetingEverySubItemScoresTheMaximumPlusTheCappedBonus() {
    Assessment a = Fixtures.additive().assess(Fixtures.station(), FULL);
    assertThat(a.lines()).hasSize(7).allMatch(l -> l.outcome() == Outcome.PASS);
    assertThat(a.score()).isEqualTo(BigDecimal.valueOf(40));
    assertThat(a.bonus()).as("10 bonus points capped at 8").isEqualTo(BigDecimal.valueOf(8));
    assertThat(a.deductions()).isEqualTo(BigDecimal.ZERO);
    assertThat(a.total()).isEqualTo(BigDecimal.valueOf(48));
    assertThat(a.stars()).isEqualTo(5);
    assertThat(a.incomplete()).isFalse();
    assertThat(a).hasToString("Assessment[county-test site s1 某村新时代文明实践站 (STATION): 48 ★5]");
    assertThat(a.summary(Locale.CHINA)).isEqualTo("某村新时代文明实践站：48 分（满分 40 分，加分 8 分，扣分 0 分），5 星。");
    assertThat(a.summary(Locale.ENGLISH))
        .isEqualTo("某村新时代文明实践站: 48 points (out of 40, bonus 8, deducted 0), 5 stars.");
  }

  @Test
  void eachPointGivenOrWithheldCarriesItsEvidenceInBothLanguages() {
    Evidence some = FULL.withResults(List.of(Fixtures.result(SixHaves.SIGNAGE, Outcome.FAIL)))
        .withMeasure(Measurement.MONTHS_WITH_ACTIVITIES, Measurement.count(11))
        .withMeasure(Fixtures.STAFF_SHARE, Measurement.share(69, 100))
        .withMark("3.1", Mark.of(new BigDecimal("7.5"), "满意率 81%"));
    Assessment a = Fixtures.additive().assess(Fixtures.station(), some);
    assertThat(a.lines(Outcome.FAIL)).extracting(AssessmentLine::toString)
        .containsExactly("1.2 FAIL +0", "2.1 FAIL +0", "2.2 FAIL +0", "3.1 FAIL +7.5");
    assertThat(a.score()).isEqualTo(new BigDecimal("17.5"));
    assertThat(a.total()).isEqualTo(new BigDecimal("25.5"));
    assertThat(a.stars()).isEqualTo(2);
    AssessmentLine months = a.lines().get(2);
    assertThat(months.evidence()).containsEntry("criterion", "COUNT months-with-activities ≥ 12")
        .containsEntry("months-with-activities", "11");
    assertThat(months.threshold()).contains("≥ 12");
    assertThat(months.lost()).isEqualTo(BigDecimal.TEN);
    assertThat(months.message(Locale.CHINA))
        .isEqualTo("2.1 每月开展活动：得 0 分，失 10 分（满分 10 分）。实测 11，要求 ≥ 12。");
    assertThat(months.message(Locale.ENGLISH))
        .isEqualTo("2.1 每月开展活动: 0 of 10 points, 10 lost. Measured 11, required ≥ 12.");
    AssessmentLine share = a.lines().get(3);
    assertThat(share.evidence()).containsEntry("staff-volunteer-share", "69/100 (69.0%)");
    AssessmentLine venue = a.lines().get(0);
    assertThat(venue.message(Locale.ENGLISH)).isEqualTo("1.1 Venue: 10 of 10 points. six-haves.venue PASS");
    assertThat(venue.evidence()).containsEntry("outcome", "PASS").containsEntry("seen", "PASS");
    AssessmentLine mark = a.lines().get(4);
    assertThat(mark.points()).isEqualTo(new BigDecimal("7.5"));
    assertThat(mark.lost()).isEqualTo(new BigDecimal("2.5"));
    assertThat(mark.evidence()).containsEntry("mark", "7.5").containsEntry("note", "满意率 81%");
    assertThat(mark.message(Locale.CHINA)).isEqualTo("3.1 群众满意度：得 7.5 分，失 2.5 分（满分 10 分）。评审意见：满意率 81%");
  }

  @Test
  void missingEvidenceIsIncompleteAndInapplicableSubItemsCountNothing() {
    Subject center = Subject.site(SiteId.of("c"), "某县新时代文明实践中心", SiteLevel.CENTER);
    Assessment a = Fixtures.additive().assess(center, Evidence.none());
    assertThat(a.lines(Outcome.NOT_APPLICABLE)).extracting(l -> l.subItem().id()).containsExactly("2.2");
    assertThat(a.lines(Outcome.INCOMPLETE)).hasSize(6);
    assertThat(a.total()).isEqualTo(BigDecimal.ZERO);
    assertThat(a.stars()).isZero();
    assertThat(a.incomplete()).isTrue();
    assertThat(a.lines().get(0).message(Locale.CHINA))
        .isEqualTo("1.1 有场所：缺少评分依据，待核实，暂不计分。没有“six-haves.venue”的依据。");
    assertThat(a.lines().get(4).message(Locale.ENGLISH))
        .isEqualTo("3.1 群众满意度: evidence missing, to be reviewed; no points counted. Not yet marked by an assessor.");
    assertThat(a.lines().get(3).message(Locale.ENGLISH)).isEqualTo("2.2 在职人员参与志愿服务: does not apply at this level.");
    assertThat(a.lines().get(3).lost()).isEqualTo(BigDecimal.ZERO);
    Evidence na = Evidence.none().withResults(List.of(Fixtures.result(SixHaves.VENUE, Outcome.NOT_APPLICABLE)));
    assertThat(Fixtures.additive().assess(center, na).lines().get(0).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void aDeductionTableStartsAt100AndNeverGoesBelow0() {
    AssessmentTable d = Fixtures.deductions();
    Evidence good = Evidence.none().withMeasure(Fixtures.STAFF_SHARE, Measurement.share(70, 100))
        .withMeasure(Fixtures.PARTY_SHARE, Measurement.share(4, 5))
        .withMeasure(Measurement.MONTHS_WITH_ACTIVITIES, Measurement.count(12))
        .withMark("2.2", Mark.of(0, "未发现问题"));
    Assessment clean = d.assess(Fixtures.station(), good);
    assertThat(clean.total()).isEqualTo(BigDecimal.valueOf(100));
    assertThat(clean.lines()).allMatch(l -> l.outcome() == Outcome.PASS);
    assertThat(clean.lines().get(0).message(Locale.CHINA))
        .isEqualTo("1.1 在职人员注册志愿者不低于70%：不扣分。实测 70/100 (70.0%)，要求 ≥ 70%。");
    Evidence short1 = good.withMeasure(Fixtures.PARTY_SHARE, Measurement.share(79, 100))
        .withMeasure(Measurement.MONTHS_WITH_ACTIVITIES, Measurement.count(10));
    Assessment deducted = d.assess(Fixtures.station(), short1);
    assertThat(deducted.deductions()).isEqualTo(BigDecimal.valueOf(30));
    assertThat(deducted.total()).isEqualTo(BigDecimal.valueOf(70));
    assertThat(deducted.lines().get(1).message(Locale.ENGLISH)).isEqualTo("1.2 党员注册志愿者不低于80%: 10 points deducted "
        + "(up to 10). Measured 79/100 (79.0%), required ≥ 80%.");
    Subject center = Subject.site(SiteId.of("c"), "中心", SiteLevel.CENTER);
    assertThat(d.assess(center, short1).total()).as("the monthly rule is for posts and stations")
        .isEqualTo(BigDecimal.valueOf(90));
    Evidence worst = Evidence.none().withMeasure(Fixtures.STAFF_SHARE, Measurement.share(0, 10))
        .withMeasure(Fixtures.PARTY_SHARE, Measurement.share(0, 10))
        .withMeasure(Measurement.MONTHS_WITH_ACTIVITIES, Measurement.count(0))
        .withMark("2.2", Mark.of(70, "多项问题"));
    Assessment zero = d.assess(Fixtures.station(), worst);
    assertThat(zero.deductions()).isEqualTo(BigDecimal.valueOf(110));
    assertThat(zero.total()).isEqualTo(BigDecimal.ZERO);
    assertThat(d.assess(Fixtures.station(), Evidence.none()).total()).as("nothing taken without evidence")
        .isEqualTo(BigDecimal.valueOf(100));
  }

  @Test
  void badEvidenceIsRefusedNamingTheSubItem() {
    AssessmentTable t = Fixtures.additive();
    assertThatThrownBy(() -> t.assess(Fixtures.station(), FULL.withMark("3.1", Mark.of(11, ""))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the mark of sub-item 3.1 gives 11 points: expected at most its 10");
    assertThatThrownBy(() -> t.assess(Fixtures.station(), FULL.withMeasure(Fixtures.STAFF_SHARE, Measurement.count(70))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sub-item 2.2 compares staff-volunteer-share"
            + " as a share, but the evidence gives a count 70");
    assertThatThrownBy(() -> t.assess(null, FULL)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> t.assess(Fixtures.station(), null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Measurement.share(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Measurement.count(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Mark.of(-1, "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Evidence.none().withMark("3 1", Mark.of(1, ""))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Evidence.none().withMeasure("Share", Measurement.count(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void monthsWithActivitiesAreCountedFromAnActivityCounter() {
    SiteId site = SiteId.of("s1");
    Evidence e = Evidence.none().withMonthsWithActivities((s, from, to) ->
        OptionalLong.of(from.getMonthValue() % 4 == 0 ? 0 : 3), site, Year.of(2024));
    assertThat(e.measure(Measurement.MONTHS_WITH_ACTIVITIES)).contains(Measurement.count(9));
    Evidence unknown = Evidence.none().withMonthsWithActivities((s, from, to) -> OptionalLong.empty(), site,
        Year.of(2024));
    assertThat(unknown).isEqualTo(Evidence.none());
    assertThat(e.result("x")).isEmpty();
    assertThat(e.mark("1.1")).isEmpty();
  }

  @Test
  void aTeamIsAssessedLikeASite() {
    AssessmentTable t = AssessmentTable.builder("team-test", "队伍考核", "2024")
        .item(Item.of("1", "队伍", List.of(
            SubItem.score("1.1", "人数达标", 60, Criterion.rule("team.size")),
            SubItem.score("1.2", "有负责人", 40, Criterion.rule("team.leader")))))
        .build();
    Subject team = Subject.team(org.civic.team.TeamId.of("t1"), "某村志愿服务队", SiteLevel.STATION);
    Assessment a = t.assess(team, Evidence.none().withResults(List.of(Fixtures.result("team.size", Outcome.FAIL),
        Fixtures.result("team.leader", Outcome.PASS))));
    assertThat(team.kind()).isEqualTo(Subject.Kind.TEAM);
    assertThat(a.total()).isEqualTo(BigDecimal.valueOf(40));
    assertThat(a.toString()).isEqualTo("Assessment[team-test team t1 某村志愿服务队 (STATION): 40]");
  }

  @Test
  void everyMessageIsInBothLanguages() throws IOException {
    Properties en = load("org/civic/assessment/Messages_en.properties");
    Properties zh = load("org/civic/assessment/Messages_zh.properties");
    Properties base = load("org/civic/assessment/Messages.properties");
    assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames()).isEqualTo(base.stringPropertyNames());
    for (PointKind k : PointKind.values()) {
      for (String o : List.of("pass", "fail")) {
        assertThat(zh.getProperty("assessment.line." + k.key() + "." + o)).containsPattern("\\p{IsHan}");
        assertThat(en.getProperty("assessment.line." + k.key() + "." + o)).isNotBlank();
      }
    }
  }

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = AssessmentTest.class.getResourceAsStream("/" + resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
