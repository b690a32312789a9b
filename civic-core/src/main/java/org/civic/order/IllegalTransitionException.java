package org.civic.order;

/**
 * Thrown when an order is asked to move to a state it cannot reach from its own — 非法状态转换.
 * Names the order and both states.
 */
public final class IllegalTransitionException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String order;
  private final OrderState from;
  private final OrderState to;

  IllegalTransitionException(String order, OrderState from, OrderState to) {
    super("order " + order + " cannot go from " + from + " to " + to + "; from " + from + " it can go to "
        + (from.next().isEmpty() ? "no other state" : from.next()));
    this.order = order;
    this.from = from;
    this.to = to;
  }

  /** Returns the order's id. */
  public String order() {
    return order;
  }

  /** Returns the state the order was in. */
  public OrderState from() {
    return from;
  }

  /** Returns the state asked for. */
  public OrderState to() {
    return to;
  }
}
