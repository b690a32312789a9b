package org.civic.team;

import java.util.List;
import java.util.Objects;
import org.civic.standard.CheckResult;
import org.civic.standard.Outcome;

/**
 * The findings of a team-structure check — 队伍结构检查结果 — as the same {@link CheckResult}s
 * the six-haves checks give, grouped by outcome, so reports treat both alike, with the team tree
 * the check built on the county's ladder.
 *
 * <p>Immutable and thread-safe.
 *
 * @param results every finding, passes included, not null
 * @param tree the team tree that was checked, not null
 */
public record TeamStructureReport(List<CheckResult> results, TeamTree tree) {

  /** Creates a report; the list is copied. */
  public TeamStructureReport {
    results = List.copyOf(Objects.requireNonNull(results, "results"));
    Objects.requireNonNull(tree, "tree");
  }

  /**
   * Creates a report of findings without a tree (an empty one), for a host's own checks.
   *
   * @param results every finding, not null
   */
  public TeamStructureReport(List<CheckResult> results) {
    this(results, TeamTree.of(List.of()));
  }

  /** Returns the deviations. */
  public List<CheckResult> violations() {
    return with(Outcome.FAIL);
  }

  /** Returns the checks that passed. */
  public List<CheckResult> passes() {
    return with(Outcome.PASS);
  }

  /** Returns the findings with an outcome. */
  public List<CheckResult> with(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    return results.stream().filter(r -> r.outcome() == outcome).toList();
  }

  /** Tells whether nothing deviates. */
  public boolean conforms() {
    return violations().isEmpty();
  }
}
