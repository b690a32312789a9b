package org.civic.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.civic.site.SiteId;
import org.civic.team.TeamId;
import org.junit.jupiter.api.Test;

class ServiceRecordTest {

  private static final VolunteerId V = VolunteerId.of("v-1");
  private static final LocalDate DAY = LocalDate.of(2024, 3, 5);
  private static final SiteId SITE = SiteId.of("s-103201");
  private static final TeamId TEAM = TeamId.of("t-201");

  @Test
  void whatTheOrganiserRecordsIsApprovedAndRecordedByTheSite() {
    ServiceRecord r = ServiceRecord.of(V, DAY, SITE, Duration.ofHours(2));
    assertThat(r.status()).isEqualTo(RecordStatus.APPROVED);
    assertThat(r.counts()).isTrue();
    assertThat(r.service()).isEqualTo(r.recordedTime()).isEqualTo(Duration.ofHours(2));
    assertThat(r.recordedBy()).isEqualTo(Recorder.ofSite(SITE));
    assertThat(r.recordedBy().site()).contains(SITE);
    assertThat(r.recordedBy().team()).isEmpty();
    assertThat(r.withRecorder(Recorder.ofTeam(TEAM)).recordedBy().team()).contains(TEAM);
    assertThat(r.withRecorder(Recorder.ofSite(SITE))).isSameAs(r);
    assertThat(r.rejectionReason()).isEmpty();
  }

  @Test
  void aVolunteersOwnReportCountsOnlyOnceApprovedAndForNoMoreThanReported() {
    ServiceRecord own = ServiceRecord.reported(V, DAY, SITE, Duration.ofHours(3)).withRecorder(Recorder.ofTeam(TEAM));
    assertThat(own.status()).isEqualTo(RecordStatus.REPORTED);
    assertThat(own.counts()).isFalse();
    assertThat(own.service()).isZero();
    assertThat(own.recordedTime()).isEqualTo(Duration.ofHours(3));

    ServiceRecord all = own.approve();
    assertThat(all.service()).isEqualTo(Duration.ofHours(3));
    ServiceRecord part = own.approve(Duration.ofMinutes(150));
    assertThat(part.status()).isEqualTo(RecordStatus.APPROVED);
    assertThat(part.service()).isEqualTo(Duration.ofMinutes(150));
    assertThat(part.recordedTime()).isEqualTo(Duration.ofHours(3));
    assertThat(part.recordedBy().team()).contains(TEAM);
    assertThat(part.toString()).contains("APPROVED PT2H30M").contains("by team:t-201");
    assertThat(own.approve(Duration.ZERO).service()).isZero();

    assertThatThrownBy(() -> own.approve(Duration.ofMinutes(181))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 to the PT3H reported");
    assertThatThrownBy(() -> own.approve(Duration.ofMinutes(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> own.approve(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aRejectionNeedsAReasonAndCountsNothing() {
    ServiceRecord own = ServiceRecord.reported(V, DAY, SITE, Duration.ofHours(3));
    ServiceRecord no = own.reject("活动当天未签到");
    assertThat(no.status()).isEqualTo(RecordStatus.REJECTED);
    assertThat(no.rejectionReason()).contains("活动当天未签到");
    assertThat(no.service()).isZero();
    assertThat(no.counts()).isFalse();
    assertThatThrownBy(() -> own.reject(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    assertThatThrownBy(() -> own.reject(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aReviewedRecordCannotBeReviewedAgain() {
    ServiceRecord approved = ServiceRecord.reported(V, DAY, SITE, Duration.ofHours(3)).approve();
    ServiceRecord rejected = ServiceRecord.reported(V, DAY, SITE, Duration.ofHours(3)).reject("重复申报");
    ServiceRecord kept = ServiceRecord.of(V, DAY, SITE, Duration.ofHours(1));
    assertThatThrownBy(approved::approve).isInstanceOfSatisfying(IllegalReviewException.class, e -> {
      assertThat(e.from()).isEqualTo(RecordStatus.APPROVED);
      assertThat(e.to()).isEqualTo(RecordStatus.APPROVED);
      assertThat(e.record()).contains("v-1");
      assertThat(e).hasMessageContaining("cannot go from APPROVED to APPROVED").hasMessageContaining("no other state");
    });
    assertThatThrownBy(() -> rejected.approve(Duration.ZERO)).isInstanceOf(IllegalReviewException.class);
    assertThatThrownBy(() -> approved.reject("晚了")).isInstanceOfSatisfying(IllegalReviewException.class,
        e -> assertThat(e.to()).isEqualTo(RecordStatus.REJECTED));
    assertThatThrownBy(() -> kept.reject("x")).isInstanceOf(IllegalStateException.class);
    assertThat(RecordStatus.REPORTED.next()).containsExactlyInAnyOrder(RecordStatus.APPROVED, RecordStatus.REJECTED);
    assertThat(RecordStatus.APPROVED.isFinal()).isTrue();
    assertThat(RecordStatus.REPORTED.isFinal()).isFalse();
    assertThat(RecordStatus.REPORTED.chinese()).isEqualTo("待审核");
  }

  @Test
  void badInputIsRefused() {
    assertThatThrownBy(() -> ServiceRecord.reported(V, DAY, SITE, Duration.ofMinutes(24 * 60 + 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 24 hours");
    assertThatThrownBy(() -> ServiceRecord.reported(V, DAY, SITE, Duration.ofMinutes(-5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> ServiceRecord.reported(null, DAY, SITE, Duration.ZERO)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ServiceRecord.of(V, null, SITE, Duration.ZERO)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ServiceRecord.of(V, DAY, null, Duration.ZERO)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ServiceRecord.of(V, DAY, SITE, Duration.ZERO).withRecorder(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Recorder.ofTeam(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Recorder.ofSite(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ServiceRecord.of(V, DAY, SITE, Duration.ZERO).withActivity(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalityCoversTheReview() {
    ServiceRecord own = ServiceRecord.reported(V, DAY, SITE, Duration.ofHours(3));
    assertThat(own.approve()).isEqualTo(own.approve()).hasSameHashCodeAs(own.approve());
    assertThat(own.approve()).isNotEqualTo(own.approve(Duration.ofHours(2)));
    assertThat(own.approve()).isNotEqualTo(ServiceRecord.of(V, DAY, SITE, Duration.ofHours(3)).withTravel(Duration.ZERO)
        .withRecorder(Recorder.ofTeam(TEAM)));
    assertThat(own.reject("a")).isNotEqualTo(own.reject("b"));
    assertThat(Recorder.ofTeam(TEAM)).hasToString("team:t-201").isNotEqualTo(Recorder.ofSite(SiteId.of("t-201")));
    assertThat(Recorder.ofSite(SITE)).hasToString("site:s-103201");
  }
}
