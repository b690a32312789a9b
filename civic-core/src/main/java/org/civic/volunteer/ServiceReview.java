package org.civic.volunteer;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the review of service records stands — 志愿服务记录审核情况: how many records are
 * awaiting review, approved and rejected, the time they record or report, and the time approved.
 * Approved time never exceeds recorded time: an approval is for at most what was reported.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pending records reported and awaiting review (待审核), 0 or more
 * @param approved records approved, or kept by the organiser (已审核), 0 or more
 * @param rejected records rejected (已驳回), 0 or more
 * @param recordedTime the time of every record as recorded or reported, not null
 * @param approvedTime the time that counts, at most {@code recordedTime}, not null
 */
public record ServiceReview(long pending, long approved, long rejected, Duration recordedTime, Duration approvedTime) {

  /**
   * Creates figures.
   *
   * @throws IllegalArgumentException if a count or time is negative or the approved time exceeds the recorded
   */
  public ServiceReview {
    Objects.requireNonNull(recordedTime, "recordedTime");
    Objects.requireNonNull(approvedTime, "approvedTime");
    if (pending < 0 || approved < 0 || rejected < 0 || approvedTime.isNegative()
        || approvedTime.compareTo(recordedTime) > 0) {
      throw new IllegalArgumentException("need counts >= 0 and 0 <= approved time <= recorded time, got "
          + pending + "/" + approved + "/" + rejected + ", " + approvedTime + " of " + recordedTime);
    }
  }

  /** Returns how many records there are in all. */
  public long records() {
    return pending + approved + rejected;
  }
}
