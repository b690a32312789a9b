package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.civic.activity.ActivityLog;
import org.civic.json.RoundTripTest.Collecting;
import org.civic.problem.Problem;
import org.junit.jupiter.api.Test;

/**
 * The exact path, a line at a time, on its own (the fast path hands it every line it does not
 * read itself, so the two cannot be told apart by comparing them): each line's outcome — read and
 * counted, skipped as blank, or reported with its id at its line — pinned, and the report's count
 * of records equal to the records the sink and the log received.
 */
class ExactLinesTest {

  private static final String HEADER = "{\"type\":\"header\",\"format\":\"civic/1\"}";
  private static final String ACTIVITY = "{\"type\":\"activity\",\"id\":\"a%d\",\"date\":\"2024-01-02\",\"site\":\"s2\"}";
  private static final String DIVISION = "{\"type\":\"division\",\"code\":\"411081\",\"name\":\"禹州市\"}";

  /** One line and what the exact path must make of it: "good", "blank", or a problem id (an error, or "warning:" id). */
  private record Case(String line, String outcome) {}

  private static ReadReport readExactly(CivicJson json, String text, Collecting sink, ActivityLog.Builder log) {
    return CivicJson.linesReader(json.linesOptions().withoutFastPath(),
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.jsonl", sink, log).read();
  }

  @Test
  void everyLineIsReadSkippedOrReportedAtItsLine() {
    List<Case> cases = List.of(
        new Case(String.format(ACTIVITY, 1), "good"),
        new Case(DIVISION, "good"),
        new Case("", "blank"),
        new Case(" \t ", "blank"),
        new Case(String.format(ACTIVITY, 2) + "\r", "good"),
        new Case("{\"id\":\"a3\",\"type\":\"activity\",\"date\":\"2024-01-02\",\"site\":\"s2\"}", "good"),
        new Case("{\"code\":\"411081001000\",\"name\":\"钧台街道\",\"type\":\"division\"}", "good"),
        new Case("[1]", "json.wrong-type"),
        new Case("\"x\"", "json.wrong-type"),
        new Case("{\"id\":\"a4\",\"date\":\"2024-01-02\"}", "jsonl.missing-type"),
        new Case("{}", "jsonl.missing-type"),
        new Case("{\"type\":\"party\",\"id\":\"a5\"}", "jsonl.unknown-type"),
        new Case("{\"id\":\"a6\",\"type\":\"party\"}", "jsonl.unknown-type"),
        new Case("{\"type\":1}", "json.wrong-type"),
        new Case(String.format(ACTIVITY, 7) + " {}", "jsonl.trailing"),
        new Case(String.format(ACTIVITY, 8) + "x", "json.syntax"),
        new Case("{\"id\":\"a9\",\"type\":\"activity\"", "json.syntax"),
        new Case("{\"type\":\"activity\",\"id\":\"a10\",\"date\":\"2024-01-02\"}", "json.missing-field"),
        new Case("{\"type\":\"activity\",\"id\":\"a11\",\"date\":\"2024-01-02\",\"site\":\"s2\",\"zzz\":1}",
            "warning:json.unknown-field"),
        new Case("{\"type\":\"activity\",\"id\":\"a12\",\"date\":\"2024-01-02\",\"site\":\"s2\",\"volunteers\":[\"v1\"],"
            + "\"serviceMinutes\":1441}", "json.invalid-record"),
        new Case("\u0000{}", "json.syntax"),
        new Case(String.format(ACTIVITY, 13), "good"));
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    int good = 0;
    int goodActivities = 0;
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      long line = i + 2;
      text.append(c.line()).append('\n');
      switch (c.outcome()) {
        case "good" -> {
          good++;
          goodActivities += c.line().contains("\"activity\"") ? 1 : 0;
        }
        case "blank" -> { }
        default -> {
          if (c.outcome().startsWith("warning:")) {
            good++;
            goodActivities++;
            warnings.add(line + " " + c.outcome().substring("warning:".length()));
          } else {
            errors.add(line + " " + c.outcome());
          }
        }
      }
    }
    for (boolean intoLog : new boolean[] {false, true}) {
      Collecting sink = new Collecting();
      ActivityLog.Builder log = intoLog ? ActivityLog.builder() : null;
      ReadReport report = readExactly(CivicJson.lenient(), text.toString(), sink, log);
      assertThat(report.errors().stream().map(p -> p.where().line().orElse(-1) + " " + p.id()).toList())
          .as("errors, into a log: %s", intoLog).isEqualTo(errors);
      assertThat(report.warnings().stream().map(p -> p.where().line().orElse(-1) + " " + p.id()).toList())
          .isEqualTo(warnings);
      assertThat(report.records()).isEqualTo(good);
      assertThat(report.rejected().stream().map(ReadReport.Rejected::line).toList())
          .isEqualTo(errors.stream().map(e -> Long.parseLong(e.substring(0, e.indexOf(' ')))).toList());
      Dataset got = sink.dataset();
      assertThat(got.divisions()).hasSize(2);
      assertThat(intoLog ? log.size() : got.activities().size()).isEqualTo(goodActivities);
    }
  }

  @Test
  void theHeaderIsCheckedOnceOnTheFirstLineThatIsNotBlank() {
    String body = String.format(ACTIVITY, 1) + "\n";
    record Header(String line, List<String> errors, List<String> warnings) {}
    for (Header h : List.of(
        new Header(HEADER, List.of(), List.of()),
        new Header("{\"format\":\"civic/1\",\"type\":\"header\"}", List.of(), List.of()),
        new Header("{\"type\":\"header\",\"format\":\"civic/2\"}", List.of("2 jsonl.header"), List.of()),
        new Header("{\"type\":\"header\"}", List.of("2 jsonl.header"), List.of()),
        new Header("{\"type\":\"header\",\"format\":1}", List.of("2 jsonl.header"), List.of()),
        new Header(String.format(ACTIVITY, 0), List.of("2 jsonl.header"), List.of()),
        new Header("{\"type\":\"header\",\"format\":\"civic/1\",\"by\":\"x\"}", List.of(), List.of("2 json.unknown-field")),
        new Header(HEADER + " {}", List.of("2 jsonl.trailing"), List.of()),
        new Header("{\"type\":\"header\",", List.of("2 json.syntax"), List.of()),
        new Header("[]", List.of("2 json.wrong-type", "2 jsonl.header"), List.of()))) {
      Collecting sink = new Collecting();
      ReadReport report = readExactly(CivicJson.lenient(), "  \n" + h.line() + "\n" + body, sink, null);
      assertThat(report.errors().stream().map(p -> p.where().line().orElse(-1) + " " + p.id()).toList())
          .as(h.line()).isEqualTo(h.errors());
      assertThat(report.warnings().stream().map(p -> p.where().line().orElse(-1) + " " + p.id()).toList())
          .as(h.line()).isEqualTo(h.warnings());
      assertThat(report.records()).as(h.line()).isEqualTo(1);
      assertThat(sink.dataset().activities()).hasSize(1);
    }
    // strictly, an unknown field of the header is an error
    CivicJsonException e = catchThrowableOfType(CivicJsonException.class, () -> readExactly(CivicJson.strict(),
        "{\"type\":\"header\",\"format\":\"civic/1\",\"by\":\"x\"}\n" + body, new Collecting(), null));
    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(Problem::id).containsExactly("json.unknown-field");
  }

  @Test
  void aLineLongerThanTheLimitIsReportedWithoutBeingParsed() {
    String line = String.format(ACTIVITY, 1);
    int length = line.getBytes(StandardCharsets.UTF_8).length;
    for (int max : new int[] {length - 1, length, length + 1}) {
      CivicJson json = CivicJson.lenient().withLimits(CivicJson.defaultConstraints(), max);
      for (String ending : new String[] {"\n", "\r\n"}) {
        Collecting sink = new Collecting();
        ReadReport report = readExactly(json, HEADER + "\n" + line + ending, sink, null);
        // the limit is on the line without its "\n"; a "\r" before it counts
        boolean fits = length + ending.length() - 1 <= max;
        assertThat(report.records()).as("max %d, ending %s", max, ending.length()).isEqualTo(fits ? 1 : 0);
        assertThat(report.errors()).extracting(p -> p.where().line().orElse(-1) + " " + p.id())
            .isEqualTo(fits ? List.of() : List.of("2 jsonl.line-too-long"));
      }
    }
  }
}
