/**
 * Internal: what civic-json needs to read a {@link org.civic.metric.MetricSet} back from its JSON
 * form — its sums by name and a way to assemble one from its parts — and the binary form of
 * {@link org.civic.metric.MetricAccumulator} and {@link org.civic.metric.MetricSet}, for engines that
 * keep figures in their state or send them between machines. Not API — hosts must not use these
 * types; civic-core exports this package only to civic-json and civic-flink, and it may change in
 * any release (the bytes it writes carry their own format version, so state written by one release
 * is read by the next).
 */
@NullMarked
package org.civic.metric.internal;

import org.jspecify.annotations.NullMarked;
