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

/** The invariants of {@link Ratio}: a commutative monoid, exact rates, no wrapped sums. */
class RatioPropertiesTest {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** Scales: often 0 to 2, where small parts often tie (1/8 is 12.5%), sometimes up to 12. */
  private static final Gen<Integer> SCALES = integers().between(0, 2).mix(integers().between(0, 12));
  /** Every mode but UNNECESSARY, which throws whenever the quotient needs rounding. */
  private static final Gen<RoundingMode> MODES = arbitrary().pick(RoundingMode.UP, RoundingMode.DOWN,
      RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);

  /** Ratios with parts up to {@code max}: the empty one, small ones (where ties are common) and large ones. */
  private static Gen<Ratio> ratios(long max) {
    Gen<Ratio> small = longs().between(0, 40).zip(longs().between(1, 40), Ratio::of);
    Gen<Ratio> large = longs().between(0, max).zip(longs().between(1, max), Ratio::of);
    return arbitrary().constant(Ratio.empty()).mix(small).mix(large);
  }

  @Test
  void plusIsAssociativeAndCommutativeWithEmptyAsIdentity() {
    qt().forAll(ratios(Long.MAX_VALUE / 3), ratios(Long.MAX_VALUE / 3), ratios(Long.MAX_VALUE / 3))
        .checkAssert((a, b, c) -> {
          assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
          assertThat(a.plus(b)).isEqualTo(b.plus(a));
          assertThat(a.plus(Ratio.empty())).isEqualTo(a).isEqualTo(Ratio.empty().plus(a));
          assertThat(a.plus(b)).isEqualTo(Ratio.of(a.numerator() + b.numerator(), a.denominator() + b.denominator()));
        });
  }

  @Test
  void ratesAgreeWithBigDecimalArithmetic() {
    qt().forAll(ratios(Long.MAX_VALUE), SCALES, MODES).checkAssert((r, scale, mode) -> {
      if (r.isEmpty()) {
        return;
      }
      BigDecimal expected = BigDecimal.valueOf(r.numerator()).multiply(HUNDRED)
          .divide(BigDecimal.valueOf(r.denominator()), scale, mode);
      assertThat(r.percent(scale, mode)).isEqualTo(expected);
      assertThat(r.format(scale, mode)).isEqualTo(expected.toPlainString() + "%");
      BigDecimal halfUp = BigDecimal.valueOf(r.numerator()).multiply(HUNDRED)
          .divide(BigDecimal.valueOf(r.denominator()), scale, RoundingMode.HALF_UP);
      assertThat(r.percent(scale)).isEqualTo(halfUp);
      assertThat(r.format(scale)).isEqualTo(halfUp.toPlainString() + "%");
    });
  }

  @Test
  void tiesRoundHalfUpByDefault() {
    // o / (2 × 10^s) with o odd is a tie at scale s; as a percentage it is 100 × o·q / (200 × 10^s × q).
    qt().forAll(integers().between(0, 6), integers().between(0, 99), longs().between(1, 1_000_000))
        .checkAssert((s, half, q) -> {
          long o = 2L * half + 1;
          long d = 200 * q * BigDecimal.TEN.pow(s).longValueExact();
          Ratio c = Ratio.of(o * q, d);
          BigDecimal tie = BigDecimal.valueOf(o).divide(BigDecimal.valueOf(2).scaleByPowerOfTen(s));
          assertThat(c.percent(s)).isEqualTo(tie.setScale(s, RoundingMode.UP));
          assertThat(c.percent(s, RoundingMode.HALF_EVEN)).isEqualTo(tie.setScale(s, RoundingMode.HALF_EVEN));
          assertThat(c.format(s)).isEqualTo(tie.setScale(s, RoundingMode.UP).toPlainString() + "%");
        });
  }

  @Test
  void onlyTheEmptyRatioHasNoRate() {
    qt().forAll(ratios(Long.MAX_VALUE), integers().between(0, 12), MODES).checkAssert((r, scale, mode) -> {
      assertThat(r.isEmpty()).isEqualTo(r.denominator() == 0).isEqualTo(r.equals(Ratio.empty()));
      if (r.isEmpty()) {
        assertThat(r.numerator()).isZero();
        assertThatThrownBy(() -> r.percent(scale, mode)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> r.format(scale)).isInstanceOf(IllegalStateException.class);
      } else {
        assertThat(r.percent(scale, mode).scale()).isEqualTo(scale);
      }
    });
  }

  @Test
  void sumsPastLongMaxThrowRatherThanWrap() {
    qt().forAll(longs().between(1, Long.MAX_VALUE), longs().between(0, Long.MAX_VALUE)).checkAssert((a, k) -> {
      long b = Long.MAX_VALUE - a + 1 + k % a; // a + b > Long.MAX_VALUE
      assertThatThrownBy(() -> Ratio.of(a, 1).plus(Ratio.of(b, 1))).isInstanceOf(ArithmeticException.class);
      assertThatThrownBy(() -> Ratio.of(0, a).plus(Ratio.of(0, b))).isInstanceOf(ArithmeticException.class);
    });
  }
}
