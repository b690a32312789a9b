package org.civic.metric;

import java.time.Month;
import java.util.Objects;
import org.civic.division.DivisionCode;

/**
 * One division in one month of the full monthly roll-up — 月度汇总的一格: the summed figures of
 * the division's subtree and its exact number of distinct volunteers, as
 * {@link ActivityRollup.MonthlyTable#cells()} gives them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param division the division, not null
 * @param month the month of the table's year, not null
 * @param figures the summed figures, not null
 * @param volunteers the distinct volunteers (志愿者人数), each counted once, 0 or more
 */
public record MonthlyCell(DivisionCode division, Month month, MonthlyFigures figures, long volunteers) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code volunteers} is negative
   */
  public MonthlyCell {
    Objects.requireNonNull(division, "division");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(figures, "figures");
    if (volunteers < 0) {
      throw new IllegalArgumentException("volunteers must be 0 or more: " + volunteers);
    }
  }
}
