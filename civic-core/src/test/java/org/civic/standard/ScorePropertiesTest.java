package org.civic.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The invariants of {@link Score}: exact values out of 100 and exact star thresholds, at any size. */
class ScorePropertiesTest {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** Scales: often 0 to 2, where small parts often tie (1/8 is 12.5%), sometimes up to 12. */
  private static final Gen<Integer> SCALES = integers().between(0, 2).mix(integers().between(0, 12));
  /** Every mode but UNNECESSARY, which throws whenever the quotient needs rounding. */
  private static final Gen<RoundingMode> MODES = arbitrary().pick(RoundingMode.UP, RoundingMode.DOWN,
      RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);

  /** Scores: where nothing applies, small ones (where ties are common) and any up to Long.MAX_VALUE. */
  private static final Gen<Score> SCORES = arbitrary().constant(Score.of(0, 0))
      .mix(longs().between(0, 40).zip(longs().between(0, 40), ScorePropertiesTest::ordered))
      .mix(longs().between(0, Long.MAX_VALUE).zip(longs().between(0, Long.MAX_VALUE), ScorePropertiesTest::ordered));

  private static Score ordered(long a, long b) {
    return Score.of(Math.min(a, b), Math.max(a, b));
  }

  @Test
  void valuesAgreeWithBigDecimalArithmetic() {
    qt().forAll(SCORES, SCALES, MODES).checkAssert((s, scale, mode) -> {
      if (s.isEmpty()) {
        return;
      }
      BigDecimal expected = BigDecimal.valueOf(s.earned()).multiply(HUNDRED)
          .divide(BigDecimal.valueOf(s.possible()), scale, mode);
      assertThat(s.percent(scale, mode)).isEqualTo(expected);
      BigDecimal halfUp = BigDecimal.valueOf(s.earned()).multiply(HUNDRED)
          .divide(BigDecimal.valueOf(s.possible()), scale, RoundingMode.HALF_UP);
      assertThat(s.percent(scale)).isEqualTo(halfUp).isBetween(BigDecimal.ZERO, HUNDRED);
    });
  }

  @Test
  void tiesRoundHalfUpByDefault() {
    // o / (2 × 10^s) with o odd is a tie at scale s; as a percentage it is 100 × o·q / (200 × 10^s × q).
    qt().forAll(integers().between(0, 6), integers().between(0, 99), longs().between(1, 1_000_000))
        .checkAssert((s, half, q) -> {
          long o = 2L * half + 1;
          long d = 200 * q * BigDecimal.TEN.pow(s).longValueExact();
          Score c = Score.of(o * q, d);
          BigDecimal tie = BigDecimal.valueOf(o).divide(BigDecimal.valueOf(2).scaleByPowerOfTen(s));
          assertThat(c.percent(s)).isEqualTo(tie.setScale(s, RoundingMode.UP));
          assertThat(c.percent(s, RoundingMode.HALF_EVEN)).isEqualTo(tie.setScale(s, RoundingMode.HALF_EVEN));
        });
  }

  @Test
  void onlyAScoreWhereNothingAppliesHasNoValue() {
    qt().forAll(SCORES, integers().between(0, 12), MODES).checkAssert((s, scale, mode) -> {
      assertThat(s.isEmpty()).isEqualTo(s.possible() == 0);
      if (s.isEmpty()) {
        assertThat(s.earned()).isZero();
        assertThatThrownBy(() -> s.percent(scale, mode)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> s.percent(scale)).isInstanceOf(IllegalStateException.class);
      } else {
        assertThat(s.percent(scale, mode).scale()).isEqualTo(scale);
      }
    });
  }

  @Test
  void starsCountTheThresholdsTheExactScoreReaches() {
    qt().forAll(SCORES, integers().between(0, 100), integers().between(0, 99)).checkAssert((s, whole, cents) -> {
      BigDecimal t = BigDecimal.valueOf(whole * 100L + (whole == 100 ? 0 : cents), 2); // 0.00 to 100.00
      Scoring scoring = Scoring.defaults().withStarThresholds(0, 0, 0, 0, t.doubleValue());
      // The exact score reaches t when 100 × earned ≥ t × possible, in BigDecimal, not by Score's own percent.
      boolean reaches = BigDecimal.valueOf(s.earned()).multiply(HUNDRED)
          .compareTo(t.multiply(BigDecimal.valueOf(s.possible()))) >= 0;
      int expected = s.isEmpty() ? 0 : 4 + (reaches ? 1 : 0);
      assertThat(scoring.stars(s)).isEqualTo(expected);
    });
  }
}
