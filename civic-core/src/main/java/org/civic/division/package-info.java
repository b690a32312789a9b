/**
 * Administrative divisions — 行政区划: {@link org.civic.division.DivisionCode} (the 12-digit
 * statistical code: level, parent and unit kind from the digits),
 * {@link org.civic.division.Division}, and {@link org.civic.division.DivisionCsv}, a streaming
 * reader of the national list.
 *
 * <pre>{@code
 * DivisionCode code = DivisionCode.parse("411081103000");   // 神垕镇
 * code.level();          // TOWNSHIP
 * code.parent();         // Optional[411081000000] 禹州市
 * code.townshipKind();   // Optional[TOWN]
 *
 * List<Division> yuzhou = DivisionCsv.readAll(Path.of("yuzhou.csv.gz"));
 * }</pre>
 */
@NullMarked
package org.civic.division;

import org.jspecify.annotations.NullMarked;
