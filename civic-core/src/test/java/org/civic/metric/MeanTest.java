package org.civic.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class MeanTest {

  @Test
  void valuesAreRoundedHalfUpByDefault() {
    assertThat(Mean.of(9, 2).value(1)).isEqualTo(new BigDecimal("4.5"));
    assertThat(Mean.of(9, 2).format(2)).isEqualTo("4.50");
    assertThat(Mean.of(5, 2).value(0)).isEqualTo(BigDecimal.valueOf(3));
    assertThat(Mean.of(5, 2).value(0, RoundingMode.HALF_EVEN)).isEqualTo(BigDecimal.valueOf(2));
    assertThat(Mean.of(-5, 2).value(0)).as("half-up rounds away from zero").isEqualTo(BigDecimal.valueOf(-3));
    assertThat(Mean.of(-5, 2).format(0, RoundingMode.HALF_DOWN)).isEqualTo("-2");
    assertThat(Mean.of(2, 3).format(3, RoundingMode.DOWN)).isEqualTo("0.666");
    assertThatThrownBy(() -> Mean.of(2, 3).value(3, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
    assertThat(Mean.of(9, 2)).hasToString("9/2");
  }

  @Test
  void badArgumentsAreRejected() {
    assertThatThrownBy(() -> Mean.of(3, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3/0");
    assertThatThrownBy(() -> Mean.of(0, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Mean.of(1, 1).value(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Mean.of(1, 1).format(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Mean.of(1, 1).value(1, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Mean.of(1, 1).plus(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void anEmptyMeanHasNoValue() {
    assertThat(Mean.of(0, 0)).isSameAs(Mean.empty());
    assertThat(Mean.empty().isEmpty()).isTrue();
    assertThat(Mean.of(0, 1).isEmpty()).isFalse();
    assertThat(Mean.of(0, 1).format(1)).isEqualTo("0.0");
    assertThatThrownBy(() -> Mean.empty().value(2)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no values");
    assertThatThrownBy(() -> Mean.empty().value(2, RoundingMode.UP)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Mean.empty().format(2)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Mean.empty().format(2, RoundingMode.UP)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void sumsAddPartsAndThrowRatherThanWrap() {
    assertThat(Mean.of(9, 2).plus(Mean.of(1, 2))).isEqualTo(Mean.of(10, 4));
    assertThat(Mean.of(9, 2).plus(Mean.empty())).isEqualTo(Mean.of(9, 2));
    assertThatThrownBy(() -> Mean.of(Long.MAX_VALUE, 1).plus(Mean.of(1, 1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Mean.of(Long.MIN_VALUE, 1).plus(Mean.of(-1, 1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Mean.of(0, Long.MAX_VALUE).plus(Mean.of(0, 1))).isInstanceOf(ArithmeticException.class);
    assertThat(Mean.of(Long.MAX_VALUE, Long.MAX_VALUE).format(1)).isEqualTo("1.0");
    assertThat(Mean.of(Long.MIN_VALUE, 1).format(0)).isEqualTo(Long.toString(Long.MIN_VALUE));
  }
}
