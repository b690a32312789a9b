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
 * activity, for how long, who recorded it, and where its review stands.
 *
 * <p>The 2021 rules on service records and certificates (民政部令第67号) keep "whoever organises,
 * records; whoever records, certifies" (谁组织谁记录，谁记录谁证明). So every record names its
 * {@link Recorder}, the organising team or site (by default the site where the service happened).
 * A record the organiser keeps ({@link #of}) is {@link RecordStatus#APPROVED} at once. A
 * volunteer may report their own hours ({@link #reported}); such a record is
 * {@link RecordStatus#REPORTED} and counts nothing until the recorder {@link #approve()}s it — in
 * full, or in part with {@link #approve(Duration)}, never for more than was reported — or
 * {@link #reject(String)}s it with a reason. Approved and rejected records are final.
 *
 * <p>Time counts actual service; travel is recorded apart and never counts. Reported time is 0 to
 * 24 hours, kept to the minute: a finer time given is rounded to the nearest minute (half up), as
 * the civic JSON formats and a {@link ServiceLog}'s figures carry it. {@link #service()} is the
 * time that counts: the approved time of an approved record, zero otherwise.
 *
 * <p>Immutable and thread-safe.
 */
public final class ServiceRecord {

  private final VolunteerId volunteer;
  private final LocalDate date;
  private final SiteId site;
  private final Recorder recordedBy;
  private final @Nullable String activity;
  private final Duration reported;
  private final Duration approved;
  private final RecordStatus status;
  private final @Nullable String reason;
  private final Duration travel;

  private ServiceRecord(VolunteerId volunteer, LocalDate date, SiteId site, Recorder recordedBy,
      @Nullable String activity, Duration reported, Duration approved, RecordStatus status, @Nullable String reason,
      Duration travel) {
    this.volunteer = volunteer;
    this.date = date;
    this.site = site;
    this.recordedBy = recordedBy;
    this.activity = activity;
    this.reported = toMinute(reported);
    this.approved = toMinute(approved);
    this.status = status;
    this.reason = reason;
    this.travel = toMinute(travel);
  }

  /**
   * A time to the nearest minute, half up: what a record keeps, as the civic JSON formats and every
   * figure of a {@link ServiceLog} carry it — so that the 24-hour rule, the totals and the ranking
   * all count the same minutes, and a log's figures read back equal.
   */
  private static Duration toMinute(Duration d) {
    return d.getSeconds() % 60 == 0 && d.getNano() == 0 ? d : Duration.ofMinutes(d.plusSeconds(30).toMinutes());
  }

  /**
   * Obtains a record kept by the organiser, approved as recorded; the site recorded it (see
   * {@link #withRecorder}).
   *
   * @param volunteer who served, not null
   * @param date the day, not null
   * @param site where, not null
   * @param service the time of actual service, 0 to 24 hours, not null
   * @return the record, not null
   * @throws IllegalArgumentException if the service time is negative or over 24 hours
   */
  public static ServiceRecord of(VolunteerId volunteer, LocalDate date, SiteId site, Duration service) {
    check(volunteer, date, site);
    checkDay("service", service, volunteer, date);
    return new ServiceRecord(volunteer, date, site, Recorder.ofSite(site), null, service, service,
        RecordStatus.APPROVED, null, Duration.ZERO);
  }

  /**
   * Obtains a record kept by the organiser from hours, such as {@code 2.5}.
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
    if (hours < 0 || hours > 24) { // before rounding: -0.005 would round to 0, and 1e16 overflow a Duration
      throw new IllegalArgumentException("service hours of volunteer " + volunteer + " on " + date
          + " must not be negative and at most 24 hours, got " + hours);
    }
    return of(volunteer, date, site, Duration.ofMinutes(Math.round(hours * 60)));
  }

  /**
   * Obtains a volunteer's own report of service (志愿者自行申报), awaiting the recorder's review;
   * the site recorded it (see {@link #withRecorder}). It counts nothing until approved.
   *
   * @param volunteer who served, not null
   * @param date the day, not null
   * @param site where, not null
   * @param claimed the time of actual service reported, 0 to 24 hours, not null
   * @return the record, in {@link RecordStatus#REPORTED}, not null
   * @throws IllegalArgumentException if the time is negative or over 24 hours
   */
  public static ServiceRecord reported(VolunteerId volunteer, LocalDate date, SiteId site, Duration claimed) {
    check(volunteer, date, site);
    checkDay("reported service", claimed, volunteer, date);
    return new ServiceRecord(volunteer, date, site, Recorder.ofSite(site), null, claimed, Duration.ZERO,
        RecordStatus.REPORTED, null, Duration.ZERO);
  }

  private static void check(VolunteerId volunteer, LocalDate date, SiteId site) {
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(site, "site");
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

  /**
   * Returns a copy of this record approved for all the time reported. A record the organiser
   * kept is approved already.
   *
   * @return the approved record, not null
   * @throws IllegalReviewException if the record is not {@link RecordStatus#REPORTED}
   */
  public ServiceRecord approve() {
    return approve(reported);
  }

  /**
   * Returns a copy of this record approved for part or all of the time reported (核定时长).
   *
   * @param time the approved time, 0 to the reported time, not null
   * @return the approved record, not null
   * @throws IllegalReviewException if the record is not {@link RecordStatus#REPORTED}
   * @throws IllegalArgumentException if the time is negative or more than was reported
   */
  public ServiceRecord approve(Duration time) {
    Objects.requireNonNull(time, "time");
    review(RecordStatus.APPROVED);
    if (time.isNegative() || time.compareTo(reported) > 0) {
      throw new IllegalArgumentException("approved time of volunteer " + volunteer + " on " + date
          + " must be 0 to the " + reported + " reported, got " + time);
    }
    return new ServiceRecord(volunteer, date, site, recordedBy, activity, reported, time, RecordStatus.APPROVED, null,
        travel);
  }

  /**
   * Returns a copy of this record rejected, with the reason (驳回理由).
   *
   * @param reason why, not null or blank
   * @return the rejected record, not null
   * @throws IllegalReviewException if the record is not {@link RecordStatus#REPORTED}
   * @throws IllegalArgumentException if the reason is blank
   */
  public ServiceRecord reject(String reason) {
    Objects.requireNonNull(reason, "reason");
    review(RecordStatus.REJECTED);
    if (reason.isBlank()) {
      throw new IllegalArgumentException("rejecting the record of volunteer " + volunteer + " on " + date
          + " needs a reason");
    }
    return new ServiceRecord(volunteer, date, site, recordedBy, activity, reported, Duration.ZERO,
        RecordStatus.REJECTED, reason, travel);
  }

  private void review(RecordStatus to) {
    if (!status.next().contains(to)) {
      throw new IllegalReviewException(toString(), status, to);
    }
  }

  /**
   * Returns a copy of this record naming who recorded it: the organising team or site.
   *
   * @param recorder the recorder, not null
   * @return the copy, or this record if the recorder is the same, not null
   */
  public ServiceRecord withRecorder(Recorder recorder) {
    Objects.requireNonNull(recorder, "recorder");
    return recorder.equals(recordedBy) ? this
        : new ServiceRecord(volunteer, date, site, recorder, activity, reported, approved, status, reason, travel);
  }

  /**
   * Returns a copy of this record naming the activity (an activity id).
   *
   * @throws IllegalArgumentException if the id is blank
   */
  public ServiceRecord withActivity(String activity) {
    Objects.requireNonNull(activity, "activity");
    if (activity.isBlank()) {
      throw new IllegalArgumentException("an activity id must not be blank");
    }
    return new ServiceRecord(volunteer, date, site, recordedBy, activity, reported, approved, status, reason, travel);
  }

  /**
   * Returns a copy of this record with the travel time, which is kept but never counts.
   *
   * @throws IllegalArgumentException if negative or over 24 hours
   */
  public ServiceRecord withTravel(Duration travel) {
    checkDay("travel", travel, volunteer, date);
    return new ServiceRecord(volunteer, date, site, recordedBy, activity, reported, approved, status, reason, travel);
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

  /** Returns who recorded the service and may certify it: the organising team or site. */
  public Recorder recordedBy() {
    return recordedBy;
  }

  /** Returns the activity's id, if recorded. */
  public Optional<String> activity() {
    return Optional.ofNullable(activity);
  }

  /** Returns where the record's review stands. */
  public RecordStatus status() {
    return status;
  }

  /** Tells whether the record counts: whether it is approved. */
  public boolean counts() {
    return status == RecordStatus.APPROVED;
  }

  /**
   * Returns the time of actual service as recorded or reported — the most that can be approved.
   */
  public Duration recordedTime() {
    return reported;
  }

  /**
   * Returns the time that counts: the approved time of an approved record, zero for one that is
   * reported or rejected. Never more than {@link #recordedTime()}.
   */
  public Duration service() {
    return approved;
  }

  /** Returns the reason of a rejected record. */
  public Optional<String> rejectionReason() {
    return Optional.ofNullable(reason);
  }

  /** Returns the travel time, which does not count. */
  public Duration travel() {
    return travel;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ServiceRecord r && volunteer.equals(r.volunteer) && date.equals(r.date)
        && site.equals(r.site) && recordedBy.equals(r.recordedBy) && Objects.equals(activity, r.activity)
        && reported.equals(r.reported) && approved.equals(r.approved) && status == r.status
        && Objects.equals(reason, r.reason) && travel.equals(r.travel);
  }

  @Override
  public int hashCode() {
    return Objects.hash(volunteer, date, site, recordedBy, activity, reported, approved, status, reason, travel);
  }

  @Override
  public String toString() {
    return volunteer + " " + date + " @" + site + " " + reported + (activity == null ? "" : " " + activity) + " "
        + status + (status == RecordStatus.APPROVED && !approved.equals(reported) ? " " + approved : "")
        + " by " + recordedBy;
  }
}
