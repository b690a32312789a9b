package org.civic.volunteer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.civic.internal.ServiceDay;
import org.civic.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * One piece of volunteer service — 志愿服务记录: who, on which day, at which site, in which
 * activity, and for how long. Service time counts actual service; travel is recorded apart and
 * never counts ("whoever organises, records").
 *
 * <p>Immutable and thread-safe.
 */
public final class ServiceRecord {

  private final VolunteerId volunteer;
  private final LocalDate date;
  private final SiteId site;
  private final @Nullable String activity;
  private final Duration service;
  private final Duration travel;

  private ServiceRecord(VolunteerId volunteer, LocalDate date, SiteId site, @Nullable String activity,
      Duration service, Duration travel) {
    this.volunteer = volunteer;
    this.date = date;
    this.site = site;
    this.activity = activity;
    this.service = service;
    this.travel = travel;
  }

  /**
   * Obtains a record.
   *
   * @param volunteer who served, not null
   * @param date the day, not null
   * @param site where, not null
   * @param service the time of actual service, 0 to 24 hours, not null
   * @return the record, not null
   * @throws IllegalArgumentException if the service time is negative or over 24 hours
   */
  public static ServiceRecord of(VolunteerId volunteer, LocalDate date, SiteId site, Duration service) {
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(site, "site");
    checkDay("service", service, volunteer, date);
    return new ServiceRecord(volunteer, date, site, null, service, Duration.ZERO);
  }

  /**
   * Obtains a record from hours, such as {@code 2.5}.
   *
   * @param volunteer who served, not null
   * @param date the day, not null
   * @param site where, not null
   * @param hours the hours of actual service, 0 to 24 (to the minute)
   * @return the record, not null
   * @throws IllegalArgumentException if the hours are negative, over 24 or not finite
   */
  public static ServiceRecord ofHours(VolunteerId volunteer, LocalDate date, SiteId site, double hours) {
    if (!Double.isFinite(hours)) {
      throw new IllegalArgumentException("service hours of volunteer " + volunteer + " on " + date
          + " must be a number, got " + hours);
    }
    return of(volunteer, date, site, Duration.ofMinutes(Math.round(hours * 60)));
  }

  private static void checkDay(String what, Duration d, VolunteerId volunteer, LocalDate date) {
    Objects.requireNonNull(d, what);
    if (d.isNegative()) {
      throw new IllegalArgumentException(what + " time of volunteer " + volunteer + " on " + date
          + " must not be negative: " + d);
    }
    if (d.compareTo(ServiceDay.MAX) > 0) {
      throw new IllegalArgumentException(what + " time of volunteer " + volunteer + " on " + date
          + " must be at most 24 hours: " + d);
    }
  }

  /** Returns a copy of this record naming the activity (an activity id). */
  public ServiceRecord withActivity(String activity) {
    Objects.requireNonNull(activity, "activity");
    if (activity.isBlank()) {
      throw new IllegalArgumentException("an activity id must not be blank");
    }
    return new ServiceRecord(volunteer, date, site, activity, service, travel);
  }

  /**
   * Returns a copy of this record with the travel time, which is kept but never counts.
   *
   * @throws IllegalArgumentException if negative or over 24 hours
   */
  public ServiceRecord withTravel(Duration travel) {
    checkDay("travel", travel, volunteer, date);
    return new ServiceRecord(volunteer, date, site, activity, service, travel);
  }

  /** Returns who served. */
  public VolunteerId volunteer() {
    return volunteer;
  }

  /** Returns the day. */
  public LocalDate date() {
    return date;
  }

  /** Returns where. */
  public SiteId site() {
    return site;
  }

  /** Returns the activity's id, if recorded. */
  public Optional<String> activity() {
    return Optional.ofNullable(activity);
  }

  /** Returns the time of actual service, which is what counts. */
  public Duration service() {
    return service;
  }

  /** Returns the travel time, which does not count. */
  public Duration travel() {
    return travel;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ServiceRecord r && volunteer.equals(r.volunteer) && date.equals(r.date)
        && site.equals(r.site) && Objects.equals(activity, r.activity) && service.equals(r.service)
        && travel.equals(r.travel);
  }

  @Override
  public int hashCode() {
    return Objects.hash(volunteer, date, site, activity, service, travel);
  }

  @Override
  public String toString() {
    return volunteer + " " + date + " @" + site + " " + service + (activity == null ? "" : " " + activity);
  }
}
