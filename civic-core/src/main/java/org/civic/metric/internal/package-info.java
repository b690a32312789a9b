/**
 * Internal: the binary form of {@link org.civic.metric.MetricAccumulator} and
 * {@link org.civic.metric.MetricSet}, for engines that keep figures in their state or send them
 * between machines. Not API — hosts must not use these types; civic-core exports this package only
 * to civic-flink, and it may change in any release (the bytes it writes carry their own format
 * version, so state written by one release is read by the next).
 */
@NullMarked
package org.civic.metric.internal;

import org.jspecify.annotations.NullMarked;
