package org.civic.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.civic.order.MenuItem;
import org.civic.order.ServiceOrder;
import org.civic.site.SiteId;
import org.civic.team.TeamId;
import org.junit.jupiter.api.Test;

class OrderMetricsTest {

  private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
  private static final MenuItem REPAIR = new MenuItem("m-1", "家电维修", "技能");

  private static ServiceOrder placed() {
    return ServiceOrder.place("o-1", SiteId.of("s1"), REPAIR, T0);
  }

  private static Instant at(int hours) {
    return T0.plus(Duration.ofHours(hours));
  }

  private static final List<ServiceOrder> ORDERS = List.of(
      placed(),
      placed().cancel("x", at(1)),
      placed().match(TeamId.of("t"), at(1)),
      placed().match(TeamId.of("t"), at(3)).deliver("a", at(10)),
      placed().match(TeamId.of("t"), at(2)).deliver("a", at(20)).rate(4, Optional.empty(), at(21)),
      placed().match(TeamId.of("t"), at(5)).reject("x", at(6)).match(TeamId.of("u"), at(7))
          .deliver("a", at(30)).rate(5, Optional.empty(), at(31)));

  @Test
  void everyFigureOfTheFourOrders() {
    OrderMetrics m = OrderMetrics.of(ORDERS);
    assertThat(m.placed()).isEqualTo(6);
    assertThat(m.matched()).isEqualTo(4);
    assertThat(m.delivered()).isEqualTo(3);
    assertThat(m.rated()).isEqualTo(2);
    assertThat(m.rejected()).isEqualTo(1);
    assertThat(m.cancelled()).isEqualTo(1);
    assertThat(m.matchRate().format(1)).isEqualTo("66.7%");
    assertThat(m.deliveryRate().format(1)).isEqualTo("50.0%");
    assertThat(m.ratingRate()).isEqualTo(Ratio.of(2, 3));
    assertThat(m.rating().value(1)).isEqualByComparingTo("4.5");
    assertThat(m.medianTimeToMatch()).contains(Duration.ofHours(2));   // 1, 2, 3, 5 → lower middle
    assertThat(m.medianTimeToDeliver()).contains(Duration.ofHours(20)); // 10, 20, 30
  }

  @Test
  void theCountsAreTheMetricSetsOfTheSameOrders() {
    MetricAccumulator acc = new MetricAccumulator();
    ORDERS.forEach(acc::add);
    MetricSet set = acc.snapshot();
    OrderMetrics m = OrderMetrics.of(ORDERS);
    assertThat(set.ordersRejected()).isEqualTo(m.rejected()).isEqualTo(1);
    assertThat(set.ordersCancelled()).isEqualTo(m.cancelled()).isEqualTo(1);
    assertThat(set.ratingRate()).isEqualTo(m.ratingRate());
    assertThat(set.plus(MetricSet.of(placed()))).isNotEqualTo(set);
    assertThat(OrderMetrics.of(ORDERS)).isEqualTo(m).hasSameHashCodeAs(m)
        .isNotEqualTo(OrderMetrics.of(ORDERS.subList(1, ORDERS.size())));
  }

  @Test
  void noOrdersHaveEmptyRatesAndNoMedians() {
    OrderMetrics none = OrderMetrics.of(List.of());
    assertThat(none.placed()).isZero();
    assertThat(none.matchRate().isEmpty()).isTrue();
    assertThat(none.deliveryRate().isEmpty()).isTrue();
    assertThat(none.ratingRate().isEmpty()).isTrue();
    assertThat(none.rating().isEmpty()).isTrue();
    assertThat(none.medianTimeToMatch()).isEmpty();
    assertThat(none.medianTimeToDeliver()).isEmpty();
    assertThatThrownBy(() -> none.matchRate().format(1)).isInstanceOf(IllegalStateException.class);
    OrderMetrics justPlaced = OrderMetrics.of(List.of(placed()));
    assertThat(justPlaced.matchRate().format(0)).isEqualTo("0%");
    assertThat(justPlaced.ratingRate().isEmpty()).isTrue();
    assertThat(justPlaced.medianTimeToMatch()).isEmpty();
  }

  @Test
  void nullsAreRejected() {
    assertThatThrownBy(() -> OrderMetrics.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> OrderMetrics.of(Arrays.asList(placed(), null))).isInstanceOf(NullPointerException.class);
  }
}
