package org.civic.metric;

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

/** The invariants of {@link Mean}: a commutative monoid, exact values, no wrapped sums. */
class MeanPropertiesTest {

  /** Scales: often 0 to 2, where small parts often tie (1/8 is 12.5%), sometimes up to 12. */
  private static final Gen<Integer> SCALES = integers().between(0, 2).mix(integers().between(0, 12));
  /** Every mode but UNNECESSARY, which throws whenever the quotient needs rounding. */
  private static final Gen<RoundingMode> MODES = arbitrary().pick(RoundingMode.UP, RoundingMode.DOWN,
      RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);

  /** Means with sums in ±{@code max} and counts up to it: the empty one, small ones (ties) and large ones. */
  private static Gen<Mean> means(long max) {
    Gen<Mean> small = longs().between(-40, 40).zip(longs().between(1, 8), Mean::of);
    Gen<Mean> large = longs().between(-max, max).zip(longs().between(1, max), Mean::of);
    return arbitrary().constant(Mean.empty()).mix(small).mix(large);
  }

  @Test
  void plusIsAssociativeAndCommutativeWithEmptyAsIdentity() {
    qt().forAll(means(Long.MAX_VALUE / 3), means(Long.MAX_VALUE / 3), means(Long.MAX_VALUE / 3))
        .checkAssert((a, b, c) -> {
          assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
          assertThat(a.plus(b)).isEqualTo(b.plus(a));
          assertThat(a.plus(Mean.empty())).isEqualTo(a).isEqualTo(Mean.empty().plus(a));
          assertThat(a.plus(b)).isEqualTo(Mean.of(a.sum() + b.sum(), a.count() + b.count()));
        });
  }

  @Test
  void valuesAgreeWithBigDecimalArithmetic() {
    qt().forAll(means(Long.MAX_VALUE), SCALES, MODES).checkAssert((m, scale, mode) -> {
      if (m.isEmpty()) {
        return;
      }
      BigDecimal expected = BigDecimal.valueOf(m.sum()).divide(BigDecimal.valueOf(m.count()), scale, mode);
      assertThat(m.value(scale, mode)).isEqualTo(expected);
      assertThat(m.format(scale, mode)).isEqualTo(expected.toPlainString());
      BigDecimal halfUp = BigDecimal.valueOf(m.sum()).divide(BigDecimal.valueOf(m.count()), scale, RoundingMode.HALF_UP);
      assertThat(m.value(scale)).isEqualTo(halfUp);
      assertThat(m.format(scale)).isEqualTo(halfUp.toPlainString());
    });
  }

  @Test
  void tiesRoundHalfUpByDefault() {
    // ±o / (2 × 10^s) with o odd is a tie at scale s; half-up rounds it away from zero.
    qt().forAll(integers().between(0, 6), integers().between(0, 99_999), longs().between(1, 1_000_000),
            arbitrary().pick(1L, -1L))
        .checkAssert((s, half, q, sign) -> {
          long o = 2L * half + 1;
          Mean m = Mean.of(sign * o * q, 2 * q * BigDecimal.TEN.pow(s).longValueExact());
          BigDecimal tie = BigDecimal.valueOf(sign * o).divide(BigDecimal.valueOf(2).scaleByPowerOfTen(s));
          assertThat(m.value(s)).isEqualTo(tie.setScale(s, RoundingMode.UP));
          assertThat(m.format(s)).isEqualTo(tie.setScale(s, RoundingMode.UP).toPlainString());
          assertThat(m.value(s, RoundingMode.HALF_EVEN)).isEqualTo(tie.setScale(s, RoundingMode.HALF_EVEN));
        });
  }

  @Test
  void onlyTheEmptyMeanHasNoValue() {
    qt().forAll(means(Long.MAX_VALUE), integers().between(0, 12), MODES).checkAssert((m, scale, mode) -> {
      assertThat(m.isEmpty()).isEqualTo(m.count() == 0).isEqualTo(m.equals(Mean.empty()));
      if (m.isEmpty()) {
        assertThat(m.sum()).isZero();
        assertThatThrownBy(() -> m.value(scale, mode)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> m.format(scale)).isInstanceOf(IllegalStateException.class);
      } else {
        assertThat(m.value(scale, mode).scale()).isEqualTo(scale);
      }
    });
  }

  @Test
  void sumsPastTheRangeOfALongThrowRatherThanWrap() {
    qt().forAll(longs().between(1, Long.MAX_VALUE), longs().between(0, Long.MAX_VALUE)).checkAssert((a, k) -> {
      long b = Long.MAX_VALUE - a + 1 + k % a; // a + b > Long.MAX_VALUE
      long c = Long.MIN_VALUE + k % a;         // -a + c < Long.MIN_VALUE
      assertThatThrownBy(() -> Mean.of(a, 1).plus(Mean.of(b, 1))).isInstanceOf(ArithmeticException.class);
      assertThatThrownBy(() -> Mean.of(-a, 1).plus(Mean.of(c, 1))).isInstanceOf(ArithmeticException.class);
      assertThatThrownBy(() -> Mean.of(0, a).plus(Mean.of(0, b))).isInstanceOf(ArithmeticException.class);
    });
  }
}
