package org.civic.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class CoverageTest {

  @Test
  void theSourceFigures() {
    assertThat(Coverage.of(18, 26).format(1)).isEqualTo("69.2%");
    assertThat(Coverage.of(262, 657).format(2)).isEqualTo("39.88%");
    assertThat(Coverage.of(18, 26).percent(3)).isEqualByComparingTo("69.231");
  }

  @Test
  void halfUpByDefaultOtherRoundingOnRequest() {
    Coverage eighth = Coverage.of(1, 8); // 12.5%
    assertThat(eighth.format(0)).isEqualTo("13%");
    assertThat(eighth.percent(0, RoundingMode.HALF_EVEN)).isEqualTo(BigDecimal.valueOf(12));
    assertThat(eighth.percent(0, RoundingMode.DOWN)).isEqualTo(BigDecimal.valueOf(12));
  }

  @Test
  void sumsAddNumeratorsAndDenominators() {
    assertThat(Coverage.of(1, 2).plus(Coverage.of(3, 4))).isEqualTo(Coverage.of(4, 6));
    assertThat(Coverage.empty().plus(Coverage.of(3, 4))).isEqualTo(Coverage.of(3, 4));
    assertThat(Coverage.of(3, 4).plus(Coverage.empty())).isEqualTo(Coverage.of(3, 4));
    assertThat(Coverage.of(3, 4).missing()).isEqualTo(1);
    assertThat(Coverage.of(3, 4)).hasToString("3/4");
  }

  @Test
  void badCountsAreRejected() {
    assertThatThrownBy(() -> Coverage.of(5, 4)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5 / 4");
    assertThatThrownBy(() -> Coverage.of(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Coverage.of(1, 4).percent(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Coverage.of(1, 4).plus(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void formatTakesARoundingModeToo() {
    Coverage eighth = Coverage.of(1, 8);
    assertThat(eighth.format(0, RoundingMode.HALF_EVEN)).isEqualTo("12%");
    assertThat(eighth.format(0, RoundingMode.HALF_UP)).isEqualTo(eighth.format(0));
    assertThat(Coverage.of(1, 3).format(3, RoundingMode.UP)).isEqualTo("33.334%");
    assertThatThrownBy(() -> Coverage.of(1, 3).format(2, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThat(eighth.format(1, RoundingMode.UNNECESSARY)).isEqualTo("12.5%");
    assertThatThrownBy(() -> eighth.format(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> eighth.format(1, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void anEmptyCoverageHasNoRate() {
    assertThat(Coverage.of(0, 0)).isSameAs(Coverage.empty());
    assertThat(Coverage.of(0, 0).isEmpty()).isTrue();
    assertThat(Coverage.of(0, 1).isEmpty()).isFalse();
    assertThat(Coverage.of(0, 1).format(1)).isEqualTo("0.0%");
    assertThatThrownBy(() -> Coverage.empty().format(1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Coverage.empty().format(1, RoundingMode.DOWN)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Coverage.empty().percent(0)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no divisions");
    assertThatThrownBy(() -> Coverage.empty().percent(0, RoundingMode.UP)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void sumsThrowRatherThanWrapAndRatesOfHugeCountsAreExact() {
    Coverage huge = Coverage.of(Long.MAX_VALUE - 1, Long.MAX_VALUE);
    assertThatThrownBy(() -> huge.plus(Coverage.of(0, 1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Coverage.of(1, 1).plus(huge)).isInstanceOf(ArithmeticException.class);
    assertThat(huge.plus(Coverage.empty())).isSameAs(huge);
    assertThat(huge.format(2)).isEqualTo("100.00%");
    assertThat(Coverage.of(Long.MAX_VALUE / 2, Long.MAX_VALUE).format(4)).isEqualTo("50.0000%");
    assertThat(Coverage.of(Long.MAX_VALUE / 100 + 1, Long.MAX_VALUE).percent(0)).isEqualTo(BigDecimal.ONE);
  }
}
