package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civic.problem.Problem;
import org.junit.jupiter.api.Test;

/**
 * Bad input that once escaped the rule — a located problem, the other records kept, nothing lost
 * without a report — each found by a review of the readers: an exception out of a lenient read,
 * an exponent past the bound on numbers, a problem on the wrong line, a good record refused for an
 * unknown field, a value dropped unread, a missing format left unreported.
 */
class BadInputEdgesTest {

  private static final String HEADER = "{\"type\":\"header\",\"format\":\"civic/1\"}\n";
  private static final String SITE = "{\"type\":\"site\",\"id\":\"s1\",\"name\":\"S\",\"level\":\"CENTER\","
      + "\"division\":\"411081000000\"";
  private static final String GOOD_SITE = "{\"type\":\"site\",\"id\":\"s2\",\"name\":\"S2\",\"level\":\"CENTER\","
      + "\"division\":\"411082000000\"}";

  private static ByteArrayInputStream lines(String... records) {
    return new ByteArrayInputStream((HEADER + String.join("\n", records) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static ByteArrayInputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  /** A rule document named 《》 alone has no name once its marks are off: a problem at its pointer, not an exception. */
  @Test
  void aRuleNameOfOnlyBookTitleMarksIsAProblem() {
    for (String name : List.of("《》", "《 》")) {
      String bad = SITE + ",\"facts\":{\"rules\":[\"制度\",\"" + name + "\"]}}";
      Dataset.Builder kept = Dataset.builder(); // a sink that keeps what it is given
      ReadReport report = CivicJson.lenient().readLines(lines(bad, GOOD_SITE), "t.jsonl", kept);
      assertThat(report.errors()).singleElement().satisfies(p -> {
        assertThat(p.where().line()).hasValue(2);
        assertThat(p.where().jsonPointer()).hasValue("/facts/rules");
      });
      assertThat(kept.build().sites()).extracting(site -> site.id().value()).containsExactly("s2");
      String doc = "{\"format\":\"civic/1\",\"divisions\":[{\"code\":\"411081000000\",\"name\":\"x\"},"
          + "{\"code\":\"411082000000\",\"name\":\"y\"}],\"sites\":[" + bad.replace("\"type\":\"site\",", "") + ","
          + GOOD_SITE.replace("\"type\":\"site\",", "") + "]}";
      CivicJson.DatasetResult read = CivicJson.lenient().readDataset(bytes(doc), "d.json");
      assertThat(read.report().errors()).extracting(p -> p.where().jsonPointer().orElseThrow())
          .containsExactly("/sites/0/facts/rules");
      assertThat(read.dataset().sites()).extracting(s -> s.id().value()).containsExactly("s2");
    }
  }

  /** An exponent past an int's range cannot be read as a decimal: a problem at its pointer, not an exception. */
  @Test
  void aDecimalWhoseExponentIsPastAnIntIsAProblem() {
    for (String area : List.of("1e2147483648", "1e-2147483648")) {
      String bad = SITE + ",\"facts\":{\"venue\":{\"area\":" + area + ",\"functionRooms\":1}}}";
      ReadReport[] report = {null};
      assertThatCode(() -> report[0] = CivicJson.lenient().readLines(lines(bad), "t.jsonl", RecordSink.none()))
          .doesNotThrowAnyException();
      assertThat(report[0].errors()).singleElement().satisfies(p -> {
        assertThat(p.id()).isEqualTo("json.out-of-range");
        assertThat(p.where().jsonPointer()).hasValue("/facts/venue/area");
      });
    }
  }

  /**
   * The bound on numbers (64 digits) holds for what an exponent makes of a short text: 1e3000000
   * would be 3,000,001 digits written out, and a scale of that size takes seconds to make.
   */
  @Test
  void anExponentDoesNotGetPastTheBoundOnNumbers() {
    for (String area : List.of("1e3000000", "1e-3000000", "1e65", "1e-65")) {
      String bad = SITE + ",\"facts\":{\"venue\":{\"area\":" + area + ",\"functionRooms\":1}}}";
      ReadReport report = CivicJson.lenient().readLines(lines(bad), "t.jsonl", RecordSink.none());
      assertThat(report.errors()).as(area).singleElement().satisfies(p -> {
        assertThat(p.id()).isEqualTo("json.out-of-range");
        assertThat(p.message()).contains(area, "64 digits");
      });
    }
    // at the bound, and the exponents of everyday numbers, read as before
    for (String area : List.of("1e63", "1.5e2", "120.5", "1e-64")) {
      String good = SITE + ",\"facts\":{\"venue\":{\"area\":" + area + ",\"functionRooms\":1}}}";
      Dataset.Builder kept = Dataset.builder();
      ReadReport report = CivicJson.lenient().readLines(lines(good), "t.jsonl", kept);
      assertThat(report.errors()).as(area).isEmpty();
      assertThat(kept.build().sites()).as(area).hasSize(1);
    }
  }

  /** The bound on a decimal's digits written out is the parser's configured one, not a second number. */
  @Test
  void theBoundOnDigitsWrittenOutIsTheConfiguredOne() {
    String area = "1e100";
    String line = SITE + ",\"facts\":{\"venue\":{\"area\":" + area + ",\"functionRooms\":1}}}";
    assertThat(CivicJson.lenient().readLines(lines(line), "t.jsonl", RecordSink.none()).errors())
        .extracting(Problem::id).containsExactly("json.out-of-range");
    CivicJson wide = CivicJson.lenient().withLimits(CivicJson.defaultConstraints().rebuild().maxNumberLength(200).build(),
        1 << 20);
    assertThat(wide.readLines(lines(line), "t.jsonl", RecordSink.none()).errors()).isEmpty();
  }

  /** A lone carriage return inside a line is no line break of the file's: each problem names its record's line. */
  @Test
  void aLoneCarriageReturnDoesNotMoveAProblemToTheNextLine() {
    String first = "{\"type\":\"activity\",\r\"id\":\"a1\",\"date\":\"2024-02-30\",\"site\":\"s1\"}";
    String second = "{\"type\":\"activity\",\"id\":\"a2\",\"date\":\"2024-02-30\",\"site\":\"s1\"}";
    for (int threads : new int[] {0, 2}) {
      ReadReport report = CivicJson.lenient().withParserThreads(threads)
          .readLines(lines(first, second), "t.jsonl", RecordSink.none());
      assertThat(report.rejected()).extracting(ReadReport.Rejected::line).containsExactly(2L, 3L);
      for (ReadReport.Rejected r : report.rejected()) {
        for (Problem p : r.problems()) {
          assertThat(p.where().line()).as("%s", p).hasValue(r.line());
        }
      }
    }
  }

  /** Leniently an unknown field in {@code recordedBy} is a warning, as anywhere else; the record is kept. */
  @Test
  void anUnknownFieldInRecordedByIsOnlyAWarningLeniently() {
    String line = "{\"type\":\"serviceRecord\",\"volunteer\":\"v1\",\"date\":\"2024-03-05\",\"site\":\"s1\","
        + "\"serviceMinutes\":60,\"recordedBy\":{\"team\":\"t1\",\"note\":\"x\"}}";
    Dataset.Builder kept = Dataset.builder();
    ReadReport report = CivicJson.lenient().readLines(lines(line), "t.jsonl", kept);
    assertThat(report.warnings()).extracting(Problem::id).containsExactly("json.unknown-field");
    assertThat(report.errors()).isEmpty();
    assertThat(kept.build().serviceRecords()).hasSize(1);
    // no recorder at all, or two, are still errors, named as such
    for (String by : List.of("{\"note\":\"x\"}", "{\"team\":\"t1\",\"site\":\"s1\"}")) {
      ReadReport r = CivicJson.lenient().readLines(lines(line.replace("{\"team\":\"t1\",\"note\":\"x\"}", by)),
          "t.jsonl", RecordSink.none());
      assertThat(r.errors()).extracting(Problem::message)
          .containsExactly(by.contains("site") ? "recordedBy names more than one recorder" : "recordedBy names no one");
    }
  }

  /** A rating belongs to a RATED step: without one it is a problem at the rating, not dropped unread. */
  @Test
  void aRatingWithoutARatedStepIsAProblem() {
    String line = "{\"type\":\"order\",\"id\":\"o1\",\"site\":\"s1\",\"item\":{\"id\":\"m\",\"name\":\"n\",\"theme\":\"t\"},"
        + "\"rating\":9,\"history\":[{\"state\":\"PLACED\",\"at\":\"2024-03-01T08:00:00Z\"}]}";
    ReadReport report = CivicJson.lenient().readLines(lines(line), "t.jsonl", RecordSink.none());
    assertThat(report.errors()).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo("order.bad-history");
      assertThat(p.where().jsonPointer()).hasValue("/rating");
      assertThat(p.message()).contains("rating of 9", "no RATED step");
    });
  }

  /** A document cut short says what it lacks, without the parser's internal location text. */
  @Test
  void aTruncatedDocumentsProblemIsWrittenForAReader() {
    String cut = "{\"format\":\"civic/1\",\"divisions\":[{\"code\":\"411081000000\",\"name\":\"x\"}";
    ReadReport report = CivicJson.lenient().readDataset(bytes(cut), "d.json").report();
    assertThat(report.errors()).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo("json.syntax");
      assertThat(p.message()).isEqualTo("Unexpected end-of-input: expected close marker for Array")
          .doesNotContain("Source", "REDACTED", "#UNKNOWN");
      assertThat(p.where().line()).hasValue(1);
    });
  }

  /**
   * A dataset's standard with one bad level is rejected, as the same record in JSON Lines is, and
   * listed as rejected — not kept with that level reset to the defaults.
   */
  @Test
  void aDatasetsStandardWithABadLevelIsRejectedAsInJsonLines() {
    String standard = "{\"name\":\"某省六有标准\",\"version\":\"2024\","
        + "\"levels\":{\"STATION\":{\"venueArea\":-5,\"teamSize\":5}}}";
    CivicJson.DatasetResult read = CivicJson.lenient().readDataset(
        bytes("{\"format\":\"civic/1\",\"standard\":" + standard + "}"), "d.json");
    assertThat(read.dataset().profile()).isEmpty();
    assertThat(read.report().errors()).extracting(p -> p.where().jsonPointer().orElse(""))
        .containsExactly("/standard/levels/STATION/venueArea");
    assertThat(read.report().rejected()).extracting(ReadReport.Rejected::pointer).containsExactly("/standard");
    ReadReport lines = CivicJson.lenient().readLines(
        lines(standard.replace("{\"name\"", "{\"type\":\"standard\",\"name\"")), "t.jsonl", RecordSink.none());
    assertThat(lines.rejected()).hasSize(1);
    // a good one is kept, as before
    CivicJson.DatasetResult good = CivicJson.lenient().readDataset(
        bytes("{\"format\":\"civic/1\",\"standard\":" + standard.replace("-5", "20") + "}"), "d.json");
    assertThat(good.report().errors()).isEmpty();
    assertThat(good.dataset().profile()).isPresent();
  }

  /** A dataset without {@code "format"} is told so, whatever else is wrong in it. */
  @Test
  void aMissingFormatIsReportedBesideOtherProblems() {
    String doc = "{\"divisions\":[{\"code\":\"411081000000\",\"name\":\"x\"}],"
        + "\"sites\":[{\"id\":1,\"name\":\"S\",\"level\":\"CENTER\",\"division\":\"411081000000\"}]}";
    ReadReport report = CivicJson.lenient().readDataset(bytes(doc), "d.json").report();
    assertThat(report.errors()).extracting(Problem::id).containsExactlyInAnyOrder("json.format", "json.wrong-type");
    // a "format" of the wrong type is reported once, where it stands, not also as missing
    ReadReport wrongType = CivicJson.lenient().readDataset(bytes("{\"format\":1,\"divisions\":[]}"), "d.json").report();
    assertThat(wrongType.errors()).extracting(p -> p.where().jsonPointer().orElse("")).containsExactly("/format");
  }
}
