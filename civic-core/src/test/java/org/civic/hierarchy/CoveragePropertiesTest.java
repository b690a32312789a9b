package org.civic.hierarchy;

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

/** The invariants of {@link Coverage}: a commutative monoid, exact rates, no wrapped sums. */
class CoveragePropertiesTest {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** Scales: often 0 to 2, where small parts often tie (1/8 is 12.5%), sometimes up to 12. */
  private static final Gen<Integer> SCALES = integers().between(0, 2).mix(integers().between(0, 12));
  /** Every mode but UNNECESSARY, which throws whenever the quotient needs rounding. */
  private static final Gen<RoundingMode> MODES = arbitrary().pick(RoundingMode.UP, RoundingMode.DOWN,
      RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);

  /** Coverages up to {@code max} divisions: the empty one, small ones (where ties are common) and large ones. */
  private static Gen<Coverage> coverages(long max) {
    Gen<Coverage> small = longs().between(0, 40).zip(longs().between(0, 40), CoveragePropertiesTest::ordered);
    Gen<Coverage> large = longs().between(0, max).zip(longs().between(0, max), CoveragePropertiesTest::ordered);
    return arbitrary().constant(Coverage.empty()).mix(small).mix(large);
  }

  private static Coverage ordered(long a, long b) {
    return Coverage.of(Math.min(a, b), Math.max(a, b));
  }

  @Test
  void plusIsAssociativeAndCommutativeWithEmptyAsIdentity() {
    qt().forAll(coverages(Long.MAX_VALUE / 3), coverages(Long.MAX_VALUE / 3), coverages(Long.MAX_VALUE / 3))
        .checkAssert((a, b, c) -> {
          assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
          assertThat(a.plus(b)).isEqualTo(b.plus(a));
          assertThat(a.plus(Coverage.empty())).isEqualTo(a).isEqualTo(Coverage.empty().plus(a));
          assertThat(a.plus(b)).isEqualTo(Coverage.of(a.built() + b.built(), a.total() + b.total()));
        });
  }

  @Test
  void ratesAgreeWithBigDecimalArithmetic() {
    qt().forAll(coverages(Long.MAX_VALUE), SCALES, MODES).checkAssert((c, scale, mode) -> {
      if (c.isEmpty()) {
        return;
      }
      BigDecimal expected = BigDecimal.valueOf(c.built()).multiply(HUNDRED)
          .divide(BigDecimal.valueOf(c.total()), scale, mode);
      assertThat(c.percent(scale, mode)).isEqualTo(expected);
      assertThat(c.format(scale, mode)).isEqualTo(expected.toPlainString() + "%");
      BigDecimal halfUp = BigDecimal.valueOf(c.built()).multiply(HUNDRED)
          .divide(BigDecimal.valueOf(c.total()), scale, RoundingMode.HALF_UP);
      assertThat(c.percent(scale)).isEqualTo(halfUp);
      assertThat(c.format(scale)).isEqualTo(halfUp.toPlainString() + "%");
      assertThat(halfUp).isBetween(BigDecimal.ZERO, HUNDRED);
    });
  }

  @Test
  void tiesRoundHalfUpByDefault() {
    // o / (2 × 10^s) with o odd is a tie at scale s; as a percentage it is 100 × o·q / (200 × 10^s × q).
    qt().forAll(integers().between(0, 6), integers().between(0, 99), longs().between(1, 1_000_000))
        .checkAssert((s, half, q) -> {
          long o = 2L * half + 1;
          long d = 200 * q * BigDecimal.TEN.pow(s).longValueExact();
          Coverage c = Coverage.of(o * q, d);
          BigDecimal tie = BigDecimal.valueOf(o).divide(BigDecimal.valueOf(2).scaleByPowerOfTen(s));
          assertThat(c.percent(s)).isEqualTo(tie.setScale(s, RoundingMode.UP));
          assertThat(c.percent(s, RoundingMode.HALF_EVEN)).isEqualTo(tie.setScale(s, RoundingMode.HALF_EVEN));
          assertThat(c.format(s)).isEqualTo(tie.setScale(s, RoundingMode.UP).toPlainString() + "%");
        });
  }

  @Test
  void onlyTheEmptyCoverageHasNoRate() {
    qt().forAll(coverages(Long.MAX_VALUE), integers().between(0, 12), MODES).checkAssert((c, scale, mode) -> {
      assertThat(c.isEmpty()).isEqualTo(c.total() == 0).isEqualTo(c.equals(Coverage.empty()));
      if (c.isEmpty()) {
        assertThatThrownBy(() -> c.percent(scale, mode)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> c.format(scale)).isInstanceOf(IllegalStateException.class);
      } else {
        assertThat(c.percent(scale, mode).scale()).isEqualTo(scale);
      }
    });
  }

  @Test
  void sumsPastLongMaxThrowRatherThanWrap() {
    qt().forAll(longs().between(1, Long.MAX_VALUE), longs().between(0, Long.MAX_VALUE)).checkAssert((a, k) -> {
      long b = Long.MAX_VALUE - a + 1 + k % a; // a + b > Long.MAX_VALUE
      assertThatThrownBy(() -> Coverage.of(a, a).plus(Coverage.of(0, b))).isInstanceOf(ArithmeticException.class);
      assertThatThrownBy(() -> Coverage.of(0, b).plus(Coverage.of(a, a))).isInstanceOf(ArithmeticException.class);
    });
  }
}
