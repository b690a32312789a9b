/** Internal: the validator behind {@link org.civic.constraints.MeetsStandard}. Not API. */
@NullMarked
package org.civic.constraints.internal;

import org.jspecify.annotations.NullMarked;
