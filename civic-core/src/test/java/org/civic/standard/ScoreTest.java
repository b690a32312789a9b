package org.civic.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class ScoreTest {

  @Test
  void percentIsOutOfAHundredHalfUpByDefault() {
    assertThat(Score.of(2, 3).percent(1)).isEqualTo(new BigDecimal("66.7"));
    assertThat(Score.of(5, 6).percent(0)).isEqualTo(BigDecimal.valueOf(83));
    assertThat(Score.of(1, 8).percent(0)).isEqualTo(BigDecimal.valueOf(13));
    assertThat(Score.of(1, 8).percent(0, RoundingMode.HALF_EVEN)).isEqualTo(BigDecimal.valueOf(12));
    assertThat(Score.of(1, 8).percent(1, RoundingMode.UNNECESSARY)).isEqualTo(new BigDecimal("12.5"));
    assertThatThrownBy(() -> Score.of(1, 3).percent(1, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
    assertThat(Score.of(6, 6).percent(2)).isEqualTo(new BigDecimal("100.00"));
    assertThat(Score.of(5, 6)).hasToString("5/6");
  }

  @Test
  void badArgumentsAreRejected() {
    assertThatThrownBy(() -> Score.of(3, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 / 2");
    assertThatThrownBy(() -> Score.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Score.of(1, 2).percent(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Score.of(1, 2).percent(1, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aScoreWhereNothingAppliesHasNoValueAndNoStars() {
    Score nothing = Score.of(0, 0);
    assertThat(nothing.isEmpty()).isTrue();
    assertThat(Score.of(0, 1).isEmpty()).isFalse();
    assertThat(Score.of(0, 1).percent(0)).isEqualTo(BigDecimal.ZERO);
    assertThatThrownBy(() -> nothing.percent(2)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nothing applies");
    assertThatThrownBy(() -> nothing.percent(2, RoundingMode.DOWN)).isInstanceOf(IllegalStateException.class);
    assertThat(Scoring.defaults().stars(nothing)).isZero();
    assertThat(Scoring.defaults().withStarThresholds(0, 0, 0, 0, 0).stars(nothing)).isZero();
    assertThat(Scoring.defaults().withStarThresholds(0, 0, 0, 0, 0).stars(Score.of(0, 1))).isEqualTo(5);
  }

  @Test
  void pointsPastLongOver100AreExact() {
    long tenth = Long.MAX_VALUE / 10; // × 100 does not fit in a long
    assertThat(Score.of(tenth, 2 * tenth).percent(0)).isEqualTo(BigDecimal.valueOf(50));
    assertThat(Score.of(Long.MAX_VALUE, Long.MAX_VALUE).percent(1)).isEqualTo(new BigDecimal("100.0"));
    assertThat(Scoring.defaults().stars(Score.of(4 * tenth, 5 * tenth))).isEqualTo(4);
    assertThat(Scoring.defaults().stars(Score.of(4 * tenth - 1, 5 * tenth))).isEqualTo(3);
    assertThat(Scoring.defaults().stars(Score.of(Long.MAX_VALUE, Long.MAX_VALUE))).isEqualTo(5);
  }
}
