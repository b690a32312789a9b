package org.civic.order;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civic.metric.Mean;
import org.civic.metric.Ratio;

/**
 * Figures of the four-orders workflow — 四单指标: orders placed, matched, delivered, rated,
 * rejected and cancelled; match and delivery rates (over orders placed, as numerator and
 * denominator); the mean rating; and the median times to match and to deliver.
 *
 * <p>Immutable and thread-safe.
 *
 * @param placed orders placed
 * @param matched orders ever matched
 * @param delivered orders delivered
 * @param rated orders rated
 * @param rejected orders ever rejected
 * @param cancelled orders cancelled
 * @param rating the ratings, as sum and count, not null
 * @param medianTimeToMatch the median time from placing to first match, if any was matched, not null
 * @param medianTimeToDeliver the median time from placing to delivery, if any was delivered, not null
 */
public record OrderMetrics(long placed, long matched, long delivered, long rated, long rejected, long cancelled,
    Mean rating, Optional<Duration> medianTimeToMatch, Optional<Duration> medianTimeToDeliver) {

  /** Creates figures. */
  public OrderMetrics {
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(medianTimeToMatch, "medianTimeToMatch");
    Objects.requireNonNull(medianTimeToDeliver, "medianTimeToDeliver");
  }

  /**
   * Counts the figures of some orders.
   *
   * @param orders the orders, not null
   * @return the figures, not null
   */
  public static OrderMetrics of(Collection<ServiceOrder> orders) {
    Objects.requireNonNull(orders, "orders");
    long matched = 0;
    long delivered = 0;
    long rated = 0;
    long rejected = 0;
    long cancelled = 0;
    long ratingSum = 0;
    List<Duration> toMatch = new ArrayList<>();
    List<Duration> toDeliver = new ArrayList<>();
    for (ServiceOrder o : orders) {
      if (o.reached(OrderState.MATCHED)) {
        matched++;
        toMatch.add(o.timeToMatch().orElseThrow());
      }
      if (o.reached(OrderState.DELIVERED)) {
        delivered++;
        toDeliver.add(o.timeToDeliver().orElseThrow());
      }
      if (o.reached(OrderState.REJECTED)) {
        rejected++;
      }
      if (o.state() == OrderState.CANCELLED) {
        cancelled++;
      }
      if (o.rating().isPresent()) {
        rated++;
        ratingSum += o.rating().getAsInt();
      }
    }
    return new OrderMetrics(orders.size(), matched, delivered, rated, rejected, cancelled, Mean.of(ratingSum, rated),
        median(toMatch), median(toDeliver));
  }

  /** Returns matched over placed. */
  public Ratio matchRate() {
    return Ratio.of(matched, placed);
  }

  /** Returns delivered over placed. */
  public Ratio deliveryRate() {
    return Ratio.of(delivered, placed);
  }

  /** Returns rated over delivered. */
  public Ratio ratingRate() {
    return Ratio.of(rated, delivered);
  }

  /** The median; of an even count, the lower middle value (an observed time, not an average). */
  private static Optional<Duration> median(List<Duration> times) {
    if (times.isEmpty()) {
      return Optional.empty();
    }
    times.sort(null);
    return Optional.of(times.get((times.size() - 1) / 2));
  }
}
