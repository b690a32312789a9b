package org.civic.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.civic.site.SiteId;
import org.civic.team.TeamCategory;
import org.civic.team.TeamId;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

class ActivityTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-30T12:00:00Z"), ZoneOffset.UTC);
  private static final LocalDate DAY = LocalDate.of(2024, 3, 5);

  private static Activity.Builder base() {
    return Activity.builder("a-1", DAY, SiteId.of("s1"))
        .team(TeamId.of("t1"))
        .category(TeamCategory.THEORY).theme("理论宣讲").monthTheme("学雷锋")
        .volunteers(List.of(VolunteerId.of("v1"), VolunteerId.of("v2"), VolunteerId.of("v1")))
        .beneficiaries(120).serviceTime(Duration.ofHours(6)).materials(300).consultations(12).sessions(1);
  }

  @Test
  void aGoodActivity() {
    Activity a = base().build(CLOCK);
    assertThat(a.personTimes()).isEqualTo(2);
    assertThat(a.volunteers()).containsExactly(VolunteerId.of("v1"), VolunteerId.of("v2"));
    assertThat(a.category()).contains(TeamCategory.THEORY);
    assertThat(a.monthTheme()).contains("学雷锋");
    assertThat(a.toBuilder().build(CLOCK)).isEqualTo(a);
    assertThat(Activity.builder("a-2", LocalDate.of(2024, 6, 30), SiteId.of("s1")).build(CLOCK).date())
        .as("today is allowed").isEqualTo(LocalDate.of(2024, 6, 30));
  }

  @Test
  void everyBadFieldIsNamedWithTheRecord() {
    Activity.Builder bad = Activity.builder("a-9", LocalDate.of(2024, 7, 1), SiteId.of("s1"))
        .volunteers(List.of(VolunteerId.of("v1")))
        .beneficiaries(-3).materials(-1).consultations(-2).sessions(-4).serviceTime(Duration.ofHours(25));
    assertThat(bad.problems(CLOCK)).containsExactly(
        "date: 2024-07-01 is after today, 2024-06-30",
        "beneficiaries: must not be negative, got -3",
        "materials: must not be negative, got -1",
        "consultations: must not be negative, got -2",
        "sessions: must not be negative, got -4",
        "serviceTime: 25 hours is impossible for 1 volunteers in one day (at most 24 hours each)");
    assertThatThrownBy(() -> bad.build(CLOCK)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("activity a-9: date: 2024-07-01 is after today");
    assertThatThrownBy(() -> base().serviceTime(Duration.ofMinutes(-1)).build(CLOCK))
        .hasMessageContaining("serviceTime: must not be negative");
    assertThatThrownBy(() -> Activity.builder("bad id", DAY, SiteId.of("s1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("activity id");
    assertThatThrownBy(() -> base().theme(" ").build(CLOCK)).hasMessageContaining("theme: must not be blank");
  }
  @Test
  void todayIsTheClocksDayInItsZone() {
    // instants either side of midnight, before 1970 and far ahead, in fixed offsets and in a region
    org.quicktheories.QuickTheory.qt().withExamples(2000)
        .forAll(org.quicktheories.generators.SourceDSL.longs().between(-50_000_000_000L, 250_000_000_000L),
            org.quicktheories.generators.SourceDSL.integers().between(-18 * 3600, 18 * 3600),
            org.quicktheories.generators.SourceDSL.integers().between(0, 3))
        .checkAssert((seconds, offsetSeconds, kind) -> {
          long s = kind == 0 ? Math.floorDiv(seconds, 86_400L) * 86_400L - offsetSeconds + (seconds & 1) - 1 : seconds;
          java.time.ZoneId zone = kind == 3 ? java.time.ZoneId.of("Asia/Shanghai") : ZoneOffset.ofTotalSeconds(offsetSeconds);
          Clock clock = Clock.fixed(Instant.ofEpochSecond(s), zone);
          LocalDate today = LocalDate.now(clock);
          assertThat(Activity.builder("a1", today, SiteId.of("s1")).problems(clock)).isEmpty();
          assertThat(Activity.builder("a1", today.plusDays(1), SiteId.of("s1")).problems(clock))
              .containsExactly("date: " + today.plusDays(1) + " is after today, " + today);
        });
  }
}
