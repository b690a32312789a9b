package org.civic.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class TeamFormulaPropertiesTest {

  @Test
  void printThenParseGivesTheSameFormula() {
    qt().forAll(integers().between(0, 100_000)).checkAssert(k -> {
      TeamFormula f = TeamFormula.of(k);
      assertThat(TeamFormula.parse(f.toString())).isEqualTo(f);
    });
  }

  @Test
  void parseThenPrintGivesTheCanonicalText() {
    qt().forAll(integers().between(1, 100_000)).checkAssert(k -> {
      String text = "1+" + k + "+N";
      assertThat(TeamFormula.parse(text)).hasToString(text);
    });
  }

  @Test
  void anyOtherTextFailsWithAPositionInsideIt() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 12)).checkAssert(text -> {
      boolean valid = text.strip().matches("1\\s*\\+\\s*(?:[1-9][0-9]{0,4}\\s*\\+\\s*)?[Nn]");
      if (valid) {
        assertThat(TeamFormula.parse(text).toString()).matches("1\\+(?:[1-9][0-9]*\\+)?N");
      } else {
        assertThatThrownBy(() -> TeamFormula.parse(text)).isInstanceOfSatisfying(TeamFormulaParseException.class,
            e -> assertThat(e.position()).isBetween(1, text.length() + 1));
      }
    });
  }
}
