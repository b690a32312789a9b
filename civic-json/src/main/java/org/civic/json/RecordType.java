package org.civic.json;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.civic.activity.Activity;
import org.civic.assessment.AssessmentTable;
import org.civic.assessment.Inspection;
import org.civic.division.Division;
import org.civic.json.internal.ActivityCodec;
import org.civic.json.internal.AssessmentTableCodec;
import org.civic.json.internal.Cursor;
import org.civic.json.internal.DivisionCodec;
import org.civic.json.internal.GridCodec;
import org.civic.json.internal.InspectionCodec;
import org.civic.json.internal.OrganisationCodec;
import org.civic.json.internal.OrderCodec;
import org.civic.json.internal.ServiceRecordCodec;
import org.civic.json.internal.SiteCodec;
import org.civic.json.internal.TeamCodec;
import org.civic.json.internal.VolunteerCodec;
import org.civic.order.ServiceOrder;
import org.civic.site.Site;
import org.civic.team.GridGroup;
import org.civic.team.Organisation;
import org.civic.team.Team;
import org.civic.team.TeamRules;
import org.civic.volunteer.ServiceRecord;
import org.civic.volunteer.Volunteer;
import org.jspecify.annotations.Nullable;

/**
 * The record types of civic JSON Lines, each with its {@code "type"} name, how it is read after
 * its type, and which {@link RecordSink} method receives it: the one table the exact and the
 * fast path dispatch on.
 */
enum RecordType {
  DIVISION("division", DivisionCodec::read, (s, v) -> s.division((Division) v)),
  SITE("site", SiteCodec::read, (s, v) -> s.site((Site) v)),
  TEAM("team", TeamCodec::read, (s, v) -> s.team((Team) v)),
  GRID("grid", GridCodec::read, (s, v) -> s.grid((GridGroup) v)),
  ORGANISATION("organisation", OrganisationCodec::read, (s, v) -> s.organisation((Organisation) v)),
  VOLUNTEER("volunteer", VolunteerCodec::read, (s, v) -> s.volunteer((Volunteer) v)),
  ACTIVITY("activity", ActivityCodec::read, (s, v) -> s.activity((Activity) v)),
  ORDER("order", OrderCodec::read, (s, v) -> s.order((ServiceOrder) v)),
  STANDARD("standard", CivicJson::readProfile, (s, v) -> s.profile((StandardProfile) v)),
  TEAM_RULES("teamRules", TeamCodec::readRules, (s, v) -> s.teamRules((TeamRules) v)),
  ASSESSMENT_TABLE("assessmentTable", AssessmentTableCodec::read, (s, v) -> s.assessmentTable((AssessmentTable) v)),
  INSPECTION("inspection", InspectionCodec::read, (s, v) -> s.inspection((Inspection) v)),
  SERVICE_RECORD("serviceRecord", ServiceRecordCodec::read, (s, v) -> s.serviceRecord((ServiceRecord) v));

  /** The types' names as a problem's "expected" lists them. */
  static final String NAMES =
      "division, site, team, grid, organisation, volunteer, activity, order, standard, teamRules, assessmentTable,"
          + " inspection or serviceRecord";

  private final String json;
  private final Function<Cursor, @Nullable Object> reader;
  private final BiConsumer<RecordSink, Object> delivery;

  RecordType(String json, Function<Cursor, @Nullable Object> reader, BiConsumer<RecordSink, Object> delivery) {
    this.json = json;
    this.reader = reader;
    this.delivery = delivery;
  }

  /** Returns the type's name, the value of a record's {@code "type"}. */
  String json() {
    return json;
  }

  /** Returns the type of a {@code "type"} value, or null if there is none. */
  static @Nullable RecordType named(String type) {
    for (RecordType t : values()) {
      if (t.json.equals(type)) {
        return t;
      }
    }
    return null;
  }

  /** Reads a record of this type; null (after reporting to the cursor) if it is not good. */
  @Nullable Object read(Cursor c) {
    return reader.apply(c);
  }

  /** Hands a record of this type to the sink. */
  void deliver(RecordSink sink, Object value) {
    delivery.accept(sink, value);
  }
}
