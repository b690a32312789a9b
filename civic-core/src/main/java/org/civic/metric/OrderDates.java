package org.civic.metric;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.civic.order.ServiceOrder;
import org.civic.problem.Location;
import org.civic.problem.Problem;

/**
 * An order's date for the roll-ups — the date (UTC) it was placed on, whose month is its cell's —
 * and the orders that have none: placed beyond the dates a {@code LocalDate} holds (past year
 * ±999,999,999), which {@link ActivityRollup#of} refuses as a problem and
 * {@link IncrementalRollup#add(ServiceOrder)} as a {@code DateTimeException}.
 */
final class OrderDates {

  private static final Instant EARLIEST = LocalDateTime.MIN.toInstant(ZoneOffset.UTC);
  private static final Instant LATEST = LocalDateTime.MAX.toInstant(ZoneOffset.UTC);

  private OrderDates() {}

  /**
   * Returns the date an order was placed on, UTC.
   *
   * @throws java.time.DateTimeException if it was placed beyond the dates a calendar holds
   */
  static LocalDate placedOn(ServiceOrder order) {
    return order.placedAt().atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** Returns the problem of an order placed beyond the dates a calendar holds, if it was. */
  static Optional<Problem> beyondCalendar(ServiceOrder order) {
    Instant placed = order.placedAt();
    if (!placed.isBefore(EARLIEST) && !placed.isAfter(LATEST)) {
      return Optional.empty();
    }
    return Optional.of(Problem.of("order.beyond-calendar", Location.ofSubject(order.id()),
        "order " + order.id() + " was placed at " + placed + ", beyond the dates a calendar holds")
        .withExpected("a time from " + EARLIEST + " to " + LATEST));
  }
}
