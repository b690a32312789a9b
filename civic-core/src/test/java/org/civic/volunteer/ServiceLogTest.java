package org.civic.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.team.TeamId;
import org.junit.jupiter.api.Test;

class ServiceLogTest {

  private static final LocalDate D1 = LocalDate.of(2024, 3, 5);
  private static final LocalDate D2 = LocalDate.of(2024, 3, 6);
  private static final DivisionCode TOWN = DivisionCode.parse("411081103000");
  private static final DivisionCode V1 = DivisionCode.parse("411081103201");
  private static final DivisionCode V2 = DivisionCode.parse("411081103202");
  private static final SiteId S1 = SiteId.of("s1");
  private static final SiteId S2 = SiteId.of("s2");

  private static final Hierarchy H = Hierarchy.builder()
      .addDivision(new Division(DivisionCode.parse("411081"), "禹州市"))
      .addDivision(new Division(TOWN, "神垕镇"))
      .addDivision(new Division(V1, "一村"))
      .addDivision(new Division(V2, "二村"))
      .addSite(Site.station(S1, "一村站", V1))
      .addSite(Site.station(S2, "二村站", V2))
      .build();

  private static Volunteer volunteer(String id, SiteId home) {
    return Volunteer.of(VolunteerId.of(id), "志愿者" + id, LocalDate.of(2020, 1, 1), Set.of(), Optional.of(home));
  }

  private static ServiceRecord record(String who, LocalDate day, SiteId site, double hours) {
    return ServiceRecord.ofHours(VolunteerId.of(who), day, site, hours);
  }

  @Test
  void aVolunteerActiveInTwoVillagesCountsOnceInTheTownship() {
    ServiceLog log = ServiceLog.builder()
        .addVolunteers(List.of(volunteer("a", S1), volunteer("b", S1), volunteer("c", S2)))
        .addRecords(List.of(record("a", D1, S1, 2), record("a", D2, S2, 3), record("a", D2, S1, 1),
            record("b", D1, S1, 1.5)))
        .build();
    assertThat(log.activity(S1, D1, D2)).isEqualTo(new VolunteerActivity(2, 3, Duration.ofMinutes(270)));
    assertThat(log.activity(S2, D1, D2)).isEqualTo(new VolunteerActivity(1, 1, Duration.ofHours(3)));
    VolunteerActivity township = log.activity(H, TOWN, D1, D2);
    assertThat(township.activeVolunteers()).as("a counts once, not once per village").isEqualTo(2)
        .isLessThan(log.activity(S1, D1, D2).activeVolunteers() + log.activity(S2, D1, D2).activeVolunteers());
    assertThat(township.personTimes()).isEqualTo(4);
    assertThat(log.activity(H, TOWN, D2, D2)).isEqualTo(new VolunteerActivity(1, 2, Duration.ofHours(4)));
    assertThat(log.registered()).isEqualTo(3);
    assertThat(log.registered(H, V1)).isEqualTo(2);
    assertThat(log.registered(H, TOWN)).isEqualTo(3);
    assertThat(log.serviceTime(VolunteerId.of("a"))).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void travelIsRecordedButNeverCounts() {
    ServiceLog log = ServiceLog.builder().addVolunteer(volunteer("a", S1))
        .addRecord(record("a", D1, S1, 2).withTravel(Duration.ofHours(3)).withActivity("act-1")).build();
    assertThat(log.serviceTime(VolunteerId.of("a"))).isEqualTo(Duration.ofHours(2));
    assertThat(log.records().get(0).travel()).isEqualTo(Duration.ofHours(3));
    assertThat(log.records().get(0).activity()).contains("act-1");
  }

  @Test
  void badHoursAreRejected() {
    assertThatThrownBy(() -> record("a", D1, S1, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("volunteer a on 2024-03-05").hasMessageContaining("negative");
    assertThatThrownBy(() -> record("a", D1, S1, 24.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 24 hours");
    assertThatThrownBy(() -> record("a", D1, S1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThat(record("a", D1, S1, 24).service()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void moreThan24HoursADayAndUnknownVolunteersAreReportedAndTheRestKept() {
    ServiceLog.Builder builder = ServiceLog.builder()
        .addVolunteers(List.of(volunteer("a", S1), volunteer("a", S2)))
        .addRecords(List.of(record("a", D1, S1, 20), record("a", D1, S2, 5), record("a", D2, S2, 5),
            record("ghost", D1, S1, 1)));
    assertThatThrownBy(builder::build).isInstanceOfSatisfying(ProblemException.class, e ->
        assertThat(e.problems()).extracting(Problem::id).containsExactly(
            "volunteer.duplicate-id", "service.over-24-hours", "service.unknown-volunteer"));
    ServiceLog.Lenient lenient = ServiceLog.builder()
        .addVolunteers(List.of(volunteer("a", S1)))
        .addRecords(List.of(record("a", D1, S1, 20), record("a", D1, S2, 5), record("a", D2, S2, 5),
            record("ghost", D1, S1, 1)))
        .buildLenient();
    assertThat(lenient.problems()).extracting(p -> p.where().jsonPointer().orElseThrow())
        .containsExactly("/records/1", "/records/3");
    assertThat(lenient.problems().get(0).message()).contains("25.0 hours of service on 2024-03-05");
    assertThat(lenient.log().records()).hasSize(2);
  }

  @Test
  void starLevels() {
    VolunteerStars national = VolunteerStars.national();
    assertThat(national.stars(Duration.ofMinutes(100 * 60 - 1))).isZero();
    assertThat(national.stars(Duration.ofHours(100))).isEqualTo(1);
    assertThat(national.stars(Duration.ofHours(300))).isEqualTo(2);
    assertThat(national.stars(Duration.ofHours(600))).isEqualTo(3);
    assertThat(national.stars(Duration.ofHours(999))).isEqualTo(3);
    assertThat(national.stars(Duration.ofHours(1000))).isEqualTo(4);
    assertThat(national.stars(Duration.ofHours(1500))).isEqualTo(5);
    assertThat(national.stars(Duration.ofHours(100_000))).isEqualTo(5);
    VolunteerStars zhangjiagang = VolunteerStars.ofHours(30, 60, 100, 200, 300);
    assertThat(zhangjiagang.stars(Duration.ofHours(100))).isEqualTo(3);
    assertThat(zhangjiagang.hoursFor(5)).isEqualTo(300);
    assertThatThrownBy(() -> VolunteerStars.ofHours(100, 100, 600, 1000, 1500)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> national.stars(Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
    ServiceLog log = ServiceLog.builder().addVolunteer(volunteer("a", S1))
        .addRecords(java.util.stream.IntStream.range(0, 13)
            .mapToObj(i -> record("a", D1.plusDays(i), S1, 8)).toList()).build();
    assertThat(log.stars(VolunteerId.of("a"), national)).isEqualTo(1);   // 104 hours
    assertThatThrownBy(() -> log.serviceTime(VolunteerId.of("zz"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zz");
  }

  @Test
  void onlyApprovedTimeCountsAndPendingReportsNeverTripTheDailyLimit() {
    ServiceRecord own = ServiceRecord.reported(VolunteerId.of("a"), D1, S1, Duration.ofHours(20));
    ServiceLog log = ServiceLog.builder().addVolunteer(volunteer("a", S1))
        .addRecords(List.of(record("a", D1, S1, 10), own, own.reject("未签到"), own.approve(Duration.ofHours(14))))
        .build();
    assertThat(log.records()).hasSize(4);
    assertThat(log.serviceTime(VolunteerId.of("a"))).isEqualTo(Duration.ofHours(24));
    assertThat(log.activity(S1, D1, D1)).isEqualTo(new VolunteerActivity(1, 2, Duration.ofHours(24)));
    assertThat(log.review(D1, D2)).isEqualTo(new ServiceReview(1, 2, 1, Duration.ofHours(70), Duration.ofHours(24)));
    assertThat(log.review(H, V2, D1, D2).records()).isZero();
    ServiceLog.Lenient over = ServiceLog.builder().addVolunteer(volunteer("a", S1))
        .addRecords(List.of(record("a", D1, S1, 10), own.approve(Duration.ofMinutes(14 * 60 + 1)))).buildLenient();
    assertThat(over.problems()).extracting(Problem::id).containsExactly("service.over-24-hours");
  }

  @Test
  void hoursPerVolunteerTeamSiteAndDateRange() {
    TeamId team = TeamId.of("t-201");
    Recorder byTeam = Recorder.ofTeam(team);
    ServiceLog log = ServiceLog.builder()
        .addVolunteers(List.of(volunteer("a", S1), volunteer("b", S1), volunteer("c", S2)))
        .addRecords(List.of(record("a", D1, S1, 2).withRecorder(byTeam), record("b", D1, S2, 3).withRecorder(byTeam),
            record("a", D2, S2, 1), record("c", D2, S2, 4),
            ServiceRecord.reported(VolunteerId.of("c"), D1, S1, Duration.ofHours(5)).withRecorder(byTeam)))
        .build();
    assertThat(log.serviceTime(VolunteerId.of("a"), D1, D1)).isEqualTo(Duration.ofHours(2));
    assertThat(log.serviceTime(VolunteerId.of("a"), D1, D2)).isEqualTo(Duration.ofHours(3));
    assertThat(log.activity(team, D1, D2)).isEqualTo(new VolunteerActivity(2, 2, Duration.ofHours(5)));
    assertThat(log.activity(TeamId.of("other"), D1, D2)).isEqualTo(new VolunteerActivity(0, 0, Duration.ZERO));
    assertThat(log.bySite(D1, D2)).containsExactly(
        Map.entry(S1, new VolunteerActivity(1, 1, Duration.ofHours(2))),
        Map.entry(S2, new VolunteerActivity(3, 3, Duration.ofHours(8))));
    assertThat(log.byTeam(D1, D2)).containsExactly(Map.entry(team, new VolunteerActivity(2, 2, Duration.ofHours(5))));
    assertThat(log.bySite(D2, D2)).containsOnlyKeys(S2);
    assertThatThrownBy(() -> log.serviceTime(VolunteerId.of("a"), D2, D1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends (2024-03-05) before it starts (2024-03-06)");
    assertThatThrownBy(() -> log.serviceTime(VolunteerId.of("zz"), D1, D2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rankingsPutMoreHoursFirstAndShareARankOnATieInIdOrder() {
    ServiceLog log = ServiceLog.builder()
        .addVolunteers(List.of(volunteer("d", S1), volunteer("b", S1), volunteer("a", S2), volunteer("c", S2),
            volunteer("e", S2)))
        .addRecords(List.of(record("d", D1, S1, 5), record("b", D1, S1, 3), record("a", D1, S2, 2),
            record("a", D2, S2, 1), record("c", D2, S2, 3), record("e", D1, S2, 0),
            ServiceRecord.reported(VolunteerId.of("e"), D2, S2, Duration.ofHours(9))))
        .build();
    assertThat(log.ranking(D1, D2)).containsExactly(
        new VolunteerHours(1, VolunteerId.of("d"), Duration.ofHours(5), 1),
        new VolunteerHours(2, VolunteerId.of("a"), Duration.ofHours(3), 2),
        new VolunteerHours(2, VolunteerId.of("b"), Duration.ofHours(3), 1),
        new VolunteerHours(2, VolunteerId.of("c"), Duration.ofHours(3), 1));
    assertThat(log.ranking(H, V2, D1, D2)).extracting(VolunteerHours::volunteer, VolunteerHours::rank)
        .containsExactly(tuple(VolunteerId.of("a"), 1), tuple(VolunteerId.of("c"), 1));
    assertThat(log.ranking(D2, D2)).extracting(VolunteerHours::rank).containsExactly(1, 2);
    assertThat(log.ranking(TeamId.of("t"), D1, D2)).isEmpty();
    assertThatThrownBy(() -> new VolunteerHours(0, VolunteerId.of("a"), Duration.ofHours(1), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ServiceReview(0, 0, 0, Duration.ZERO, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theNationalVolunteerNumberFindsAVolunteerAndMayBeRegisteredOnce() {
    NationalVolunteerNumber n = NationalVolunteerNumber.of("4110810001234");
    Volunteer a = volunteer("a", S1).withNationalNumber(n);
    assertThat(a.nationalNumber()).contains(n);
    assertThat(a.stableId()).isEqualTo("4110810001234");
    assertThat(volunteer("b", S1).stableId()).isEqualTo("b");
    assertThat(volunteer("b", S1).nationalNumber()).isEmpty();
    assertThat(a.withNationalNumber(n)).isSameAs(a);
    assertThat(a).isNotEqualTo(volunteer("a", S1));
    ServiceLog.Lenient lenient = ServiceLog.builder()
        .addVolunteers(List.of(a, volunteer("b", S1).withNationalNumber(n), volunteer("c", S2))).buildLenient();
    assertThat(lenient.problems()).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo("volunteer.duplicate-national-number");
      assertThat(p.message()).contains("volunteer b").contains("as volunteer a has");
    });
    assertThat(lenient.log().volunteer(n)).contains(a);
    assertThat(lenient.log().volunteer(NationalVolunteerNumber.of("9"))).isEmpty();
    assertThat(lenient.log().registered()).as("both stay registered; the first keeps the number").isEqualTo(3);
  }

  @Test
  void zhangjiagangsLadderBesideTheNationalOne() {
    VolunteerStars zjg = VolunteerStars.zhangjiagang();
    assertThat(zjg).isEqualTo(VolunteerStars.ofHours(30, 60, 100, 200, 300)).hasToString("30/60/100/200/300");
    assertThat(VolunteerStars.national()).hasToString("100/300/600/1000/1500");
    long[][] table = {{29, 0, 0}, {30, 1, 0}, {60, 2, 0}, {100, 3, 1}, {200, 4, 1}, {300, 5, 2}, {600, 5, 3},
        {1000, 5, 4}, {1500, 5, 5}};
    for (long[] row : table) {
      assertThat(zjg.stars(Duration.ofHours(row[0]))).as("%d h in Zhangjiagang", row[0]).isEqualTo((int) row[1]);
      assertThat(VolunteerStars.national().stars(Duration.ofHours(row[0]))).as("%d h nationally", row[0])
          .isEqualTo((int) row[2]);
    }
    assertThat(zjg.hoursFor(1)).isEqualTo(30);
    assertThat(VolunteerStars.parse("30/60/100/200/300")).isEqualTo(zjg);
    assertThat(VolunteerStars.parse(VolunteerStars.national().toString())).isEqualTo(VolunteerStars.national());
    assertThat(VolunteerStars.parse(" 50 / 100/200/400/800")).isEqualTo(VolunteerStars.ofHours(50, 100, 200, 400, 800));
    assertThatThrownBy(() -> VolunteerStars.parse("30/60/100")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("five hour counts").hasMessageContaining("got 3 parts");
    assertThatThrownBy(() -> VolunteerStars.parse("30/60/x/200/300")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"x\" at position 3");
    assertThatThrownBy(() -> VolunteerStars.parse("30/-60/100/200/300")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VolunteerStars.parse("60/30/100/200/300")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strictly ascending");
    assertThatThrownBy(() -> zjg.hoursFor(6)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void figuresKeepDistinctBelowTotals() {
    assertThatThrownBy(() -> new VolunteerActivity(3, 2, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}
