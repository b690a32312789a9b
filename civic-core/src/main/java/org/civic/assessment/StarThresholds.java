package org.civic.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The totals at which one to five stars begin — 星级评定标准: a total below the first is unrated
 * (0 stars). Exact: a total reaches a threshold when it is at least equal to it.
 *
 * <p>Immutable and thread-safe.
 */
public final class StarThresholds {

  private final List<BigDecimal> thresholds;

  private StarThresholds(List<BigDecimal> thresholds) {
    this.thresholds = thresholds;
  }

  /**
   * Obtains thresholds.
   *
   * @param oneToFive five totals, ascending (equal ones allowed), each 0 or more with at most two
   *     decimal places, not null
   * @return the thresholds, not null
   * @throws IllegalArgumentException if there are not five, or they descend, or one is negative
   */
  public static StarThresholds of(List<BigDecimal> oneToFive) {
    Objects.requireNonNull(oneToFive, "oneToFive");
    if (oneToFive.size() != 5) {
      throw new IllegalArgumentException("five star thresholds are needed, got " + oneToFive.size());
    }
    List<BigDecimal> t = new ArrayList<>(5);
    for (int i = 0; i < 5; i++) {
      BigDecimal p = Points.check("threshold of " + (i + 1) + " stars", oneToFive.get(i));
      if (i > 0 && p.compareTo(t.get(i - 1)) < 0) {
        throw new IllegalArgumentException("star thresholds must ascend, got " + oneToFive);
      }
      t.add(p);
    }
    return new StarThresholds(List.copyOf(t));
  }

  /**
   * Obtains thresholds of whole points.
   *
   * @param one the total for one star
   * @param two the total for two stars
   * @param three the total for three stars
   * @param four the total for four stars
   * @param five the total for five stars
   * @return the thresholds, not null
   * @throws IllegalArgumentException if they descend or one is negative
   */
  public static StarThresholds of(long one, long two, long three, long four, long five) {
    return of(List.of(BigDecimal.valueOf(one), BigDecimal.valueOf(two), BigDecimal.valueOf(three),
        BigDecimal.valueOf(four), BigDecimal.valueOf(five)));
  }

  /** Returns the five thresholds, one to five stars. */
  public List<BigDecimal> thresholds() {
    return thresholds;
  }

  /**
   * Returns the stars a total earns.
   *
   * @param total the total, not null
   * @return 0 (unrated) to 5
   */
  public int stars(BigDecimal total) {
    Objects.requireNonNull(total, "total");
    int stars = 0;
    for (BigDecimal t : thresholds) {
      if (total.compareTo(t) >= 0) {
        stars++;
      }
    }
    return stars;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StarThresholds other && thresholds.equals(other.thresholds);
  }

  @Override
  public int hashCode() {
    return thresholds.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("StarThresholds[");
    for (int i = 0; i < 5; i++) {
      sb.append(i == 0 ? "" : ", ").append(i + 1).append("★ ").append(Points.format(thresholds.get(i)));
    }
    return sb.append(']').toString();
  }
}
