package org.civic.order;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of an order's history — 状态变更: the state entered, when, and a note (the team
 * matched, the reason for a rejection or cancellation, the activity delivered, the comment).
 *
 * <p>Immutable and thread-safe.
 *
 * @param state the state entered, not null
 * @param at when, not null
 * @param note what goes with it, if anything, not null
 */
public record Transition(OrderState state, Instant at, Optional<String> note) {

  /** Creates a transition. */
  public Transition {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(note, "note");
  }
}
