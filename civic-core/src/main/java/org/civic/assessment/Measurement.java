package org.civic.assessment;

import java.math.BigDecimal;
import org.civic.internal.Fractions;
import org.jspecify.annotations.Nullable;

/**
 * A measured value a sub-item is judged by — 测量值: a share (part of a whole, such as the staff
 * who are registered volunteers out of all staff) or a count (such as the months with at least
 * one activity). Exact; a share is compared with a percentage without rounding.
 *
 * <p>Immutable and thread-safe.
 */
public final class Measurement {

  /**
   * The id of the measure "months of a year with at least one activity" (每月开展活动), the basis of
   * a monthly-activity sub-item; {@link Evidence#withMonthsWithActivities} computes it.
   */
  public static final String MONTHS_WITH_ACTIVITIES = "months-with-activities";

  private final long part;
  private final long whole;
  private final boolean share;

  private Measurement(long part, long whole, boolean share) {
    this.part = part;
    this.whole = whole;
    this.share = share;
  }

  /**
   * Obtains a share.
   *
   * @param part the part, 0 or more
   * @param whole the whole, at least the part
   * @return the share, not null
   * @throws IllegalArgumentException if the part is negative or more than the whole
   */
  public static Measurement share(long part, long whole) {
    if (part < 0 || part > whole) {
      throw new IllegalArgumentException("a share needs 0 <= part <= whole, got " + part + " / " + whole);
    }
    return new Measurement(part, whole, true);
  }

  /**
   * Obtains a count.
   *
   * @param count the count, 0 or more
   * @return the count, not null
   * @throws IllegalArgumentException if the count is negative
   */
  public static Measurement count(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count must not be negative: " + count);
    }
    return new Measurement(count, 1, false);
  }

  /** Tells whether this is a share (else a count). */
  public boolean isShare() {
    return share;
  }

  /** Returns the part of a share, or the count. */
  public long part() {
    return part;
  }

  /** Returns the whole of a share, 1 for a count. */
  public long whole() {
    return whole;
  }

  /** Tells whether this value reaches a threshold: a percentage for a share, a count for a count. */
  boolean reaches(BigDecimal threshold) {
    if (share) {
      return Fractions.reaches(part, whole, threshold);
    }
    return BigDecimal.valueOf(part).compareTo(threshold) >= 0;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Measurement other && part == other.part && whole == other.whole && share == other.share;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(part) * 31 + Long.hashCode(whole) + (share ? 1 : 0);
  }

  /** Returns {@code part/whole (p%)} for a share, such as {@code 72/100 (72.0%)}, or the count. */
  @Override
  public String toString() {
    if (!share) {
      return Long.toString(part);
    }
    return part + "/" + whole + (whole == 0 ? "" : " (" + Fractions.formatPercent(
        Fractions.percent(part, whole, 1, Fractions.DEFAULT_ROUNDING, "")) + ")");
  }
}
