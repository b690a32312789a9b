/**
 * Problems with input — 问题: {@link org.civic.problem.Problem} (what, where, expected) and
 * {@link org.civic.problem.ProblemException}, which carries every problem of a batch.
 *
 * <pre>{@code
 * try {
 *   Hierarchy h = builder.build();
 * } catch (ProblemException e) {
 *   e.problems().forEach(p -> log.warn("{}", p));   // every bad record, named
 * }
 * }</pre>
 */
@NullMarked
package org.civic.problem;

import org.jspecify.annotations.NullMarked;
