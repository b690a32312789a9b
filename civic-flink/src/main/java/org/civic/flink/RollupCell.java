package org.civic.flink;

import java.util.Objects;
import java.util.Optional;
import org.civic.division.DivisionCode;
import org.civic.metric.MetricSet;
import org.civic.metric.Period;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one division's subtree for one period — 汇总单元: a cell of the roll-up, keyed by
 * (division, period), or the total of the whole hierarchy (全国 for a national one) for a period.
 * {@link RollupJob} emits them; in STREAMING mode a cell is emitted again whenever it changes, and
 * its latest figures are the cell's.
 *
 * <p>Immutable and thread-safe.
 */
public final class RollupCell {

  private final @Nullable DivisionCode division;
  private final Period period;
  private final MetricSet metrics;

  private RollupCell(@Nullable DivisionCode division, Period period, MetricSet metrics) {
    this.division = division;
    this.period = period;
    this.metrics = metrics;
  }

  /**
   * Obtains the cell of a division and a period.
   *
   * @param division the division, not null
   * @param period the period, not null
   * @param metrics its figures, not null
   * @return the cell, not null
   */
  public static RollupCell of(DivisionCode division, Period period, MetricSet metrics) {
    return new RollupCell(Objects.requireNonNull(division, "division"), Objects.requireNonNull(period, "period"),
        Objects.requireNonNull(metrics, "metrics"));
  }

  /**
   * Obtains the cell of the whole hierarchy for a period.
   *
   * @param period the period, not null
   * @param metrics its figures, not null
   * @return the cell, not null
   */
  public static RollupCell total(Period period, MetricSet metrics) {
    return new RollupCell(null, Objects.requireNonNull(period, "period"), Objects.requireNonNull(metrics, "metrics"));
  }

  /** Returns the division, or empty for the whole hierarchy. */
  public Optional<DivisionCode> division() {
    return Optional.ofNullable(division);
  }

  /** Returns the period. */
  public Period period() {
    return period;
  }

  /** Returns the figures. */
  public MetricSet metrics() {
    return metrics;
  }

  /**
   * Returns a copy of this cell with other figures.
   *
   * @param metrics the figures, not null
   * @return the copy, not null
   */
  public RollupCell withMetrics(MetricSet metrics) {
    return new RollupCell(division, period, Objects.requireNonNull(metrics, "metrics"));
  }

  /**
   * The cell's key as one long, for keyBy: the division's 12-digit code plus one (0 for the total)
   * in the high bits, the period's kind and its number in the low 20.
   */
  long key() {
    long d = division == null ? 0 : division.value() + 1;
    int year = period.from().getYear();
    int number = switch (period.kind()) {
      case MONTH -> year * 12 + period.from().getMonthValue() - 1;
      case QUARTER -> year * 4 + (period.from().getMonthValue() - 1) / 3;
      case YEAR -> year;
      default -> throw new IllegalStateException("a roll-up cell is a month, a quarter or a year: " + period);
    };
    return (d << 22) | ((long) period.kind().ordinal() << 18) | number;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RollupCell c && Objects.equals(division, c.division) && period.equals(c.period)
        && metrics.equals(c.metrics);
  }

  @Override
  public int hashCode() {
    return Objects.hash(division, period, metrics);
  }

  @Override
  public String toString() {
    return (division == null ? "total" : division.toString()) + " " + period + " " + metrics;
  }
}
