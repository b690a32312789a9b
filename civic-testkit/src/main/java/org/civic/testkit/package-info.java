/**
 * Test support for civic and its hosts — 测试工具: {@link org.civic.testkit.NationalDivisions}
 * (the bundled 2021 national division list), {@link org.civic.testkit.RandomHierarchies},
 * {@link org.civic.testkit.RandomTeams} (a county's teams and grid groups along its sites) and the
 * other generators, among them {@link org.civic.testkit.RandomAssessments} (assessment tables and
 * their evidence), {@link org.civic.testkit.AssessmentTables} (tables shaped after Bijie's,
 * a district's and Shishi's), and {@link org.civic.testkit.DamagedLines} (a JSON Lines file of any
 * size with 1% damaged lines, for load tests of a lenient reader); the generators draw from a {@link java.util.random.RandomGenerator} so that any
 * property-testing engine can drive them.
 *
 * <pre>{@code
 * // with QuickTheories
 * qt().forAll(longs().all()).checkAssert(seed -> {
 *   RandomHierarchies.Sample sample = RandomHierarchies.generate(new SplittableRandom(seed), 5, 0.6);
 *   Hierarchy h = Hierarchy.builder().addDivisions(sample.divisions()).addSites(sample.sites()).build();
 *   // … assert the host's invariant
 * });
 * }</pre>
 */
@NullMarked
package org.civic.testkit;

import org.jspecify.annotations.NullMarked;
