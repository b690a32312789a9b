package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.civic.activity.Activity;
import org.civic.activity.ActivityLog;
import org.civic.activity.internal.ActivityColumns;
import org.civic.activity.internal.ActivityLogAccess;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.BuildResult;
import org.civic.hierarchy.Hierarchy;
import org.civic.hierarchy.HierarchyBuilder;
import org.civic.json.RoundTripTest.Collecting;
import org.civic.site.RuleDocuments;
import org.civic.site.Site;
import org.civic.site.SiteFacts;
import org.civic.site.SiteId;
import org.civic.site.Staffing;
import org.civic.site.TeamFacts;
import org.civic.site.Venue;
import org.civic.testkit.RandomActivities;
import org.civic.testkit.RandomFacts;
import org.civic.testkit.RandomHierarchies;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadConstraints;

/**
 * The JSON Lines fast path against the exact path it falls back to: on any input, valid or
 * damaged, reading with the fast path gives the same records, the same problems (line, column,
 * pointer, message) and the same rejected lines as reading every line on its own.
 */
class FastPathTest {

  /** The outcome of one read, comparable. */
  record Outcome(String report, Dataset records, List<Activity> logged, String numbering, String thrown,
      String hierarchy) {}

  /** Where a read's records go: a collecting sink, that and a log, or a hierarchy builder. */
  enum Into { RECORDS, LOG, HIERARCHY }

  /**
   * A hierarchy built leniently, as text: every division, every site with its facts in the
   * hierarchy's order, and every problem of the build.
   */
  private static String describe(BuildResult built) {
    StringBuilder s = new StringBuilder();
    Hierarchy h = built.hierarchy();
    h.divisions().forEach(d -> s.append(d).append('\n'));
    h.sites().forEach(site -> s.append(site).append(' ').append(site.parent()).append(' ').append(site.facts())
        .append('\n'));
    built.problems().forEach(p -> s.append(p).append('\n'));
    return s.toString();
  }

  /** A log's categories and themes, and each row's numbers in them. */
  private static String numbering(ActivityLog log) {
    ActivityColumns c = ActivityLogAccess.columns(log);
    StringBuilder s = new StringBuilder().append(c.categories()).append(c.themes());
    for (int row = 0; row < log.size(); row++) {
      s.append(' ').append(c.categoryNumber(row)).append('/').append(c.themeNumber(row)).append('/')
          .append(c.monthThemeNumber(row));
    }
    return s.toString();
  }

  /** How a read is done: every line exactly, the fast path on one thread, or parser threads over small blocks. */
  enum Mode { EXACT, FAST, PARALLEL }

  static Outcome read(CivicJson json, byte[] bytes, Mode mode, Into into) {
    Collecting sink = new Collecting();
    ActivityLog.Builder log = into == Into.LOG ? ActivityLog.builder() : null;
    HierarchyBuilder hierarchy = into == Into.HIERARCHY ? Hierarchy.builder() : null;
    ReadReport[] report = {null};
    Thread caller = Thread.currentThread();
    // into a hierarchy: the sink civic-json knows, whose site lines go to the builder's columns
    RecordSink checked = hierarchy != null ? RecordSink.into(hierarchy) : sink.onlyOn(caller);
    Throwable thrown = catchThrowable(() -> report[0] = switch (mode) {
      case EXACT -> CivicJson.linesReader(json.linesOptions().withoutFastPath(), new ByteArrayInputStream(bytes),
          "t.jsonl", checked, log).read();
      case FAST -> log == null ? json.readLines(new ByteArrayInputStream(bytes), "t.jsonl", checked)
          : json.readLines(new ByteArrayInputStream(bytes), "t.jsonl", checked, log);
      case PARALLEL -> CivicJson.linesReader(json.withParserThreads(1 + bytes.length % 3).linesOptions()
          .withBlockSize(64 << (bytes.length % 7)), new ByteArrayInputStream(bytes), "t.jsonl", checked, log).read();
    });
    String thrownText = thrown == null ? "" : thrown.getClass().getSimpleName() + ": "
        + (thrown instanceof CivicJsonException e ? e.problems().toString() : thrown.toString());
    ActivityLog built = log == null ? null : log.build();
    return new Outcome(report[0] == null ? "" : report[0].toString(), sink.dataset(),
        built == null ? List.of() : List.copyOf(built.asList()), built == null ? "" : numbering(built), thrownText,
        hierarchy == null ? "" : describe(hierarchy.buildLenient()));
  }

  /** A reader of bytes in blocks of about blockSize bytes. */
  private static JsonLinesReader reader(CivicJson json, int blockSize, byte[] bytes, RecordSink sink,
      ActivityLog.Builder log) {
    return CivicJson.linesReader(json.linesOptions().withBlockSize(blockSize), new ByteArrayInputStream(bytes),
        "t.jsonl", sink, log);
  }

  static void assertSame(CivicJson json, byte[] bytes) {
    for (Into into : Into.values()) {
      Outcome exact = read(json, bytes, Mode.EXACT, into);
      for (Mode mode : new Mode[] {Mode.FAST, Mode.PARALLEL}) {
        assertThat(read(json, bytes, mode, into)).as("%s, %s, into %s, input:%n%s",
            json.isStrict() ? "strict" : "lenient", mode, into, new String(bytes, StandardCharsets.UTF_8))
            .isEqualTo(exact);
      }
    }
  }

  /** {@link #assertSame} leniently and strictly. */
  static void assertSameLenientAndStrict(byte[] bytes) {
    assertSame(CivicJson.lenient(), bytes);
    assertSame(CivicJson.strict(), bytes);
  }

  static byte[] lines(long seed, int size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (LinesWriter w = CivicJson.strict().linesWriter(out)) {
      w.writeAll(Samples.dataset(seed, size));
    }
    return out.toByteArray();
  }

  /** Damages a JSON Lines text in one of the ways real files are damaged (or rewritten: escapes). */
  static String damage(String text, SplittableRandom r) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int i = r.nextInt(lines.size());
    String l = lines.get(i);
    switch (r.nextInt(20)) {
      case 0 -> lines.add(i, r.nextBoolean() ? "" : "  \t");
      case 1 -> lines.set(i, l + "\r");
      case 2 -> lines.set(i, l.replaceFirst("\"id\":", "\"id\":\"x1\",\"id\":"));
      case 3 -> lines.set(i, l.replaceFirst("\\{\"type\":\"([a-z]+)\",", "{\"type\":\"$1\",\"zzz\":[1,{\"a\":2}],"));
      case 4 -> {
        if (!l.isEmpty()) {
          int from = r.nextInt(l.length());
          lines.set(i, l.substring(0, from) + l.substring(Math.min(l.length(), from + 1 + r.nextInt(5))));
        }
      }
      case 5 -> lines.set(i, l.substring(0, l.isEmpty() ? 0 : r.nextInt(l.length())));
      case 6 -> {
        if (i + 1 < lines.size()) {
          lines.set(i, l + lines.remove(i + 1));
        }
      }
      case 7 -> {
        if (!l.isEmpty()) {
          int at = r.nextInt(l.length());
          lines.set(i, l.substring(0, at) + "\n" + l.substring(at));
        }
      }
      case 8 -> lines.set(i, l.replaceFirst("\"beneficiaries\":", "\"beneficiaries\":-"));
      case 9 -> lines.set(i, l.replaceFirst("\"date\":\"\\d{4}-\\d\\d-\\d\\d\"", "\"date\":\"2023-02-30\""));
      case 10 -> lines.set(i, l.replaceFirst("\"site\":\"", "\"site\":\"点"));
      case 11 -> lines.add(i, l);
      case 12 -> lines.set(i, l.replaceFirst("\"serviceMinutes\":\\d+", "\"serviceMinutes\":999999"));
      case 13 -> lines.set(i, l.replace("\",\"", "\" ,\r\"")); // a lone carriage return inside a record
      case 14 -> lines.set(i, l.replaceFirst("\"volunteers\":\\[", "\"volunteers\":[\"v-dup\",\"v-dup\","));
      case 16 -> lines.set(i, l.replaceFirst("\"v(\\d)", "\"\\\\u0076$1")); // an escape in an id: the same id
      case 17 -> lines.set(i, l.replaceFirst("\"site\":\"s", "\"site\":\"\\\\u0073")); // the same site, escaped
      case 18 -> lines.set(i, l.replaceFirst("\"zh\":\"", "\"zh\":\"\\\\u0020")); // a field's name changed
      case 19 -> lines.set(i, rewrite(l, r));
      default -> lines.set(i, l.replaceFirst("\"date\":\"(\\d{4})", "\"date\":\"+1$1"));
    }
    return String.join("\n", lines);
  }

  /** Puts a space before or after the colon of one of the first {@code fields} fields of a line. */
  static String spaceAroundAColon(String l, SplittableRandom r, int fields) {
    int at = -1;
    for (int k = r.nextInt(fields); k >= 0; k--) {
      int next = l.indexOf("\":", at + 1);
      at = next < 0 ? at : next;
    }
    return at < 0 ? l : l.substring(0, at + 1) + (r.nextBoolean() ? ": " : " :") + l.substring(at + 2);
  }

  /** Rewrites a line the way civic's own writer never writes it, most of which the activity scanner declines. */
  static String rewrite(String l, SplittableRandom r) {
    return switch (r.nextInt(11)) {
      case 0 -> spaceAroundAColon(l, r, 14);
      case 1 -> l.replaceFirst("\"(beneficiaries|serviceMinutes|sessions)\":\\d+",
          "\"$1\":" + pick(r, "0", "00", "07", "-0", "1.0", "1e2", "1E0", "120.5", "999999999999999999",
              "9223372036854775807", "9223372036854775808", "123456789012345678901234567890", "\"12\"", "null"));
      case 2 -> l.replaceFirst("\"(theme|monthTheme)\":\"", "\"$1\":\""
          + pick(r, "\\\\u5c0f", "\\\\n", "\t", " ", "\u00e9", "\uD83D\uDE00", "\\\\\""));
      case 3 -> l.replaceFirst("\"(theme|monthTheme)\":\"[^\"]*\"",
          "\"$1\":" + pick(r, "null", "\"\"", "\" \"", "1", "[]", "\"x\""));
      case 4 -> l.replaceFirst("\"category\":\\{\"id\":(\"[a-z-]+\"),\"zh\":\"[^\"]*\",\"en\":\"[^\"]*\"}",
          "\"category\":" + pick(r, "$1", "\"tea-culture\"", "\"\"", "null", "{}", "{\"id\":$1}"));
      case 5 -> l.replaceFirst("\"(zh|en)\":\"", pick(r, "\"$1\":\"x", "\"$1\": \"", "\"$1\":\"\\\\u4e00"));
      case 6 -> l.replaceFirst("\"(teams|volunteers)\":\\[[^]]*]",
          "\"$1\":" + pick(r, "[]", "[1]", "[\"a\",]", "[\"a\" ]", "[[\"a\"]]", "\"a\"", "[\"a\",\"a\"]", "[null]",
              "[\"a\",\"" + "x".repeat(64) + "\"]", "[\"" + "x".repeat(65) + "\",\"a\"]", "[\"a\",\"\"]"));
      case 7 -> l.isEmpty() ? l : l + pick(r, " ", "\t", "x", ",", "}", "\r\r", "{}");
      case 8 -> l.replaceFirst("^(\\{\"type\":\"[a-z]+\"),(\"id\":\"[^\"]*\"),(.*)}$", "$1,$3,$2}");
      case 9 -> l.replaceFirst("}$", pick(r, ",\"zzz\":1}", ",\"date\":\"2024-01-01\"}", ",\"type\":\"activity\"}",
          ",}", ",\"\":0}", ",\"beneficiaries\":5}", ",\"theme\":\"x\"}", ",\"teams\":[\"t\"]}", ",\"category\":\"culture\"}",
          ",\"volunteers\":[]}", ",\"sessions\":0}"));
      case 10 -> l.replaceFirst("\"(id|site)\":\"[^\"]*\"", "\"$1\":" + pick(r, "\"\"", "\"" + "x".repeat(64) + "\"",
          "\"" + "x".repeat(65) + "\"", "\"a b\"", "\"a\u007f\"", "1", "\"é\""));
      default -> throw new AssertionError();
    };
  }

  private static String pick(SplittableRandom r, String... choices) {
    return choices[r.nextInt(choices.length)];
  }

  /** Replaces a byte of a character outside ASCII with another such byte: the UTF-8 may now be malformed. */
  static void damageUtf8(byte[] bytes, SplittableRandom r) {
    int start = r.nextInt(bytes.length);
    for (int k = 0; k < bytes.length; k++) {
      int i = (start + k) % bytes.length;
      if (bytes[i] < 0) {
        bytes[i] = (byte) (0x80 + r.nextInt(0x80));
        return;
      }
    }
  }

  /** Replaces a byte of a theme outside ASCII with another such byte: the UTF-8 may now be malformed. */
  static void damageTheme(byte[] bytes, SplittableRandom r) {
    byte[] theme = "\"theme\":\"".getBytes(StandardCharsets.UTF_8);
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i + theme.length < bytes.length; i++) {
      if (bytes[i + theme.length] < 0 && java.util.Arrays.equals(bytes, i, i + theme.length, theme, 0, theme.length)) {
        at.add(i + theme.length);
      }
    }
    if (!at.isEmpty()) {
      bytes[at.get(r.nextInt(at.size())) + r.nextInt(3)] = (byte) (0x80 + r.nextInt(0x80));
    }
  }

  @Test
  void onValidFilesTheFastPathGivesWhatTheExactPathGives() {
    qt().withExamples(60).forAll(longs().all(), integers().between(1, 5)).checkAssert((seed, size) -> {
      byte[] bytes = lines(seed, size);
      assertSameLenientAndStrict(bytes);
    });
  }

  @Test
  void onDamagedFilesTheFastPathGivesWhatTheExactPathGives() {
    qt().withExamples(300).forAll(longs().all(), integers().between(1, 4), integers().between(1, 6))
        .checkAssert((seed, size, damages) -> {
          SplittableRandom r = new SplittableRandom(seed);
          String text = new String(lines(seed, size), StandardCharsets.UTF_8);
          for (int k = 0; k < damages; k++) {
            text = damage(text, r);
          }
          byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
          if (r.nextInt(6) == 0) {
            damageUtf8(bytes, r);
          }
          assertSameLenientAndStrict(bytes);
        });
  }

  @Test
  void onRewrittenActivitiesTheFastPathGivesWhatTheExactPathGives() {
    qt().withExamples(400).forAll(longs().all(), integers().between(1, 3), integers().between(1, 4))
        .checkAssert((seed, size, rewrites) -> {
          SplittableRandom r = new SplittableRandom(seed);
          List<String> lines = new ArrayList<>(List.of(new String(lines(seed, size), StandardCharsets.UTF_8).split("\n")));
          List<Integer> activities = new ArrayList<>();
          for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("{\"type\":\"activity\"")) {
              activities.add(i);
            }
          }
          if (activities.isEmpty()) {
            return;
          }
          for (int k = 0; k < rewrites; k++) {
            int i = activities.get(r.nextInt(activities.size()));
            lines.set(i, rewrite(lines.get(i), r));
          }
          byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
          if (r.nextInt(4) == 0) {
            damageTheme(bytes, r);
          }
          assertSameLenientAndStrict(bytes);
        });
  }

  /** Rewrites a site line the way civic's own writer never writes it, most of which the hierarchy scanner declines. */
  static String rewriteSite(String l, SplittableRandom r) {
    return switch (r.nextInt(12)) {
      case 0 -> spaceAroundAColon(l, r, 20);
      case 1 -> l.replaceFirst("\"(functionRooms|members|running|menuItems|boards|approved|directors)\":\\d+",
          "\"$1\":" + pick(r, "0", "00", "07", "-0", "-1", "1.0", "1e2", "1E0", "2147483647", "2147483648", "4294967297",
              "99999999999", "\"12\"", "null", "true"));
      case 2 -> l.replaceFirst("\"area\":[0-9.]+", "\"area\":" + pick(r, "0", "0.0", "00.5", "-0", "-1.5", "1.", ".5",
          "1e2", "1.5E-1", "12345678901234567890.123", "\"12\"", "null", "0.125", "15.90"));
      case 3 -> l.replaceFirst("\"(name|leaderRole)\":\"", "\"$1\":\""
          + pick(r, "\\\\u5c0f", "\\\\n", "\t", " ", "\u00e9", "\uD83D\uDE00", "\\\\\"", "\uFFFD"));
      case 4 -> l.replaceFirst("\"(name|leaderRole|level|division|id)\":\"[^\"]*\"",
          "\"$1\":" + pick(r, "null", "\"\"", "\" \"", "1", "[]", "\"x\"", "\"CENTER\"", "\"center\"",
              "\"POINT\"", "\"110101\"", "\"110101001001\"", "\"" + "x".repeat(65) + "\""));
      case 5 -> l.replaceFirst("\"(signboard|unifiedLogo|publicPosting)\":(true|false)",
          "\"$1\":" + pick(r, "1", "\"true\"", "null", "TRUE", "tru", "falsey"));
      case 6 -> l.replaceFirst("\"rules\":\\[[^]]*]",
          "\"rules\":" + pick(r, "[]", "[1]", "[\"a\",]", "[\"a\" ]", "[[\"a\"]]", "\"a\"", "[\"a\",\"a\"]",
              "[null]", "[\"a\",\"\"]", "[\" \"]"));
      case 7 -> l.isEmpty() ? l : l + pick(r, " ", "\t", "x", ",", "}", "\r\r", "{}");
      case 8 -> l.replaceFirst("^(\\{\"type\":\"site\"),(\"id\":\"[^\"]*\"),(.*)}$", "$1,$3,$2}");
      case 9 -> l.replaceFirst("}}$", pick(r, "},\"zzz\":1}", "},\"parent\":\"p\"}", ",\"zzz\":1}}", ",}}",
          ",\"venue\":{\"area\":1,\"functionRooms\":1}}}", "},\"facts\":{}}"));
      case 10 -> l.replaceFirst(",\"facts\":\\{", pick(r, ",\"facts\":{}}X{", ",\"facts\": {", ",\"facts\":{\"zzz\":1,",
          ",\"parent\":\"s1\",\"facts\":{"));
      case 11 -> l.replaceFirst("\"(venue|signage|team|projects|display|staffing)\":\\{[^}]*}",
          pick(r, "\"$1\":{}", "\"$1\":null", "\"$1\":{\"zzz\":1}", "\"team\":{\"members\":1}",
              "\"staffing\":{\"approved\":1,\"directors\":3}", "\"staffing\":{\"approved\":2,\"deputyDirectors\":1}",
              "\"team\":{\"leaderRole\":\" \",\"members\":1}"));
      default -> throw new AssertionError();
    };
  }

  /** Rewrites a division line the way civic's own writer never writes it. */
  static String rewriteDivision(String l, SplittableRandom r) {
    return switch (r.nextInt(6)) {
      case 0 -> l.replaceFirst("\":", pick(r, "\": ", "\" :", "\":\t"));
      case 1 -> l.replaceFirst("\"code\":\"[^\"]*\"", "\"code\":" + pick(r, "\"110101\"", "\"11010100100\"",
          "\"110101001001\"", "\"110101001000\"", "\"000000000000\"", "\"1101010010011\"", "\"11010100100x\"",
          "110101001001", "null", "\"\""));
      case 2 -> l.replaceFirst("\"name\":\"", "\"name\":\"" + pick(r, "\\\\u5c0f", "\\\\n", "\t", " ", "\uFFFD",
          "\uD83D\uDE00"));
      case 3 -> l.replaceFirst("\"name\":\"[^\"]*\"", "\"name\":" + pick(r, "\"\"", "\" \"", "null", "1", "\"x\""));
      case 4 -> l.replaceFirst("^(\\{\"type\":\"division\"),(\"code\":\"[^\"]*\"),(.*)}$", "$1,$3,$2}");
      case 5 -> l.replaceFirst("}$", pick(r, ",\"zzz\":1}", ",\"code\":\"110000000000\"}", ",}", "} ", "}x"));
      default -> throw new AssertionError();
    };
  }

  @Test
  void onRewrittenDivisionsAndSitesTheFastPathGivesWhatTheExactPathGives() {
    qt().withExamples(400).forAll(longs().all(), integers().between(1, 3), integers().between(1, 4))
        .checkAssert((seed, size, rewrites) -> {
          SplittableRandom r = new SplittableRandom(seed);
          List<String> lines = new ArrayList<>(List.of(new String(lines(seed, size), StandardCharsets.UTF_8).split("\n")));
          List<Integer> sites = new ArrayList<>();
          for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("{\"type\":\"site\"") || lines.get(i).startsWith("{\"type\":\"division\"")) {
              sites.add(i);
            }
          }
          if (sites.isEmpty()) {
            return;
          }
          for (int k = 0; k < rewrites; k++) {
            int i = sites.get(r.nextInt(sites.size()));
            String l = lines.get(i);
            lines.set(i, l.startsWith("{\"type\":\"site\"") ? rewriteSite(l, r) : rewriteDivision(l, r));
          }
          byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
          if (r.nextInt(4) == 0) {
            damageUtf8(bytes, r);
          }
          assertSameLenientAndStrict(bytes);
        });
  }

  @Test
  void numbersOfEveryLengthAreReadAsTheExactPathReadsThem() {
    // 1–20 digits, sometimes with a leading zero, in any count field, ending a line or not, at the
    // file's end or not: the scanner reads up to seven digits a word at a time, more a byte at a time
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      StringBuilder text = new StringBuilder("{\"type\":\"header\",\"format\":\"civic/1\"}\n");
      int lines = 1 + r.nextInt(12);
      for (int i = 0; i < lines; i++) {
        StringBuilder number = new StringBuilder();
        int digits = 1 + r.nextInt(20);
        for (int k = 0; k < digits; k++) {
          number.append((char) ('0' + (k == 0 && r.nextInt(4) != 0 ? 1 + r.nextInt(9) : r.nextInt(10))));
        }
        String field = pick(r, "beneficiaries", "serviceMinutes", "materials", "consultations", "sessions");
        String line = "{\"type\":\"activity\",\"id\":\"a" + i + "\",\"date\":\"2024-07-13\",\"site\":\"s1\","
            + "\"volunteers\":[\"v1\",\"v2\"]" + (r.nextBoolean() ? ",\"" + field + "\":" + number + "}"
            : ",\"" + field + "\":" + number + ",\"theme\":\"学雷锋\"}");
        text.append(line).append(i == lines - 1 && r.nextBoolean() ? "" : "\n");
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      assertSameLenientAndStrict(bytes);
      // and under a number-length limit of 1–20 digits
      StreamReadConstraints limits = CivicJson.defaultConstraints().rebuild().maxNumberLength(1 + r.nextInt(20)).build();
      assertSame(CivicJson.lenient().withLimits(limits, 1 << 20), bytes);
    });
  }

  @Test
  void datesWithAnyByteInAnyPlaceAreReadAsTheExactPathReadsThem() {
    // a date's bytes replaced one or two at a time: bytes next to the digits (/ and :), letters,
    // signs, bytes outside ASCII, and digits that make impossible days (Feb 30, month 13)
    byte[] near = "/:09Oo+- .\"x\u00e9".getBytes(StandardCharsets.UTF_8);
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      StringBuilder text = new StringBuilder("{\"type\":\"header\",\"format\":\"civic/1\"}\n");
      for (int i = 0; i < 8; i++) {
        byte[] date = String.format("%04d-%02d-%02d", r.nextInt(1, 10000), 1 + r.nextInt(12), 1 + r.nextInt(31))
            .getBytes(StandardCharsets.US_ASCII);
        for (int k = r.nextInt(3); k > 0; k--) {
          date[r.nextInt(date.length)] = r.nextBoolean() ? near[r.nextInt(near.length)] : (byte) r.nextInt(256);
        }
        text.append("{\"type\":\"activity\",\"id\":\"a").append(i).append("\",\"date\":\"")
            .append(new String(date, StandardCharsets.ISO_8859_1)).append("\",\"site\":\"s1\"}\n");
      }
      // ISO-8859-1 keeps each byte as one character; written back as such, the bytes are exact
      byte[] bytes = text.toString().getBytes(StandardCharsets.ISO_8859_1);
      assertSameLenientAndStrict(bytes);
    });
  }

  @Test
  void tinyLineLimitsAndBlocksAgree() {
    qt().withExamples(60).forAll(longs().all(), integers().between(2, 400)).checkAssert((seed, max) -> {
      byte[] bytes = lines(seed, 2);
      assertSame(CivicJson.lenient().withLimits(CivicJson.defaultConstraints(), max), bytes);
      assertSame(CivicJson.strict().withLimits(CivicJson.defaultConstraints(), max), bytes);
    });
  }

  @Test
  void onAValidFileOnlyTheHeaderIsReadExactly() {
    byte[] bytes = lines(5, 4);
    for (ActivityLog.Builder log : new ActivityLog.Builder[] {null, ActivityLog.builder()}) {
      JsonLinesReader reader = reader(CivicJson.strict(), LinesOptions.BLOCK, bytes, new Collecting(), log);
      ReadReport report = reader.read();
      assertThat(report.records()).isGreaterThan(20);
      assertThat(reader.statistics().exactLines()).isEqualTo(1);
    }
  }

  @Test
  void onCivicsOwnLinesTheScannerReadsEveryActivity() {
    long[] read = {0};
    qt().withExamples(20).forAll(longs().all(), integers().between(1, 5), integers().between(0, 2))
        .checkAssert((seed, size, threads) -> {
          byte[] bytes = lines(seed, size);
          ActivityLog.Builder log = ActivityLog.builder();
          JsonLinesReader reader = reader(CivicJson.strict().withParserThreads(threads), 512, bytes, new Collecting(), log);
          reader.read();
          int activities = Samples.dataset(seed, size).activities().size();
          assertThat(log.size()).isEqualTo(activities);
          assertThat(reader.statistics().scannedRows()).isEqualTo(activities);
          assertThat(reader.statistics().scannedRecords()).isEqualTo(
              Samples.dataset(seed, size).sites().size() + Samples.dataset(seed, size).divisions().size());
          assertThat(reader.statistics().exactLines()).isEqualTo(1);
          read[0] += activities;
        });
    assertThat(read[0]).isGreaterThan(20);
  }

  @Test
  void linesTheScannerCannotReadCostAParserEachOnlyAmongLinesItReads() {
    String rec = "{\"type\":\"activity\",\"id\":\"a%d\",\"date\":\"2024-07-13\",\"site\":\"s1\",\"theme\":\"%s\"}\n";
    for (int threads = 0; threads <= 2; threads++) {
      // every line has an escape; then every other line
      for (int every : new int[] {1, 2}) {
        StringBuilder text = new StringBuilder("{\"type\":\"header\",\"format\":\"civic/1\"}\n");
        for (int i = 0; i < 5000; i++) {
          text.append(String.format(rec, i, i % every == 0 ? "\\u5b66雷锋" : "学雷锋"));
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        ActivityLog.Builder log = ActivityLog.builder();
        JsonLinesReader reader = reader(CivicJson.strict().withParserThreads(threads), 64 << 10, bytes, RecordSink.none(), log);
        assertThat(reader.read().records()).isEqualTo(5000);
        assertThat(ActivityLogAccess.columns(log.build()).themes()).containsExactly("学雷锋");
        assertThat(reader.statistics().scannedRows()).isEqualTo(5000 - 5000 / every);
        assertThat(reader.statistics().parserRuns()).as("every %d, %d threads", every, threads)
            .isLessThan(every == 1 ? 100 : 2501);
        assertThat(reader.statistics().exactLines()).isEqualTo(1);
      }
    }
  }

  @Test
  void theScannerDeclinesWhatTightLimitsRefuse() {
    qt().withExamples(80).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      // themes up to 120 characters, so that some are longer than the limit
      byte[] bytes = new String(lines(seed, 2), StandardCharsets.UTF_8)
          .replaceAll("\"theme\":\"", "\"theme\":\"" + "学".repeat(r.nextInt(120))).getBytes(StandardCharsets.UTF_8);
      // one or two limits tight, the others as by default
      StreamReadConstraints.Builder limits = CivicJson.defaultConstraints().rebuild();
      for (int k = 1 + r.nextInt(2); k > 0; k--) {
        switch (r.nextInt(6)) {
          case 0 -> limits.maxNestingDepth(1 + r.nextInt(3));
          case 1 -> limits.maxNameLength(1 + r.nextInt(20));
          case 2 -> limits.maxNumberLength(1 + r.nextInt(4));
          case 3 -> limits.maxStringLength(1 + r.nextInt(130));
          case 4 -> limits.maxDocumentLength(100 + r.nextInt(400));
          default -> limits.maxTokenCount(5 + r.nextInt(60));
        }
      }
      assertSame(CivicJson.lenient().withLimits(limits.build(), 1 << 20), bytes);
      assertSame(CivicJson.strict().withLimits(limits.build(), 1 << 20), bytes);
    });
    // each limit alone, just below what a line needs
    String line = "{\"type\":\"activity\",\"id\":\"a1\",\"date\":\"2024-07-13\",\"site\":\"s1\",\"teams\":[\"t1\"],"
        + "\"category\":{\"id\":\"culture\",\"zh\":\"文化艺术\",\"en\":\"Culture and arts\"},\"theme\":\"学雷锋\","
        + "\"volunteers\":[\"v1\",\"v2\"],\"serviceMinutes\":30,\"beneficiaries\":100}\n";
    byte[] bytes = ("{\"type\":\"header\",\"format\":\"civic/1\"}\n" + line + line.replace("a1", "a2"))
        .getBytes(StandardCharsets.UTF_8);
    for (StreamReadConstraints limits : List.of(StreamReadConstraints.builder().maxNumberLength(2).build(),
        StreamReadConstraints.builder().maxDocumentLength(200).build(),
        StreamReadConstraints.builder().maxTokenCount(12).build(),
        StreamReadConstraints.builder().maxNestingDepth(1).build(),
        StreamReadConstraints.builder().maxNameLength(13).build(),
        StreamReadConstraints.builder().maxStringLength(2).build())) {
      assertSame(CivicJson.lenient().withLimits(limits, 1 << 20), bytes);
      assertSame(CivicJson.strict().withLimits(limits, 1 << 20), bytes);
      ReadReport report = CivicJson.lenient().withLimits(limits, 1 << 20)
          .readLines(new ByteArrayInputStream(bytes), "t.jsonl", new Collecting(), ActivityLog.builder());
      assertThat(report.errors()).as("%s", limits).isNotEmpty();
    }
  }


  @Test
  void parserThreadsReadEveryBlockButTheFirstAndOnlyTheHeaderExactly() {
    byte[] bytes = lines(5, 4);
    for (ActivityLog.Builder log : new ActivityLog.Builder[] {null, ActivityLog.builder()}) {
      Collecting sink = new Collecting();
      JsonLinesReader reader = reader(CivicJson.strict().withParserThreads(2), 300, bytes, sink.onlyOn(Thread.currentThread()), log);
      ReadReport report = reader.read();
      assertThat(report.records()).isGreaterThan(20);
      assertThat(reader.statistics().exactLines()).isEqualTo(1);
      // blocks of whole lines, 300 bytes unless one line is longer (an assessment table's runs to kilobytes)
      assertThat(reader.statistics().parallelBlocks()).isGreaterThan(bytes.length / 1200);
      assertThat(report.records())
          .isEqualTo(CivicJson.strict().readLines(new ByteArrayInputStream(bytes), "t.jsonl", new Collecting()).records());
    }
  }

  @Test
  void aSinkThatThrowsStopsAReadOnParserThreadsWithItsException() {
    byte[] bytes = lines(7, 4);
    int[] calls = {0};
    RecordSink failing = new RecordSink() {
      @Override
      public void activity(Activity a) {
        if (++calls[0] == 5) {
          throw new IllegalStateException("the host's sink failed");
        }
      }
    };
    Throwable thrown = catchThrowable(() -> reader(CivicJson.lenient().withParserThreads(2), 200, bytes, failing, null).read());
    assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("the host's sink failed");
    assertThat(calls[0]).isEqualTo(5);
    // the read's threads are stopped: none is left alive for long
    long until = System.nanoTime() + 10_000_000_000L;
    while (parserThreadsAlive() && System.nanoTime() < until) {
      Thread.onSpinWait();
    }
    assertThat(parserThreadsAlive()).isFalse();
  }

  private static boolean parserThreadsAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().startsWith("civic-jsonl-") && t.isAlive());
  }

  @Test
  void aLongLineDoesNotMakeEveryLaterBlockLong() {
    StringBuilder text = new StringBuilder("{\"type\":\"header\",\"format\":\"civic/1\"}\n");
    String rec = "{\"type\":\"activity\",\"id\":\"a%d\",\"date\":\"2024-07-13\",\"site\":\"s1\"}\n";
    for (int i = 0; i < 10; i++) {
      text.append(String.format(rec, i));
    }
    text.append("{\"type\":\"activity\",\"id\":\"long\",\"date\":\"2024-07-13\",\"site\":\"s1\",\"volunteers\":[");
    for (int v = 0; v < 2000; v++) {
      text.append(v == 0 ? "" : ",").append("\"v").append(v).append('"');
    }
    text.append("]}\n");
    for (int i = 10; i < 400; i++) {
      text.append(String.format(rec, i));
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    JsonLinesReader reader = reader(CivicJson.strict().withParserThreads(2), 300, bytes, RecordSink.none(), ActivityLog.builder());
    assertThat(reader.read().records()).isEqualTo(401);
    // the blocks' buffers: at most 2 × 2 + 1 of the block size, and the long line's (about 15 KB)
    assertThat(reader.statistics().bufferBytes()).isLessThan(5 * 300 + 2 * 16_000);
  }

  @Test
  void parserThreadsAreAConfiguredCount() {
    assertThat(CivicJson.lenient().parserThreads()).isZero();
    assertThat(CivicJson.lenient().withParserThreads(4).parserThreads()).isEqualTo(4);
    assertThat(CivicJson.strict().withParserThreads(3).withLimits(CivicJson.defaultConstraints(), 99)
        .parserThreads()).isEqualTo(3);
    assertThat(catchThrowable(() -> CivicJson.lenient().withParserThreads(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(catchThrowable(() -> CivicJson.lenient().withParserThreads(65)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void blankLinesBetweenRecordsKeepTheLineNumbers() {
    String rec = "{\"type\":\"activity\",\"id\":\"a1\",\"date\":\"2024-07-13\",\"site\":\"s1\"}\n";
    String bad = "{\"type\":\"activity\",\"id\":\"a1\",\"date\":\"2024-07-13\",\"site\":\"点s1\"}\n";
    for (String blank : new String[] {"", "\n", "  \t\n", " \n\r\n", "\r\n\n\n"}) {
      String text = "{\"type\":\"header\",\"format\":\"civic/1\"}\n" + rec + blank + rec + bad;
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      long line = text.split("\n", -1).length - 1;
      ReadReport report = CivicJson.lenient().readLines(new ByteArrayInputStream(bytes), "t.jsonl", new Collecting());
      assertThat(report.errors()).singleElement().satisfies(p -> assertThat(p.where().line()).hasValue(line));
      assertSame(CivicJson.lenient(), bytes);
    }
  }

  /**
   * A read makes the log room for the rest of a stream, after a thirty-second and after half of it,
   * from what {@code available()} said before the read: whatever a stream says — its length,
   * nothing, three times it (room made for rows that never come), forty times it (no room made), a
   * third — the log holds the same rows with the same numbering, and the sink the same records, on
   * one thread and on parser threads, in blocks small enough that the room is made part-way; with
   * other records before the activities (no room made) or after them (room made for more).
   */
  @Test
  void whatAStreamSaysOfItsLengthChangesNothingInTheLog() {
    qt().withExamples(30).forAll(longs().all(), integers().between(0, 4), integers().between(0, 2))
        .checkAssert((seed, claim, others) -> {
          byte[] bytes = activityLines(seed, others);
          Outcome expected = read(CivicJson.lenient(), bytes, Mode.FAST, Into.LOG);
          assertThat(expected.logged()).hasSizeGreaterThan(299);
          int blocks = 33 + (int) Math.floorMod(seed, 64L);
          for (int threads : new int[] {0, 2}) {
            ActivityLog.Builder log = ActivityLog.builder();
            Collecting sink = new Collecting();
            LinesOptions options = CivicJson.lenient().withParserThreads(threads).linesOptions()
                .withBlockSize(bytes.length / blocks);
            ReadReport report = CivicJson.linesReader(options, new Claiming(bytes, claim), "t.jsonl", sink, log).read();
            ActivityLog built = log.build();
            assertThat(report.toString()).isEqualTo(expected.report());
            assertThat(built.asList()).as("claim %d, threads %d", claim, threads).isEqualTo(expected.logged());
            assertThat(numbering(built)).isEqualTo(expected.numbering());
            assertThat(sink.dataset()).isEqualTo(expected.records());
          }
        });
  }

  /**
   * So does a read into a hierarchy builder: a divisions file and a sites file, each read in blocks
   * small enough that the builder's rows make room part-way and large enough (hundreds of sites) that
   * the room is more than the builder starts with, whatever the streams say of their length, on one
   * thread and on parser threads, build the hierarchy one default read of each does.
   */
  @Test
  void whatAStreamSaysOfItsLengthChangesNothingInAHierarchy() {
    qt().withExamples(20).forAll(longs().all(), integers().between(0, 4)).checkAssert((seed, claim) -> {
      SplittableRandom r = new SplittableRandom(seed);
      RandomHierarchies.Sample drawn;
      do { // a province of cities without counties or townships has no site: draw again
        drawn = RandomHierarchies.generate(r, 16 + r.nextInt(9), 1.0);
      } while (drawn.sites().isEmpty());
      RandomHierarchies.Sample h = drawn;
      List<Site> sites = RandomFacts.withFacts(r, h.sites(), 0.3);
      List<byte[]> files = List.of(written(w -> h.divisions().forEach(w::write)),
          written(w -> sites.forEach(w::write)));
      HierarchyBuilder plain = Hierarchy.builder();
      for (byte[] bytes : files) {
        CivicJson.lenient().readLines(new ByteArrayInputStream(bytes), "t.jsonl", RecordSink.into(plain));
      }
      BuildResult built = plain.buildLenient();
      assertThat(built.hierarchy().siteCount()).isPositive();
      String expected = describe(built);
      int blocks = 33 + (int) Math.floorMod(seed, 64L);
      for (int threads : new int[] {0, 2}) {
        HierarchyBuilder builder = Hierarchy.builder();
        for (byte[] bytes : files) {
          LinesOptions options = CivicJson.lenient().withParserThreads(threads).linesOptions()
              .withBlockSize(bytes.length / blocks);
          CivicJson.linesReader(options, new Claiming(bytes, claim), "t.jsonl", RecordSink.into(builder), null).read();
        }
        assertThat(describe(builder.buildLenient())).as("claim %d, threads %d", claim, threads).isEqualTo(expected);
      }
    });
  }

  private static byte[] written(java.util.function.Consumer<LinesWriter> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (LinesWriter w = CivicJson.strict().linesWriter(out)) {
      lines.accept(w);
    }
    return out.toByteArray();
  }

  /** 300 to 1,200 activities' lines; after a dataset's other records (others 1) or before them (2). */
  private static byte[] activityLines(long seed, int others) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Site> sites;
    do { // a province of cities without counties or townships has no site: draw again
      sites = RandomHierarchies.generate(r, 3, 1.0).sites();
    } while (sites.isEmpty());
    int n = 300 + r.nextInt(901);
    List<Activity> activities = RandomActivities.log(r, sites, 2024, n, n / 2, 2 * n);
    return written(w -> {
      if (others == 1) {
        w.writeAll(Samples.dataset(seed, 2));
      }
      activities.forEach(w::write);
      if (others == 2) {
        w.writeAll(Samples.dataset(seed, 2));
      }
    });
  }

  /** Bytes whose {@code available()} says their length (0), nothing (1), 40 times it (2), a third (3) or 3 times it (4). */
  private static final class Claiming extends ByteArrayInputStream {
    private final int claim;

    Claiming(byte[] bytes, int claim) {
      super(bytes);
      this.claim = claim;
    }

    @Override
    public synchronized int available() {
      int left = super.available();
      return switch (claim) {
        case 0 -> left;
        case 1 -> 0;
        case 2 -> left * 40;
        case 3 -> left / 3;
        default -> left * 3;
      };
    }
  }

  @Test
  void goodActivitiesLandInTheLogAsTheyWouldAsObjects() {
    byte[] bytes = lines(11, 4);
    Dataset.Builder objects = Dataset.builder();
    ReadReport a = CivicJson.strict().readLines(new ByteArrayInputStream(bytes), "t.jsonl", objects);
    ActivityLog.Builder log = ActivityLog.builder();
    Dataset.Builder others = Dataset.builder();
    ReadReport b = CivicJson.strict().readLines(new ByteArrayInputStream(bytes), "t.jsonl", others, log);
    assertThat(b.records()).isEqualTo(a.records());
    assertThat(objects.build().activities()).isNotEmpty();
    assertThat(log.build().asList()).isEqualTo(objects.build().activities());
    assertThat(others.build().activities()).isEmpty();
    assertThat(others.build().sites()).isEqualTo(objects.build().sites());
  }

  /**
   * Facts the builder's columns cannot hold — an area finer than a hundredth, rules past the 64
   * names with a bit — are declined by the scanner, read by the parser and kept whole: reading into
   * a builder, on one thread and on parser threads over small blocks, gives every site the facts
   * written, as adding the sites one by one does.
   */
  @Test
  void factsTheColumnsCannotHoldAreKeptWholeOnEveryPath() {
    List<Site> sites = new ArrayList<>();
    List<Division> divisions = new ArrayList<>();
    divisions.add(new Division(DivisionCode.parse("411081000000"), "禹州市"));
    for (int t = 1; t <= 9; t++) {
      divisions.add(new Division(DivisionCode.parse("411081" + (100 + t) + "000"), "第" + t + "镇"));
    }
    sites.add(Site.center(SiteId.of("c"), "禹州市新时代文明实践中心", DivisionCode.parse("411081000000"))
        .withFacts(SiteFacts.unknown().withVenue(new Venue(new BigDecimal("197.125"), 4))));
    for (int t = 1; t <= 9; t++) {
      java.util.Set<String> rules = new java.util.LinkedHashSet<>();
      for (int k = 0; k < 12; k++) {
        rules.add("制度" + (t * 12 + k)); // 108 names in all: the last sites' have no bit
      }
      SiteFacts f = SiteFacts.unknown().withRules(new RuleDocuments(rules))
          .withVenue(new Venue(new BigDecimal(t % 2 == 0 ? "20.5" : "20.505"), t))
          .withTeam(TeamFacts.led("书记" + t, t)).withStaffing(new Staffing(t, 1, 0));
      sites.add(Site.post(SiteId.of("p" + t), "第" + t + "镇新时代文明实践所", DivisionCode.parse("411081" + (100 + t) + "000"))
          .withFacts(f));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (LinesWriter w = CivicJson.strict().linesWriter(out)) {
      divisions.forEach(w::write);
      sites.forEach(w::write);
    }
    byte[] bytes = out.toByteArray();
    Hierarchy expected = Hierarchy.builder().addDivisions(divisions).addSites(sites).build();
    for (Mode mode : Mode.values()) {
      Outcome read = read(CivicJson.strict(), bytes, mode, Into.HIERARCHY);
      assertThat(read.thrown()).isEmpty();
      assertThat(read.hierarchy()).as("%s", mode).isEqualTo(describe(new BuildResult(expected, List.of())));
    }
    assertSame(CivicJson.lenient(), bytes);
  }
}
