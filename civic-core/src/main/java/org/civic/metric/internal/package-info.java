/**
 * Internal: what civic-json needs to read a {@link org.civic.metric.MetricSet} back from its JSON
 * form — its sums by name and a way to assemble one from its parts. Not API — hosts must not use
 * these types; civic-core exports this package only to civic-json, and it may change in any release.
 */
@NullMarked
package org.civic.metric.internal;

import org.jspecify.annotations.NullMarked;
