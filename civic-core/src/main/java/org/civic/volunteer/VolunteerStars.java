package org.civic.volunteer;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Volunteer star levels — 星级志愿者: one to five stars at thresholds of cumulative hours of
 * actual service (travel excluded). {@link #national()}, the default, is the civil-affairs
 * ministry's 2012 rule on volunteer service records (and the community-volunteer registration
 * rules): 100 / 300 / 600 / 1,000 / 1,500 hours. A county or city sets its own with
 * {@link #ofHours}; {@link #zhangjiagang()} is Zhangjiagang's published ladder, 30 / 60 / 100 /
 * 200 / 300 hours (others: Chengdu Longquanyi 50 / 100 / 200 / 400 / 800 hours, plus points).
 * A county's ladder may also be written as text, {@code 30/60/100/200/300}: {@link #parse} reads
 * what {@link #toString()} prints.
 *
 * <p>Immutable and thread-safe.
 */
public final class VolunteerStars {

  private static final VolunteerStars NATIONAL = ofHours(100, 300, 600, 1000, 1500);
  private static final VolunteerStars ZHANGJIAGANG = ofHours(30, 60, 100, 200, 300);

  private final long[] minutes;

  private VolunteerStars(long[] minutes) {
    this.minutes = minutes;
  }

  /** Returns the national thresholds: 100 / 300 / 600 / 1,000 / 1,500 hours. */
  public static VolunteerStars national() {
    return NATIONAL;
  }

  /** Returns Zhangjiagang's thresholds (张家港市星级志愿者): 30 / 60 / 100 / 200 / 300 hours. */
  public static VolunteerStars zhangjiagang() {
    return ZHANGJIAGANG;
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
      if (oneToFive[i] > Long.MAX_VALUE / 60) { // in minutes it would wrap negative
        throw new IllegalArgumentException("star thresholds must be at most " + Long.MAX_VALUE / 60
            + " hours, got " + Arrays.toString(oneToFive));
      }
      m[i] = oneToFive[i] * 60;
    }
    return new VolunteerStars(m);
  }

  /**
   * Obtains thresholds from text such as {@code 30/60/100/200/300}: five whole hour counts, strictly
   * ascending and positive, separated by {@code /}.
   *
   * @param text the text, not null
   * @return the thresholds, not null
   * @throws IllegalArgumentException if the text is not five such counts; the message names the text
   */
  public static VolunteerStars parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.toString().split("/", -1);
    if (parts.length != 5) {
      throw new IllegalArgumentException("star thresholds \"" + text + "\": expected five hour counts such as "
          + "30/60/100/200/300, got " + parts.length + " part" + (parts.length == 1 ? "" : "s"));
    }
    long[] hours = new long[5];
    for (int i = 0; i < 5; i++) {
      String p = parts[i].strip();
      if (p.isEmpty() || p.length() > 9 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new IllegalArgumentException("star thresholds \"" + text + "\": expected whole hours, got \"" + parts[i]
            + "\" at position " + (i + 1));
      }
      hours[i] = Long.parseLong(p);
    }
    return ofHours(hours);
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

  /**
   * Returns the hours needed for a number of stars, 1 to 5.
   *
   * @throws IllegalArgumentException if stars is not 1 to 5
   */
  public long hoursFor(int stars) {
    if (stars < 1 || stars > 5) {
      throw new IllegalArgumentException("stars must be 1 to 5: " + stars);
    }
    return minutes[stars - 1] / 60;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof VolunteerStars v && Arrays.equals(minutes, v.minutes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(minutes);
  }

  /** Returns the thresholds as hours, such as {@code 100/300/600/1000/1500}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (long m : minutes) {
      sb.append(sb.length() == 0 ? "" : "/").append(m / 60);
    }
    return sb.toString();
  }
}
