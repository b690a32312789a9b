package org.civic.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.SplittableRandom;
import org.civic.assessment.Assessment;
import org.civic.assessment.AssessmentTable;
import org.civic.assessment.Criterion;
import org.civic.assessment.Evidence;
import org.civic.assessment.Mark;
import org.civic.assessment.Measurement;
import org.civic.assessment.PointKind;
import org.civic.assessment.SubItem;
import org.civic.assessment.Subject;
import org.civic.division.DivisionCode;
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
import org.civic.standard.FundingPolicy;
import org.civic.standard.LevelThresholds;
import org.civic.standard.Outcome;
import org.civic.standard.SixHaves;
import org.junit.jupiter.api.Test;

/** The source-shaped tables with the sources' figures: Bijie's 9 / 29 / 100 + bonus, the district's deductions, Shishi's stars and funding. */
class AssessmentTablesTest {

  /** A site of a level whose facts meet the default six haves. */
  private static Site meeting(SiteLevel level) {
    LevelThresholds t = SixHaves.profile().thresholds(level);
    SiteFacts facts = SiteFacts.unknown()
        .withVenue(new Venue(t.venueArea().max(BigDecimal.ONE), t.functionRooms()))
        .withSignage(new Signage(true, true))
        .withTeam(TeamFacts.led("村党支部书记", t.teamSize()))
        .withProjects(new Projects(t.projects(), 3))
        .withRules(new RuleDocuments(t.requiredRules()))
        .withDisplay(new Display(t.displayBoards(), true))
        .withStaffing(Staffing.approved(3));
    DivisionCode code = level == SiteLevel.POST ? DivisionCode.parse("411081103000") : DivisionCode.parse("411081103201");
    Site s = level == SiteLevel.POST ? Site.post(SiteId.of("post"), "神垕镇新时代文明实践所", code)
        : Site.station(SiteId.of("station"), "某村新时代文明实践站", code);
    return s.withFacts(facts);
  }

  /** The evidence of a site meeting the six haves with an activity every month, every mark at its best. */
  private static Evidence best(AssessmentTable table, Site site) {
    Evidence e = Evidence.of(SixHaves.standard().check(site))
        .withMeasure(Measurement.MONTHS_WITH_ACTIVITIES, Measurement.count(12));
    for (SubItem s : table.subItems()) {
      if (s.criterion().basis() == Criterion.Basis.ASSESSED) {
        e = e.withMark(s.id(), Mark.of(s.kind() == PointKind.DEDUCTION ? BigDecimal.ZERO : s.points(), "达标"));
      }
    }
    return e;
  }

  @Test
  void theBijieShapedTableHas9Items29SubItemsAnd100PointsPlusBonus() {
    AssessmentTable bijie = AssessmentTables.bijieShaped();
    assertThat(bijie.items()).hasSize(9);
    assertThat(bijie.subItems()).hasSize(29);
    assertThat(bijie.maxPoints()).isEqualByComparingTo("100");
    assertThat(bijie.points(PointKind.SCORE)).isEqualByComparingTo("100");
    assertThat(bijie.maxBonus()).isEqualByComparingTo("10");
    assertThat(bijie.maxTotal()).isEqualByComparingTo("110");
    assertThat(bijie).isEqualTo(AssessmentTables.bijieShaped());
    assertThat(bijie.subItems()).allSatisfy(s -> assertThat(s.englishName()).isPresent());
  }

  @Test
  void theBijieShapedTableScoresASiteTo100PlusBonus() {
    AssessmentTable bijie = AssessmentTables.bijieShaped();
    Site station = meeting(SiteLevel.STATION);
    Assessment best = bijie.assess(Subject.of(station), best(bijie, station));
    assertThat(best.lines()).hasSize(29).allMatch(l -> l.outcome() == Outcome.PASS);
    assertThat(best.score()).isEqualByComparingTo("100");
    assertThat(best.bonus()).isEqualByComparingTo("10");
    assertThat(best.total()).isEqualByComparingTo("110");
    assertThat(best.stars()).isEqualTo(5);
    Evidence noBonus = best(bijie, station).withMark("9.3", Mark.of(0, "")).withMark("9.4", Mark.of(0, ""));
    assertThat(bijie.assess(Subject.of(station), noBonus).total()).isEqualByComparingTo("100");
    // No signboard and eleven months with activities: 3 and 6 points lost, with the evidence for each.
    Site unsigned = station.withFacts(station.facts().withSignage(new Signage(false, false)));
    Assessment lost = bijie.assess(Subject.of(unsigned), best(bijie, unsigned)
        .withMeasure(Measurement.MONTHS_WITH_ACTIVITIES, Measurement.count(11)));
    assertThat(lost.total()).isEqualByComparingTo("101");
    assertThat(lost.lines(Outcome.FAIL)).extracting(l -> l.subItem().id()).containsExactly("1.2", "3.2");
    assertThat(lost.lines(Outcome.FAIL).get(0).message(Locale.CHINA)).isEqualTo("1.2 有标识：得 0 分，失 3 分（满分 3 分）。未悬挂标识牌。");
    assertThat(lost.lines(Outcome.FAIL).get(0).message(Locale.ENGLISH))
        .isEqualTo("1.2 Has signage: 0 of 3 points, 3 lost. There is no signboard.");
    assertThat(lost.lines(Outcome.FAIL).get(0).evidence()).containsEntry("signboard", "false");
  }

  @Test
  void theDistrictsTableDeductsFrom100() {
    AssessmentTable district = AssessmentTables.districtShaped();
    assertThat(district.base()).isEqualByComparingTo("100");
    assertThat(district.maxTotal()).isEqualByComparingTo("100");
    Subject station = Subject.of(meeting(SiteLevel.STATION));
    Evidence met = Evidence.none()
        .withMeasure(AssessmentTables.STAFF_VOLUNTEER_SHARE, Measurement.share(70, 100))
        .withMeasure(AssessmentTables.PARTY_MEMBER_VOLUNTEER_SHARE, Measurement.share(80, 100))
        .withMeasure(Measurement.MONTHS_WITH_ACTIVITIES, Measurement.count(12));
    assertThat(district.assess(station, met).total()).isEqualByComparingTo("100");
    Evidence short1 = met.withMeasure(AssessmentTables.STAFF_VOLUNTEER_SHARE, Measurement.share(69, 100))
        .withMeasure(AssessmentTables.PARTY_MEMBER_VOLUNTEER_SHARE, Measurement.share(799, 1000))
        .withMeasure(Measurement.MONTHS_WITH_ACTIVITIES, Measurement.count(11));
    Assessment a = district.assess(station, short1);
    assertThat(a.deductions()).isEqualByComparingTo("30");
    assertThat(a.total()).isEqualByComparingTo("70");
    assertThat(a.lines().get(0).message(Locale.ENGLISH)).isEqualTo("1.1 Staff volunteers at least 70%: 10 points deducted"
        + " (up to 10). Measured 69/100 (69.0%), required ≥ 70%.");
    Subject center = Subject.site(SiteId.of("c"), "中心", SiteLevel.CENTER);
    assertThat(district.assess(center, short1).total()).as("the monthly rule is for posts and stations")
        .isEqualByComparingTo("80");
  }

  @Test
  void shishisStarTableGivesItsFunding() {
    AssessmentTable shishi = AssessmentTables.shishiShaped();
    assertThat(shishi.items()).extracting(i -> i.name(Locale.ENGLISH)).containsExactly("Venue", "Signage", "Team",
        "Rules", "Management", "Activities", "Specialities");
    assertThat(shishi.rates(SiteLevel.CENTER)).isFalse();
    assertThat(shishi.maxTotal()).isEqualByComparingTo("100");
    FundingPolicy funding = FundingPolicy.shishi();
    Site post = meeting(SiteLevel.POST);
    Assessment five = shishi.assess(Subject.of(post), best(shishi, post));
    assertThat(five.total()).isEqualByComparingTo("100");
    assertThat(five.stars()).isEqualTo(5);
    assertThat(funding.annual(SiteLevel.POST, five.stars())).isEqualTo(150_000);
    Site station = meeting(SiteLevel.STATION);
    // management 10 of 15, specialities 5 of 10: 90 → 4 stars → 50,000
    Evidence good = best(shishi, station).withMark("5.1", Mark.of(10, "")).withMark("7.1", Mark.of(5, ""));
    Assessment four = shishi.assess(Subject.of(station), good);
    assertThat(four.total()).isEqualByComparingTo("90");
    assertThat(funding.annual(SiteLevel.STATION, four.stars())).isEqualTo(50_000);
    // and no monthly activities: 65 → 1 star → nothing
    Assessment one = shishi.assess(Subject.of(station), good.withMeasure(Measurement.MONTHS_WITH_ACTIVITIES,
        Measurement.count(9)));
    assertThat(one.total()).isEqualByComparingTo("65");
    assertThat(one.stars()).isEqualTo(1);
    assertThat(funding.annual(SiteLevel.STATION, one.stars())).isZero();
  }

  @Test
  void theStaffingGeneratorStaysWithinTheProposalsShape() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 1000; i++) {
      Staffing s = RandomAssessments.staffing(random);
      assertThat(s.approved()).isBetween(0, 12);
      assertThat(s.directors() + s.deputyDirectors()).isLessThanOrEqualTo(s.approved());
    }
  }
}
