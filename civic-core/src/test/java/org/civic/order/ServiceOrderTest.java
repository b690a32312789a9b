package org.civic.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.civic.site.SiteId;
import org.civic.team.TeamId;
import org.junit.jupiter.api.Test;

class ServiceOrderTest {

  private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
  private static final MenuItem REPAIR = new MenuItem("m-1", "家电维修", "技能");

  private static ServiceOrder placed() {
    return ServiceOrder.place("o-1", SiteId.of("s1"), REPAIR, T0);
  }

  private static Instant at(int hours) {
    return T0.plus(Duration.ofHours(hours));
  }

  @Test
  void theFourOrders() {
    ServiceOrder o = placed().match(TeamId.of("t1"), at(2)).deliver("a-7", at(26)).rate(5, Optional.of("很好"), at(30));
    assertThat(o.state()).isEqualTo(OrderState.RATED);
    assertThat(o.history()).extracting(Transition::state).containsExactly(
        OrderState.PLACED, OrderState.MATCHED, OrderState.DELIVERED, OrderState.RATED);
    assertThat(o.team()).contains(TeamId.of("t1"));
    assertThat(o.activity()).contains("a-7");
    assertThat(o.rating()).hasValue(5);
    assertThat(o.timeToMatch()).contains(Duration.ofHours(2));
    assertThat(o.timeToDeliver()).contains(Duration.ofHours(26));
    assertThat(o.history().get(3).note()).contains("很好");
    assertThat(o.state().isFinal()).isTrue();
  }

  @Test
  void aRejectedOrderIsReDispatched() {
    ServiceOrder o = placed().match(TeamId.of("t1"), at(1)).reject("人手不足", at(2));
    assertThat(o.state()).isEqualTo(OrderState.REJECTED);
    assertThat(o.team()).isEmpty();
    assertThat(o.history().get(2).note()).contains("人手不足");
    o = o.match(TeamId.of("t2"), at(3)).deliver("a-8", at(5));
    assertThat(o.team()).contains(TeamId.of("t2"));
    assertThat(o.timeToMatch()).as("the first match counts").contains(Duration.ofHours(1));
    assertThat(o.reached(OrderState.REJECTED)).isTrue();
  }

  @Test
  void illegalTransitionsNameBothStates() {
    assertThatThrownBy(() -> placed().deliver("a-1", at(1)))
        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
          assertThat(e.from()).isEqualTo(OrderState.PLACED);
          assertThat(e.to()).isEqualTo(OrderState.DELIVERED);
          assertThat(e.order()).isEqualTo("o-1");
        })
        .hasMessageStartingWith("order o-1 cannot go from PLACED to DELIVERED");
    ServiceOrder rated = placed().match(TeamId.of("t"), at(1)).deliver("a", at(2)).rate(3, Optional.empty(), at(3));
    assertThatThrownBy(() -> rated.cancel("x", at(4))).isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("from RATED to CANCELLED").hasMessageContaining("no other state");
    ServiceOrder cancelled = placed().cancel("不需要了", at(1));
    assertThatThrownBy(() -> cancelled.match(TeamId.of("t"), at(2))).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> placed().reject("x", at(1))).isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("from PLACED to REJECTED");
  }

  @Test
  void badValues() {
    ServiceOrder delivered = placed().match(TeamId.of("t"), at(1)).deliver("a", at(2));
    assertThatThrownBy(() -> delivered.rate(6, Optional.empty(), at(3))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 5");
    assertThatThrownBy(() -> delivered.rate(0, Optional.empty(), at(3))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> placed().match(TeamId.of("t"), T0.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the last step");
    assertThatThrownBy(() -> placed().cancel(" ", at(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MenuItem("m", " ", "技能")).isInstanceOf(IllegalArgumentException.class);
  }
}
