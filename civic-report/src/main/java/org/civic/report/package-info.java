/**
 * civic-report — 汇报: turning hierarchies, check results and aggregates into the reports a county hands in. It reads civic-core types; civic-core knows nothing of it.
 */
@NullMarked
package org.civic.report;

import org.jspecify.annotations.NullMarked;
