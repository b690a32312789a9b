package org.civic.json.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.civic.metric.Change;
import org.civic.metric.DistinctCount;
import org.civic.metric.Extremes;
import org.civic.metric.MetricSet;
import org.civic.team.OrganisationId;
import org.civic.metric.internal.MetricSetAccess;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.civic.standard.ComplianceSummary;
import org.civic.standard.Outcome;
import org.civic.standard.OutcomeCounts;
import org.civic.standard.Score;
import org.civic.volunteer.ServiceReview;
import org.civic.volunteer.VolunteerActivity;
import org.civic.volunteer.VolunteerHours;
import org.civic.volunteer.VolunteerId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes civic's computed figures in the {@code civic/1} layout — metric sets, problems,
 * outcome counts and compliance summaries, scores, changes, volunteer figures, service-record reviews
 * and rankings by hours — so that each reads back to an equal value. Reads report every problem to
 * the {@link Cursor} and return null for a bad value.
 *
 * <p>A metric set is written with every sum by name, each distinct count as a number, the participating organisations by id, the extremes
 * of beneficiaries per activity when there were activities, and under {@code "distinct"} each
 * distinct count's set of volunteer indexes (RoaringBitmap's portable format, Base64) — the set is
 * what lets a read-back metric set merge exactly. A figure added to {@code MetricSet} is one name
 * in {@code MetricSet}'s sums or one entry of {@link #DISTINCT}.
 *
 * <p>Not for hosts. Stateless and thread-safe.
 */
public final class FigureCodecs {

  /** A metric set's distinct counts: the JSON name of each, and how to get it. */
  private static final Map<String, Function<MetricSet, DistinctCount>> DISTINCT = Map.of("volunteers",
      MetricSet::volunteers);

  private FigureCodecs() {}

  // ------------------------------------------------------------------ metric sets

  /** Writes a metric set's fields (without braces). */
  public static void writeMetrics(JsonGenerator g, MetricSet m) {
    MetricSetAccess.Accessor access = MetricSetAccess.get();
    List<String> names = access.sumNames();
    long[] sums = access.sums(m);
    for (int i = 0; i < names.size(); i++) {
      g.writeNumberProperty(names.get(i), sums[i]);
    }
    DISTINCT.forEach((name, get) -> g.writeNumberProperty(name, get.apply(m).count()));
    g.writeName("organisations");
    g.writeStartArray();
    m.organisations().forEach(o -> g.writeString(o.value()));
    g.writeEndArray();
    Extremes range = m.beneficiariesRange();
    if (!range.isEmpty()) {
      g.writeName("beneficiariesRange");
      g.writeStartObject();
      g.writeNumberProperty("min", range.min().orElseThrow());
      g.writeNumberProperty("max", range.max().orElseThrow());
      g.writeEndObject();
    }
    g.writeName("distinct");
    g.writeStartObject();
    DISTINCT.forEach((name, get) -> g.writeStringProperty(name,
        Base64.getEncoder().encodeToString(get.apply(m).toBytes())));
    g.writeEndObject();
  }

  /** Reads a metric set: every sum and distinct count is required, and each count must be its set's size. */
  public static @Nullable MetricSet readMetrics(Cursor c) {
    MetricSetAccess.Accessor access = MetricSetAccess.get();
    List<String> names = access.sumNames();
    Cursor.Mark at = c.mark();
    Map<String, Long> values = new LinkedHashMap<>();
    Map<String, DistinctCount> sets = new LinkedHashMap<>();
    Extremes[] range = {Extremes.empty()};
    java.util.SortedSet<OrganisationId> organisations = new java.util.TreeSet<>();
    boolean[] hasOrganisations = {false};
    String known = String.join(", ", names) + ", " + String.join(", ", DISTINCT.keySet())
        + ", organisations, beneficiariesRange, distinct";
    if (!c.object(n -> {
      if (names.contains(n) || DISTINCT.containsKey(n)) {
        Long v = c.integer(0);
        if (v != null) {
          values.put(n, v);
        }
      } else if (n.equals("organisations")) {
        java.util.List<OrganisationId> ids = Codecs.ids(c, OrganisationId::of, ActivityCodec.ORGANISATION_ID);
        if (ids != null) {
          organisations.addAll(ids);
          hasOrganisations[0] = true;
        }
      } else if (n.equals("beneficiariesRange")) {
        Extremes e = readRange(c);
        if (e != null) {
          range[0] = e;
        }
      } else if (n.equals("distinct")) {
        c.object(d -> {
          if (DISTINCT.containsKey(d)) {
            DistinctCount set = readSet(c);
            if (set != null) {
              sets.put(d, set);
            }
          } else {
            c.unknown(d, String.join(", ", DISTINCT.keySet()));
          }
        });
      } else {
        c.unknown(n, known);
      }
    })) {
      return null;
    }
    boolean missing = false;
    for (String n : names) {
      missing |= c.missing(at, n, values.get(n));
    }
    for (String n : DISTINCT.keySet()) {
      missing |= c.missing(at, n, values.get(n));
      if (sets.get(n) == null && !c.bad()) {
        c.error("json.missing-field", at, "the set of \"" + n + "\" is missing from \"distinct\"",
            "\"distinct\": {\"" + n + "\": \"<Base64>\"}");
        missing = true;
      }
    }
    if (!hasOrganisations[0] && !c.bad()) {
      missing |= c.missing(at, "organisations", null);
    }
    if (missing || c.bad()) {
      return null;
    }
    for (String n : DISTINCT.keySet()) {
      if (sets.get(n).count() != values.get(n)) {
        c.error("metric.distinct-mismatch", at, "\"" + n + "\" is " + values.get(n) + " but its set under \"distinct\""
            + " holds " + sets.get(n).count(), "the size of the set");
        return null;
      }
    }
    long[] sums = new long[names.size()];
    for (int i = 0; i < sums.length; i++) {
      sums[i] = values.get(names.get(i));
    }
    return build(c, at.location(), () -> access.of(sums, sets.get("volunteers"), organisations, range[0]));
  }

  private static @Nullable Extremes readRange(Cursor c) {
    Cursor.Mark at = c.mark();
    Long[] v = new Long[2];
    if (!c.object(n -> {
      switch (n) {
        case "min" -> v[0] = c.integer(Long.MIN_VALUE);
        case "max" -> v[1] = c.integer(Long.MIN_VALUE);
        default -> c.unknown(n, "min, max");
      }
    }) || c.missing(at, "min", v[0]) | c.missing(at, "max", v[1])) {
      return null;
    }
    return build(c, at.location(), () -> Extremes.of(v[0], v[1]));
  }

  private static @Nullable DistinctCount readSet(Cursor c) {
    Cursor.Mark at = c.mark();
    String text = c.string();
    if (text == null) {
      return null;
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      c.error("metric.distinct-set", at, "the set is not Base64: " + e.getMessage(),
          "a distinct count's set, Base64 (RoaringBitmap's portable format)");
      return null;
    }
    return build(c, at.location(), () -> DistinctCount.fromBytes(bytes));
  }

  // ------------------------------------------------------------------ problems

  /** Writes a problem's fields (without braces). */
  public static void writeProblem(JsonGenerator g, Problem p) {
    g.writeStringProperty("id", p.id());
    p.where().source().ifPresent(s -> g.writeStringProperty("source", s));
    p.where().line().ifPresent(l -> g.writeNumberProperty("line", l));
    p.where().column().ifPresent(col -> g.writeNumberProperty("column", col));
    p.where().jsonPointer().ifPresent(j -> g.writeStringProperty("pointer", j));
    p.where().subject().ifPresent(s -> g.writeStringProperty("subject", s));
    g.writeStringProperty("message", p.message());
    p.expected().ifPresent(e -> g.writeStringProperty("expected", e));
  }

  /** Reads a problem. */
  public static @Nullable Problem readProblem(Cursor c) {
    Cursor.Mark at = c.mark();
    var f = new Object() {
      String id;
      String message;
      String expected;
      Location where = Location.unknown();
    };
    if (!c.object(n -> {
      switch (n) {
        case "id" -> f.id = c.text();
        case "message" -> f.message = c.text();
        case "expected" -> f.expected = c.string();
        case "source" -> {
          String s = c.string();
          if (s != null) {
            f.where = f.where.withSource(s);
          }
        }
        case "line" -> {
          Long l = c.integer(1);
          if (l != null) {
            f.where = f.where.withLine(l);
          }
        }
        case "column" -> {
          Long col = c.integer(1, Integer.MAX_VALUE);
          if (col != null) {
            f.where = f.where.withColumn(col.intValue());
          }
        }
        case "pointer" -> {
          String s = c.string();
          if (s != null) {
            f.where = f.where.withJsonPointer(s);
          }
        }
        case "subject" -> {
          String s = c.string();
          if (s != null) {
            f.where = f.where.withSubject(s);
          }
        }
        default -> c.unknown(n, "id, source, line, column, pointer, subject, message, expected");
      }
    }) || c.bad() | c.missing(at, "id", f.id) | c.missing(at, "message", f.message)) {
      return null;
    }
    Problem p = Problem.of(f.id, f.where, f.message);
    return f.expected == null ? p : p.withExpected(f.expected);
  }

  // ------------------------------------------------------------------ outcomes and scores

  /** Writes outcome counts' fields (without braces): one per outcome, by its key. */
  public static void writeCounts(JsonGenerator g, OutcomeCounts counts) {
    for (Outcome o : Outcome.values()) {
      g.writeNumberProperty(o.key(), counts.count(o));
    }
  }

  /** Reads outcome counts: every outcome's key is required. */
  public static @Nullable OutcomeCounts readCounts(Cursor c) {
    List<String> keys = new ArrayList<>();
    for (Outcome o : Outcome.values()) {
      keys.add(o.key());
    }
    Map<String, Long> v = longs(c, keys);
    return v == null ? null : OutcomeCounts.of(v.get(Outcome.PASS.key()), v.get(Outcome.FAIL.key()),
        v.get(Outcome.INCOMPLETE.key()), v.get(Outcome.NOT_APPLICABLE.key()));
  }

  /** Writes a compliance summary's fields (without braces): the counts of each requirement, by its id. */
  public static void writeSummary(JsonGenerator g, ComplianceSummary s) {
    s.byRequirement().forEach((id, counts) -> {
      g.writeName(id);
      g.writeStartObject();
      writeCounts(g, counts);
      g.writeEndObject();
    });
  }

  /** Reads a compliance summary. */
  public static @Nullable ComplianceSummary readSummary(Cursor c) {
    Cursor.Mark at = c.mark();
    Map<String, OutcomeCounts> by = new LinkedHashMap<>();
    if (!c.object(id -> {
      OutcomeCounts counts = readCounts(c);
      if (counts != null) {
        by.put(id, counts);
      }
    }) || c.bad()) {
      return null;
    }
    return build(c, at.location(), () -> ComplianceSummary.of(by));
  }

  /** Writes a score's fields (without braces). */
  public static void writeScore(JsonGenerator g, Score s) {
    g.writeNumberProperty("earned", s.earned());
    g.writeNumberProperty("possible", s.possible());
  }

  /** Reads a score. */
  public static @Nullable Score readScore(Cursor c) {
    Cursor.Mark at = c.mark();
    Map<String, Long> v = longs(c, List.of("earned", "possible"));
    return v == null ? null : build(c, at.location(), () -> Score.of(v.get("earned"), v.get("possible")));
  }

  /** Writes a change's fields (without braces); {@code absolute} is there for readers, and checked on reading. */
  public static void writeChange(JsonGenerator g, Change ch) {
    g.writeNumberProperty("current", ch.current());
    g.writeNumberProperty("previous", ch.previous());
    g.writeNumberProperty("absolute", ch.absolute());
  }

  /** Reads a change; {@code absolute}, when given, must be current − previous. */
  public static @Nullable Change readChange(Cursor c) {
    Cursor.Mark at = c.mark();
    Long[] v = new Long[3];
    if (!c.object(n -> {
      switch (n) {
        case "current" -> v[0] = c.integer(Long.MIN_VALUE);
        case "previous" -> v[1] = c.integer(Long.MIN_VALUE);
        case "absolute" -> v[2] = c.integer(Long.MIN_VALUE);
        default -> c.unknown(n, "current, previous, absolute");
      }
    }) || c.bad() | c.missing(at, "current", v[0]) | c.missing(at, "previous", v[1])) {
      return null;
    }
    Change ch = new Change(v[0], v[1]);
    Long absolute = v[2];
    if (absolute != null && absolute != v[0] - v[1]) {
      c.error("metric.change-mismatch", at, "\"absolute\" is " + absolute + " but current − previous is "
          + (v[0] - v[1]), "current − previous");
      return null;
    }
    return ch;
  }

  // ------------------------------------------------------------------ volunteers

  /** Writes volunteer figures' fields (without braces). */
  public static void writeVolunteerActivity(JsonGenerator g, VolunteerActivity v) {
    g.writeNumberProperty("activeVolunteers", v.activeVolunteers());
    g.writeNumberProperty("personTimes", v.personTimes());
    g.writeNumberProperty("serviceMinutes", v.serviceTime().toMinutes());
  }

  /** Reads volunteer figures. */
  public static @Nullable VolunteerActivity readVolunteerActivity(Cursor c) {
    Cursor.Mark at = c.mark();
    Map<String, Long> v = longs(c, List.of("activeVolunteers", "personTimes", "serviceMinutes"));
    return v == null ? null : build(c, at.location(), () -> new VolunteerActivity(v.get("activeVolunteers"), v.get("personTimes"),
        Duration.ofMinutes(v.get("serviceMinutes"))));
  }

  /** Writes a review's fields (without braces). */
  public static void writeReview(JsonGenerator g, ServiceReview r) {
    g.writeNumberProperty("pending", r.pending());
    g.writeNumberProperty("approved", r.approved());
    g.writeNumberProperty("rejected", r.rejected());
    g.writeNumberProperty("recordedMinutes", r.recordedTime().toMinutes());
    g.writeNumberProperty("approvedMinutes", r.approvedTime().toMinutes());
  }

  /** Reads a review. */
  public static @Nullable ServiceReview readReview(Cursor c) {
    Cursor.Mark at = c.mark();
    Map<String, Long> v = longs(c, List.of("pending", "approved", "rejected", "recordedMinutes", "approvedMinutes"));
    return v == null ? null : build(c, at.location(), () -> new ServiceReview(v.get("pending"), v.get("approved"),
        v.get("rejected"), Duration.ofMinutes(v.get("recordedMinutes")), Duration.ofMinutes(v.get("approvedMinutes"))));
  }

  /** Writes a volunteer's hours' fields (without braces). */
  public static void writeHours(JsonGenerator g, VolunteerHours h) {
    g.writeNumberProperty("rank", h.rank());
    g.writeStringProperty("volunteer", h.volunteer().value());
    g.writeNumberProperty("serviceMinutes", h.serviceTime().toMinutes());
    g.writeNumberProperty("records", h.records());
  }

  /** Reads a volunteer's hours. */
  public static @Nullable VolunteerHours readHours(Cursor c) {
    Cursor.Mark at = c.mark();
    var f = new Object() {
      Long rank;
      VolunteerId volunteer;
      Long minutes;
      Long records;
    };
    if (!c.object(n -> {
      switch (n) {
        case "rank" -> f.rank = c.integer(1, Integer.MAX_VALUE);
        case "volunteer" -> f.volunteer = Codecs.parse(c, c.text(), VolunteerId::of, "volunteer.invalid-id",
            "a volunteer id");
        case "serviceMinutes" -> f.minutes = c.integer(1);
        case "records" -> f.records = c.integer(1);
        default -> c.unknown(n, "rank, volunteer, serviceMinutes, records");
      }
    }) || c.bad() | c.missing(at, "rank", f.rank) | c.missing(at, "volunteer", f.volunteer)
        | c.missing(at, "serviceMinutes", f.minutes) | c.missing(at, "records", f.records)) {
      return null;
    }
    return build(c, at.location(), () -> new VolunteerHours(f.rank.intValue(), f.volunteer, Duration.ofMinutes(f.minutes),
        f.records));
  }

  // ------------------------------------------------------------------ helpers

  /** Reads an object of whole numbers ≥ 0, each of the names required and no other; null after reporting. */
  private static @Nullable Map<String, Long> longs(Cursor c, List<String> names) {
    Cursor.Mark at = c.mark();
    Map<String, Long> v = new LinkedHashMap<>();
    if (!c.object(n -> {
      if (names.contains(n)) {
        Long x = c.integer(0);
        if (x != null) {
          v.put(n, x);
        }
      } else {
        c.unknown(n, String.join(", ", names));
      }
    })) {
      return null;
    }
    boolean missing = false;
    for (String n : names) {
      missing |= c.missing(at, n, v.get(n));
    }
    return missing || c.bad() ? null : v;
  }

  /** Builds a value from checked fields; a rule the model checks that they break is reported. */
  private static <T> @Nullable T build(Cursor c, Location at, java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | ArithmeticException e) {
      c.error("json.invalid-value", at, e.getMessage() == null ? e.toString() : e.getMessage(), "a valid value");
      return null;
    }
  }
}
