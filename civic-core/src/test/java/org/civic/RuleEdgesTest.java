package org.civic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civic.assessment.AssessmentTable;
import org.civic.assessment.Criterion;
import org.civic.assessment.Evidence;
import org.civic.assessment.Inspection;
import org.civic.assessment.Item;
import org.civic.assessment.Mark;
import org.civic.assessment.StarThresholds;
import org.civic.assessment.SubItem;
import org.civic.assessment.Subject;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.standard.SixHaves;
import org.civic.team.TeamFormula;
import org.civic.team.TeamFormulaParseException;
import org.civic.volunteer.ServiceRecord;
import org.civic.volunteer.VolunteerId;
import org.civic.volunteer.VolunteerStars;
import org.junit.jupiter.api.Test;

/**
 * The rules' value types at the edges of what they take, each found by a review: a value a type
 * accepts must be one it can print and read back, compare as equal to its equal, and use later
 * without an exception its first check did not give.
 */
class RuleEdgesTest {

  private static final SiteId S = SiteId.of("s1");
  private static final LocalDate D = LocalDate.of(2024, 3, 5);
  private static final VolunteerId A = VolunteerId.of("a");

  /** A formula prints what {@code parse} reads: {@code of} takes no more branches than {@code parse}. */
  @Test
  void aFormulaIsReadBackFromWhatItPrints() {
    TeamFormula most = TeamFormula.of(100_000);
    assertThat(TeamFormula.parse(most.toString())).isEqualTo(most);
    assertThatThrownBy(() -> TeamFormula.of(100_001)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 to 100000 branches");
    assertThatThrownBy(() -> TeamFormula.parse("1+100001+N")).isInstanceOf(TeamFormulaParseException.class);
  }

  /** Hours outside 0–24 are refused before they are rounded: a small negative is not 0, a huge one no overflow. */
  @Test
  void hoursOutsideADayAreRefusedBeforeRounding() {
    for (double hours : new double[] {-0.005, -1, 24.001, 1e16, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> ServiceRecord.ofHours(A, D, S, hours)).as("%s", hours)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Double.isFinite(hours) ? "at most 24 hours" : "a number");
    }
    assertThat(ServiceRecord.ofHours(A, D, S, 0).service()).isEqualTo(Duration.ZERO);
    assertThat(ServiceRecord.ofHours(A, D, S, 24).service()).isEqualTo(Duration.ofHours(24));
    assertThat(ServiceRecord.ofHours(A, D, S, 2.5).service()).isEqualTo(Duration.ofMinutes(150));
  }

  /** Star thresholds in hours that would wrap negative in minutes are refused. */
  @Test
  void starThresholdsPastWhatMinutesHoldAreRefused() {
    assertThatThrownBy(() -> VolunteerStars.ofHours(100, 300, 600, 1000, Long.MAX_VALUE / 30))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most");
    VolunteerStars most = VolunteerStars.ofHours(100, 300, 600, 1000, Long.MAX_VALUE / 60);
    assertThat(most.stars(Duration.ofHours(1000))).isEqualTo(4);
  }

  /** Every star threshold of a table must be within reach of its highest total, five stars' too. */
  @Test
  void aStarThresholdAboveTheHighestTotalIsRefused() {
    AssessmentTable.Builder b = AssessmentTable.builder("t", "表", "1")
        .item(Item.of("1", "项", List.of(SubItem.score("1.1", "细则", 100, Criterion.assessed()))))
        .stars(StarThresholds.of(60, 70, 80, 90, 150));
    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("five stars need 150 but the highest total is 100");
    assertThatCode(() -> AssessmentTable.builder("t", "表", "1")
        .item(Item.of("1", "项", List.of(SubItem.score("1.1", "细则", 100, Criterion.assessed()))))
        .stars(StarThresholds.of(60, 70, 80, 90, 100)).build()).doesNotThrowAnyException();
  }

  /** An inspection takes the sub-item ids its own {@code addTo} can add, and no other. */
  @Test
  void anInspectionTakesOnlySubItemIdsItCanAdd() {
    assertThatThrownBy(() -> Inspection.of("county-test", Subject.Kind.SITE, "s1", D, Optional.empty(),
        Map.of("Q1", Mark.of(1, "")))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Q1");
    Inspection good = Inspection.of("county-test", Subject.Kind.SITE, "s1", D, Optional.empty(),
        Map.of("1.1", Mark.of(1, "")));
    assertThatCode(() -> good.addTo(Evidence.none())).doesNotThrowAnyException();
  }

  /** Setting a threshold to the value it has keeps the profile equal, however the number is written. */
  @Test
  void aVenueAreaSetToItsValueKeepsTheProfileEqual() {
    assertThat(SixHaves.profile().withVenueArea(SiteLevel.POST, 20)).isEqualTo(SixHaves.profile());
    assertThat(SixHaves.profile().withVenueArea(SiteLevel.POST, 20.0).thresholds(SiteLevel.POST).venueArea())
        .isEqualTo(new BigDecimal("20"));
    assertThat(SixHaves.profile().withVenueArea(SiteLevel.POST, 12.5).thresholds(SiteLevel.POST).venueArea())
        .isEqualTo(new BigDecimal("12.5"));
  }

  private static org.civic.volunteer.Volunteer volunteerA() {
    return org.civic.volunteer.Volunteer.of(A, "志愿者a", LocalDate.of(2020, 1, 1), Set.of(), Optional.of(S));
  }

  /**
   * A record keeps its time to the minute (half up), so that a service log's 24-hour rule, totals
   * and ranking count the same minutes its figures carry: two records of 12 h 30 s on one day are
   * 24 h 2 min, past the rule; two of 90 s are 2 minutes each; 30 s of approved time ranks.
   */
  @Test
  void aRecordKeepsItsTimeToTheMinuteAndALogCountsWhatItKeeps() {
    Duration d = Duration.ofHours(12).plusSeconds(30);
    assertThat(ServiceRecord.of(A, D, S, d).service()).isEqualTo(Duration.ofHours(12).plusMinutes(1));
    assertThat(ServiceRecord.of(A, D, S, Duration.ofSeconds(29)).service()).isEqualTo(Duration.ZERO);
    assertThat(ServiceRecord.reported(A, D, S, Duration.ofSeconds(150)).approve().service())
        .isEqualTo(Duration.ofMinutes(3));
    org.civic.volunteer.ServiceLog.Builder over = org.civic.volunteer.ServiceLog.builder().addVolunteer(volunteerA())
        .addRecord(ServiceRecord.of(A, D, S, d)).addRecord(ServiceRecord.of(A, D, S, d).withActivity("act-2"));
    assertThatThrownBy(over::build).isInstanceOf(org.civic.problem.ProblemException.class)
        .hasMessageContaining("24.04 hours of service on 2024-03-05");
    ServiceRecord r = ServiceRecord.of(A, D, S, Duration.ofSeconds(90));
    org.civic.volunteer.ServiceLog log = org.civic.volunteer.ServiceLog.builder().addVolunteer(volunteerA())
        .addRecord(r).addRecord(r.withActivity("act-2")).build();
    assertThat(log.serviceTime(A)).isEqualTo(Duration.ofMinutes(4));
    assertThat(log.activity(S, D, D).serviceTime()).isEqualTo(Duration.ofMinutes(4));
    org.civic.volunteer.ServiceLog brief = org.civic.volunteer.ServiceLog.builder().addVolunteer(volunteerA())
        .addRecord(ServiceRecord.of(A, D, S, Duration.ofSeconds(30))).build();
    assertThat(brief.ranking(D, D)).singleElement()
        .satisfies(h -> assertThat(h.serviceTime()).isEqualTo(Duration.ofMinutes(1)));
  }

  /** A rule document named in two spellings is one document: it is counted once. */
  @Test
  void aRequiredRuleNamedInTwoSpellingsCountsOnce() {
    var p = SixHaves.profile().withRequiredRules(SiteLevel.STATION, Set.of("安全管理制度", "《安全管理制度》"));
    assertThat(p.thresholds(SiteLevel.STATION).requiredRules()).hasSize(1);
    assertThat(p.thresholds(SiteLevel.STATION).ruleDocuments())
        .isEqualTo(Math.max(1, SixHaves.profile().thresholds(SiteLevel.STATION).ruleDocuments()));
  }
}
