package org.civic.flink;

import java.util.Objects;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.civic.activity.Activity;
import org.civic.metric.MetricAccumulator;
import org.civic.metric.MetricSet;
import org.civic.metric.VolunteerIndex;
import org.civic.order.ServiceOrder;
import org.jspecify.annotations.Nullable;

/**
 * civic's metric monoid as a Flink aggregate — 指标聚合函数: the accumulator is civic's
 * {@link MetricAccumulator}, the result its {@link MetricSet}, and {@link #merge} is civic's merge,
 * so session windows and two-phase aggregation give the figures one machine gives — every sum, the
 * beneficiary extremes, the orders and ratings, and the exact distinct volunteers (a bitmap union).
 * Pass {@link CivicTypes#metricAccumulator()} and {@link CivicTypes#metricSet()} as the
 * accumulator's and the result's types.
 *
 * <pre>{@code
 * activities.keyBy(a -> a.site().value())
 *     .window(TumblingEventTimeWindows.of(Duration.ofDays(7)))
 *     .aggregate(MetricAggregate.activities(reference), CivicTypes.metricAccumulator(), CivicTypes.metricSet());
 * }</pre>
 *
 * <p>Immutable and thread-safe; the volunteer numbering comes from the {@link ReferenceData}, the
 * same on every task.
 *
 * @param <T> {@link Activity}, {@link ServiceOrder} or {@link CivicRecord}
 */
public final class MetricAggregate<T> implements AggregateFunction<T, MetricAccumulator, MetricSet> {

  private static final long serialVersionUID = 1L;

  private final @Nullable ReferenceData reference;

  private MetricAggregate(@Nullable ReferenceData reference) {
    this.reference = reference;
  }

  /**
   * Returns the aggregate of activities.
   *
   * @param reference numbers the volunteers, the same on every task, not null
   * @return the aggregate, not null
   */
  public static MetricAggregate<Activity> activities(ReferenceData reference) {
    return new MetricAggregate<>(Objects.requireNonNull(reference, "reference"));
  }

  /** Returns the aggregate of service orders: placed, matched, delivered, rejected, cancelled, rated. */
  public static MetricAggregate<ServiceOrder> orders() {
    return new MetricAggregate<>(null);
  }

  /**
   * Returns the aggregate of activities and orders together, as {@link RollupJob} counts them.
   *
   * @param reference numbers the volunteers, the same on every task, not null
   * @return the aggregate, not null
   */
  public static MetricAggregate<CivicRecord> records(ReferenceData reference) {
    return new MetricAggregate<>(Objects.requireNonNull(reference, "reference"));
  }

  @Override
  public MetricAccumulator createAccumulator() {
    return new MetricAccumulator();
  }

  /**
   * Adds an activity, an order, or the activity or order of a record.
   *
   * @throws IllegalArgumentException for a problem record (problems are not figures), or a volunteer
   *     outside the register
   */
  @Override
  public MetricAccumulator add(T value, MetricAccumulator accumulator) {
    Object v = value instanceof CivicRecord r ? r.value() : value;
    if (v instanceof Activity a) {
      return accumulator.add(a, index());
    } else if (v instanceof ServiceOrder o) {
      return accumulator.add(o);
    }
    throw new IllegalArgumentException("only activities and orders have figures, not " + value);
  }

  private VolunteerIndex index() {
    if (reference == null) {
      throw new IllegalStateException("the orders' aggregate was given an activity: use MetricAggregate.records");
    }
    return reference.volunteers();
  }

  @Override
  public MetricSet getResult(MetricAccumulator accumulator) {
    return accumulator.snapshot();
  }

  @Override
  public MetricAccumulator merge(MetricAccumulator a, MetricAccumulator b) {
    return a.merge(b);
  }
}
