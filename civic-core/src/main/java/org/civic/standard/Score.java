package org.civic.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A site's weighted score — 得分: points earned (weights of the requirements passed) out of
 * points possible (weights of the requirements that apply). Kept exact; rounded only on request.
 *
 * <p>Immutable and thread-safe.
 */
public final class Score {

  private final long earned;
  private final long possible;

  private Score(long earned, long possible) {
    this.earned = earned;
    this.possible = possible;
  }

  /**
   * Obtains a score.
   *
   * @param earned the points earned, 0 ≤ earned ≤ possible
   * @param possible the points possible
   * @return the score, not null
   * @throws IllegalArgumentException if the points are out of range
   */
  public static Score of(long earned, long possible) {
    if (earned < 0 || possible < 0 || earned > possible) {
      throw new IllegalArgumentException("a score needs 0 <= earned <= possible, got " + earned + " / " + possible);
    }
    return new Score(earned, possible);
  }

  /** Returns the points earned. */
  public long earned() {
    return earned;
  }

  /** Returns the points possible. */
  public long possible() {
    return possible;
  }

  /**
   * Returns the score out of 100, rounded half-up; 0 when nothing applies.
   *
   * @param scale digits after the decimal point, 0 or more
   * @return the score, 0 to 100, not null
   */
  public BigDecimal percent(int scale) {
    if (possible == 0) {
      return BigDecimal.ZERO.setScale(scale);
    }
    return BigDecimal.valueOf(earned * 100).divide(BigDecimal.valueOf(possible), scale, RoundingMode.HALF_UP);
  }

  /** Tells whether the score reaches a percentage, exactly (no rounding). */
  boolean reaches(BigDecimal percent) {
    return possible > 0 && BigDecimal.valueOf(earned * 100).compareTo(percent.multiply(BigDecimal.valueOf(possible))) >= 0;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Score other && earned == other.earned && possible == other.possible;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(earned) * 31 + Long.hashCode(possible);
  }

  @Override
  public String toString() {
    return earned + "/" + possible;
  }
}
