package org.civic.json.internal;

import static org.civic.json.internal.Codecs.build;
import static org.civic.json.internal.Codecs.date;
import static org.civic.json.internal.Codecs.parse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.civic.assessment.Inspection;
import org.civic.assessment.Mark;
import org.civic.assessment.Subject;
import org.civic.site.SiteId;
import org.civic.team.TeamId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes an assessor's visit (测评打分记录) in the {@code civic/1} layout:
 * {@code {"table", "site" | "team", "date", "assessor", "marks": {"1.1": {"points", "note"}, …}}}.
 * Reads report every problem to the {@link Cursor} (a bad mark at its own JSON Pointer) and return
 * null for a bad record; writes never fail on a valid model.
 *
 * <p>Not for hosts. Stateless and thread-safe.
 */
public final class InspectionCodec {

  private InspectionCodec() {}

  /** Reads an inspection. */
  public static @Nullable Inspection read(Cursor c) {
    Cursor.Mark at = c.mark();
    var f = new Object() {
      String table;
      Subject.Kind kind;
      String subject;
      LocalDate date;
      String assessor;
      Map<String, Mark> marks;
    };
    boolean[] twice = {false};
    if (!c.object(n -> {
      switch (n) {
        case "table" -> f.table = c.text();
        case "site", "team" -> {
          Subject.Kind kind = n.equals("site") ? Subject.Kind.SITE : Subject.Kind.TEAM;
          String id = n.equals("site") ? parse(c, c.string(), t -> SiteId.of(t).value(), "json.bad-id", "a site id")
              : parse(c, c.string(), t -> TeamId.of(t).value(), "json.bad-id", "a team id");
          if (f.kind != null && f.kind != kind) {
            twice[0] = true;
          }
          f.kind = kind;
          f.subject = id;
        }
        case "date" -> f.date = date(c);
        case "assessor" -> f.assessor = c.text();
        case "marks" -> f.marks = marks(c);
        case "type" -> c.string();
        default -> c.unknown(n, "table, site, team, date, assessor, marks");
      }
    })) {
      return null;
    }
    if (twice[0]) {
      c.error("json.subject", at, "an inspection names both a site and a team", "either \"site\" or \"team\"");
      return null;
    }
    if (f.subject == null && !c.bad()) {
      c.error("json.missing-field", at, "the field \"site\" or \"team\" is missing", "a field \"site\" or \"team\"");
      return null;
    }
    if (c.bad() | c.missing(at, "table", f.table) | c.missing(at, "date", f.date) | c.missing(at, "marks", f.marks)) {
      return null;
    }
    return build(c, at, () -> Inspection.of(f.table, f.kind, f.subject, f.date, Optional.ofNullable(f.assessor),
        f.marks));
  }

  private static @Nullable Map<String, Mark> marks(Cursor c) {
    Map<String, Mark> marks = new LinkedHashMap<>();
    boolean[] ok = {true};
    if (!c.object(id -> {
      Cursor.Mark at = c.mark();
      var m = new Object() {
        BigDecimal points;
        String note = "";
      };
      if (!c.object(n -> {
        switch (n) {
          case "points" -> m.points = c.decimal();
          case "note" -> {
            String s = c.string();
            m.note = s == null ? "" : s;
          }
          default -> c.unknown(n, "points, note");
        }
      }) || c.missing(at, "points", m.points)) {
        ok[0] = false;
        return;
      }
      Mark mark = build(c, at, () -> Mark.of(m.points, m.note));
      if (mark == null) {
        ok[0] = false;
      } else {
        marks.put(id, mark);
      }
    })) {
      return null;
    }
    return ok[0] ? marks : null;
  }

  /** Writes an inspection's fields. */
  public static void writeFields(JsonGenerator g, Inspection i) {
    g.writeStringProperty("table", i.table());
    g.writeStringProperty(i.kind() == Subject.Kind.SITE ? "site" : "team", i.subject());
    g.writeStringProperty("date", i.date().toString());
    i.assessor().ifPresent(a -> g.writeStringProperty("assessor", a));
    g.writeName("marks");
    g.writeStartObject();
    for (Map.Entry<String, Mark> e : i.marks().entrySet()) {
      g.writeName(e.getKey());
      g.writeStartObject();
      g.writeNumberProperty("points", e.getValue().points());
      if (!e.getValue().note().isEmpty()) {
        g.writeStringProperty("note", e.getValue().note());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
