package org.civic.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link DistinctInts} gives the distinct values of a prefix, ascending, both ways it takes them —
 * a sort (few values, or a range far wider than their number) and a bitset of the range (many
 * over a narrow one) — and one instance serves call after call: a bitset left dirty by one call
 * would put another's values into the next.
 */
class DistinctIntsPropertiesTest {

  /** What the prefix should become: its values once each, ascending. */
  private static int[] expected(int[] a, int n) {
    return Arrays.stream(a, 0, n).distinct().sorted().toArray();
  }

  /**
   * 0–5,000 values from a range of 1 to 2^32 (narrow ones repeat values; some cross zero or reach
   * Integer.MIN_VALUE and MAX_VALUE), with junk after the prefix that must not be read.
   */
  private static int[] values(SplittableRandom r, int n) {
    long width = switch (r.nextInt(5)) {
      case 0 -> 1 + r.nextInt(64);
      case 1 -> 1 + r.nextInt(DistinctInts.WORDS_PER_INDEX * 64 * Math.max(1, n));
      case 2 -> 1 + r.nextLong(1L << 24);
      case 3 -> 1L << 32;
      default -> 64L * DistinctInts.WORDS_PER_INDEX * Math.max(1, n) + r.nextInt(3) - 1; // about the bitset's limit
    };
    long low = r.nextBoolean() ? 0 : r.nextLong(Integer.MIN_VALUE, (long) Integer.MAX_VALUE - width + 2);
    int[] a = new int[n + r.nextInt(4)];
    for (int i = 0; i < a.length; i++) {
      a[i] = (int) (low + r.nextLong(width));
    }
    return a;
  }

  @Test
  void thePrefixBecomesItsDistinctValuesAscendingCallAfterCall() {
    qt().withExamples(200).forAll(integers().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      DistinctInts distinct = new DistinctInts();
      for (int call = 0; call < 6; call++) {
        int n = r.nextInt(3) == 0 ? r.nextInt(DistinctInts.BITSET_MIN) : r.nextInt(DistinctInts.BITSET_MIN, 5_000);
        int[] a = values(r, n);
        int[] junk = Arrays.copyOfRange(a, n, a.length);
        int[] want = expected(a, n);
        int d = distinct.distinct(a, n);
        assertThat(Arrays.copyOf(a, d)).as("call %d of %d values", call, n).containsExactly(want);
        assertThat(Arrays.copyOfRange(a, n, a.length)).as("after the prefix").containsExactly(junk);
      }
    });
  }

  @Test
  void manyValuesOverANarrowRangeAndOverTheWholeIntRange() {
    DistinctInts distinct = new DistinctInts();
    int[] narrow = new int[1_000];
    for (int i = 0; i < narrow.length; i++) {
      narrow[i] = 1_000_000 + (i * 7919) % 500; // 500 distinct values, each twice, scrambled
    }
    assertThat(distinct.distinct(narrow, narrow.length)).isEqualTo(500);
    assertThat(Arrays.copyOf(narrow, 500)).startsWith(1_000_000, 1_000_001).endsWith(1_000_499).isSorted();
    int[] wide = {Integer.MAX_VALUE, 0, Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE};
    int[] many = new int[640];
    for (int i = 0; i < many.length; i++) {
      many[i] = wide[i % wide.length];
    }
    assertThat(distinct.distinct(many, many.length)).isEqualTo(4);
    assertThat(Arrays.copyOf(many, 4)).containsExactly(Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE);
  }
}
