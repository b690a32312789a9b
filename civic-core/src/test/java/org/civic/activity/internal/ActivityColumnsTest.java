package org.civic.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.civic.activity.Activity;
import org.civic.activity.ActivityLog;
import org.civic.internal.IsoDates;
import org.civic.site.SiteId;
import org.civic.team.TeamCategory;
import org.civic.team.TeamId;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

/** The row appender civic's readers use, reached as they reach it: through {@link ActivityLogAccess}. */
class ActivityColumnsTest {

  private static final Clock FAR = Clock.fixed(Instant.parse("9999-12-31T00:00:00Z"), ZoneOffset.UTC);
  private static final int MARCH_5 = (int) LocalDate.of(2024, 3, 5).toEpochDay();

  private static char[] c(String s) {
    return s.toCharArray();
  }

  private static boolean row(ActivityColumns b, String id, String site, String... volunteers) {
    b.begin();
    b.id(c(id), 0, id.length());
    b.day(MARCH_5);
    b.site(c(site), 0, site.length());
    for (String v : volunteers) {
      b.volunteer(c(v), 0, v.length());
    }
    return b.commit();
  }

  @Test
  void rowsAreKeptOnlyWhenComplete() {
    ActivityLog.Builder builder = ActivityLog.builder();
    ActivityColumns b = ActivityLogAccess.columns(builder);
    assertThat(row(b, "a1", "s1", "v1", "v2", "v1")).isTrue();
    b.begin();
    assertThat(b.id(c("a2"), 0, 2)).isTrue();
    assertThat(b.commit()).as("no date, no site").isFalse();
    b.begin();
    assertThat(b.id(c("bad id"), 0, 6)).isFalse();
    assertThat(b.day(IsoDates.epochDay(2024, 2, 30))).isFalse();
    assertThat(b.site(c("s1"), 0, 2)).isTrue();
    assertThat(b.commit()).isFalse();
    b.begin();
    assertThat(b.beneficiaries(-1)).isFalse();
    assertThat(b.materials(-1)).isFalse();
    assertThat(b.sessions(3)).isTrue();
    ActivityLog log = builder.build();
    ActivityColumns built = ActivityLogAccess.columns(log);
    assertThat(log.size()).isEqualTo(1);
    assertThat(built.volunteerCount(0)).as("a repeated volunteer counts once").isEqualTo(2);
    assertThat(built.sessionsOf(0)).as("a refused row leaves nothing behind").isZero();
    assertThat(log.get(0)).isEqualTo(Activity.builder("a1", LocalDate.of(2024, 3, 5), SiteId.of("s1"))
        .volunteers(List.of(VolunteerId.of("v1"), VolunteerId.of("v2"))).build(FAR));
  }

  @Test
  void aFieldGivenTwiceRefusesTheRow() {
    ActivityColumns b = ActivityLogAccess.columns(ActivityLog.builder());
    b.begin();
    b.id(c("a1"), 0, 2);
    b.site(c("s1"), 0, 2);
    assertThat(b.day(MARCH_5)).isTrue();
    assertThat(b.day(MARCH_5)).isFalse();
    assertThat(b.commit()).isFalse();
    b.begin();
    b.id(c("a1"), 0, 2);
    b.day(MARCH_5);
    byte[] site = "\"s1\"".getBytes(StandardCharsets.US_ASCII);
    assertThat(b.siteAt(site, 1, site.length)).isEqualTo(3);
    assertThat(b.siteAt(site, 1, site.length)).isEqualTo(-1);
    assertThat(b.commit()).isFalse();
    assertThat(b.size()).isZero();
  }

  @Test
  void anImpossibleServiceTimeIsRefusedAsActivityRefusesIt() {
    ActivityColumns b = ActivityLogAccess.columns(ActivityLog.builder());
    b.begin();
    b.id(c("a1"), 0, 2);
    b.day(MARCH_5);
    b.site(c("s1"), 0, 2);
    b.volunteer(c("v1"), 0, 2);
    b.serviceMinutes(24 * 60 + 1);
    assertThat(b.commit()).isFalse();
    assertThatThrownBy(() -> Activity.builder("a1", LocalDate.of(2024, 3, 5), SiteId.of("s1"))
        .volunteers(List.of(VolunteerId.of("v1"))).serviceTime(Duration.ofMinutes(24 * 60 + 1)).build(FAR))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 24 hours each");
    assertThat(row(b, "a2", "s1")).isTrue();
    b.begin();
    b.id(c("a3"), 0, 2);
    b.day(MARCH_5);
    b.site(c("s1"), 0, 2);
    assertThat(b.serviceMinutes(24 * 60)).isTrue();
    assertThat(b.commit()).as("24 hours with no volunteer recorded").isTrue();
    assertThat(b.size()).isEqualTo(2);
  }

  @Test
  void aLongListOfVolunteersIsMadeDistinct() {
    ActivityLog.Builder builder = ActivityLog.builder();
    String[] vs = new String[300];
    for (int i = 0; i < vs.length; i++) {
      vs[i] = "v" + (i % 100);
    }
    assertThat(row(ActivityLogAccess.columns(builder), "a1", "s1", vs)).isTrue();
    ActivityColumns log = ActivityLogAccess.columns(builder.build());
    assertThat(log.volunteerCount(0)).isEqualTo(100);
    assertThat(log.volunteers()).hasSize(100);
  }

  @Test
  void columnsThatAppearLateLeaveEarlierRowsEmpty() {
    ActivityLog.Builder builder = ActivityLog.builder(1);
    for (int i = 0; i < 500; i++) {
      row(ActivityLogAccess.columns(builder), "a" + i, "s" + (i % 7));
    }
    builder.add(Activity.builder("late", LocalDate.of(2024, 1, 1), SiteId.of("s0")).category(TeamCategory.CULTURE)
        .theme("学雷锋").materials(3).sessions(2).consultations(1)
        .team(TeamId.of("t1")).serviceTime(Duration.ofMinutes(30)).build(FAR));
    ActivityLog log = builder.build();
    ActivityColumns c = ActivityLogAccess.columns(log);
    assertThat(c.categoryNumber(0)).isEqualTo(-1);
    assertThat(c.themeNumber(499)).isEqualTo(-1);
    assertThat(c.materialsOf(10)).isZero();
    assertThat(c.teamCount(12)).isZero();
    assertThat(log.get(12).teams()).isEmpty();
    assertThat(log.get(500).category()).contains(TeamCategory.CULTURE);
    assertThat(log.get(500).teams()).containsExactly(TeamId.of("t1"));
    assertThat(c.sites()).hasSize(7);
  }

  @Test
  void misuseIsRefusedClearly() {
    ActivityLog.Builder builder = ActivityLog.builder();
    ActivityColumns b = ActivityLogAccess.columns(builder);
    assertThatThrownBy(() -> b.id(c("a"), 0, 1)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("begin()");
    assertThatThrownBy(b::commit).isInstanceOf(IllegalStateException.class);
    b.begin();
    builder.build();
    assertThatThrownBy(b::begin).isInstanceOf(IllegalStateException.class).hasMessageContaining("built");
    ActivityColumns growing = ActivityLogAccess.columns(ActivityLog.builder());
    row(growing, "a1", "s1");
    assertThatThrownBy(growing::sites).as("sites are numbered once the log is built")
        .isInstanceOf(IllegalStateException.class);
  }
}
