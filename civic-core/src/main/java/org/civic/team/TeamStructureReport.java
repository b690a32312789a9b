package org.civic.team;

import java.util.List;
import java.util.Objects;
import org.civic.standard.CheckResult;
import org.civic.standard.Outcome;

/**
 * The findings of a team-structure check — 队伍结构检查结果 — as the same {@link CheckResult}s
 * the six-haves checks give, grouped by outcome, so reports treat both alike.
 *
 * <p>Immutable and thread-safe.
 *
 * @param results every finding, passes included, not null
 */
public record TeamStructureReport(List<CheckResult> results) {

  /** Creates a report; the list is copied. */
  public TeamStructureReport {
    results = List.copyOf(results);
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
