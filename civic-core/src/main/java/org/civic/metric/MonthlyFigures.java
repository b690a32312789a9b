package org.civic.metric;

import java.time.Duration;

/**
 * The summed figures of one division in one month — 月度汇总 — as the full roll-up gives them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param activities activities held
 * @param personTimes participation person-times (人次)
 * @param beneficiaries beneficiaries (人次)
 * @param serviceMinutes the volunteers' service time in minutes
 */
public record MonthlyFigures(long activities, long personTimes, long beneficiaries, long serviceMinutes) {

  /** Returns the service time. */
  public Duration serviceTime() {
    return Duration.ofMinutes(serviceMinutes);
  }
}
