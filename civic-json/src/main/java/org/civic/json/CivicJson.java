package org.civic.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.civic.activity.Activity;
import org.civic.division.Division;
import org.civic.hierarchy.BuildResult;
import org.civic.hierarchy.Hierarchy;
import org.civic.json.internal.Codecs;
import org.civic.json.internal.Cursor;
import org.civic.order.ServiceOrder;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.civic.site.Site;
import org.civic.standard.SixHavesProfile;
import org.civic.team.Team;
import org.civic.volunteer.Volunteer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the civic JSON formats — civic JSON 格式 ({@value #FORMAT}): a county
 * {@link Dataset} as one document, and JSON Lines (one record per line, {@code "type"} first)
 * for national-scale streams. Both are described by JSON Schemas (draft 2020-12) shipped under
 * {@code org/civic/json/schema/}.
 *
 * <p>Reading never throws on bad data in lenient mode: every problem names the source, line,
 * column, JSON Pointer and what was expected, every good record is kept and every bad one is
 * returned with its problems. Strict mode stops at the first bad record and throws
 * {@link CivicJsonException} with all problems found so far; unknown fields are errors there and
 * warnings in lenient mode. Hostile input is bounded by {@link StreamReadConstraints} (nesting,
 * string, number and name length), a maximum line length, and duplicate-key detection.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CivicJson json = CivicJson.lenient();
 * ReadReport report = json.readLines(in, "activities.jsonl", RecordSink.into(rollup));
 * report.errors().forEach(p -> log.warn("{}", p));   // activities.jsonl:1043:17 /beneficiaries: …
 * }</pre>
 */
public final class CivicJson {

  /** The format this version reads and writes. */
  public static final String FORMAT = "civic/1";

  private static final int DEFAULT_MAX_LINE = 16 * 1024 * 1024;

  private final boolean strict;
  private final JsonFactory factory;
  private final int maxLineLength;

  private CivicJson(boolean strict, StreamReadConstraints constraints, int maxLineLength) {
    this.strict = strict;
    this.maxLineLength = maxLineLength;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /** The default bounds: nesting 32, strings 1,000,000 characters, numbers 64 digits, names 256. */
  public static StreamReadConstraints defaultConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(32)
        .maxStringLength(1_000_000)
        .maxNumberLength(64)
        .maxNameLength(256)
        .build();
  }

  /** Returns a strict reader/writer with the default bounds. */
  public static CivicJson strict() {
    return new CivicJson(true, defaultConstraints(), DEFAULT_MAX_LINE);
  }

  /** Returns a lenient reader/writer with the default bounds. */
  public static CivicJson lenient() {
    return new CivicJson(false, defaultConstraints(), DEFAULT_MAX_LINE);
  }

  /**
   * Returns a copy with other bounds.
   *
   * @param constraints the parser's bounds, not null
   * @param maxLineLength the longest JSON Lines line accepted, in bytes, 2 or more
   * @return the copy, not null
   */
  public CivicJson withLimits(StreamReadConstraints constraints, int maxLineLength) {
    Objects.requireNonNull(constraints, "constraints");
    if (maxLineLength < 2) {
      throw new IllegalArgumentException("maxLineLength must be at least 2: " + maxLineLength);
    }
    return new CivicJson(strict, constraints, maxLineLength);
  }

  /** Tells whether this reader is strict. */
  public boolean isStrict() {
    return strict;
  }

  /** Returns a Jackson mapper with civic's module and these bounds. */
  public JsonMapper mapper() {
    return JsonMapper.builder(factory).addModule(new CivicModule()).build();
  }

  // ---------------------------------------------------------------- dataset

  /** The result of reading a dataset: the good records and the report. */
  public record DatasetResult(Dataset dataset, ReadReport report) {
    /** Creates a result. */
    public DatasetResult {
      Objects.requireNonNull(dataset, "dataset");
      Objects.requireNonNull(report, "report");
    }
  }

  /**
   * Reads a county dataset document. The stream is not closed.
   *
   * @param in the UTF-8 bytes, not null
   * @param source the name used in problem locations, not null
   * @return the good records and the report, not null
   * @throws CivicJsonException in strict mode, if anything is wrong
   * @throws UncheckedIOException if the stream cannot be read
   */
  public DatasetResult readDataset(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    List<Problem> errors = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    List<ReadReport.Rejected> rejected = new ArrayList<>();
    Lists lists = new Lists();
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), in)) {
      Cursor c = new Cursor(p, source, 0, strict, errors, warnings);
      try {
        if (p.nextToken() == null) {
          c.error("json.empty", "the input is empty", "a civic dataset object");
        } else {
          readDocument(c, lists, rejected, errors);
          if (!(strict && !errors.isEmpty()) && p.nextToken() != null) {
            c.error("json.trailing", "there is more after the dataset", "the end of the input");
          }
        }
      } catch (JacksonException e) {
        errors.add(syntax(e, c));
      }
    } catch (JacksonException e) {
      errors.add(Problem.of("json.syntax", Location.unknown().withSource(source), clean(e))
          .withExpected("well-formed UTF-8 JSON"));
    }
    Dataset dataset = new Dataset(lists.divisions, lists.sites, lists.teams, lists.volunteers, lists.activities,
        lists.orders, Optional.ofNullable(lists.profile));
    if (errors.isEmpty() || !strict) {
      checkReferences(dataset, lists, source, errors);
    }
    ReadReport report = new ReadReport(lists.count(), errors, warnings, rejected);
    if (strict && !errors.isEmpty()) {
      throw new CivicJsonException("cannot read the civic dataset " + source, errors);
    }
    return new DatasetResult(dataset, report);
  }

  /** Reads a dataset object the parser is on, for the Jackson module; every problem goes to the list. */
  Dataset readDatasetValue(JsonParser p, String source, List<Problem> problems) {
    Lists lists = new Lists();
    Cursor c = new Cursor(p, source, 0, true, problems, problems);
    readDocument(c, lists, new ArrayList<>(), problems);
    Dataset d = new Dataset(lists.divisions, lists.sites, lists.teams, lists.volunteers, lists.activities,
        lists.orders, Optional.ofNullable(lists.profile));
    if (problems.isEmpty()) {
      checkReferences(d, lists, source, problems);
    }
    return d;
  }

  /** The records read so far, with where each was. */
  private static final class Lists {
    final List<Division> divisions = new ArrayList<>();
    final List<Site> sites = new ArrayList<>();
    final List<Team> teams = new ArrayList<>();
    final List<Volunteer> volunteers = new ArrayList<>();
    final List<Activity> activities = new ArrayList<>();
    final List<ServiceOrder> orders = new ArrayList<>();
    final Map<String, Location> where = new HashMap<>();
    @Nullable StandardProfile profile;

    long count() {
      return (long) divisions.size() + sites.size() + teams.size() + volunteers.size() + activities.size()
          + orders.size() + (profile == null ? 0 : 1);
    }
  }

  private void readDocument(Cursor c, Lists lists, List<ReadReport.Rejected> rejected, List<Problem> errors) {
    JsonParser p = c.parser();
    Location top = c.here();
    String[] format = {null};
    c.object(name -> {
      if (strict && !errors.isEmpty()) {
        p.skipChildren();
        return;
      }
      switch (name) {
        case "format" -> {
          format[0] = c.string();
          if (format[0] != null && !format[0].equals(FORMAT)) {
            c.error("json.format", "the format is \"" + format[0] + "\"", "\"" + FORMAT + "\"");
          }
        }
        case "divisions" -> records(c, lists.divisions, Codecs::readDivision, d -> "division " + d.code(), lists, rejected, errors);
        case "sites" -> records(c, lists.sites, Codecs::readSite, s -> "site " + s.id(), lists, rejected, errors);
        case "teams" -> records(c, lists.teams, Codecs::readTeam, t -> "team " + t.id(), lists, rejected, errors);
        case "volunteers" -> records(c, lists.volunteers, Codecs::readVolunteer, v -> "volunteer " + v.id(), lists, rejected, errors);
        case "activities" -> records(c, lists.activities, Codecs::readActivity, a -> "activity " + a.id(), lists, rejected, errors);
        case "orders" -> records(c, lists.orders, Codecs::readOrder, o -> "order " + o.id(), lists, rejected, errors);
        case "standard" -> lists.profile = readProfile(c);
        default -> c.unknown(name, "format, divisions, sites, teams, volunteers, activities, orders, standard");
      }
    });
    if (format[0] == null && errors.stream().noneMatch(e -> e.id().equals("json.wrong-type"))) {
      c.error("json.format", top, "the field \"format\" is missing", "\"format\": \"" + FORMAT + "\"");
    }
  }

  private <T> void records(Cursor c, List<T> out, Function<Cursor, @Nullable T> reader, Function<T, String> key,
      Lists lists, List<ReadReport.Rejected> rejected, List<Problem> errors) {
    Map<String, Integer> seen = new HashMap<>();
    c.array(i -> {
      if (strict && !errors.isEmpty()) {
        c.parser().skipChildren();
        return;
      }
      int before = errors.size();
      Location at = c.here();
      c.resetBad();
      T value = reader.apply(c);
      if (value != null && !c.bad()) {
        String k = key.apply(value);
        Integer first = seen.putIfAbsent(k, i);
        if (first != null) {
          c.error("json.duplicate-id", at, k + " appears twice: here and at index " + first, "each id once");
        } else {
          out.add(value);
          lists.where.put(k, at);
          return;
        }
      } else if (errors.size() == before) {
        c.error("json.invalid-record", at, "the record is not valid", "a valid record");
      }
      rejected.add(new ReadReport.Rejected(c.pointer(), at.line().orElse(0), "",
          errors.subList(before, errors.size())));
    });
  }

  private @Nullable StandardProfile readProfile(Cursor c) {
    Location at = c.here();
    var f = new Object() {
      String name;
      String version;
      SixHavesProfile levels;
    };
    if (!c.object(n -> {
      switch (n) {
        case "name" -> f.name = c.text();
        case "version" -> f.version = c.text();
        case "levels" -> f.levels = Codecs.readLevels(c);
        case "type" -> c.string();
        default -> c.unknown(n, "name, version, levels");
      }
    }) || c.missing(at, "name", f.name) | c.missing(at, "version", f.version) | c.missing(at, "levels", f.levels)) {
      return null;
    }
    return new StandardProfile(f.name, f.version, f.levels);
  }

  /** Orphan sites, cycles, wrong nesting, duplicate codes: the hierarchy's problems, located. */
  private static void checkReferences(Dataset d, Lists lists, String source, List<Problem> errors) {
    BuildResult built = Hierarchy.builder().addDivisions(d.divisions()).addSites(d.sites()).buildLenient();
    for (Problem p : built.problems()) {
      String subject = p.where().subject().orElse("");
      Location at = lists.where.get("site " + subject);
      if (at == null) {
        at = lists.where.get("division " + subject);
      }
      Location where = at == null ? p.where().withSource(source) : at.withSubject(subject);
      Problem located = Problem.of(p.id(), where, p.message());
      errors.add(p.expected().map(located::withExpected).orElse(located));
    }
  }

  // ---------------------------------------------------------------- JSON Lines

  /**
   * Reads a JSON Lines stream, handing each good record to the sink as soon as its line is read.
   * The text is never held whole, and no tree is built per record. The first line must be the
   * header {@code {"type":"header","format":"civic/1"}}; each later line is one record whose first
   * field is {@code "type"} (division, site, team, volunteer, activity, order, standard). Blank
   * lines are skipped. The stream is not closed.
   *
   * @param in the UTF-8 bytes, not null
   * @param source the name used in problem locations, not null
   * @param sink receives the good records, not null
   * @return the report, not null
   * @throws CivicJsonException in strict mode, at the first bad line
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ReadReport readLines(InputStream in, String source, RecordSink sink) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sink, "sink");
    List<Problem> errors = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    List<ReadReport.Rejected> rejected = new ArrayList<>();
    long[] records = {0};
    LineSplitter lines = new LineSplitter(in, maxLineLength);
    boolean header = false;
    try {
      while (lines.next()) {
        long lineNo = lines.lineNumber();
        if (lines.tooLong()) {
          Problem problem = Problem.of("jsonl.line-too-long", Location.ofLine(source, lineNo),
              "the line is longer than " + maxLineLength + " bytes").withExpected("a line of at most " + maxLineLength + " bytes");
          errors.add(problem);
          rejected.add(new ReadReport.Rejected("", lineNo, "", List.of(problem)));
          if (strict) {
            break;
          }
          continue;
        }
        if (lines.isBlank()) {
          continue;
        }
        int before = errors.size();
        if (!header) {
          header = true;
          readHeader(lines, source, lineNo, errors, warnings);
        } else if (readRecord(lines, source, lineNo, sink, errors, warnings)) {
          records[0]++;
        }
        if (errors.size() > before) {
          rejected.add(new ReadReport.Rejected("", lineNo, lines.excerpt(200), errors.subList(before, errors.size())));
          if (strict) {
            break;
          }
        }
      }
      if (!header && errors.isEmpty()) {
        errors.add(Problem.of("jsonl.header", Location.unknown().withSource(source), "the input is empty")
            .withExpected("the header {\"type\":\"header\",\"format\":\"" + FORMAT + "\"}"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    ReadReport report = new ReadReport(records[0], errors, warnings, rejected);
    if (strict && !errors.isEmpty()) {
      throw new CivicJsonException("cannot read the civic JSON Lines " + source, errors);
    }
    return report;
  }

  private void readHeader(LineSplitter line, String source, long lineNo, List<Problem> errors, List<Problem> warnings) {
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), line.buffer(), 0, line.length())) {
      Cursor c = new Cursor(p, source, lineNo - 1, strict, errors, warnings);
      try {
        p.nextToken();
        String[] type = {null};
        String[] format = {null};
        List<Problem> extra = new ArrayList<>();
        Location at = c.here();
        c.object(n -> {
          switch (n) {
            case "type" -> type[0] = p.currentToken() == JsonToken.VALUE_STRING ? p.getString() : null;
            case "format" -> format[0] = p.currentToken() == JsonToken.VALUE_STRING ? p.getString() : null;
            default -> extra.add(Problem.of("json.unknown-field", c.here(), "unknown field \"" + n + "\"")
                .withExpected("one of type, format"));
          }
          p.skipChildren();
        });
        if (!"header".equals(type[0]) || !FORMAT.equals(format[0])) {
          c.error("jsonl.header", at, "the first line is not a civic/1 header",
              "{\"type\":\"header\",\"format\":\"" + FORMAT + "\"}");
        } else {
          (strict ? errors : warnings).addAll(extra);
        }
        if (p.nextToken() != null) {
          c.error("jsonl.trailing", "there is more than one value on the line", "one JSON object per line");
        }
      } catch (JacksonException e) {
        errors.add(syntax(e, c));
      }
    }
  }

  private boolean readRecord(LineSplitter line, String source, long lineNo, RecordSink sink, List<Problem> errors,
      List<Problem> warnings) {
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), line.buffer(), 0, line.length())) {
      Cursor c = new Cursor(p, source, lineNo - 1, strict, errors, warnings);
      try {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          c.error("json.wrong-type", "the line is not a JSON object", "one JSON object per line");
          return false;
        }
        Location at = c.here();
        if (p.nextToken() != JsonToken.PROPERTY_NAME || !"type".equals(p.currentName())) {
          c.error("jsonl.type-first", at, "the first field is not \"type\"", "\"type\" as the first field");
          return false;
        }
        p.nextToken();
        c.push("type");
        String type = c.string();
        c.pop();
        if (type == null) {
          return false;
        }
        c.resumeObject();
        return dispatch(type, c, sink, errors, at);
      } catch (JacksonException e) {
        errors.add(syntax(e, c));
        return false;
      }
    }
  }

  private boolean dispatch(String type, Cursor c, RecordSink sink, List<Problem> errors, Location at) {
    JsonParser p = c.parser();
    int before = errors.size();
    Object value;
    switch (type) {
      case "division" -> value = Codecs.readDivision(c);
      case "site" -> value = Codecs.readSite(c);
      case "team" -> value = Codecs.readTeam(c);
      case "volunteer" -> value = Codecs.readVolunteer(c);
      case "activity" -> value = Codecs.readActivity(c);
      case "order" -> value = Codecs.readOrder(c);
      case "standard" -> value = readProfile(c);
      default -> {
        c.error("jsonl.unknown-type", at, "unknown record type \"" + type + "\"",
            "division, site, team, volunteer, activity, order or standard");
        return false;
      }
    }
    if (value == null || errors.size() > before) {
      if (errors.size() == before) {
        c.error("json.invalid-record", at, "the record is not valid", "a valid " + type);
      }
      return false;
    }
    if (p.nextToken() != null) {
      c.error("jsonl.trailing", "there is more than one value on the line", "one JSON object per line");
      return false;
    }
    switch (type) {
      case "division" -> sink.division((Division) value);
      case "site" -> sink.site((Site) value);
      case "team" -> sink.team((Team) value);
      case "volunteer" -> sink.volunteer((Volunteer) value);
      case "activity" -> sink.activity((Activity) value);
      case "order" -> sink.order((ServiceOrder) value);
      default -> sink.profile((StandardProfile) value);
    }
    return true;
  }

  private static Problem syntax(JacksonException e, Cursor c) {
    Location where = e.getLocation() == null ? c.here() : c.at(e.getLocation());
    String id = e instanceof tools.jackson.core.exc.StreamConstraintsException ? "json.limit" : "json.syntax";
    String expected = id.equals("json.limit") ? "input within civic's bounds" : "well-formed UTF-8 JSON";
    if (clean(e).contains("Duplicate Object property") || clean(e).contains("Duplicate field")) {
      id = "json.duplicate-key";
      expected = "each key once per object";
    }
    return Problem.of(id, where, clean(e)).withExpected(expected);
  }

  private static String clean(JacksonException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      m = e.toString();
    }
    int cut = m.indexOf("\n");
    return cut < 0 ? m : m.substring(0, cut);
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes a dataset as one document, UTF-8. The stream is not closed.
   *
   * @param dataset the dataset, not null
   * @param out the stream, not null
   */
  public void writeDataset(Dataset dataset, OutputStream out) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
      writeDataset(dataset, g);
    }
  }

  static void writeDataset(Dataset dataset, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("format", FORMAT);
    writeArray(g, "divisions", dataset.divisions(), Codecs::writeDivisionFields);
    writeArray(g, "sites", dataset.sites(), Codecs::writeSiteFields);
    writeArray(g, "teams", dataset.teams(), Codecs::writeTeamFields);
    writeArray(g, "volunteers", dataset.volunteers(), Codecs::writeVolunteerFields);
    writeArray(g, "activities", dataset.activities(), Codecs::writeActivityFields);
    writeArray(g, "orders", dataset.orders(), Codecs::writeOrderFields);
    dataset.profile().ifPresent(p -> {
      g.writeName("standard");
      writeProfile(g, p);
    });
    g.writeEndObject();
  }

  static void writeProfile(JsonGenerator g, StandardProfile p) {
    g.writeStartObject();
    g.writeStringProperty("name", p.name());
    g.writeStringProperty("version", p.version());
    g.writeName("levels");
    Codecs.writeLevels(g, p.thresholds());
    g.writeEndObject();
  }

  private static <T> void writeArray(JsonGenerator g, String name, List<T> values,
      java.util.function.BiConsumer<JsonGenerator, T> fields) {
    g.writeName(name);
    g.writeStartArray();
    for (T v : values) {
      g.writeStartObject();
      fields.accept(g, v);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * Opens a JSON Lines writer: the header first, then one line per record. Closing the writer
   * flushes it; the stream is not closed.
   *
   * @param out the stream, not null
   * @return the writer, not null
   */
  public LinesWriter linesWriter(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return new LinesWriter(factory, out);
  }
}
