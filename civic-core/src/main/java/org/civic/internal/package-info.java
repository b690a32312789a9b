/**
 * Internal: the column layout (string pools, primitive hash indexes) behind national-scale
 * hierarchies. Not API — hosts must not use these types; they may change in any release.
 */
@NullMarked
package org.civic.internal;

import org.jspecify.annotations.NullMarked;
