package org.civic.volunteer;

import java.time.Duration;
import java.util.Objects;

/**
 * Volunteer figures for a place and a period — 志愿服务数据: how many distinct volunteers took
 * part (参与志愿者, each counted once however often and wherever they served), how many
 * participation person-times (人次, every participation counted), and the service time. The
 * first is a distinct count and the second a total: they are different figures and do not add up
 * the same way.
 *
 * <p>Immutable and thread-safe.
 *
 * @param activeVolunteers distinct volunteers who served, 0 or more
 * @param personTimes participations, at least {@code activeVolunteers}
 * @param serviceTime the total time of actual service, not null
 */
public record VolunteerActivity(long activeVolunteers, long personTimes, Duration serviceTime) {

  /**
   * Creates figures.
   *
   * @throws IllegalArgumentException if a count is negative or the distinct count exceeds the total
   */
  public VolunteerActivity {
    Objects.requireNonNull(serviceTime, "serviceTime");
    if (activeVolunteers < 0 || personTimes < activeVolunteers || serviceTime.isNegative()) {
      throw new IllegalArgumentException("need 0 <= active volunteers <= person-times, got "
          + activeVolunteers + " / " + personTimes);
    }
  }
}
