package org.civic.report;

import java.util.Objects;
import java.util.Optional;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.metric.ActivityRollup;
import org.civic.metric.Period;
import org.civic.standard.ComplianceResults;

/**
 * What a report section can draw on — 报告上下文: the hierarchy, the division and period
 * reported on, and the compliance results and activity roll-up if the report has them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param hierarchy the hierarchy, not null
 * @param division the division reported on, not null
 * @param period the period, not null
 * @param compliance the six-haves results, if any, not null
 * @param rollup the activity and order figures, if any, not null
 */
public record ReportContext(Hierarchy hierarchy, DivisionCode division, Period period,
    Optional<ComplianceResults> compliance, Optional<ActivityRollup> rollup) {

  /** Creates a context. */
  public ReportContext {
    Objects.requireNonNull(hierarchy, "hierarchy");
    Objects.requireNonNull(division, "division");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(compliance, "compliance");
    Objects.requireNonNull(rollup, "rollup");
  }
}
