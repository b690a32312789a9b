package org.civic.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * The fuzz target for {@link TeamFormula#parse} (Jazzer; inputs under
 * {@code src/test/resources/org/civic/team/TeamFormulaFuzzTestInputs/}, docs/RELIABILITY.md): any
 * text parses to a formula that prints back to one that parses equal, or is refused with
 * {@link TeamFormulaParseException} naming a position within the text.
 */
class TeamFormulaFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    TeamFormula formula;
    try {
      formula = TeamFormula.parse(text);
    } catch (TeamFormulaParseException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(TeamFormula.parse(formula.toString())).isEqualTo(formula);
  }
}
