/**
 * civic-report — 汇报: a county's {@link org.civic.report.Report} built by
 * {@link org.civic.report.ReportBuilder} from what civic computed (coverage, six haves, teams,
 * volunteers and activities, four orders, funding, the "14534" annual figures) plus a host's own
 * {@link org.civic.report.SectionContributor}s; rendered as Markdown, CSV, JSON or one self-contained
 * HTML page with inline SVG charts, in Chinese or English, byte-for-byte deterministic.
 *
 * <pre>{@code
 * Report report = ReportBuilder.of(hierarchy, county, Period.year(2024))
 *     .compliance(results).activities(rollup).registeredVolunteers(94_066).build();
 * Files.writeString(Path.of("report.html"), HtmlRenderer.render(report, ReportStyle.chinese()));
 * }</pre>
 */
@NullMarked
package org.civic.report;

import org.jspecify.annotations.NullMarked;
