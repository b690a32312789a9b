/** Internal: labels and SVG chart drawing. Not API. */
@NullMarked
package org.civic.report.internal;

import org.jspecify.annotations.NullMarked;
