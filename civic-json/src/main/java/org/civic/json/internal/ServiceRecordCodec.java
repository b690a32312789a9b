package org.civic.json.internal;

import static org.civic.json.internal.Codecs.build;
import static org.civic.json.internal.Codecs.date;
import static org.civic.json.internal.Codecs.enumValue;
import static org.civic.json.internal.Codecs.parse;
import static org.civic.json.internal.Codecs.siteId;

import java.time.Duration;
import java.time.LocalDate;
import org.civic.internal.ServiceDay;
import org.civic.site.SiteId;
import org.civic.team.TeamId;
import org.civic.volunteer.RecordStatus;
import org.civic.volunteer.Recorder;
import org.civic.volunteer.ServiceRecord;
import org.civic.volunteer.VolunteerId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes a service record (志愿服务记录) in the {@code civic/1} layout:
 * {@code volunteer}, {@code date}, {@code site}, {@code serviceMinutes} (the time recorded or
 * reported), and optionally {@code recordedBy} ({@code {"team": id}} or {@code {"site": id}}; the
 * site by default), {@code activity}, {@code travelMinutes}, {@code status} ({@code APPROVED} by
 * default, {@code REPORTED}, {@code REJECTED}), {@code approvedMinutes} (approved records only; all
 * of {@code serviceMinutes} by default) and {@code reason} (rejected records only, required there).
 * Reads report every problem to the {@link Cursor} and return null for a bad record; writes never
 * fail on a valid model.
 *
 * <p>Not for hosts. Stateless and thread-safe.
 */
public final class ServiceRecordCodec {

  /** The record's fields, as a problem's "expected" lists them. */
  static final String FIELDS =
      "volunteer, date, site, recordedBy, activity, serviceMinutes, travelMinutes, status, approvedMinutes, reason";

  private ServiceRecordCodec() {}

  private static @Nullable Recorder recorder(Cursor c) {
    Cursor.Mark at = c.mark();
    var v = new Object() {
      TeamId team;
      SiteId site;
      /** The recorders named: an unknown field is not one (a warning when lenient). */
      int recorders;
    };
    if (!c.object(n -> {
      switch (n) {
        case "team" -> {
          v.recorders++;
          v.team = parse(c, c.string(), TeamId::of, "json.bad-id", "a team id");
        }
        case "site" -> {
          v.recorders++;
          v.site = siteId(c);
        }
        default -> c.unknown(n, "team or site");
      }
    })) {
      return null;
    }
    if (v.recorders != 1 || (v.team == null && v.site == null)) {
      if (!c.bad()) {
        c.error("json.invalid-record", at, "recordedBy names " + (v.recorders == 0 ? "no one" : "more than one recorder"),
            "exactly one of {\"team\": id} or {\"site\": id}");
      }
      return null;
    }
    return v.team != null ? Recorder.ofTeam(v.team) : Recorder.ofSite(v.site);
  }

  /** Reads a service record. */
  public static @Nullable ServiceRecord read(Cursor c) {
    Cursor.Mark at = c.mark();
    var f = new Object() {
      VolunteerId volunteer;
      LocalDate date;
      SiteId site;
      Recorder recorder;
      String activity;
      Long minutes;
      Long travel;
      RecordStatus status;
      Long approved;
      String reason;
    };
    if (!c.object(n -> {
      switch (n) {
        case "volunteer" -> f.volunteer = parse(c, c.string(), VolunteerId::of, "json.bad-id", "a volunteer id");
        case "date" -> f.date = date(c);
        case "site" -> f.site = siteId(c);
        case "recordedBy" -> f.recorder = recorder(c);
        case "activity" -> f.activity = c.text();
        case "serviceMinutes" -> f.minutes = c.integer(0, ServiceDay.MAX_MINUTES);
        case "travelMinutes" -> f.travel = c.integer(0, ServiceDay.MAX_MINUTES);
        case "status" -> f.status = enumValue(c, RecordStatus.class);
        case "approvedMinutes" -> f.approved = c.integer(0, ServiceDay.MAX_MINUTES);
        case "reason" -> f.reason = c.text();
        case "type" -> c.string();
        default -> c.unknown(n, FIELDS);
      }
    })) {
      return null;
    }
    if (c.bad() | c.missing(at, "volunteer", f.volunteer) | c.missing(at, "date", f.date)
        | c.missing(at, "site", f.site) | c.missing(at, "serviceMinutes", f.minutes)) {
      return null;
    }
    RecordStatus status = f.status == null ? RecordStatus.APPROVED : f.status;
    if (f.approved != null && status != RecordStatus.APPROVED) {
      c.error("json.invalid-record", at, "a " + status + " record has approvedMinutes",
          "approvedMinutes only on an APPROVED record");
      return null;
    }
    if (f.approved != null && f.approved > f.minutes) {
      c.error("service.approved-over-reported", at, "approvedMinutes " + f.approved + " exceed the "
          + f.minutes + " serviceMinutes recorded", "approvedMinutes from 0 to serviceMinutes");
      return null;
    }
    if ((f.reason != null) != (status == RecordStatus.REJECTED)) {
      c.error("json.invalid-record", at, f.reason == null ? "a REJECTED record has no reason"
          : "a " + status + " record has a reason", "a reason on a REJECTED record, and only there");
      return null;
    }
    return build(c, at, () -> {
      ServiceRecord r = ServiceRecord.reported(f.volunteer, f.date, f.site, Duration.ofMinutes(f.minutes));
      r = switch (status) {
        case REPORTED -> r;
        case APPROVED -> f.approved == null ? r.approve() : r.approve(Duration.ofMinutes(f.approved));
        case REJECTED -> r.reject(f.reason);
      };
      if (f.recorder != null) {
        r = r.withRecorder(f.recorder);
      }
      if (f.activity != null) {
        r = r.withActivity(f.activity);
      }
      return f.travel == null ? r : r.withTravel(Duration.ofMinutes(f.travel));
    });
  }

  /** Writes a service record's fields. */
  public static void writeFields(JsonGenerator g, ServiceRecord r) {
    g.writeStringProperty("volunteer", r.volunteer().value());
    g.writeStringProperty("date", r.date().toString());
    g.writeStringProperty("site", r.site().value());
    g.writeName("recordedBy");
    g.writeStartObject();
    r.recordedBy().team().ifPresent(t -> g.writeStringProperty("team", t.value()));
    r.recordedBy().site().ifPresent(s -> g.writeStringProperty("site", s.value()));
    g.writeEndObject();
    r.activity().ifPresent(a -> g.writeStringProperty("activity", a));
    g.writeNumberProperty("serviceMinutes", r.recordedTime().toMinutes());
    if (!r.travel().isZero()) {
      g.writeNumberProperty("travelMinutes", r.travel().toMinutes());
    }
    g.writeStringProperty("status", r.status().name());
    if (r.counts() && !r.service().equals(r.recordedTime())) {
      g.writeNumberProperty("approvedMinutes", r.service().toMinutes());
    }
    r.rejectionReason().ifPresent(reason -> g.writeStringProperty("reason", reason));
  }
}
