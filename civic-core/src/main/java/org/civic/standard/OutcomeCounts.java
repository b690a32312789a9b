package org.civic.standard;

import java.math.BigDecimal;
import java.util.Objects;
import org.civic.internal.Fractions;
import org.jspecify.annotations.Nullable;

/**
 * How many sites had each outcome for one requirement — 结果计数. Counts add up: a subtree's
 * counts are the {@link #plus sum} of its parts. Rates are exact fractions, rounded only when
 * asked: PASS, FAIL and INCOMPLETE over the sites where the requirement applies,
 * NOT_APPLICABLE over all sites checked. Shares follow the rules of {@code Coverage} and
 * {@code Ratio}: half-up at an explicit scale, {@link IllegalStateException} when there is no
 * site to take a share of, {@link ArithmeticException} rather than a wrapped sum.
 *
 * <p>Immutable and thread-safe.
 */
public final class OutcomeCounts {

  private static final OutcomeCounts EMPTY = new OutcomeCounts(new long[4]);

  private final long[] counts;

  private OutcomeCounts(long[] counts) {
    this.counts = counts;
  }

  /** Returns the counts of nothing, the identity of {@link #plus}. */
  public static OutcomeCounts empty() {
    return EMPTY;
  }

  /**
   * Obtains counts.
   *
   * @param pass sites that passed
   * @param fail sites that failed
   * @param incomplete sites whose facts were missing
   * @param notApplicable sites the requirement does not apply to
   * @return the counts, not null
   * @throws IllegalArgumentException if a count is negative
   */
  public static OutcomeCounts of(long pass, long fail, long incomplete, long notApplicable) {
    if (pass < 0 || fail < 0 || incomplete < 0 || notApplicable < 0) {
      throw new IllegalArgumentException("outcome counts must not be negative");
    }
    return new OutcomeCounts(new long[] {pass, fail, incomplete, notApplicable});
  }

  /** Obtains counts from an array indexed by {@link Outcome#ordinal()}; the array is copied. */
  static OutcomeCounts ofArray(long[] byOrdinal) {
    return new OutcomeCounts(byOrdinal.clone());
  }

  /** Returns how many sites had an outcome. */
  public long count(Outcome outcome) {
    return counts[outcome.ordinal()];
  }

  /**
   * Returns how many sites were checked.
   *
   * @throws ArithmeticException if the sum exceeds {@code Long.MAX_VALUE}
   */
  public long total() {
    return Math.addExact(applicable(), counts[3]);
  }

  /**
   * Returns how many sites the requirement applies to (all but NOT_APPLICABLE).
   *
   * @throws ArithmeticException if the sum exceeds {@code Long.MAX_VALUE}
   */
  public long applicable() {
    return Math.addExact(Math.addExact(counts[0], counts[1]), counts[2]);
  }

  /**
   * Returns the sum of these counts and others.
   *
   * @throws ArithmeticException if a sum exceeds {@code Long.MAX_VALUE}
   */
  public OutcomeCounts plus(OutcomeCounts other) {
    Objects.requireNonNull(other, "other");
    long[] sum = new long[4];
    for (int i = 0; i < 4; i++) {
      sum[i] = Math.addExact(counts[i], other.counts[i]);
    }
    return new OutcomeCounts(sum);
  }

  /**
   * Returns the share of an outcome as a percentage rounded half-up: PASS, FAIL and INCOMPLETE
   * over the applicable sites, NOT_APPLICABLE over all.
   *
   * @param outcome the outcome, not null
   * @param scale digits after the decimal point, 0 or more
   * @return the percentage, not null
   * @throws IllegalArgumentException if the scale is negative
   * @throws IllegalStateException if the denominator is zero
   */
  public BigDecimal percent(Outcome outcome, int scale) {
    long denominator = outcome == Outcome.NOT_APPLICABLE ? total() : applicable();
    return Fractions.percent(count(outcome), denominator, scale, Fractions.DEFAULT_ROUNDING,
        "no site to take a share of for " + outcome);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OutcomeCounts other && java.util.Arrays.equals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "pass " + counts[0] + ", fail " + counts[1] + ", incomplete " + counts[2]
        + ", not applicable " + counts[3];
  }
}
