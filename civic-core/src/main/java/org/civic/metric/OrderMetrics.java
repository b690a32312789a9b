package org.civic.metric;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civic.order.ServiceOrder;
import org.jspecify.annotations.Nullable;

/**
 * Figures of the four-orders workflow — 四单指标: orders placed, matched, delivered, rated,
 * rejected and cancelled; match, delivery and rating rates (as numerator and denominator); the
 * mean rating; and the median times to match and to deliver.
 *
 * <p>The counts are a {@link MetricSet}'s, counted by {@link MetricAccumulator#add(ServiceOrder)}
 * — the one place civic counts orders, so these figures always equal the order figures of a
 * roll-up over the same orders. The medians are what a {@code MetricSet} cannot hold: the median
 * of two parts is not a function of the parts' medians, so medians do not merge. They are
 * computed here from every time of the orders given, and this class has no {@code plus}: for the
 * figures of a larger set, call {@link #of} with all its orders.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * OrderMetrics m = OrderMetrics.of(orders);
 * m.matchRate().format(1);        // "66.7%"
 * m.medianTimeToDeliver();        // Optional[PT20H]
 * }</pre>
 */
public final class OrderMetrics {

  private final MetricSet counts;
  private final @Nullable Duration medianTimeToMatch;
  private final @Nullable Duration medianTimeToDeliver;

  private OrderMetrics(MetricSet counts, @Nullable Duration medianTimeToMatch,
      @Nullable Duration medianTimeToDeliver) {
    this.counts = counts;
    this.medianTimeToMatch = medianTimeToMatch;
    this.medianTimeToDeliver = medianTimeToDeliver;
  }

  /**
   * Obtains the figures of some orders.
   *
   * @param orders the orders, not null, no element null
   * @return the figures, not null
   */
  public static OrderMetrics of(Collection<ServiceOrder> orders) {
    Objects.requireNonNull(orders, "orders");
    MetricAccumulator counts = new MetricAccumulator();
    List<Duration> toMatch = new ArrayList<>();
    List<Duration> toDeliver = new ArrayList<>();
    for (ServiceOrder o : orders) {
      counts.add(o);
      o.timeToMatch().ifPresent(toMatch::add);
      o.timeToDeliver().ifPresent(toDeliver::add);
    }
    return new OrderMetrics(counts.snapshot(), median(toMatch), median(toDeliver));
  }

  /** Returns the orders placed (点单). */
  public long placed() {
    return counts.ordersPlaced();
  }

  /** Returns the orders ever matched (配单). */
  public long matched() {
    return counts.ordersMatched();
  }

  /** Returns the orders delivered (买单). */
  public long delivered() {
    return counts.ordersDelivered();
  }

  /** Returns the orders rated (评单). */
  public long rated() {
    return counts.ordersRated();
  }

  /** Returns the orders ever rejected by a team (拒单). */
  public long rejected() {
    return counts.ordersRejected();
  }

  /** Returns the orders cancelled. */
  public long cancelled() {
    return counts.ordersCancelled();
  }

  /** Returns the ratings as sum and count; {@link Mean#isEmpty() empty} when none was rated. */
  public Mean rating() {
    return counts.rating();
  }

  /** Returns matched over placed; {@link Ratio#isEmpty() empty} when none was placed. */
  public Ratio matchRate() {
    return counts.matchRate();
  }

  /** Returns delivered over placed; {@link Ratio#isEmpty() empty} when none was placed. */
  public Ratio deliveryRate() {
    return counts.deliveryRate();
  }

  /** Returns rated over delivered; {@link Ratio#isEmpty() empty} when none was delivered. */
  public Ratio ratingRate() {
    return counts.ratingRate();
  }

  /**
   * Returns the median time from placing to first match, if any order was matched; of an even
   * count, the lower middle value (an observed time, not an average).
   */
  public Optional<Duration> medianTimeToMatch() {
    return Optional.ofNullable(medianTimeToMatch);
  }

  /**
   * Returns the median time from placing to delivery, if any order was delivered; of an even
   * count, the lower middle value (an observed time, not an average).
   */
  public Optional<Duration> medianTimeToDeliver() {
    return Optional.ofNullable(medianTimeToDeliver);
  }

  private static @Nullable Duration median(List<Duration> times) {
    if (times.isEmpty()) {
      return null;
    }
    times.sort(null);
    return times.get((times.size() - 1) / 2);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OrderMetrics m && counts.equals(m.counts)
        && Objects.equals(medianTimeToMatch, m.medianTimeToMatch)
        && Objects.equals(medianTimeToDeliver, m.medianTimeToDeliver);
  }

  @Override
  public int hashCode() {
    return Objects.hash(counts, medianTimeToMatch, medianTimeToDeliver);
  }

  @Override
  public String toString() {
    return "OrderMetrics[placed " + placed() + ", matched " + matched() + ", delivered " + delivered() + ", rated "
        + rated() + ", rejected " + rejected() + ", cancelled " + cancelled() + ", median to match "
        + medianTimeToMatch().map(Duration::toString).orElse("-") + ", median to deliver "
        + medianTimeToDeliver().map(Duration::toString).orElse("-") + "]";
  }
}
