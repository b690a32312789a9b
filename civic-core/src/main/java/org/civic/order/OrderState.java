package org.civic.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * The state of a service order in the four-orders workflow — 四单状态: 群众点单 → 配单 → 买单 → 评单,
 * with cancellation and rejection.
 */
public enum OrderState {
  /** Placed by a resident (群众点单). */
  PLACED("已点单"),
  /** Matched to a team by the center, post or station (配单). */
  MATCHED("已配单"),
  /** Rejected by the team, with a reason; may be re-dispatched (拒单). */
  REJECTED("已拒单"),
  /** Delivered by volunteers as an activity (买单). */
  DELIVERED("已买单"),
  /** Rated by the public, 1–5 (评单). Final. */
  RATED("已评单"),
  /** Cancelled, with a reason. Final. */
  CANCELLED("已取消");

  private final String chinese;

  OrderState(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name. */
  public String chinese() {
    return chinese;
  }

  /** Returns the states this one may move to. */
  public Set<OrderState> next() {
    return switch (this) {
      case PLACED -> EnumSet.of(MATCHED, CANCELLED);
      case MATCHED -> EnumSet.of(DELIVERED, REJECTED, CANCELLED);
      case REJECTED -> EnumSet.of(MATCHED, CANCELLED);
      case DELIVERED -> EnumSet.of(RATED);
      case RATED, CANCELLED -> EnumSet.noneOf(OrderState.class);
    };
  }

  /** Tells whether the order can move on from this state. */
  public boolean isFinal() {
    return next().isEmpty();
  }
}
