package org.civic.standard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A roll-up of results — 达标汇总: for each requirement, how many sites had each outcome
 * ("how many stations in this township lack a rules document"). Summaries add up: a division's
 * summary is the {@link #plus sum} of its parts'.
 *
 * <p>Immutable and thread-safe.
 */
public final class ComplianceSummary {

  private final Map<String, OutcomeCounts> byRequirement;

  private ComplianceSummary(Map<String, OutcomeCounts> byRequirement) {
    this.byRequirement = byRequirement;
  }

  /**
   * Obtains a summary.
   *
   * @param byRequirement counts per requirement id, in the standard's order, not null
   * @return the summary, not null
   */
  public static ComplianceSummary of(Map<String, OutcomeCounts> byRequirement) {
    Objects.requireNonNull(byRequirement, "byRequirement");
    return new ComplianceSummary(Collections.unmodifiableMap(new LinkedHashMap<>(byRequirement)));
  }

  /** Returns the counts per requirement id, in the standard's order. */
  public Map<String, OutcomeCounts> byRequirement() {
    return byRequirement;
  }

  /**
   * Returns the counts of one requirement.
   *
   * @param requirementId the id, not null
   * @return the counts, empty counts if the requirement is not in the summary
   */
  public OutcomeCounts counts(String requirementId) {
    Objects.requireNonNull(requirementId, "requirementId");
    return byRequirement.getOrDefault(requirementId, OutcomeCounts.empty());
  }

  /** Returns the sum of this summary and another, requirement by requirement. */
  public ComplianceSummary plus(ComplianceSummary other) {
    Objects.requireNonNull(other, "other");
    Map<String, OutcomeCounts> sum = new LinkedHashMap<>(byRequirement);
    other.byRequirement.forEach((id, c) -> sum.merge(id, c, OutcomeCounts::plus));
    return new ComplianceSummary(Collections.unmodifiableMap(sum));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ComplianceSummary other && byRequirement.equals(other.byRequirement);
  }

  @Override
  public int hashCode() {
    return byRequirement.hashCode();
  }

  @Override
  public String toString() {
    return byRequirement.toString();
  }
}
