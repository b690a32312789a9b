/** Internal: the civic/1 codecs and the problem-collecting cursor. Not API. */
@NullMarked
package org.civic.json.internal;

import org.jspecify.annotations.NullMarked;
