package org.civic.json;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.civic.activity.Activity;
import org.civic.activity.ActivityLog;
import org.civic.activity.internal.ActivityLogAccess;
import org.civic.hierarchy.BuildResult;
import org.civic.hierarchy.Hierarchy;
import org.civic.json.internal.ActivityCodec;
import org.civic.json.internal.AssessmentTableCodec;
import org.civic.json.internal.Cursor;
import org.civic.json.internal.DivisionCodec;
import org.civic.json.internal.GridCodec;
import org.civic.json.internal.InspectionCodec;
import org.civic.json.internal.OrganisationCodec;
import org.civic.json.internal.OrderCodec;
import org.civic.json.internal.ProfileCodec;
import org.civic.json.internal.ServiceRecordCodec;
import org.civic.json.internal.SiteCodec;
import org.civic.json.internal.TeamCodec;
import org.civic.team.TeamRules;
import org.civic.json.internal.VolunteerCodec;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.civic.standard.SixHavesProfile;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the civic JSON formats — civic JSON 格式 ({@value #FORMAT}): a county
 * {@link Dataset} as one document, and JSON Lines (one record per line)
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
  private final LinesOptions lines;
  private final int maxLineLength;
  private final StreamReadConstraints constraints;
  private final int parserThreads;

  private CivicJson(boolean strict, StreamReadConstraints constraints, int maxLineLength, int parserThreads) {
    this.strict = strict;
    this.constraints = constraints;
    this.maxLineLength = maxLineLength;
    this.parserThreads = parserThreads;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    // JSON Lines' fast path finds repeated keys itself, without a per-object set of names
    JsonFactory linesFactory = JsonFactory.builder().streamReadConstraints(constraints).build();
    this.lines = new LinesOptions(linesFactory, factory, strict, maxLineLength, parserThreads);
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
    return new CivicJson(true, defaultConstraints(), DEFAULT_MAX_LINE, 0);
  }

  /** Returns a lenient reader/writer with the default bounds. */
  public static CivicJson lenient() {
    return new CivicJson(false, defaultConstraints(), DEFAULT_MAX_LINE, 0);
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
    return new CivicJson(strict, constraints, maxLineLength, parserThreads);
  }

  /**
   * Returns a copy that parses JSON Lines on threads of its own: the national ingest setting.
   * With {@code threads} parser threads, {@code readLines} parses blocks of about 1 MB of lines
   * on them, at most {@code 2 × threads + 1} blocks at a time, while the calling thread reads the
   * stream and, in stream order, reads the lines that have problems, joins the blocks' activity
   * logs and calls the sink. Records, problems, the report and the sink's calls are exactly those
   * of a read on one thread; the sink is only ever called on the calling thread. A read into an
   * {@link ActivityLog.Builder} also numbers the log's distinct sites and volunteers on them before
   * it returns — work the log's first {@code ActivityRollup.of} would otherwise do on one thread;
   * the figures do not change. The threads are started by each read that has more than one block
   * and stopped when it returns.
   *
   * <p>0, the default, reads on the calling thread alone. On a machine of n cores, n is the
   * fastest setting for a big file: the calling thread mostly waits.
   *
   * @param threads the parser threads, 0 to 64
   * @return the copy, not null
   * @throws IllegalArgumentException if threads is out of range
   */
  public CivicJson withParserThreads(int threads) {
    if (threads < 0 || threads > 64) {
      throw new IllegalArgumentException("threads must be 0 to 64: " + threads);
    }
    return new CivicJson(strict, constraints, maxLineLength, threads);
  }

  /** Returns the number of JSON Lines parser threads; 0 reads on the calling thread. */
  public int parserThreads() {
    return parserThreads;
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
    Dataset.Builder data = Dataset.builder();
    Map<String, Location> where = new HashMap<>();
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), in)) {
      Cursor c = new Cursor(p, source, 0, strict, errors, warnings);
      try {
        if (p.nextToken() == null) {
          c.error("json.empty", "the input is empty", "a civic dataset object");
        } else {
          readDocument(c, data, where, rejected, errors);
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
    Dataset dataset = data.build();
    if (errors.isEmpty() || !strict) {
      checkReferences(dataset, where, source, errors);
    }
    ReadReport report = new ReadReport(records(dataset), errors, warnings, rejected);
    if (strict && !errors.isEmpty()) {
      throw new CivicJsonException("cannot read the civic dataset " + source, errors);
    }
    return new DatasetResult(dataset, report);
  }

  /** Reads a dataset object the parser is on, for the Jackson module; every problem goes to the list. */
  Dataset readDatasetValue(JsonParser p, String source, List<Problem> problems) {
    Dataset.Builder data = Dataset.builder();
    Map<String, Location> where = new HashMap<>();
    Cursor c = new Cursor(p, source, 0, true, problems, problems);
    readDocument(c, data, where, new ArrayList<>(), problems);
    Dataset d = data.build();
    if (problems.isEmpty()) {
      checkReferences(d, where, source, problems);
    }
    return d;
  }

  /** The number of records in a dataset, its profile included. */
  private static long records(Dataset d) {
    return (long) d.divisions().size() + d.sites().size() + d.teams().size() + d.grids().size() + d.organisations().size()
        + d.volunteers().size()
        + d.activities().size() + d.orders().size() + (d.profile().isPresent() ? 1 : 0) + (d.teamRules().isPresent() ? 1 : 0)
        + d.assessmentTables().size() + d.inspections().size() + d.serviceRecords().size();
  }

  /**
   * Reads a dataset document's fields: each good record goes to {@code data}, and where it was to
   * {@code where}, by {@code "kind id"} (for locating the hierarchy's problems).
   */
  private void readDocument(Cursor c, Dataset.Builder data, Map<String, Location> where,
      List<ReadReport.Rejected> rejected, List<Problem> errors) {
    JsonParser p = c.parser();
    Location top = c.here();
    String[] format = {null};
    boolean[] formatNamed = {false};
    boolean isObject = c.object(name -> {
      formatNamed[0] |= name.equals("format"); // named, even if skipped below or of the wrong type
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
        case "divisions" -> records(c, data::division, DivisionCodec::read, d -> "division " + d.code(), where, rejected, errors);
        case "sites" -> records(c, data::site, SiteCodec::read, s -> "site " + s.id(), where, rejected, errors);
        case "teams" -> records(c, data::team, TeamCodec::read, t -> "team " + t.id(), where, rejected, errors);
        case "grids" -> records(c, data::grid, GridCodec::read, g -> "grid " + g.id(), where, rejected, errors);
        case "organisations" -> records(c, data::organisation, OrganisationCodec::read, o -> "organisation " + o.id(),
            where, rejected, errors);
        case "volunteers" -> records(c, data::volunteer, VolunteerCodec::read, v -> "volunteer " + v.id(), where, rejected, errors);
        case "activities" -> records(c, data::activity, ActivityCodec::read, a -> "activity " + a.id(), where, rejected, errors);
        case "orders" -> records(c, data::order, OrderCodec::read, o -> "order " + o.id(), where, rejected, errors);
        // one record each, kept or rejected as a list's record is (a bad level was reset to the
        // defaults and the standard kept, where a JSON Lines read rejects it)
        case "standard" -> one(c, data::profile, CivicJson::readProfile, rejected, errors);
        case "teamRules" -> one(c, data::teamRules, TeamCodec::readRules, rejected, errors);
        case "assessmentTables" -> records(c, data::assessmentTable, AssessmentTableCodec::read,
            t -> "assessmentTable " + t.id(), where, rejected, errors);
        case "inspections" -> {
          int[] n = {0};
          records(c, data::inspection, InspectionCodec::read, i -> "inspection " + n[0]++, where, rejected, errors);
        }
        case "serviceRecords" -> {
          int[] n = {0};
          records(c, data::serviceRecord, ServiceRecordCodec::read, r -> "service record " + n[0]++, where, rejected,
              errors);
        }
        default -> c.unknown(name, "format, divisions, sites, teams, grids, organisations, volunteers, activities,"
            + " orders, standard, teamRules, inspection, assessmentTables, inspections, serviceRecords");
      }
    });
    if (isObject && !formatNamed[0]) { // not an object, or a "format" of the wrong type: reported where it stands
      c.error("json.format", top, "the field \"format\" is missing", "\"format\": \"" + FORMAT + "\"");
    }
  }

  private <T> void records(Cursor c, Consumer<T> out, Function<Cursor, @Nullable T> reader, Function<T, String> key,
      Map<String, Location> where, List<ReadReport.Rejected> rejected, List<Problem> errors) {
    Map<String, Integer> seen = new HashMap<>();
    c.array(i -> {
      if (strict && !errors.isEmpty()) {
        c.parser().skipChildren();
        return;
      }
      int before = errors.size();
      Cursor.Mark at = c.mark();
      T value = good(c, reader, at, before, errors);
      if (value != null) {
        String k = key.apply(value);
        Integer first = seen.putIfAbsent(k, i);
        if (first == null) {
          out.accept(value);
          where.put(k, at.location());
          return;
        }
        c.error("json.duplicate-id", at, k + " appears twice: here and at index " + first, "each id once");
      }
      rejected.add(new ReadReport.Rejected(c.pointer(), at.location().line().orElse(0), "",
          errors.subList(before, errors.size())));
    });
  }

  /** Reads a field's one record (the standard, the team rules): kept if good, else rejected with its problems. */
  private <T> void one(Cursor c, Consumer<T> out, Function<Cursor, @Nullable T> reader,
      List<ReadReport.Rejected> rejected, List<Problem> errors) {
    int before = errors.size();
    Cursor.Mark at = c.mark();
    T value = good(c, reader, at, before, errors);
    if (value != null) {
      out.accept(value);
    } else {
      rejected.add(new ReadReport.Rejected(c.pointer(), at.location().line().orElse(0), "",
          errors.subList(before, errors.size())));
    }
  }

  /**
   * Reads a record at the cursor: the record if it has no error, else null, its problems reported
   * (one that says only that it is not valid if the reader reported none).
   */
  private static <T> @Nullable T good(Cursor c, Function<Cursor, @Nullable T> reader, Cursor.Mark at, int before,
      List<Problem> errors) {
    c.resetBad();
    T value = reader.apply(c);
    if (value != null && !c.bad()) {
      return value;
    }
    if (errors.size() == before) {
      c.error("json.invalid-record", at, "the record is not valid", "a valid record");
    }
    return null;
  }

  static @Nullable StandardProfile readProfile(Cursor c) {
    Cursor.Mark at = c.mark();
    var f = new Object() {
      String name;
      String version;
      SixHavesProfile levels;
    };
    if (!c.object(n -> {
      switch (n) {
        case "name" -> f.name = c.text();
        case "version" -> f.version = c.text();
        case "levels" -> f.levels = ProfileCodec.read(c);
        case "type" -> c.string();
        default -> c.unknown(n, "name, version, levels");
      }
    }) || c.missing(at, "name", f.name) | c.missing(at, "version", f.version) | c.missing(at, "levels", f.levels)) {
      return null;
    }
    return new StandardProfile(f.name, f.version, f.levels);
  }

  /** Orphan sites, cycles, wrong nesting, duplicate codes: the hierarchy's problems, located. */
  private static void checkReferences(Dataset d, Map<String, Location> records, String source, List<Problem> errors) {
    BuildResult built = Hierarchy.builder().addDivisions(d.divisions()).addSites(d.sites()).buildLenient();
    for (Problem p : built.problems()) {
      String subject = p.where().subject().orElse("");
      Location at = records.get("site " + subject);
      if (at == null) {
        at = records.get("division " + subject);
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
   * field is {@code "type"} (division, site, team, grid, organisation, volunteer, activity, order, standard, teamRules,
   * assessmentTable, serviceRecord). Blank
   * lines are skipped. The stream is not closed. With {@link #withParserThreads(int) parser
   * threads} the lines are parsed on them, and the sink is still called in stream order on the
   * calling thread.
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
    return linesReader(lines, in, source, sink, null).read();
  }

  /**
   * Reads a JSON Lines stream as {@link #readLines(InputStream, String, RecordSink)} does, but
   * appends activities to a log, in stream order, instead of handing each to the sink as an
   * {@link Activity}: the national ingest path. Good activity lines go from the parser's buffer
   * straight into the log's columns; every other record goes to the sink. Problems and the
   * report are the same as with {@code readLines(in, source, sink)}. From a stream that tells its
   * length ({@link InputStream#available()}, as a file's of up to 2 GB does), the log makes room
   * for the stream's rows at the rate its first thirty-second and its first quarter gave, instead of
   * growing by halves, while every record so far is an activity; so do a hierarchy builder's rows
   * ({@link RecordSink#into(org.civic.hierarchy.HierarchyBuilder)}) in either method, while every
   * record so far is a site (or every one a division).
   *
   * <pre>{@code
   * ActivityLog.Builder log = ActivityLog.builder();
   * ReadReport report = CivicJson.lenient().readLines(in, "activities.jsonl", RecordSink.none(), log);
   * ActivityRollup rollup = ActivityRollup.of(hierarchy, log.build(), orders, volunteerIndex);
   * }</pre>
   *
   * @param in the UTF-8 bytes, not null
   * @param source the name used in problem locations, not null
   * @param sink receives the good records other than activities, not null
   * @param activities receives the good activities, not null
   * @return the report, not null
   * @throws CivicJsonException in strict mode, at the first bad line
   * @throws UncheckedIOException if the stream cannot be read
   * @throws IllegalStateException if the log was built
   */
  public ReadReport readLines(InputStream in, String source, RecordSink sink, ActivityLog.Builder activities) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(activities, "activities");
    return linesReader(lines, in, source, sink, activities).read();
  }

  /** Returns how this reads JSON Lines: for the tests, which read with other block sizes or without the fast path. */
  LinesOptions linesOptions() {
    return lines;
  }

  /** A reader of one stream with some options; the tests' seam. */
  static JsonLinesReader linesReader(LinesOptions options, InputStream in, String source, RecordSink sink,
      ActivityLog.@Nullable Builder activities) {
    return new JsonLinesReader(options, in, source, sink,
        activities == null ? null : ActivityLogAccess.columns(activities));
  }

  static Problem syntax(JacksonException e, Cursor c) {
    return syntax(e, e.getLocation() == null ? c.here() : c.at(e.getLocation()));
  }

  /** A parser's exception as a problem at a place. */
  static Problem syntax(JacksonException e, Location where) {
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
    m = cut < 0 ? m : m.substring(0, cut);
    // "(start marker at [Source: REDACTED (StreamReadFeature…); byte offset: #UNKNOWN])": the parser's
    // own location of where the array or object began, without a line or column to show
    return START_MARKER.matcher(m).replaceAll("");
  }

  private static final java.util.regex.Pattern START_MARKER =
      java.util.regex.Pattern.compile(" \\(start marker at \\[Source: .*?; byte offset: #UNKNOWN\\]\\)");

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
    writeArray(g, "divisions", dataset.divisions(), DivisionCodec::writeFields);
    writeArray(g, "sites", dataset.sites(), SiteCodec::writeFields);
    writeArray(g, "teams", dataset.teams(), TeamCodec::writeFields);
    writeArray(g, "grids", dataset.grids(), GridCodec::writeFields);
    if (!dataset.organisations().isEmpty()) {
      writeArray(g, "organisations", dataset.organisations(), OrganisationCodec::writeFields);
    }
    writeArray(g, "volunteers", dataset.volunteers(), VolunteerCodec::writeFields);
    writeArray(g, "activities", dataset.activities(), ActivityCodec::writeFields);
    writeArray(g, "orders", dataset.orders(), OrderCodec::writeFields);
    dataset.profile().ifPresent(p -> {
      g.writeName("standard");
      writeProfile(g, p);
    });
    dataset.teamRules().ifPresent(r -> {
      g.writeName("teamRules");
      g.writeStartObject();
      TeamCodec.writeRules(g, r);
      g.writeEndObject();
    });
    if (!dataset.assessmentTables().isEmpty()) {
      writeArray(g, "assessmentTables", dataset.assessmentTables(), AssessmentTableCodec::writeFields);
    }
    if (!dataset.inspections().isEmpty()) {
      writeArray(g, "inspections", dataset.inspections(), InspectionCodec::writeFields);
    }
    if (!dataset.serviceRecords().isEmpty()) {
      writeArray(g, "serviceRecords", dataset.serviceRecords(), ServiceRecordCodec::writeFields);
    }
    g.writeEndObject();
  }

  static void writeProfile(JsonGenerator g, StandardProfile p) {
    g.writeStartObject();
    g.writeStringProperty("name", p.name());
    g.writeStringProperty("version", p.version());
    g.writeName("levels");
    ProfileCodec.writeFields(g, p.thresholds());
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
