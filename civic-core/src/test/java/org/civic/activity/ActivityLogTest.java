package org.civic.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.civic.site.SiteId;
import org.civic.team.TeamCategory;
import org.civic.team.TeamId;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

/** The log's public API: activities in, the same activities out. */
class ActivityLogTest {

  private static final Clock FAR = Clock.fixed(Instant.parse("9999-12-31T00:00:00Z"), ZoneOffset.UTC);

  private static Activity activity(String id, String site, String... volunteers) {
    List<VolunteerId> vs = new ArrayList<>();
    for (String v : volunteers) {
      vs.add(VolunteerId.of(v));
    }
    return Activity.builder(id, LocalDate.of(2024, 3, 5), SiteId.of(site)).volunteers(vs).build(FAR);
  }

  @Test
  void activitiesComeBackAsTheyWereAdded() {
    Activity full = Activity.builder("late", LocalDate.of(2024, 1, 1), SiteId.of("s0"))
        .category(TeamCategory.CULTURE).theme("学雷锋").monthTheme("一月一主题").materials(3).sessions(2)
        .consultations(1).beneficiaries(40).team(TeamId.of("t1")).team(TeamId.of("t0"))
        .volunteers(List.of(VolunteerId.of("v2"), VolunteerId.of("v1"))).serviceTime(Duration.ofMinutes(90))
        .build(FAR);
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      activities.add(activity("a" + i, "s" + (i % 7), "v" + (i % 5)));
    }
    activities.add(full);
    ActivityLog log = ActivityLog.of(activities);
    assertThat(log.size()).isEqualTo(301);
    assertThat(log.asList()).isEqualTo(activities);
    assertThat(log.get(300)).isEqualTo(full);
    assertThat(log.toString()).isEqualTo("ActivityLog(301 activities)");
  }

  @Test
  void serviceTimeIsKeptInWholeMinutes() {
    Activity a = activity("a1", "s1", "v1").toBuilder().serviceTime(Duration.ofSeconds(95)).build(FAR);
    assertThat(ActivityLog.of(List.of(a)).get(0).serviceTime()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void logsJoinAsTheirActivitiesWould() {
    List<Activity> first = List.of(activity("a1", "s1", "v1"),
        activity("a2", "s2").toBuilder().category(TeamCategory.CULTURE).build(FAR));
    List<Activity> second = List.of(activity("b1", "s1").toBuilder().theme("学雷锋").build(FAR),
        activity("b2", "s3", "v1", "v2"), activity("b3", "s3"));
    ActivityLog joined = ActivityLog.builder().addAll(ActivityLog.of(first)).addAll(ActivityLog.of(second), 1, 3)
        .build();
    assertThat(joined.asList()).containsExactly(first.get(0), first.get(1), second.get(1), second.get(2));
  }

  @Test
  void misuseIsRefusedClearly() {
    ActivityLog.Builder b = ActivityLog.builder();
    assertThatThrownBy(() -> b.add(null)).isInstanceOf(NullPointerException.class).hasMessage("activity");
    assertThatThrownBy(() -> ActivityLog.builder(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> b.add(Activity.builder("a", LocalDate.of(1_000_000, 1, 1), SiteId.of("s")).build(
        Clock.fixed(Instant.parse("+1000000-12-31T00:00:00Z"), ZoneOffset.UTC))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("activity a").hasMessageContaining("1000000");
    assertThatThrownBy(() -> b.addAll(null)).isInstanceOf(NullPointerException.class).hasMessage("log");
    assertThatThrownBy(() -> b.addAll(ActivityLog.of(List.of()), 0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(b.size()).isZero();
    ActivityLog log = b.build();
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("built");
    assertThatThrownBy(() -> b.add(activity("a", "s"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> log.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> ActivityLog.of(null)).isInstanceOf(NullPointerException.class);
    assertThat(log.asList()).isEmpty();
  }
}
