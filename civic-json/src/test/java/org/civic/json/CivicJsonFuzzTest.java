package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.civic.json.CivicJson.DatasetResult;
import org.civic.json.FastPathTest.Into;
import org.civic.json.FastPathTest.Mode;
import org.civic.json.FastPathTest.Outcome;
import org.civic.problem.Problem;

/**
 * Fuzz targets for civic-json's readers (Jazzer). Without {@code JAZZER_FUZZ} each runs once per
 * committed input under {@code src/test/resources/org/civic/json/CivicJsonFuzzTestInputs/}, as a
 * plain test; with {@code JAZZER_FUZZ=1} it fuzzes (docs/RELIABILITY.md).
 *
 * <p>The properties: lenient reading never throws and locates every problem in the source; strict
 * reading gives the lenient result when that is clean and otherwise throws only
 * {@link CivicJsonException}; a dataset read and written reads back equal, with no problem but the
 * hierarchy's rules that the lenient reader reports and keeps; and in JSON Lines the
 * fast path, on one thread and on parser threads over small blocks, delivers exactly the records,
 * problems and rejected lines of the exact one-line-at-a-time path ({@link FastPathTest#assertSame}),
 * leniently and strictly, into a sink and into an activity log.
 */
class CivicJsonFuzzTest {

  private static final CivicJson LENIENT = CivicJson.lenient();
  private static final CivicJson STRICT = CivicJson.strict();

  @FuzzTest(maxDuration = "10m")
  void readDataset(byte[] input) {
    DatasetResult lenient = LENIENT.readDataset(new ByteArrayInputStream(input), "f.json");
    located(lenient.report());
    try {
      DatasetResult strict = STRICT.readDataset(new ByteArrayInputStream(input), "f.json");
      assertThat(strict.dataset()).isEqualTo(lenient.dataset());
      assertThat(lenient.report().errors()).isEmpty();
    } catch (CivicJsonException e) {
      assertThat(e.problems()).isNotEmpty();
      assertThat(lenient.report().isClean()).as("strict refused what lenient read cleanly: %s", e.problems()).isFalse();
    }
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    STRICT.writeDataset(lenient.dataset(), written);
    // read back leniently: what the lenient reader kept may still break the hierarchy's rules
    // (a site on a missing division), which only the strict reader refuses
    DatasetResult back = LENIENT.readDataset(new ByteArrayInputStream(written.toByteArray()), "back.json");
    assertThat(back.dataset()).isEqualTo(lenient.dataset());
    assertThat(back.report().rejected()).as("%s", back.report()).isEmpty();
    assertThat(back.report().warnings()).as("%s", back.report()).isEmpty();
    assertThat(back.report().errors()).as("%s", back.report()).allSatisfy(p -> assertThat(p.id()).startsWith("hierarchy."));
  }

  @FuzzTest(maxDuration = "10m")
  void readLines(byte[] input) {
    Outcome lenient = FastPathTest.read(LENIENT, input, Mode.FAST, Into.RECORDS);
    assertThat(lenient.thrown()).as("lenient reading threw").isEmpty();
    Outcome strict = FastPathTest.read(STRICT, input, Mode.FAST, Into.RECORDS);
    assertThat(strict.thrown()).satisfiesAnyOf(t -> assertThat(t).isEmpty(),
        t -> assertThat(t).startsWith(CivicJsonException.class.getSimpleName() + ": "));
    if (strict.thrown().isEmpty()) {
      assertThat(strict.records()).isEqualTo(lenient.records());
    }
    FastPathTest.assertSame(LENIENT, input);
    FastPathTest.assertSame(STRICT, input);
  }

  /**
   * {@link #readLines} without parser threads, which cost a thread pool per read: many more inputs
   * a second for the exact path against the fast path on one thread, leniently and strictly.
   */
  @FuzzTest(maxDuration = "10m")
  void readLinesOneThread(byte[] input) {
    for (CivicJson json : new CivicJson[] {LENIENT, STRICT}) {
      Outcome exact = FastPathTest.read(json, input, Mode.EXACT, Into.RECORDS);
      Outcome fast = FastPathTest.read(json, input, Mode.FAST, Into.RECORDS);
      assertThat(fast).as("%s", json.isStrict() ? "strict" : "lenient").isEqualTo(exact);
      assertThat(fast.thrown()).satisfiesAnyOf(t -> assertThat(t).isEmpty(),
          t -> assertThat(json.isStrict() && t.startsWith(CivicJsonException.class.getSimpleName() + ": ")).isTrue());
      Outcome logged = FastPathTest.read(json, input, Mode.FAST, Into.LOG);
      assertThat(logged).isEqualTo(FastPathTest.read(json, input, Mode.EXACT, Into.LOG));
      Outcome built = FastPathTest.read(json, input, Mode.FAST, Into.HIERARCHY);
      assertThat(built).isEqualTo(FastPathTest.read(json, input, Mode.EXACT, Into.HIERARCHY));
    }
  }

  private static void located(ReadReport report) {
    for (Problem p : report.errors()) {
      assertThat(p.where().source()).as("%s", p).hasValue("f.json");
    }
    for (Problem p : report.warnings()) {
      assertThat(p.where().source()).as("%s", p).hasValue("f.json");
    }
  }
}
