/**
 * Metrics — 指标: a small algebra whose parts all merge exactly — sums, {@link org.civic.metric.DistinctCount}
 * (RoaringBitmap), {@link org.civic.metric.Ratio} (numerator / denominator, never averaged
 * percentages), {@link org.civic.metric.Mean} (sum and count), {@link org.civic.metric.Extremes} —
 * combined into {@link org.civic.metric.MetricSet}, a commutative monoid, with its
 * {@link org.civic.metric.MetricAccumulator} — the one place activities and orders are counted.
 * {@link org.civic.metric.OrderMetrics} adds to the order counts the median times to match and
 * to deliver, which do not merge. {@link org.civic.metric.ActivityRollup} rolls
 * figures up the hierarchy for any {@link org.civic.metric.Period} with 同比 and 环比;
 * {@link org.civic.metric.IncrementalRollup} keeps them current one activity at a time.
 *
 * <pre>{@code
 * VolunteerIndex index = VolunteerIndex.of(registerIds);
 * ActivityRollup rollup = ActivityRollup.of(hierarchy, activities, orders, index);
 * MetricSet county = rollup.metrics(DivisionCode.parse("411081"), Period.year(2024));
 * county.activities(); county.personTimes(); county.volunteers().count();
 * rollup.yearOnYear(county, Period.parse("2024-Q1"), MetricSet::activities).relativePercent(1);
 *
 * // in parallel, per partition, or on Spark/Flink: the same figures
 * MetricSet all = activities.parallelStream().collect(MetricSet.collector(index));
 *
 * // the four orders, with median times
 * OrderMetrics o = OrderMetrics.of(orders);
 * o.deliveryRate().format(1); o.medianTimeToDeliver();
 * }</pre>
 */
@NullMarked
package org.civic.metric;

import org.jspecify.annotations.NullMarked;
