package org.civic.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.civic.order.MenuItem;
import org.civic.order.ServiceOrder;
import org.civic.site.SiteId;
import org.civic.team.TeamId;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

/** The small values' equality, hash codes and text, and the volunteer indexes. */
class MetricValuesTest {

  /** Equal values hash alike, and a grid of different values spreads over many hash codes. */
  private static <T> void hashesSpread(List<T> distinct, Function<T, T> copy) {
    Set<Integer> hashes = new HashSet<>();
    for (T t : distinct) {
      assertThat(copy.apply(t)).isEqualTo(t).hasSameHashCodeAs(t);
      hashes.add(t.hashCode());
    }
    assertThat(hashes).as("distinct hash codes").hasSizeGreaterThan(distinct.size() * 9 / 10);
  }

  @Test
  void meansRatiosAndExtremesHashByBothParts() {
    List<Mean> means = new ArrayList<>();
    List<Ratio> ratios = new ArrayList<>();
    List<Extremes> extremes = new ArrayList<>();
    for (int a = 0; a < 10; a++) {
      for (int b = 1; b <= 10; b++) {
        means.add(Mean.of(a, b));
        ratios.add(Ratio.of(a, b));
        extremes.add(Extremes.of(a, a + b));
      }
    }
    hashesSpread(means, m -> Mean.of(m.sum(), m.count()));
    hashesSpread(ratios, r -> Ratio.of(r.numerator(), r.denominator()));
    hashesSpread(extremes, e -> Extremes.of(e.min().getAsLong(), e.max().getAsLong()));
    assertThat(Extremes.empty().hashCode()).isZero();
    assertThat(Extremes.of(3, 7)).hasToString("[3, 7]");
    assertThat(Extremes.of(4)).hasToString("[4, 4]");
    assertThat(Extremes.empty()).hasToString("[]");
  }

  @Test
  void periodsAreEqualByKindAndDays() {
    List<Period> periods = new ArrayList<>();
    for (int y = 2020; y < 2024; y++) {
      periods.add(Period.year(y));
      for (int q = 1; q <= 4; q++) {
        periods.add(Period.quarter(y, q));
      }
      for (int m = 1; m <= 12; m++) {
        periods.add(Period.month(YearMonth.of(y, m)));
        periods.add(Period.day(LocalDate.of(y, m, 1)));
      }
    }
    hashesSpread(periods, p -> Period.parse(p.toString()));
    assertThat(Period.year(2024)).isNotEqualTo(Period.year(2023))
        .isNotEqualTo(Period.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
        .isNotEqualTo("2024");
    assertThat(Period.month(YearMonth.of(2024, 1))).isNotEqualTo(Period.between(LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 1, 31)));
    assertThat(Period.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2)))
        .isNotEqualTo(Period.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 3)));
    assertThat(Period.year(0)).hasToString("0000");
    assertThat(Period.year(9999)).hasToString("9999");
  }

  @Test
  void distinctCountsAndOrderMetricsText() {
    assertThat(DistinctCount.of(0, 3, 3, 9)).hasToString("DistinctCount[3]");
    assertThat(DistinctCount.of(0).count()).isEqualTo(1);
    assertThatThrownBy(() -> DistinctCount.of(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    List<DistinctCount> counts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      counts.add(DistinctCount.of(i, i + 7));
    }
    hashesSpread(counts, d -> DistinctCount.fromBytes(d.toBytes()));
    Instant t0 = Instant.parse("2024-05-01T08:00:00Z");
    MenuItem item = new MenuItem("m-1", "家电维修", "技能");
    ServiceOrder placed = ServiceOrder.place("o-1", SiteId.of("s1"), item, t0);
    ServiceOrder delivered = placed.match(TeamId.of("t"), t0.plus(Duration.ofHours(2)))
        .deliver("a", t0.plus(Duration.ofHours(5)));
    OrderMetrics m = OrderMetrics.of(List.of(placed, delivered));
    assertThat(m).hasToString("OrderMetrics[placed 2, matched 1, delivered 1, rated 0, rejected 0, cancelled 0, "
        + "median to match PT2H, median to deliver PT5H]");
    assertThat(OrderMetrics.of(List.of(placed))).hasToString("OrderMetrics[placed 1, matched 0, delivered 0, "
        + "rated 0, rejected 0, cancelled 0, median to match -, median to deliver -]");
    assertThat(OrderMetrics.of(List.of(placed, delivered))).isEqualTo(m).hasSameHashCodeAs(m);
    assertThat(m.hashCode()).isNotEqualTo(OrderMetrics.of(List.of(placed)).hashCode());
  }

  @Test
  void metricSetsHashByTheirFigures() {
    RollupFixture f = RollupFixture.of(5, 60, 0, true);
    List<MetricSet> sets = new ArrayList<>();
    for (var a : f.activities) {
      sets.add(MetricSet.of(a, RollupFixture.INDEX));
    }
    Set<MetricSet> distinct = new java.util.LinkedHashSet<>(sets);
    hashesSpread(List.copyOf(distinct), s -> MetricSet.empty().plus(s));
    ServiceOrder o = ServiceOrder.place("o-1", SiteId.of("s1"), new MenuItem("m", "维修", "技能"),
        Instant.parse("2024-05-01T08:00:00Z"));
    assertThat(ServiceOrder.place("o-1", SiteId.of("s1"), new MenuItem("m", "维修", "技能"),
        Instant.parse("2024-05-01T08:00:00Z"))).hasSameHashCodeAs(o);
    assertThat(o.hashCode()).isNotEqualTo(o.cancel("x", Instant.parse("2024-05-02T08:00:00Z")).hashCode());
  }

  @Test
  void aFixedIndexNumbersTheRegisterInOrder() {
    List<VolunteerId> register = List.of(VolunteerId.of("v-a"), VolunteerId.of("v-b"), VolunteerId.of("v-c"));
    VolunteerIndex index = VolunteerIndex.of(register);
    assertThat(index.indexOf(VolunteerId.of("v-a"))).isZero();
    assertThat(index.indexOf(VolunteerId.of("v-b"))).isEqualTo(1);
    assertThat(index.indexOf(VolunteerId.of("v-c"))).isEqualTo(2);
    assertThatThrownBy(() -> index.indexOf(VolunteerId.of("v-d"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("volunteer v-d is not in the register");
    assertThatThrownBy(() -> VolunteerIndex.of(List.of(VolunteerId.of("v-a"), VolunteerId.of("v-b"),
        VolunteerId.of("v-a")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("volunteer v-a appears twice in the register");
    VolunteerIndex growing = VolunteerIndex.growing();
    assertThat(growing.indexOf(VolunteerId.of("v-x"))).isZero();
    assertThat(growing.indexOf(VolunteerId.of("v-y"))).isEqualTo(1);
    assertThat(growing.indexOf(VolunteerId.of("v-x"))).isZero();
  }
}
