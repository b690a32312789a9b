package org.civic.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RatioTest {

  @Test
  void theSourceFigures() {
    assertThat(Ratio.of(18, 26).format(1)).isEqualTo("69.2%");
    assertThat(Ratio.of(262, 657).format(2)).isEqualTo("39.88%");
    assertThat(Ratio.of(262, 657).percent(3)).isEqualTo(new BigDecimal("39.878"));
    assertThat(Ratio.of(262, 657)).hasToString("262/657");
  }

  @Test
  void halfUpByDefaultOtherRoundingOnRequest() {
    Ratio eighth = Ratio.of(1, 8); // 12.5%
    assertThat(eighth.format(0)).isEqualTo("13%");
    assertThat(eighth.percent(0)).isEqualTo(eighth.percent(0, RoundingMode.HALF_UP)).isEqualTo(BigDecimal.valueOf(13));
    assertThat(eighth.percent(0, RoundingMode.HALF_EVEN)).isEqualTo(BigDecimal.valueOf(12));
    assertThat(eighth.format(0, RoundingMode.DOWN)).isEqualTo("12%");
    assertThat(eighth.format(1, RoundingMode.UNNECESSARY)).isEqualTo("12.5%");
    assertThatThrownBy(() -> eighth.format(0, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
    assertThat(Ratio.of(1, 1).format(2)).isEqualTo("100.00%");
    assertThat(Ratio.of(3, 2).format(0)).as("a rate may pass 100%").isEqualTo("150%");
  }

  @Test
  void badArgumentsAreRejected() {
    assertThatThrownBy(() -> Ratio.of(-1, 4)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1/4");
    assertThatThrownBy(() -> Ratio.of(1, -4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Ratio.of(3, 0)).as("0/0 is the only ratio of nothing")
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3/0");
    assertThatThrownBy(() -> Ratio.of(1, 4).percent(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Ratio.of(1, 4).format(-1, RoundingMode.UP)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Ratio.of(1, 4).percent(1, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Ratio.of(1, 4).plus(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void anEmptyRatioHasNoRate() {
    assertThat(Ratio.of(0, 0)).isSameAs(Ratio.empty());
    assertThat(Ratio.empty().isEmpty()).isTrue();
    assertThat(Ratio.of(0, 5).isEmpty()).isFalse();
    assertThat(Ratio.of(0, 5).format(1)).isEqualTo("0.0%");
    assertThatThrownBy(() -> Ratio.empty().percent(1)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("0/0");
    assertThatThrownBy(() -> Ratio.empty().percent(1, RoundingMode.DOWN)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Ratio.empty().format(2)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Ratio.empty().format(2, RoundingMode.UP)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void sumsAddPartsAndThrowRatherThanWrap() {
    assertThat(Ratio.of(1, 2).plus(Ratio.of(1, 3))).isEqualTo(Ratio.of(2, 5));
    assertThat(Ratio.of(1, 2).plus(Ratio.empty())).isEqualTo(Ratio.of(1, 2));
    assertThatThrownBy(() -> Ratio.of(Long.MAX_VALUE, 1).plus(Ratio.of(1, 1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Ratio.of(0, Long.MAX_VALUE).plus(Ratio.of(0, 1))).isInstanceOf(ArithmeticException.class);
    assertThat(Ratio.of(Long.MAX_VALUE, Long.MAX_VALUE).format(1)).isEqualTo("100.0%");
    assertThat(Ratio.of(Long.MAX_VALUE, 1).percent(0)).isEqualTo(new BigDecimal(Long.MAX_VALUE + "00"));
  }
}
