package org.civic.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.civic.internal.Fractions;
import org.jspecify.annotations.Nullable;

/**
 * A site's weighted score — 得分: points earned (weights of the requirements passed) out of
 * points possible (weights of the requirements that apply). Kept exact; rounded only on request.
 *
 * <p>Empty input: a score where nothing applies (0 / 0, the only score whose possible points are
 * 0) has no value. {@link #isEmpty()} tells; {@link #percent} throws
 * {@link IllegalStateException} on it, as Guava's {@code Stats.mean()} does on an empty set —
 * the same rule as {@code Coverage}, {@code Ratio} and {@code Mean}. Such a score reaches no
 * star threshold ({@link Scoring#stars} gives 0, unrated).
 *
 * <p>Rounding: only when read, at an explicit scale, {@link RoundingMode#HALF_UP} unless a
 * {@link RoundingMode} is given; computed in {@link BigDecimal}, so nothing overflows.
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
   * @param possible the points possible, 0 or more
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

  /** Tells whether nothing applies (0 points possible), so that there is no score to read. */
  public boolean isEmpty() {
    return possible == 0;
  }

  /**
   * Returns the score out of 100, rounded half-up: 2 of 3 at scale 1 is 66.7.
   *
   * @param scale digits after the decimal point, 0 or more
   * @return the score, 0 to 100, not null
   * @throws IllegalArgumentException if the scale is negative
   * @throws IllegalStateException if the score is empty (nothing applies)
   */
  public BigDecimal percent(int scale) {
    return percent(scale, Fractions.DEFAULT_ROUNDING);
  }

  /**
   * Returns the score out of 100, rounded to a scale with a rounding mode.
   *
   * @param scale digits after the decimal point, 0 or more
   * @param rounding the rounding mode, not null
   * @return the score, 0 to 100, not null
   * @throws IllegalArgumentException if the scale is negative
   * @throws IllegalStateException if the score is empty (nothing applies)
   * @throws ArithmeticException if the rounding is {@link RoundingMode#UNNECESSARY} and the score
   *     is not exact at the scale
   */
  public BigDecimal percent(int scale, RoundingMode rounding) {
    return Fractions.percent(earned, possible, scale, rounding, "a score where nothing applies (0/0) has no value");
  }

  /** Tells whether the score reaches a percentage, exactly (no rounding); an empty score reaches none. */
  boolean reaches(BigDecimal percent) {
    return Fractions.reaches(earned, possible, Objects.requireNonNull(percent, "percent"));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Score other && earned == other.earned && possible == other.possible;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(earned) * 31 + Long.hashCode(possible);
  }

  /** Returns {@code earned/possible}, such as {@code 5/6}. */
  @Override
  public String toString() {
    return earned + "/" + possible;
  }
}
