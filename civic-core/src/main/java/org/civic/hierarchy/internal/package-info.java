/** Internal: position-based access to a hierarchy's columns for civic's own hot paths. Not API. */
@NullMarked
package org.civic.hierarchy.internal;

import org.jspecify.annotations.NullMarked;
