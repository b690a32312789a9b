package org.civic.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civic.activity.Activity;
import org.civic.order.MenuItem;
import org.civic.order.ServiceOrder;
import org.civic.site.SiteId;
import org.civic.team.OrganisationId;
import org.civic.team.TeamId;
import org.junit.jupiter.api.Test;

/** {@link MetricSet} and its accumulator: every figure of a small hand-counted example. */
class MetricSetTest {

  private static final SiteId SITE = SiteId.of("s1");
  private static final OrganisationId RED_CROSS = OrganisationId.of("org-red-cross");
  private static final OrganisationId LIBRARY = OrganisationId.of("org-library");
  private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
  private static final MenuItem ITEM = new MenuItem("m-1", "家电维修", "技能");

  private static Activity activity(String id, int volunteersFrom, int volunteersTo, long beneficiaries, long minutes,
      OrganisationId... organisations) {
    return Activity.builder(id, LocalDate.of(2024, 5, 1), SITE)
        .volunteers(RollupFixture.VOLUNTEERS.subList(volunteersFrom, volunteersTo))
        .beneficiaries(beneficiaries).serviceTime(Duration.ofMinutes(minutes))
        .materials(beneficiaries / 10).consultations(3).sessions(1)
        .organisations(List.of(organisations)).build(RollupFixture.CLOCK);
  }

  private static final Activity A = activity("a-1", 0, 3, 40, 90, RED_CROSS);
  private static final Activity B = activity("a-2", 2, 6, 10, 60, LIBRARY, RED_CROSS);
  private static final Activity C = activity("a-3", 10, 10, 70, 0);

  private static final ServiceOrder PLACED = ServiceOrder.place("o-1", SITE, ITEM, T0);
  private static final ServiceOrder CANCELLED = PLACED.cancel("重复", T0.plusSeconds(60));
  private static final ServiceOrder REJECTED = PLACED.match(TeamId.of("t"), T0.plusSeconds(60))
      .reject("无人", T0.plusSeconds(120));
  private static final ServiceOrder RATED = PLACED.match(TeamId.of("t"), T0.plusSeconds(60))
      .deliver("a-1", T0.plusSeconds(600)).rate(4, Optional.empty(), T0.plusSeconds(700));

  @Test
  void theFiguresOfThreeActivities() {
    MetricAccumulator acc = new MetricAccumulator();
    assertThat(acc.add(A, RollupFixture.INDEX)).isSameAs(acc);
    acc.add(B, RollupFixture.INDEX).add(C, RollupFixture.INDEX);
    MetricSet m = acc.snapshot();
    assertThat(m.activities()).isEqualTo(3);
    assertThat(m.personTimes()).isEqualTo(7);
    assertThat(m.volunteers().count()).isEqualTo(6);
    assertThat(m.volunteers().contains(5)).isTrue();
    assertThat(m.volunteers().contains(6)).isFalse();
    assertThat(m.beneficiaries()).isEqualTo(120);
    assertThat(m.beneficiariesPerActivity()).isEqualTo(Mean.of(120, 3));
    assertThat(m.beneficiariesRange()).isEqualTo(Extremes.of(10, 70));
    assertThat(m.serviceTime()).isEqualTo(Duration.ofMinutes(150));
    assertThat(m.materials()).isEqualTo(4 + 1 + 7);
    assertThat(m.consultations()).isEqualTo(9);
    assertThat(m.sessions()).isEqualTo(3);
    assertThat(m.organisations()).containsExactly(LIBRARY, RED_CROSS);
    assertThat(m.ordersPlaced()).isZero();
    assertThat(m.toString()).isEqualTo(
        "MetricSet[activities 3, person-times 7, volunteers 6, organisations 2, beneficiaries 120, orders 0]");
  }

  @Test
  void aNegativeIndexIsRefusedAsTheRollUpsRefuseItAndNothingIsAdded() {
    // an index that answers -1 for a volunteer it does not know: counted, every such volunteer
    // would be one and the same
    VolunteerIndex minusOne = v -> v.equals(RollupFixture.VOLUNTEERS.get(4)) ? -1 : RollupFixture.INDEX.indexOf(v);
    MetricAccumulator acc = new MetricAccumulator().add(A, minusOne);
    assertThatThrownBy(() -> acc.add(B, minusOne)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("volunteer " + RollupFixture.VOLUNTEERS.get(4) + " has index -1, not 0 or more");
    assertThat(acc.snapshot()).isEqualTo(MetricSet.of(A, RollupFixture.INDEX));
    assertThatThrownBy(() -> MetricSet.of(B, minusOne)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> List.of(A, B).stream().collect(MetricSet.collector(minusOne)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFiguresOfOrdersInEveryState() {
    MetricAccumulator acc = new MetricAccumulator();
    assertThat(acc.add(PLACED)).isSameAs(acc);
    acc.add(CANCELLED).add(REJECTED).add(RATED);
    MetricSet m = acc.snapshot();
    assertThat(m.ordersPlaced()).isEqualTo(4);
    assertThat(m.ordersMatched()).isEqualTo(2);
    assertThat(m.ordersRejected()).isEqualTo(1);
    assertThat(m.ordersDelivered()).isEqualTo(1);
    assertThat(m.ordersCancelled()).isEqualTo(1);
    assertThat(m.ordersRated()).isEqualTo(1);
    assertThat(m.rating()).isEqualTo(Mean.of(4, 1));
    assertThat(m.matchRate()).isEqualTo(Ratio.of(2, 4));
    assertThat(m.deliveryRate()).isEqualTo(Ratio.of(1, 4));
    assertThat(m.ratingRate()).isEqualTo(Ratio.of(1, 1));
    assertThat(m.activities()).isZero();
    assertThat(m.beneficiariesRange().isEmpty()).isTrue();
    assertThat(m).isNotEqualTo(MetricSet.empty());
  }

  @Test
  void mergingAccumulatorsOrSnapshotsGivesTheFiguresOfOneAccumulator() {
    MetricAccumulator all = new MetricAccumulator().add(A, RollupFixture.INDEX).add(B, RollupFixture.INDEX)
        .add(C, RollupFixture.INDEX).add(RATED).add(CANCELLED);
    MetricAccumulator left = new MetricAccumulator().add(A, RollupFixture.INDEX).add(RATED);
    MetricAccumulator right = new MetricAccumulator().add(B, RollupFixture.INDEX).add(C, RollupFixture.INDEX)
        .add(CANCELLED);
    MetricSet rightSet = right.snapshot();
    assertThat(new MetricAccumulator().merge(left).merge(right).snapshot()).isEqualTo(all.snapshot());
    assertThat(new MetricAccumulator().merge(left).merge(rightSet).snapshot()).isEqualTo(all.snapshot());
    assertThat(new MetricAccumulator().merge(rightSet).merge(left).snapshot()).isEqualTo(all.snapshot());
    assertThat(left.snapshot().plus(rightSet)).isEqualTo(all.snapshot());
    assertThat(rightSet.plus(left.snapshot())).isEqualTo(all.snapshot());
    // the other is unchanged, and the merged one's range covers both sides
    assertThat(right.snapshot()).isEqualTo(rightSet);
    MetricAccumulator c = new MetricAccumulator().add(C, RollupFixture.INDEX);
    assertThat(c.merge(new MetricAccumulator().add(B, RollupFixture.INDEX)).snapshot().beneficiariesRange())
        .isEqualTo(Extremes.of(10, 70));
    MetricAccumulator b = new MetricAccumulator().add(B, RollupFixture.INDEX);
    assertThat(b.merge(MetricSet.of(C, RollupFixture.INDEX)).snapshot().beneficiariesRange())
        .isEqualTo(Extremes.of(10, 70));
    assertThat(new MetricAccumulator().merge(MetricSet.empty()).snapshot()).isSameAs(MetricSet.empty());
  }

  @Test
  void aSnapshotDoesNotChangeWhenTheAccumulatorGoesOn() {
    MetricAccumulator acc = new MetricAccumulator().add(A, RollupFixture.INDEX);
    MetricSet first = acc.snapshot();
    acc.add(B, RollupFixture.INDEX).add(PLACED);
    assertThat(first).isEqualTo(MetricSet.of(A, RollupFixture.INDEX));
    assertThat(first.volunteers().count()).isEqualTo(3);
    assertThat(first.organisations()).containsExactly(RED_CROSS);
    assertThat(acc.snapshot().activities()).isEqualTo(2);
  }

  @Test
  void emptiness() {
    assertThat(new MetricAccumulator().snapshot()).isSameAs(MetricSet.empty());
    MetricSet e = MetricSet.empty();
    assertThat(e.activities()).isZero();
    assertThat(e.beneficiariesRange()).isEqualTo(Extremes.empty());
    assertThat(e.organisations()).isEmpty();
    MetricSet a = MetricSet.of(A, RollupFixture.INDEX);
    assertThat(a.plus(e)).isSameAs(a);
    assertThat(e.plus(a)).isSameAs(a);
    // one order alone, one volunteer-less activity alone: not the empty set
    assertThat(MetricSet.of(PLACED)).isNotEqualTo(e);
    assertThat(MetricSet.of(PLACED).ordersPlaced()).isEqualTo(1);
    assertThat(MetricSet.of(C, RollupFixture.INDEX)).isNotEqualTo(e);
    assertThat(MetricSet.of(C, RollupFixture.INDEX).activities()).isEqualTo(1);
    assertThat(MetricSet.of(C, RollupFixture.INDEX).beneficiariesRange()).isEqualTo(Extremes.of(70));
  }

  @Test
  void equalityCoversEveryPart() {
    MetricSet a = MetricSet.of(A, RollupFixture.INDEX);
    MetricSet same = new MetricAccumulator().add(A, RollupFixture.INDEX).snapshot();
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a).isNotEqualTo(MetricSet.of(B, RollupFixture.INDEX)).isNotEqualTo("a");
    // same sums, other volunteers / other organisations / other range
    Activity otherVolunteers = activity("a-1", 20, 23, 40, 90, RED_CROSS);
    assertThat(MetricSet.of(otherVolunteers, RollupFixture.INDEX)).isNotEqualTo(a);
    Activity otherOrganisation = activity("a-1", 0, 3, 40, 90, LIBRARY);
    assertThat(MetricSet.of(otherOrganisation, RollupFixture.INDEX)).isNotEqualTo(a);
    MetricSet twoRanges = MetricSet.of(activity("x", 0, 1, 10, 0), RollupFixture.INDEX)
        .plus(MetricSet.of(activity("y", 0, 1, 30, 0), RollupFixture.INDEX));
    MetricSet otherRange = MetricSet.of(activity("x", 0, 1, 20, 0), RollupFixture.INDEX)
        .plus(MetricSet.of(activity("y", 0, 1, 20, 0), RollupFixture.INDEX));
    assertThat(twoRanges.beneficiaries()).isEqualTo(otherRange.beneficiaries());
    assertThat(twoRanges).isNotEqualTo(otherRange);
  }

  @Test
  void organisationsAreUnmodifiableAndMerged() {
    MetricSet a = MetricSet.of(A, RollupFixture.INDEX);
    MetricSet b = MetricSet.of(B, RollupFixture.INDEX);
    MetricSet none = MetricSet.of(C, RollupFixture.INDEX);
    assertThatThrownBy(() -> a.organisations().add(LIBRARY)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(a.plus(b).organisations()).containsExactly(LIBRARY, RED_CROSS);
    assertThat(none.plus(a).organisations()).containsExactly(RED_CROSS);
    assertThat(a.plus(none).organisations()).containsExactly(RED_CROSS);
    assertThat(none.plus(none).organisations()).isEmpty();
    assertThat(a.organisations()).containsExactly(RED_CROSS);
  }

  @Test
  void sumsThatOverflowAreRefused() {
    Activity huge = Activity.builder("a-big", LocalDate.of(2024, 5, 1), SITE).beneficiaries(Long.MAX_VALUE)
        .build(RollupFixture.CLOCK);
    MetricSet one = MetricSet.of(huge, RollupFixture.INDEX);
    assertThatThrownBy(() -> one.plus(one)).isInstanceOf(ArithmeticException.class);
    MetricAccumulator acc = new MetricAccumulator().add(huge, RollupFixture.INDEX);
    assertThatThrownBy(() -> acc.merge(one)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> new MetricAccumulator().add(huge, RollupFixture.INDEX)
        .merge(new MetricAccumulator().add(huge, RollupFixture.INDEX))).isInstanceOf(ArithmeticException.class);
  }
}
