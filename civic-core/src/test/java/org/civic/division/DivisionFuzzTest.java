package org.civic.division;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;

/**
 * Fuzz targets for the division readers (Jazzer). Without {@code JAZZER_FUZZ} each runs once per
 * committed input under {@code src/test/resources/org/civic/division/DivisionFuzzTestInputs/}, as a
 * plain test; with {@code JAZZER_FUZZ=1} it fuzzes (docs/RELIABILITY.md). The property: only
 * civic's own exceptions and located problems come out, and what parses prints back the same.
 */
class DivisionFuzzTest {

  /** A code parses and prints back to itself, or the text is refused with civic's own exception. */
  @FuzzTest(maxDuration = "10m")
  void divisionCode(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    DivisionCode code;
    try {
      code = DivisionCode.parse(text);
    } catch (InvalidDivisionCodeException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(DivisionCode.parse(code.toString())).isEqualTo(code);
    assertThat(DivisionCode.of(code.value())).isEqualTo(code);
  }

  /**
   * Any bytes, plain or gzipped: every problem is located in the source, the good divisions are
   * delivered, and the strict reader gives the same divisions or a {@link ProblemException} with
   * the same problems.
   */
  @FuzzTest(maxDuration = "10m")
  void divisionCsv(byte[] input) {
    List<Division> lenient = new ArrayList<>();
    DivisionCsv.Result result = DivisionCsv.read(new ByteArrayInputStream(input), "f.csv", lenient::add);
    assertThat(result.records()).isEqualTo(lenient.size());
    for (Problem p : result.problems()) {
      assertThat(p.where().source()).as("%s", p).hasValue("f.csv");
      assertThat(p.message()).isNotBlank();
    }
    try {
      assertThat(DivisionCsv.readAll(new ByteArrayInputStream(input), "f.csv")).isEqualTo(lenient);
      assertThat(result.isClean()).isTrue();
    } catch (ProblemException e) {
      assertThat(e.problems()).isEqualTo(result.problems());
    }
  }
}
