package org.civic.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civic.activity.Activity;
import org.civic.activity.ActivityLog;
import org.civic.activity.internal.ActivityColumns;
import org.civic.activity.internal.ActivityLogAccess;
import org.civic.json.CivicJson;
import org.civic.json.ReadReport;
import org.civic.json.RecordSink;
import org.civic.site.SiteId;
import org.civic.volunteer.VolunteerId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures ingesting a national JSON Lines file of activities: civic's
 * {@code readLines} side by side with a bare Jackson token loop and plain Jackson data binding,
 * all over the same bytes in memory.
 *
 * <p>Input: {@link JsonActivityLines}, the activities of the shared national data
 * ({@link NationalData}: 1,000,000 records, 312 MB at reduced scale; 6,000,000, about 1.9 GB, with
 * {@code -Dcivic.scale=full}), written once with {@code CivicJson.strict().linesWriter} and read
 * whole into one {@code byte[]} in {@code @Setup} (not timed). Before timing, the setup checks that
 * civic reads exactly {@code JsonActivityLines.COUNT} activities with no error, warning or
 * rejected line; every benchmark checks its own count (and, where it reads them, the beneficiaries' sum)
 * at the end of each shot.
 *
 * <p>Each operation reads the whole file once: MB/s = {@link #bytes} / 10⁶ / the shot's time.
 *
 * <ul>
 *   <li>{@code bareTokenLoop}: one {@link JsonParser} over the whole array, {@code nextToken()}
 *       until null, counting tokens. The root values are separated by newlines. The baseline.
 *       Target: {@code civicIngestToLog} ≥ 60% of its throughput.
 *   <li>{@code civicIngestToLog}: {@code CivicJson.lenient().readLines(in, "national.jsonl",
 *       RecordSink.none(), log)}, activities straight into an {@code ActivityLog}: civic's national
 *       ingest path, and what the target is measured on. {@code civicIngestToLogStrict}: the same,
 *       strict.
 *   <li>{@code civicIngestToLogTwoThreads}: the same with {@code withParserThreads(2)}, civic's
 *       national setting on this 2-core machine: two threads parse blocks while the calling thread
 *       reads, joins the blocks' logs in order and reads the doubted lines, and before it returns
 *       numbers the log's distinct sites and volunteers on the parser threads (work the log's
 *       first {@code ActivityRollup.of} does after a one-thread read), which this figure includes.
 *       The bare loop has one thread; both figures are recorded. {@code civicIngestTwoThreads}: {@code civicIngest} so.
 *   <li>{@code jacksonDataBinding}: {@code mapper.readerFor(ActivityLine.class).readValues(bytes)},
 *       each line bound to a plain record: what a user would write without civic.
 *   <li>{@code civicIngest}: {@code CivicJson.lenient().readLines(in, "national.jsonl", sink)},
 *       an {@code Activity} object per line handed to a sink that counts them and sums their
 *       beneficiaries.
 *   <li>{@code civicIngestStrict}: the same with {@code CivicJson.strict()}.
 *   <li>{@code perLineTokenLoop} (diagnostic): the bare token loop, but a new parser per line from
 *       a factory configured as civic's (its {@code StreamReadConstraints} and
 *       {@code STRICT_DUPLICATE_DETECTION}): the price of civic's line-at-a-time structure.
 *   <li>{@code handStreamingToActivity} (diagnostic): one parser, a hand-written field switch
 *       building civic-core {@link Activity} objects through {@code Activity.builder} (dates by
 *       hand, {@link #isoDate}), no locations, pointers or problems: about the best any reader that
 *       makes civic's objects can do.
 * </ul>
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@BenchmarkMode(Mode.SingleShotTime)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class JsonIngestBenchmark {

  /** The clock civic-json reads with: far enough ahead that no activity is in the future. */
  private static final Clock READ_CLOCK = Clock.fixed(Instant.parse("9999-12-31T00:00:00Z"), ZoneOffset.UTC);

  /** The file, whole. */
  byte[] bytes;

  /** The beneficiaries' sum civic reads, checked by every reader that reads them. */
  long expectedBeneficiaries;

  private final JsonFactory bareFactory = new JsonFactory();
  private final JsonFactory civicLikeFactory = JsonFactory.builder()
      .streamReadConstraints(CivicJson.defaultConstraints())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private final ObjectReader lineReader = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build()
      .readerFor(ActivityLine.class);
  private final CivicJson lenient = CivicJson.lenient();
  private final CivicJson strict = CivicJson.strict();
  private final CivicJson lenientTwoThreads = CivicJson.lenient().withParserThreads(2);

  /** One line as a user would bind it without civic; the header binds too, as type "header". */
  public record ActivityLine(String type, String id, LocalDate date, String site, List<String> teams,
      String theme, String monthTheme, List<String> volunteers, long beneficiaries, long serviceMinutes,
      long materials, long consultations, long sessions) {}

  /** Counts activities and sums their beneficiaries, so nothing read is dead. */
  static final class CountingSink implements RecordSink {
    long activities;
    long beneficiaries;

    @Override
    public void activity(Activity activity) {
      activities++;
      beneficiaries += activity.beneficiaries();
    }
  }

  /** Returns the file to read: the shared national data's activities. */
  Path inputFile() {
    return JsonActivityLines.file();
  }

  /** Returns the activities in {@link #inputFile()}. */
  int expectedCount() {
    return JsonActivityLines.COUNT;
  }

  @Setup
  public void setUp() throws IOException {
    Path file = inputFile();
    bytes = Files.readAllBytes(file);
    CountingSink sink = new CountingSink();
    ReadReport report = lenient.readLines(new ByteArrayInputStream(bytes), "national.jsonl", sink);
    if (sink.activities != expectedCount() || report.records() != expectedCount()
        || !report.errors().isEmpty() || !report.warnings().isEmpty() || !report.rejected().isEmpty()) {
      throw new IllegalStateException("civic read " + sink.activities + " activities, " + report.records()
          + " records, " + report.errors().size() + " errors, " + report.warnings().size() + " warnings, "
          + report.rejected().size() + " rejected; first error: "
          + report.errors().stream().findFirst().map(Object::toString).orElse("none"));
    }
    expectedBeneficiaries = sink.beneficiaries;
    System.out.printf("%n%s: %,d bytes, %,d activities, %,d beneficiaries, 0 problems%n", file, bytes.length,
        sink.activities, sink.beneficiaries);
  }

  private long check(long activities, long beneficiaries) {
    if (activities != expectedCount() || beneficiaries != expectedBeneficiaries) {
      throw new IllegalStateException("read " + activities + " activities, " + beneficiaries + " beneficiaries");
    }
    return activities + beneficiaries;
  }

  @Benchmark
  public long bareTokenLoop() {
    long tokens = 0;
    try (JsonParser p = bareFactory.createParser(ObjectReadContext.empty(), bytes)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    if (tokens < 12L * expectedCount()) {
      throw new IllegalStateException("only " + tokens + " tokens");
    }
    return tokens;
  }

  @Benchmark
  public long perLineTokenLoop() {
    byte[] b = bytes;
    long tokens = 0;
    int start = 0;
    while (start < b.length) {
      int end = start;
      while (end < b.length && b[end] != '\n') {
        end++;
      }
      if (end > start) {
        try (JsonParser p = civicLikeFactory.createParser(ObjectReadContext.empty(), b, start, end - start)) {
          while (p.nextToken() != null) {
            tokens++;
          }
        }
      }
      start = end + 1;
    }
    if (tokens < 12L * expectedCount()) {
      throw new IllegalStateException("only " + tokens + " tokens");
    }
    return tokens;
  }

  @Benchmark
  public long jacksonDataBinding() {
    long activities = 0;
    long beneficiaries = 0;
    try (MappingIterator<ActivityLine> it = lineReader.readValues(bytes)) {
      while (it.hasNextValue()) {
        ActivityLine line = it.nextValue();
        if ("activity".equals(line.type())) {
          activities++;
          beneficiaries += line.beneficiaries();
        }
      }
    }
    return check(activities, beneficiaries);
  }

  @Benchmark
  public long handStreamingToActivity() {
    long activities = 0;
    long beneficiaries = 0;
    List<VolunteerId> volunteers = new ArrayList<>();
    try (JsonParser p = bareFactory.createParser(ObjectReadContext.empty(), bytes)) {
      while (p.nextToken() == JsonToken.START_OBJECT) {
        String type = null;
        String id = null;
        String date = null;
        String site = null;
        long ben = 0;
        long minutes = 0;
        volunteers.clear();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          p.nextToken();
          switch (name) {
            case "type" -> type = p.getString();
            case "id" -> id = p.getString();
            case "date" -> date = p.getString();
            case "site" -> site = p.getString();
            case "volunteers" -> {
              while (p.nextToken() != JsonToken.END_ARRAY) {
                volunteers.add(VolunteerId.of(p.getString()));
              }
            }
            case "beneficiaries" -> ben = p.getLongValue();
            case "serviceMinutes" -> minutes = p.getLongValue();
            default -> p.skipChildren();
          }
        }
        if ("activity".equals(type)) {
          Activity a = Activity.builder(id, isoDate(date), SiteId.of(site))
              .volunteers(volunteers)
              .beneficiaries(ben)
              .serviceTime(Duration.ofMinutes(minutes))
              .build(READ_CLOCK);
          activities++;
          beneficiaries += a.beneficiaries();
        }
      }
    }
    return check(activities, beneficiaries);
  }

  /** {@code LocalDate.parse} for the usual {@code yyyy-MM-dd}, without the formatter; others go to it. */
  static LocalDate isoDate(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int y = digits(s, 0, 4);
      int m = digits(s, 5, 7);
      int d = digits(s, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        return LocalDate.of(y, m, d);
      }
    }
    return LocalDate.parse(s);
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      int c = s.charAt(i) - '0';
      if (c < 0 || c > 9) {
        return -1;
      }
      v = v * 10 + c;
    }
    return v;
  }

  @Benchmark
  public long civicIngest() {
    return civic(lenient);
  }

  @Benchmark
  public long civicIngestStrict() {
    return civic(strict);
  }

  @Benchmark
  public long civicIngestToLog() {
    return civicToLog(lenient);
  }

  @Benchmark
  public long civicIngestToLogStrict() {
    return civicToLog(strict);
  }

  @Benchmark
  public long civicIngestToLogTwoThreads() {
    return civicToLog(lenientTwoThreads);
  }

  @Benchmark
  public long civicIngestTwoThreads() {
    return civic(lenientTwoThreads);
  }

  private long civicToLog(CivicJson json) {
    ActivityLog.Builder builder = ActivityLog.builder(bytes.length / 150);
    ReadReport report = json.readLines(new ByteArrayInputStream(bytes), "national.jsonl", RecordSink.none(), builder);
    if (!report.errors().isEmpty()) {
      throw new IllegalStateException(report.errors().get(0).toString());
    }
    // the column itself (civic's own seam; benchmarks run on the class path): checked without an object a row
    ActivityColumns log = ActivityLogAccess.columns(builder.build());
    long beneficiaries = 0;
    for (int i = 0; i < log.size(); i++) {
      beneficiaries += log.beneficiariesOf(i);
    }
    return check(log.size(), beneficiaries);
  }

  private long civic(CivicJson json) {
    CountingSink sink = new CountingSink();
    ReadReport report = json.readLines(new ByteArrayInputStream(bytes), "national.jsonl", sink);
    if (!report.errors().isEmpty()) {
      throw new IllegalStateException(report.errors().get(0).toString());
    }
    return check(sink.activities, sink.beneficiaries);
  }

  /**
   * The target's ratio measured robustly on a shared machine, without JMH: shots of
   * {@code bareTokenLoop}, {@code civicIngestToLog} and {@code civicIngestToLogTwoThreads}
   * interleaved in one JVM (the bare loop first and last in turn), so that all see the same load;
   * prints each shot's ratios and their medians.
   * {@code java -Xms8g -Xmx8g -cp benchmarks.jar org.civic.benchmarks.JsonIngestBenchmark [pairs [lean]]}
   * (with {@code lean}: on {@link LeanActivityLines} instead of the national data's file)
   */
  public static void main(String[] args) throws IOException {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    JsonIngestBenchmark b = args.length > 1 && args[1].equals("lean") ? new LeanJsonIngestBenchmark()
        : new JsonIngestBenchmark();
    b.setUp();
    for (int i = 0; i < 3; i++) { // warm-up
      b.bareTokenLoop();
      b.civicIngestToLog();
      b.civicIngestToLogTwoThreads();
    }
    double[] bare = new double[pairs];
    double[] civic = new double[pairs];
    double[] two = new double[pairs];
    double[] ratio = new double[pairs];
    double[] ratioTwo = new double[pairs];
    for (int i = 0; i < pairs; i++) {
      boolean bareFirst = i % 2 == 0;
      if (bareFirst) {
        bare[i] = time(b::bareTokenLoop);
      }
      civic[i] = time(b::civicIngestToLog);
      two[i] = time(b::civicIngestToLogTwoThreads);
      if (!bareFirst) {
        bare[i] = time(b::bareTokenLoop);
      }
      ratio[i] = bare[i] / civic[i];
      ratioTwo[i] = bare[i] / two[i];
      System.out.printf("shot %2d: bare %.2f s (%.0f MB/s); civicIngestToLog %.2f s (%.0f MB/s): %.0f%%;"
          + " two threads %.2f s (%.0f MB/s): %.0f%%%n", i + 1, bare[i], b.bytes.length / 1e6 / bare[i], civic[i],
          b.bytes.length / 1e6 / civic[i], 100 * ratio[i], two[i], b.bytes.length / 1e6 / two[i], 100 * ratioTwo[i]);
    }
    java.util.Arrays.sort(bare);
    java.util.Arrays.sort(civic);
    java.util.Arrays.sort(two);
    java.util.Arrays.sort(ratio);
    java.util.Arrays.sort(ratioTwo);
    System.out.printf("median: bare %.2f s, civicIngestToLog %.2f s, two threads %.2f s%n", bare[pairs / 2],
        civic[pairs / 2], two[pairs / 2]);
    System.out.printf("share of the bare loop, median of the shots: one thread %.0f%% (%.0f%%–%.0f%%),"
        + " two threads %.0f%% (%.0f%%–%.0f%%)%n", 100 * ratio[pairs / 2], 100 * ratio[0], 100 * ratio[pairs - 1],
        100 * ratioTwo[pairs / 2], 100 * ratioTwo[0], 100 * ratioTwo[pairs - 1]);
  }

  private static double time(java.util.function.LongSupplier shot) {
    long t = System.nanoTime();
    shot.getAsLong();
    return (System.nanoTime() - t) / 1e9;
  }
}
