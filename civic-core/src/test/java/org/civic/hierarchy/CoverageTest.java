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
  void anEmptyCoverageHasNoRate() {
    assertThat(Coverage.of(0, 0).isEmpty()).isTrue();
    assertThatThrownBy(() -> Coverage.empty().format(1)).isInstanceOf(IllegalStateException.class);
  }
}
