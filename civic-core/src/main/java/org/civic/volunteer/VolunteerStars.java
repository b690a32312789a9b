package org.civic.volunteer;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * Volunteer star levels — 星级志愿者: one to five stars at thresholds of cumulative service hours.
 * {@link #national()} is the civil-affairs ministry's 2012 rule, 100 / 300 / 600 / 1,000 / 1,500
 * hours; cities use others (Zhangjiagang 30 / 60 / 100 / 200 / 300, Longquanyi 50 / 100 / 200 /
 * 400 / 800), set with {@link #ofHours}.
 *
 * <p>Immutable and thread-safe.
 */
public final class VolunteerStars {

  private static final VolunteerStars NATIONAL = ofHours(100, 300, 600, 1000, 1500);

  private final long[] minutes;

  private VolunteerStars(long[] minutes) {
    this.minutes = minutes;
  }

  /** Returns the national thresholds: 100 / 300 / 600 / 1,000 / 1,500 hours. */
  public static VolunteerStars national() {
    return NATIONAL;
  }

  /**
   * Obtains thresholds in hours for one to five stars.
   *
   * @param oneToFive five ascending, positive hour counts
   * @return the thresholds, not null
   * @throws IllegalArgumentException if there are not five strictly ascending positive values
   */
  public static VolunteerStars ofHours(long... oneToFive) {
    Objects.requireNonNull(oneToFive, "oneToFive");
    if (oneToFive.length != 5) {
      throw new IllegalArgumentException("five thresholds are needed, got " + oneToFive.length);
    }
    long[] m = new long[5];
    for (int i = 0; i < 5; i++) {
      if (oneToFive[i] <= 0 || (i > 0 && oneToFive[i] <= oneToFive[i - 1])) {
        throw new IllegalArgumentException(
            "star thresholds must be positive and strictly ascending, got " + Arrays.toString(oneToFive));
      }
      m[i] = oneToFive[i] * 60;
    }
    return new VolunteerStars(m);
  }

  /**
   * Returns the stars earned by a cumulative service time: 0 below the first threshold, up to 5.
   *
   * @param cumulative the total time of actual service, not negative, not null
   * @return 0 to 5
   * @throws IllegalArgumentException if the time is negative
   */
  public int stars(Duration cumulative) {
    Objects.requireNonNull(cumulative, "cumulative");
    if (cumulative.isNegative()) {
      throw new IllegalArgumentException("cumulative service cannot be negative: " + cumulative);
    }
    long m = cumulative.toMinutes();
    int stars = 0;
    while (stars < 5 && m >= minutes[stars]) {
      stars++;
    }
    return stars;
  }

  /** Returns the hours needed for a number of stars, 1 to 5. */
  public long hoursFor(int stars) {
    if (stars < 1 || stars > 5) {
      throw new IllegalArgumentException("stars must be 1 to 5: " + stars);
    }
    return minutes[stars - 1] / 60;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VolunteerStars v && Arrays.equals(minutes, v.minutes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(minutes);
  }

  @Override
  public String toString() {
    return "VolunteerStars" + Arrays.toString(Arrays.stream(minutes).map(x -> x / 60).toArray());
  }
}
