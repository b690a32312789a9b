package org.civic.testkit.properties.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.team.TeamId;
import org.civic.testkit.RandomHierarchies;
import org.civic.testkit.RandomVolunteers;
import org.civic.volunteer.IllegalReviewException;
import org.civic.volunteer.RecordStatus;
import org.civic.volunteer.Recorder;
import org.civic.volunteer.ServiceLog;
import org.civic.volunteer.ServiceRecord;
import org.civic.volunteer.ServiceReview;
import org.civic.volunteer.VolunteerActivity;
import org.civic.volunteer.VolunteerHours;
import org.civic.volunteer.VolunteerId;
import org.civic.volunteer.VolunteerStars;
import org.junit.jupiter.api.Test;

/**
 * Service records as the 2021 rules keep them: a review never reaches a bad state, approved hours
 * never exceed reported hours however they are added up, and rankings agree with a plain sort of
 * the raw records.
 */
class ServiceRecordPropertiesTest {

  private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
  private static final List<TeamId> TEAMS = List.of(TeamId.of("brigade"), TeamId.of("t-201"), TeamId.of("t-202"));

  private record Drawn(ServiceLog log, List<ServiceRecord> records, LocalDate from, LocalDate to) {}

  private static Drawn draw(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    RandomHierarchies.Sample h = RandomHierarchies.generate(random, size, 0.8);
    List<Site> sites = h.sites().isEmpty()
        ? List.of(Site.center(SiteId.of("c"), "中心", h.divisions().get(0).code())) : h.sites();
    RandomVolunteers.Sample v = RandomVolunteers.generate(random, sites, TEAMS, 1 + random.nextInt(30),
        random.nextInt(400), 2024);
    ServiceLog log = ServiceLog.builder().addVolunteers(v.volunteers()).addRecords(v.records()).build();
    LocalDate from = JAN_1.plusDays(random.nextInt(300));
    return new Drawn(log, v.records(), from, from.plusDays(random.nextInt(120)));
  }

  private static boolean in(ServiceRecord r, LocalDate from, LocalDate to) {
    return !r.date().isBefore(from) && !r.date().isAfter(to);
  }

  private static void wellFormed(ServiceRecord r) {
    assertThat(r.service()).isLessThanOrEqualTo(r.recordedTime()).isGreaterThanOrEqualTo(Duration.ZERO);
    assertThat(r.recordedTime()).isLessThanOrEqualTo(Duration.ofHours(24));
    assertThat(r.counts()).isEqualTo(r.status() == RecordStatus.APPROVED);
    assertThat(r.rejectionReason().isPresent()).isEqualTo(r.status() == RecordStatus.REJECTED);
    r.rejectionReason().ifPresent(reason -> assertThat(reason).isNotBlank());
    if (!r.counts()) {
      assertThat(r.service()).isZero();
    }
    assertThat(r.recordedBy().team().isPresent()).isNotEqualTo(r.recordedBy().site().isPresent());
  }

  @Test
  void aReviewNeverReachesABadState() {
    qt().withExamples(300).forAll(longs().all(), integers().between(1, 12)).checkAssert((seed, steps) -> {
      SplittableRandom random = new SplittableRandom(seed);
      Duration claimed = Duration.ofMinutes(random.nextLong(24 * 60 + 1));
      ServiceRecord r = random.nextBoolean()
          ? ServiceRecord.reported(VolunteerId.of("v"), JAN_1, SiteId.of("s"), claimed)
          : ServiceRecord.of(VolunteerId.of("v"), JAN_1, SiteId.of("s"), claimed);
      for (int i = 0; i < steps; i++) {
        ServiceRecord before = r;
        RecordStatus status = r.status();
        int op = random.nextInt(5);
        try {
          r = switch (op) {
            case 0 -> r.approve();
            case 1 -> r.approve(Duration.ofMinutes(random.nextLong(-30, r.recordedTime().toMinutes() + 30)));
            case 2 -> r.reject(random.nextBoolean() ? "未签到" : " ");
            case 3 -> r.withTravel(Duration.ofMinutes(random.nextLong(0, 120)));
            default -> r.withRecorder(random.nextBoolean() ? Recorder.ofTeam(TEAMS.get(random.nextInt(3)))
                : Recorder.ofSite(SiteId.of("s")));
          };
        } catch (IllegalReviewException e) {
          assertThat(op).isLessThan(3);
          assertThat(e.from()).isEqualTo(status).matches(RecordStatus::isFinal);
          assertThat(r).isSameAs(before);
        } catch (IllegalArgumentException e) {
          assertThat(op).isBetween(1, 2);
          assertThat(status).isEqualTo(RecordStatus.REPORTED);
        }
        wellFormed(r);
        if (status.isFinal()) {
          assertThat(r.status()).as("a final state stays").isEqualTo(status);
          assertThat(r.service()).isEqualTo(before.service());
        } else if (r.status() != status) {
          assertThat(status.next()).as("only a review moves a record on").contains(r.status());
          assertThat(op).isLessThan(3);
        }
      }
    });
  }

  @Test
  void approvedHoursNeverExceedReportedHours() {
    qt().withExamples(100).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, size) -> {
      Drawn d = draw(seed, size);
      d.records().forEach(ServiceRecordPropertiesTest::wellFormed);
      Map<VolunteerId, Duration> reported = sums(d, ServiceRecord::volunteer, ServiceRecord::recordedTime, false);
      Map<VolunteerId, Duration> approved = sums(d, ServiceRecord::volunteer, ServiceRecord::service, true);
      d.log().volunteers().forEach(v -> {
        Duration time = d.log().serviceTime(v.id(), d.from(), d.to());
        assertThat(time).isEqualTo(approved.getOrDefault(v.id(), Duration.ZERO))
            .isLessThanOrEqualTo(reported.getOrDefault(v.id(), Duration.ZERO));
      });
      Map<SiteId, Duration> bySite = sums(d, ServiceRecord::site, ServiceRecord::recordedTime, false);
      d.log().bySite(d.from(), d.to()).forEach((site, a) ->
          assertThat(a.serviceTime()).isLessThanOrEqualTo(bySite.get(site)));
      Map<String, Duration> byRecorder = sums(d, r -> r.recordedBy().toString(), ServiceRecord::recordedTime, false);
      d.log().byTeam(d.from(), d.to()).forEach((team, a) ->
          assertThat(a.serviceTime()).isLessThanOrEqualTo(byRecorder.get("team:" + team)));
      ServiceReview review = d.log().review(d.from(), d.to());
      assertThat(review.approvedTime()).isLessThanOrEqualTo(review.recordedTime())
          .isEqualTo(approved.values().stream().reduce(Duration.ZERO, Duration::plus));
      assertThat(review.recordedTime()).isEqualTo(reported.values().stream().reduce(Duration.ZERO, Duration::plus));
      assertThat(review.records()).isEqualTo(d.records().stream().filter(r -> in(r, d.from(), d.to())).count());
      VolunteerActivity all = d.log().bySite(d.from(), d.to()).values().stream()
          .reduce(new VolunteerActivity(0, 0, Duration.ZERO), (a, b) -> new VolunteerActivity(
              Math.max(a.activeVolunteers(), b.activeVolunteers()), a.personTimes() + b.personTimes(),
              a.serviceTime().plus(b.serviceTime())));
      assertThat(all.serviceTime()).isEqualTo(review.approvedTime());
      assertThat(all.personTimes()).isEqualTo(review.approved());
    });
  }

  private static <K> Map<K, Duration> sums(Drawn d, Function<ServiceRecord, K> key,
      Function<ServiceRecord, Duration> time, boolean approvedOnly) {
    Map<K, Duration> out = new HashMap<>();
    for (ServiceRecord r : d.records()) {
      if (in(r, d.from(), d.to()) && (!approvedOnly || r.counts())) {
        out.merge(key.apply(r), time.apply(r), Duration::plus);
      }
    }
    return out;
  }

  @Test
  void rankingsAgreeWithASortOfTheRawRecords() {
    qt().withExamples(100).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, size) -> {
      Drawn d = draw(seed, size);
      Map<VolunteerId, long[]> raw = new HashMap<>();
      for (ServiceRecord r : d.records()) {
        if (r.status() == RecordStatus.APPROVED && in(r, d.from(), d.to())) {
          long[] x = raw.computeIfAbsent(r.volunteer(), k -> new long[2]);
          x[0] += r.service().toMinutes();
          x[1]++;
        }
      }
      List<VolunteerId> sorted = new ArrayList<>(raw.keySet());
      sorted.removeIf(v -> raw.get(v)[0] == 0);
      sorted.sort(Comparator.<VolunteerId>comparingLong(v -> -raw.get(v)[0]).thenComparing(VolunteerId::value));
      List<VolunteerHours> ranking = d.log().ranking(d.from(), d.to());
      assertThat(ranking).extracting(VolunteerHours::volunteer).containsExactlyElementsOf(sorted);
      for (VolunteerHours line : ranking) {
        long[] x = raw.get(line.volunteer());
        assertThat(line.serviceTime()).isEqualTo(Duration.ofMinutes(x[0]));
        assertThat(line.records()).isEqualTo(x[1]);
        long more = sorted.stream().filter(v -> raw.get(v)[0] > x[0]).count();
        assertThat((long) line.rank()).as("1 + those with more time").isEqualTo(1 + more);
      }
      for (TeamId team : TEAMS) {
        assertThat(d.log().ranking(team, d.from(), d.to())).extracting(VolunteerHours::serviceTime)
            .isSortedAccordingTo(Comparator.reverseOrder());
      }
    });
  }

  @Test
  void zhangjiagangNeverGivesFewerStarsThanTheNationalLadder() {
    qt().forAll(integers().between(0, 2_000 * 60)).checkAssert(minutes -> {
      Duration d = Duration.ofMinutes(minutes);
      assertThat(VolunteerStars.zhangjiagang().stars(d)).isGreaterThanOrEqualTo(VolunteerStars.national().stars(d));
    });
  }
}
