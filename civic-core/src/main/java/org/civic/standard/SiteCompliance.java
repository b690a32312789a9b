package org.civic.standard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;

/**
 * A site's results against a standard — 单个阵地的检查结果 — in the standard's order and grouped
 * by outcome as axe-core groups them: {@link #passes()}, {@link #violations()},
 * {@link #incomplete()} and {@link #inapplicable()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param siteId the site's id, if it has one, not null
 * @param level the site's level, not null
 * @param results one result per requirement, in the standard's order, not null
 */
public record SiteCompliance(Optional<SiteId> siteId, SiteLevel level, List<CheckResult> results) {

  /** Creates a site's results; the list is copied. */
  public SiteCompliance {
    Objects.requireNonNull(siteId, "siteId");
    Objects.requireNonNull(level, "level");
    results = List.copyOf(Objects.requireNonNull(results, "results"));
  }

  /** Returns the results that passed. */
  public List<CheckResult> passes() {
    return with(Outcome.PASS);
  }

  /** Returns the results that failed — the violations. */
  public List<CheckResult> violations() {
    return with(Outcome.FAIL);
  }

  /** Returns the results whose facts were missing. */
  public List<CheckResult> incomplete() {
    return with(Outcome.INCOMPLETE);
  }

  /** Returns the results that did not apply. */
  public List<CheckResult> inapplicable() {
    return with(Outcome.NOT_APPLICABLE);
  }

  /** Returns the results with an outcome, in the standard's order. */
  public List<CheckResult> with(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    return results.stream().filter(r -> r.outcome() == outcome).toList();
  }

  /**
   * Returns the outcome of one requirement.
   *
   * @param requirementId the requirement's id, not null
   * @return the outcome, or empty if the standard has no such requirement
   */
  public Optional<Outcome> outcome(String requirementId) {
    Objects.requireNonNull(requirementId, "requirementId");
    return results.stream().filter(r -> r.requirementId().equals(requirementId))
        .map(CheckResult::outcome).findFirst();
  }

  /** Tells whether no requirement failed and none was incomplete. */
  public boolean compliant() {
    return results.stream().allMatch(r -> r.outcome() == Outcome.PASS || r.outcome() == Outcome.NOT_APPLICABLE);
  }
}
