/**
 * civic-json — JSON 格式: the Jackson 3 module and the civic JSON and JSON Lines formats. It reads and writes civic-core types; civic-core knows nothing of it.
 */
@NullMarked
package org.civic.json;

import org.jspecify.annotations.NullMarked;
