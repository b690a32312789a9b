package org.civic.volunteer;

import java.time.Duration;
import java.util.Objects;

/**
 * One line of a ranking by hours — 志愿服务时长排名: a volunteer, their rank, the time of their
 * approved service in the period and the records it comes from.
 *
 * <p>Rankings ({@link ServiceLog#ranking}) put more time first; volunteers with the same time share
 * a rank (standard competition ranking: 1, 2, 2, 4) and are listed by {@link VolunteerId} text
 * order, so the same records always give the same list.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rank 1 for the most time; equal times share a rank
 * @param volunteer the volunteer, not null
 * @param serviceTime the approved time of actual service, positive, not null
 * @param records how many approved records it adds up, 1 or more
 */
public record VolunteerHours(int rank, VolunteerId volunteer, Duration serviceTime, long records) {

  /**
   * Creates a line.
   *
   * @throws IllegalArgumentException if the rank or the records are below 1, or the time is not positive
   */
  public VolunteerHours {
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(serviceTime, "serviceTime");
    if (rank < 1 || records < 1 || serviceTime.isNegative() || serviceTime.isZero()) {
      throw new IllegalArgumentException("need rank >= 1, records >= 1 and a positive time, got " + rank + ", "
          + records + ", " + serviceTime);
    }
  }
}
