package org.civic.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/**
 * Equal distinct counts have equal hash codes however they were made — at once ({@code of}, whose
 * bitmap is run-compressed), as a union of parts ({@code plus}: an OR, not compressed), or
 * wrapped from a bitmap built index by index — and so do the {@link MetricSet}s that hold them: a
 * host's {@code HashMap} of figures from different paths finds them. (RoaringBitmap's own hash
 * depends on its containers' kinds: runs of indexes made one way and listed another hashed apart.)
 */
class DistinctCountHashPropertiesTest {

  /** 0–20,000 indexes: runs, every other one, or spread; some past 65,536 (several containers). */
  private static int[] indexes(SplittableRandom r) {
    int n = r.nextInt(20_000);
    int[] a = new int[n];
    int kind = r.nextInt(3);
    int base = r.nextInt(200_000);
    for (int i = 0; i < n; i++) {
      a[i] = switch (kind) {
        case 0 -> base + i;
        case 1 -> base + 2 * i;
        default -> r.nextInt(Integer.MAX_VALUE);
      };
    }
    return a;
  }

  @Test
  void equalCountsHaveEqualHashesHoweverTheyWereMade() {
    qt().withExamples(200).forAll(integers().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      int[] all = indexes(r);
      DistinctCount atOnce = DistinctCount.of(all);
      // two parts that overlap and interleave, joined
      DistinctCount joined = DistinctCount.empty();
      for (int part = 0; part < 3; part++) {
        int p = part;
        joined = joined.plus(DistinctCount.of(Arrays.stream(all).filter(i -> Math.floorMod(i, 3) != p).toArray()));
      }
      RoaringBitmap oneByOne = new RoaringBitmap();
      for (int k = all.length - 1; k >= 0; k--) {
        oneByOne.add(all[k]);
      }
      DistinctCount wrapped = DistinctCount.wrap(oneByOne);
      assertThat(joined).isEqualTo(atOnce);
      assertThat(wrapped).isEqualTo(atOnce);
      assertThat(joined.hashCode()).isEqualTo(atOnce.hashCode());
      assertThat(wrapped.hashCode()).isEqualTo(atOnce.hashCode());
      assertThat(atOnce.hashCode()).as("asked twice").isEqualTo(atOnce.hashCode());
    });
  }

  /** The case that found it: the even and the odd indexes of a run, each run-compressed, then joined. */
  @Test
  void figuresOfAMonthHashAlikeByTheRollUpAndByMerging() {
    DistinctCount even = DistinctCount.of(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38);
    DistinctCount odd = DistinctCount.of(1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39);
    DistinctCount run = DistinctCount.of(java.util.stream.IntStream.range(0, 40).toArray());
    assertThat(even.plus(odd)).isEqualTo(run);
    assertThat(even.plus(odd).hashCode()).isEqualTo(run.hashCode());
    assertThat(DistinctCount.empty().hashCode()).isEqualTo(DistinctCount.of().hashCode());
  }
}
