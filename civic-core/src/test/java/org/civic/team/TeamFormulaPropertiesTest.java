package org.civic.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

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

  /** What parse accepts, written independently of it: blanks, '+' or a full-width '＋', 1 to 100000 branches. */
  private static final Pattern FORMULA = Pattern.compile("1\\s*[+＋]\\s*(?:([1-9][0-9]*)\\s*[+＋]\\s*)?[Nn]");

  /**
   * A formula as people type it (blanks, a full-width plus, a lower-case n, a number up to twice
   * the largest allowed), then zero to two characters deleted, inserted or replaced: about half of
   * them valid, the rest failing at every position.
   */
  static String nearFormula(SplittableRandom r) {
    String[] blanks = {"", "", " ", "\t"};
    String[] pluses = {"+", "+", "＋"};
    StringBuilder s = new StringBuilder();
    s.append(pick(r, blanks)).append('1').append(pick(r, blanks)).append(pick(r, pluses)).append(pick(r, blanks));
    if (r.nextBoolean()) {
      s.append(1 + r.nextInt(r.nextBoolean() ? 20 : 200_000)).append(pick(r, blanks)).append(pick(r, pluses))
          .append(pick(r, blanks));
    }
    s.append(r.nextBoolean() ? 'N' : 'n').append(pick(r, blanks));
    String alphabet = "1+N 0-9x＋\t";
    for (int k = r.nextInt(3); k > 0 && s.length() > 0; k--) {
      int at = r.nextInt(s.length());
      char c = alphabet.charAt(r.nextInt(alphabet.length()));
      switch (r.nextInt(3)) {
        case 0 -> s.deleteCharAt(at);
        case 1 -> s.insert(at, c);
        default -> s.setCharAt(at, c);
      }
    }
    return s.toString();
  }

  private static String pick(SplittableRandom r, String[] choices) {
    return choices[r.nextInt(choices.length)];
  }

  @Test
  void exactlyTheFormulasAreRead_anyOtherTextFailsWithAPositionInsideIt() {
    AtomicInteger valid = new AtomicInteger();
    AtomicInteger invalid = new AtomicInteger();
    Gen<String> texts = longs().all().map(seed -> nearFormula(new SplittableRandom(seed)))
        .mix(strings().basicLatinAlphabet().ofLengthBetween(0, 12));
    qt().withExamples(2000).forAll(texts).checkAssert(text -> {
      Matcher m = FORMULA.matcher(text.strip());
      long branches = !m.matches() ? -1 : m.group(1) == null ? 0
          : m.group(1).length() > 7 ? Long.MAX_VALUE : Long.parseLong(m.group(1));
      if (branches >= 0 && branches <= 100_000) {
        valid.incrementAndGet();
        TeamFormula f = TeamFormula.parse(text);
        assertThat((long) f.branches()).as(text).isEqualTo(branches);
        assertThat(f.toString()).isEqualTo(branches == 0 ? "1+N" : "1+" + branches + "+N");
      } else {
        invalid.incrementAndGet();
        assertThatThrownBy(() -> TeamFormula.parse(text)).as(text)
            .isInstanceOfSatisfying(TeamFormulaParseException.class, e -> {
              assertThat(e.position()).isBetween(1, text.length() + 1);
              assertThat(e.text()).isEqualTo(text);
            });
      }
    });
    assertThat(valid).as("valid formulas tried").hasValueGreaterThan(200);
    assertThat(invalid).as("other texts tried").hasValueGreaterThan(200);
  }
}
