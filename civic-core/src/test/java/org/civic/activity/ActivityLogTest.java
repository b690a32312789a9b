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
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

class ActivityLogTest {

  private static final Clock FAR = Clock.fixed(Instant.parse("9999-12-31T00:00:00Z"), ZoneOffset.UTC);

  private static char[] c(String s) {
    return s.toCharArray();
  }

  private static boolean row(ActivityLog.Builder b, String id, String site, String... volunteers) {
    b.begin();
    b.id(c(id), 0, id.length());
    b.date(2024, 3, 5);
    b.site(c(site), 0, site.length());
    for (String v : volunteers) {
      b.volunteer(c(v), 0, v.length());
    }
    return b.commit();
  }

  @Test
  void rowsAreKeptOnlyWhenComplete() {
    ActivityLog.Builder b = ActivityLog.builder();
    assertThat(row(b, "a1", "s1", "v1", "v2", "v1")).isTrue();
    b.begin();
    assertThat(b.id(c("a2"), 0, 2)).isTrue();
    assertThat(b.commit()).as("no date, no site").isFalse();
    b.begin();
    assertThat(b.id(c("bad id"), 0, 6)).isFalse();
    assertThat(b.date(2024, 2, 30)).isFalse();
    assertThat(b.site(c("s1"), 0, 2)).isTrue();
    assertThat(b.commit()).isFalse();
    b.begin();
    assertThat(b.beneficiaries(-1)).isFalse();
    ActivityLog log = b.build();
    assertThat(log.size()).isEqualTo(1);
    assertThat(log.volunteerCount(0)).as("a repeated volunteer counts once").isEqualTo(2);
    assertThat(log.get(0)).isEqualTo(Activity.builder("a1", LocalDate.of(2024, 3, 5), SiteId.of("s1"))
        .volunteers(List.of(VolunteerId.of("v1"), VolunteerId.of("v2"))).build(FAR));
  }

  @Test
  void anImpossibleServiceTimeIsRefusedAsActivityRefusesIt() {
    ActivityLog.Builder b = ActivityLog.builder();
    b.begin();
    b.id(c("a1"), 0, 2);
    b.date(2024, 3, 5);
    b.site(c("s1"), 0, 2);
    b.volunteer(c("v1"), 0, 2);
    b.serviceMinutes(24 * 60 + 1);
    assertThat(b.commit()).isFalse();
    assertThat(row(b, "a2", "s1")).isTrue();
    assertThat(b.build().size()).isEqualTo(1);
  }

  @Test
  void aLongListOfVolunteersIsMadeDistinct() {
    ActivityLog.Builder b = ActivityLog.builder();
    String[] vs = new String[300];
    for (int i = 0; i < vs.length; i++) {
      vs[i] = "v" + (i % 100);
    }
    assertThat(row(b, "a1", "s1", vs)).isTrue();
    ActivityLog log = b.build();
    assertThat(log.volunteerCount(0)).isEqualTo(100);
    assertThat(log.volunteers()).hasSize(100);
  }

  @Test
  void columnsThatAppearLateLeaveEarlierRowsEmpty() {
    ActivityLog.Builder b = ActivityLog.builder(1);
    for (int i = 0; i < 500; i++) {
      row(b, "a" + i, "s" + (i % 7));
    }
    b.add(Activity.builder("late", LocalDate.of(2024, 1, 1), SiteId.of("s0")).category(TeamCategory.CULTURE)
        .theme("学雷锋").materials(3).sessions(2).consultations(1)
        .team(org.civic.team.TeamId.of("t1")).serviceTime(Duration.ofMinutes(30)).build(FAR));
    ActivityLog log = b.build();
    assertThat(log.categoryNumber(0)).isEmpty();
    assertThat(log.themeNumber(499)).isEmpty();
    assertThat(log.materials(10)).isZero();
    assertThat(log.get(12).teams()).isEmpty();
    assertThat(log.get(500).category()).contains(TeamCategory.CULTURE);
    assertThat(log.get(500).teams()).hasSize(1);
    assertThat(log.sites()).hasSize(7);
  }

  @Test
  void misuseIsRefusedClearly() {
    ActivityLog.Builder b = ActivityLog.builder();
    assertThatThrownBy(() -> b.id(c("a"), 0, 1)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("begin()");
    assertThatThrownBy(() -> b.add(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ActivityLog.builder(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.add(Activity.builder("a", LocalDate.of(1_000_000, 1, 1), SiteId.of("s")).build(
        Clock.fixed(Instant.parse("+1000000-12-31T00:00:00Z"), ZoneOffset.UTC))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000000");
    ActivityLog log = b.build();
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(b::begin).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> log.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> ActivityLog.of(null)).isInstanceOf(NullPointerException.class);
    assertThat(log.asList()).isEmpty();
  }
}
