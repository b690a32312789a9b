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

  @Test
  void everyStatesNextStatesAndName() {
    assertThat(OrderState.PLACED.next()).containsExactlyInAnyOrder(OrderState.MATCHED, OrderState.CANCELLED);
    assertThat(OrderState.MATCHED.next())
        .containsExactlyInAnyOrder(OrderState.DELIVERED, OrderState.REJECTED, OrderState.CANCELLED);
    assertThat(OrderState.REJECTED.next()).containsExactlyInAnyOrder(OrderState.MATCHED, OrderState.CANCELLED);
    assertThat(OrderState.DELIVERED.next()).containsExactly(OrderState.RATED);
    assertThat(OrderState.RATED.next()).isEmpty();
    assertThat(OrderState.CANCELLED.next()).isEmpty();
    assertThat(OrderState.values()).filteredOn(OrderState::isFinal)
        .containsExactly(OrderState.RATED, OrderState.CANCELLED);
    assertThat(OrderState.values()).extracting(OrderState::chinese)
        .containsExactly("已点单", "已配单", "已拒单", "已买单", "已评单", "已取消");
  }

  @Test
  void whatAPlacedOrderHolds() {
    ServiceOrder o = placed();
    assertThat(o.id()).isEqualTo("o-1");
    assertThat(o.site()).isEqualTo(SiteId.of("s1"));
    assertThat(o.item()).isEqualTo(REPAIR);
    assertThat(o.state()).isEqualTo(OrderState.PLACED);
    assertThat(o.placedAt()).isEqualTo(T0);
    assertThat(o.history()).containsExactly(new Transition(OrderState.PLACED, T0, Optional.empty()));
    assertThat(o.team()).isEmpty();
    assertThat(o.activity()).isEmpty();
    assertThat(o.rating()).isEmpty();
    assertThat(o.timeToMatch()).isEmpty();
    assertThat(o.timeToDeliver()).isEmpty();
    assertThat(o.reached(OrderState.PLACED)).isTrue();
    assertThat(o.reached(OrderState.MATCHED)).isFalse();
    assertThat(o).hasToString("ServiceOrder o-1 PLACED @s1 家电维修");
    assertThatThrownBy(() -> ServiceOrder.place(" ", SiteId.of("s1"), REPAIR, T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachStepKeepsWhatCameBefore() {
    ServiceOrder matched = placed().match(TeamId.of("t1"), at(1));
    assertThat(matched.history().get(1)).isEqualTo(new Transition(OrderState.MATCHED, at(1), Optional.of("t1")));
    assertThat(matched.placedAt()).isEqualTo(T0);
    ServiceOrder delivered = matched.deliver("a-9", at(2));
    assertThat(delivered.team()).contains(TeamId.of("t1"));
    assertThat(delivered.activity()).contains("a-9");
    assertThat(delivered.history().get(2).note()).contains("a-9");
    ServiceOrder rated = delivered.rate(1, Optional.empty(), at(2));
    assertThat(rated.rating()).hasValue(1);
    assertThat(rated.activity()).contains("a-9");
    assertThat(rated.team()).contains(TeamId.of("t1"));
    assertThat(rated.history().get(3).note()).isEmpty();
    ServiceOrder cancelled = matched.cancel("不需要了", at(1));
    assertThat(cancelled.state()).isEqualTo(OrderState.CANCELLED);
    assertThat(cancelled.team()).contains(TeamId.of("t1"));
    assertThat(cancelled.history().get(2).note()).contains("不需要了");
    assertThat(delivered.rate(5, Optional.of("好"), at(3)).rating()).hasValue(5);
    assertThat(placed().cancel("x", T0).state()).as("a step at the same instant").isEqualTo(OrderState.CANCELLED);
  }

  @Test
  void ordersAreEqualWhenEveryPartIs() {
    ServiceOrder a = placed().match(TeamId.of("t1"), at(1));
    ServiceOrder same = placed().match(TeamId.of("t1"), at(1));
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a).isNotEqualTo(placed().match(TeamId.of("t2"), at(1)))
        .isNotEqualTo(placed().match(TeamId.of("t1"), at(2)))
        .isNotEqualTo(ServiceOrder.place("o-2", SiteId.of("s1"), REPAIR, T0).match(TeamId.of("t1"), at(1)))
        .isNotEqualTo(ServiceOrder.place("o-1", SiteId.of("s2"), REPAIR, T0).match(TeamId.of("t1"), at(1)))
        .isNotEqualTo(ServiceOrder.place("o-1", SiteId.of("s1"), new MenuItem("m-2", "理发", "技能"), T0)
            .match(TeamId.of("t1"), at(1)))
        .isNotEqualTo("o-1");
    ServiceOrder d = a.deliver("a", at(2));
    assertThat(d.rate(3, Optional.empty(), at(3))).isNotEqualTo(d.rate(4, Optional.empty(), at(3)));
    assertThat(d).isNotEqualTo(a.deliver("b", at(2)));
  }

  @Test
  void aMenuItemNeedsAnIdANameAndATheme() {
    assertThat(REPAIR.id()).isEqualTo("m-1");
    assertThat(REPAIR.name()).isEqualTo("家电维修");
    assertThat(REPAIR.theme()).isEqualTo("技能");
    assertThatThrownBy(() -> new MenuItem("m", "维修", " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("menu item m needs a name and a theme");
    assertThatThrownBy(() -> new MenuItem(" ", "维修", "技能")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anIllegalTransitionSaysWhereTheOrderCanGo() {
    assertThatThrownBy(() -> placed().deliver("a", at(1))).hasMessage(
        "order o-1 cannot go from PLACED to DELIVERED; from PLACED it can go to [MATCHED, CANCELLED]");
    ServiceOrder cancelled = placed().cancel("x", at(1));
    assertThatThrownBy(() -> cancelled.cancel("y", at(2))).hasMessage(
        "order o-1 cannot go from CANCELLED to CANCELLED; from CANCELLED it can go to no other state");
  }
}
