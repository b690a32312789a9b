/**
 * civic-json — civic 的 JSON 格式: {@link org.civic.json.CivicJson} reads and writes the
 * {@code civic/1} county {@link org.civic.json.Dataset} document and JSON Lines streams (straight
 * into a {@link org.civic.json.RecordSink}), reporting every problem with line, column and JSON
 * Pointer; {@link org.civic.json.CivicModule} is the Jackson 3 module for civic-core's types.
 * The JSON Schemas (draft 2020-12) are resources under {@code org/civic/json/schema/}.
 *
 * <pre>{@code
 * CivicJson.DatasetResult r = CivicJson.lenient().readDataset(in, "yuzhou.json");
 * Hierarchy h = r.dataset().toHierarchy();
 * r.report().errors();    // e.g. yuzhou.json:57:9 /sites/12/division: invalid division code …
 *
 * HierarchyBuilder b = Hierarchy.builder();
 * CivicJson.strict().readLines(Files.newInputStream(path), "national.jsonl", RecordSink.into(b));
 *
 * Dataset.Builder county = Dataset.builder();   // a RecordSink
 * CivicJson.lenient().readLines(Files.newInputStream(path), "county.jsonl", county);
 * Dataset d = county.build();
 * }</pre>
 */
@NullMarked
package org.civic.json;

import org.jspecify.annotations.NullMarked;
