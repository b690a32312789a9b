/**
 * The hierarchy — 中心—所—站 on 县—乡—村: {@link org.civic.hierarchy.Hierarchy} (immutable,
 * O(1) look-ups, navigation without copying), its {@link org.civic.hierarchy.HierarchyBuilder}
 * (collects every problem), and {@link org.civic.hierarchy.Coverage} (覆盖率, an exact fraction
 * formatted on request) with its {@link org.civic.hierarchy.CoveragePolicy}.
 *
 * <pre>{@code
 * HierarchyBuilder builder = Hierarchy.builder();
 * DivisionCsv.read(Path.of("divisions.csv.gz"), builder::addDivision);
 * builder.addSite(Site.post(SiteId.of("p-103"), "神垕镇新时代文明实践所", DivisionCode.parse("411081103000")));
 * Hierarchy hierarchy = builder.build();            // throws ProblemException listing every bad record
 *
 * Coverage townships = hierarchy.coverage(DivisionCode.parse("411081"), DivisionLevel.TOWNSHIP);
 * townships.format(1);                               // "3.8%" for 1 of 26
 * }</pre>
 */
@NullMarked
package org.civic.hierarchy;

import org.jspecify.annotations.NullMarked;
