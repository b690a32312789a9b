package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.civic.activity.ActivityLog;
import org.civic.json.RoundTripTest.Collecting;
import org.civic.site.Site;
import org.civic.testkit.RandomActivities;
import org.civic.testkit.RandomHierarchies;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON objects are unordered (RFC 8259): a line whose {@code "type"} is not first — as the tools
 * counties export with write it — is read as civic's own line is, by every path.
 */
class KeyOrderTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** How a tool writes a JSON line. */
  enum Style {
    /** Python's {@code json.dumps(sort_keys=True)}: sorted, ", " and ": ", non-ASCII as \\u escapes. */
    PYTHON(Comparator.naturalOrder(), ", ", ": ", true),
    /** {@code jq -S -c}: sorted, compact. */
    JQ(Comparator.naturalOrder(), ",", ":", false),
    /** PostgreSQL's {@code jsonb} as text: shorter keys first, then by bytes; ", " and ": ". */
    JSONB(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()), ", ", ": ", false),
    /** Any order, compact. */
    SHUFFLED(null, ",", ":", false);

    final Comparator<String> order;
    final String comma;
    final String colon;
    final boolean ascii;

    Style(Comparator<String> order, String comma, String colon, boolean ascii) {
      this.order = order;
      this.comma = comma;
      this.colon = colon;
      this.ascii = ascii;
    }
  }

  /** Writes a tree as a tool of a style writes it. */
  static void write(JsonNode node, Style style, SplittableRandom r, StringBuilder out) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
      if (style.order == null) {
        Collections.shuffle(fields, new java.util.Random(r.nextLong()));
      } else {
        fields.sort(Map.Entry.comparingByKey(style.order));
      }
      out.append('{');
      for (int i = 0; i < fields.size(); i++) {
        out.append(i == 0 ? "" : style.comma);
        string(fields.get(i).getKey(), style, out);
        out.append(style.colon);
        write(fields.get(i).getValue(), style, r, out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        out.append(i == 0 ? "" : style.comma);
        write(node.get(i), style, r, out);
      }
      out.append(']');
    } else if (node.isString()) {
      string(node.stringValue(), style, out);
    } else {
      out.append(node.toString());
    }
  }

  private static void string(String s, Style style, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || style.ascii && c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  /** Civic's lines, each rewritten in a style (or, mixed, each line in any style). */
  static byte[] rewritten(byte[] civic, SplittableRandom r, boolean mixed) {
    Style style = Style.values()[r.nextInt(Style.values().length)];
    StringBuilder out = new StringBuilder();
    for (String line : new String(civic, StandardCharsets.UTF_8).split("\n")) {
      Style s = mixed ? Style.values()[r.nextInt(Style.values().length)] : style;
      write(MAPPER.readTree(line), s, r, out);
      out.append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Collecting read(byte[] bytes, ActivityLog.Builder log) {
    Collecting sink = new Collecting();
    ReadReport report = log == null
        ? CivicJson.strict().readLines(new ByteArrayInputStream(bytes), "t.jsonl", sink)
        : CivicJson.strict().readLines(new ByteArrayInputStream(bytes), "t.jsonl", sink, log);
    assertThat(report.isClean()).as("%s", report).isTrue();
    return sink;
  }

  @Test
  void linesInAnyKeyOrderGiveTheRecordsOfCivicsOwnLines() {
    long[] activities = {0};
    qt().withExamples(40).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, size) -> {
      SplittableRandom r = new SplittableRandom(seed);
      byte[] civic = FastPathTest.lines(seed, size);
      byte[] other = rewritten(civic, r, r.nextBoolean());
      assertThat(read(other, null).dataset()).isEqualTo(read(civic, null).dataset());
      ActivityLog.Builder expected = ActivityLog.builder();
      ActivityLog.Builder actual = ActivityLog.builder();
      Dataset rest = read(other, actual).dataset();
      assertThat(rest).isEqualTo(read(civic, expected).dataset());
      List<org.civic.activity.Activity> read = actual.build().asList();
      assertThat(read).isEqualTo(expected.build().asList());
      activities[0] += read.size();
    });
    assertThat(activities[0]).isGreaterThan(40);
  }

  @Test
  void linesInAnyKeyOrderAreReadAlikeByEveryPath() {
    qt().withExamples(40).forAll(longs().all(), integers().between(1, 3), integers().between(0, 3))
        .checkAssert((seed, size, damages) -> {
          SplittableRandom r = new SplittableRandom(seed);
          String text = new String(rewritten(FastPathTest.lines(seed, size), r, true), StandardCharsets.UTF_8);
          for (int k = 0; k < damages; k++) {
            text = FastPathTest.damage(text, r);
          }
          FastPathTest.assertSameLenientAndStrict(text.getBytes(StandardCharsets.UTF_8));
        });
  }

  @Test
  void aNationalActivityFileWithSortedKeysIsReadWhole() {
    // the first 200 lines of a national activity file, sorted as jq -S sorts them: every record
    List<Site> sites = RandomHierarchies.generate(new SplittableRandom(42), 3, 0.6).sites();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (LinesWriter w = CivicJson.strict().linesWriter(out)) {
      RandomActivities.log(new SplittableRandom(42), sites, 2024, 199, 80, 600).forEach(w::write);
    }
    StringBuilder activities = new StringBuilder();
    int n = 0;
    for (String line : new String(out.toByteArray(), StandardCharsets.UTF_8).split("\n")) {
      write(MAPPER.readTree(line), Style.JQ, new SplittableRandom(n++), activities);
      activities.append('\n');
    }
    assertThat(n).isEqualTo(200);
    assertThat(activities.toString()).startsWith("{\"format\":\"civic/1\",\"type\":\"header\"}\n{\"beneficiaries\":");
    byte[] bytes = activities.toString().getBytes(StandardCharsets.UTF_8);
    ActivityLog.Builder log = ActivityLog.builder();
    ReadReport report = CivicJson.lenient().withParserThreads(2).readLines(new ByteArrayInputStream(bytes),
        "national.jsonl", RecordSink.none(), log);
    assertThat(report.errors()).isEmpty();
    assertThat(report.records()).isEqualTo(199);
    assertThat(log.build().size()).isEqualTo(199);
    // and not line by line: the token reader takes them, only the header is read exactly
    JsonLinesReader reader = CivicJson.linesReader(CivicJson.strict().linesOptions(), new ByteArrayInputStream(bytes),
        "national.jsonl", RecordSink.none(), ActivityLog.builder());
    assertThat(reader.read().records()).isEqualTo(199);
    assertThat(reader.statistics().exactLines()).isEqualTo(1);
    assertThat(reader.statistics().parserRuns()).isLessThan(20);
  }

  @Test
  void aRecordWithoutATypeIsReportedWhereItStarts() {
    byte[] bytes = ("{\"format\":\"civic/1\",\"type\":\"header\"}\n"
        + "{\"code\":\"411081000000\",\"name\":\"禹州市\"}\n"
        + "{\"name\":\"禹州市\",\"code\":\"411081000000\",\"type\":\"division\"}\n").getBytes(StandardCharsets.UTF_8);
    ReadReport report = CivicJson.lenient().readLines(new ByteArrayInputStream(bytes), "t.jsonl", RecordSink.none());
    assertThat(report.records()).isEqualTo(1);
    assertThat(report.errors()).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo("jsonl.missing-type");
      assertThat(p.where().line()).hasValue(2);
      assertThat(p.where().column()).hasValue(1);
      assertThat(p.expected()).hasValueSatisfying(e -> assertThat(e).contains("division, site"));
    });
    FastPathTest.assertSameLenientAndStrict(bytes);
  }
}
