/**
 * Internal: the columns behind {@link org.civic.activity.ActivityLog} and the row appender civic's
 * readers fill them with. Not API — hosts must not use these types; civic-core exports this
 * package only to civic-json, and it may change in any release.
 */
@NullMarked
package org.civic.activity.internal;

import org.jspecify.annotations.NullMarked;
