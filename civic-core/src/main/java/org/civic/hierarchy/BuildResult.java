package org.civic.hierarchy;

import java.util.List;
import java.util.Objects;

/**
 * What a lenient build gives — 构建结果: the hierarchy of every good record, and a problem for
 * every record left out or doubtful. Nothing is lost without being reported.
 *
 * <p>Immutable and thread-safe.
 *
 * @param hierarchy the hierarchy of the good records, not null
 * @param problems every problem found, in the order found; empty if the input was clean
 */
public record BuildResult(Hierarchy hierarchy, List<org.civic.problem.Problem> problems) {

  /** Creates a result; the problem list is copied. */
  public BuildResult {
    Objects.requireNonNull(hierarchy, "hierarchy");
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  /** Tells whether the input had no problem. */
  public boolean isClean() {
    return problems.isEmpty();
  }
}
