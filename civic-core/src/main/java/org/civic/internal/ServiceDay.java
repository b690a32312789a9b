package org.civic.internal;

import java.time.Duration;

/**
 * The one rule on service time that activities, service records and logs share: a volunteer
 * serves at most 24 hours on one day (民政部《志愿服务记录与证明出具办法》 counts actual service
 * time). An activity's volunteers together serve at most 24 hours each — or 24 hours with no
 * volunteer recorded.
 *
 * <p>Not for hosts. Stateless and thread-safe.
 */
public final class ServiceDay {

  /** A volunteer's service on one day, at most. */
  public static final Duration MAX = Duration.ofHours(24);

  /** {@link #MAX} in minutes. */
  public static final long MAX_MINUTES = 24 * 60;

  /** The most minutes a {@link Duration} holds, as civic's formats write service time in minutes. */
  public static final long MAX_DURATION_MINUTES = Long.MAX_VALUE / 60;

  private ServiceDay() {}

  /**
   * Tells whether volunteers can have served this long on one activity's day: at most 24 hours
   * each, or 24 hours if none is recorded.
   *
   * @param serviceTime the activity's service time, not negative
   * @param volunteers how many volunteers took part, 0 or more
   */
  public static boolean possible(Duration serviceTime, int volunteers) {
    return serviceTime.compareTo(MAX.multipliedBy(Math.max(1, volunteers))) <= 0;
  }

  /** {@link #possible(Duration, int)} for a service time in whole minutes, 0 to {@link #MAX_DURATION_MINUTES}. */
  public static boolean possibleMinutes(long minutes, int volunteers) {
    return minutes <= MAX_MINUTES * Math.max(1, volunteers);
  }
}
