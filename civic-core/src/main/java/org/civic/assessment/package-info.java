/**
 * Assessment tables — 测评体系: a province's or county's scoring table as data, items (测评项目)
 * and sub-items (测评细则) with points (计分), bonus points (加分) and deductions from a starting
 * score (扣分); the assessment of a site or a team against it with the evidence for each point
 * given or taken, in Chinese and English; star ratings (星级) from the total. A table is a value a
 * host builds in code or reads from civic JSON (civic-json's {@code assessmentTable} record), so a
 * province ships its table as a file.
 *
 * <pre>{@code
 * AssessmentTable table = AssessmentTable.builder("county-2024", "某县文明实践站测评表", "2024")
 *     .maxPoints(100)
 *     .item(Item.of("1", "阵地建设", List.of(
 *         SubItem.score("1.1", "有场所", 10, Criterion.rule(SixHaves.VENUE)),
 *         SubItem.score("1.2", "有标识", 10, Criterion.rule(SixHaves.SIGNAGE)))))
 *     …
 *     .stars(StarThresholds.of(60, 70, 80, 90, 100))
 *     .build();
 *
 * Assessment one = table.assess(Subject.of(site), Evidence.of(standard.check(site))
 *     .withMeasure("months-with-activities", Measurement.count(11)));
 * one.total();          // 87.5
 * one.stars();          // 3
 * one.lines().forEach(l -> log.info(l.message(Locale.CHINA)));   // each point given or taken, and why
 * }</pre>
 */
@NullMarked
package org.civic.assessment;

import org.jspecify.annotations.NullMarked;
