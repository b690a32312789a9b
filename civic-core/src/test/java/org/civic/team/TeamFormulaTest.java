package org.civic.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TeamFormulaTest {

  @ParameterizedTest
  @CsvSource({"1+12+N, 12, 1+12+N", "1+10+N, 10, 1+10+N", "1+N, 0, 1+N", "' 1 + 3 + n ', 3, 1+3+N",
      "1＋12＋N, 12, 1+12+N", "1+1+N, 1, 1+1+N"})
  void parsesAndPrints(String text, int branches, String printed) {
    TeamFormula f = TeamFormula.parse(text);
    assertThat(f.branches()).isEqualTo(branches);
    assertThat(f).hasToString(printed);
    assertThat(TeamFormula.parse(f.toString())).isEqualTo(f);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "1+       | 3 | a number of branches or N | the end of the text",
      "a+b      | 1 | 1 (exactly one top team)  | 'a'",
      "0+12+N   | 1 | 1 (exactly one top team)  | '0'",
      "1+12+N+N | 7 | the end of the formula    | '+'",
      "\"\"     | 1 | 1 (exactly one top team)  | the end of the text",
      "11+2+N   | 1 | 1 (exactly one top team)  | '1'",
      "1+012+N  | 3 | a positive number of branches without leading zeros (write 1+N for none) | '0'",
      "1+12     | 5 | '+'                       | the end of the text",
      "1+12+M   | 6 | N (any number of local teams) | 'M'",
      "1-12+N   | 2 | '+'                       | '-'",
  })
  void malformedTextNamesThePositionAndWhatWasExpected(String text, int position, String expected, String found) {
    assertThatThrownBy(() -> TeamFormula.parse(text))
        .isInstanceOfSatisfying(TeamFormulaParseException.class, e -> {
          assertThat(e.position()).isEqualTo(position);
          assertThat(e.expected()).isEqualTo(expected);
          assertThat(e.text()).isEqualTo(text);
        })
        .hasMessage("cannot parse team formula \"" + text + "\" at position " + position + ": expected "
            + expected + ", found " + found);
  }

  @Test
  void factoriesAndNulls() {
    assertThat(TeamFormula.of(12)).isEqualTo(TeamFormula.parse("1+12+N"));
    assertThat(TeamFormula.of(0).branchTier()).isEmpty();
    assertThat(TeamFormula.of(10).branchTier()).hasValue(10);
    assertThatThrownBy(() -> TeamFormula.of(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TeamFormula.parse(null)).isInstanceOf(NullPointerException.class);
  }
}
