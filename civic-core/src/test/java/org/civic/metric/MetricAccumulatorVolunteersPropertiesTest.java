package org.civic.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/**
 * The volunteers an accumulator counts from raw rows ({@code addRaw}, what a roll-up's scan adds)
 * are exactly the indexes added, whichever way it holds them on the way — listed, in a bitset once
 * dense, folded into the bitmap when too sparse or read — and reading them between adds (a
 * snapshot, a merge, the codec's bits) changes nothing; nor does a bound on the indexes, kept or
 * broken, nor finishing with the bitmap handed over.
 */
class MetricAccumulatorVolunteersPropertiesTest {

  /**
   * Rows of 0–40 indexes drawn from a universe of 50 to 2^31 (dense to sparse), now and then one
   * index far past the others or negative (the bitmap's unsigned high half), up to 40,000 indexes
   * in all: past the bitset's threshold and the list's flush.
   */
  private static List<int[]> rows(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int universe = switch (random.nextInt(4)) {
      case 0 -> 50;
      case 1 -> 100_000;
      case 2 -> 5_000_000;
      default -> Integer.MAX_VALUE;
    };
    int total = random.nextInt(4) == 0 ? random.nextInt(0, 200) : random.nextInt(3_000, 40_000);
    List<int[]> rows = new ArrayList<>();
    for (int added = 0; added < total; ) {
      int[] row = random.ints(random.nextInt(0, 41), 0, universe).toArray();
      if (row.length > 0 && random.nextInt(500) == 0) {
        row[0] = random.nextBoolean() ? random.nextInt() : universe - 1 + random.nextInt(0, 1 << 26);
      }
      rows.add(row);
      added += row.length;
    }
    return rows;
  }

  @Test
  void theRawVolunteersAreExactlyTheIndexesAdded() {
    qt().withExamples(200).forAll(integers().all()).checkAssert(seed -> {
      List<int[]> rows = rows(seed);
      SplittableRandom reads = new SplittableRandom(seed ^ 0x5DEECE66DL);
      MetricAccumulator acc = new MetricAccumulator();
      if (reads.nextBoolean()) {
        // a roll-up's bound on its indexes: the largest seen, or one a rare far index breaks
        acc.indexesBelow(reads.nextBoolean() ? rows.stream().flatMapToInt(java.util.Arrays::stream).max().orElse(0) + 1
            : Math.max(1, rows.stream().flatMapToInt(java.util.Arrays::stream).min().orElse(0) & Integer.MAX_VALUE));
      }
      RoaringBitmap expected = new RoaringBitmap();
      for (int[] row : rows) {
        int from = row.length == 0 ? 0 : reads.nextInt(0, row.length + 1);
        int[] padded = new int[row.length + from + 3];
        System.arraycopy(row, 0, padded, from, row.length); // a slice of a longer column, as a scan passes it
        acc.addRaw(row.length, 1, 1, 0, 0, 1, padded, from, from + row.length);
        expected.add(row);
        if (reads.nextInt(200) == 0) { // read in passing: the count so far, and adding goes on
          assertThat(acc.snapshot().volunteers().count()).isEqualTo(expected.getLongCardinality());
        }
      }
      assertThat(acc.volunteerBits()).isEqualTo(expected);
      MetricSet read = acc.snapshot();
      assertThat(read.volunteers().count()).isEqualTo(expected.getLongCardinality());
      assertThat(read.activities()).isEqualTo(rows.size());
      assertThat(acc.finish()).isEqualTo(read); // the bitmap handed over, not copied: the same figures
    });
  }

  @Test
  void mergingRawAccumulatorsIsTheUnionOfTheirVolunteers() {
    qt().withExamples(100).forAll(integers().all(), integers().all()).checkAssert((a, b) -> {
      MetricAccumulator left = new MetricAccumulator();
      MetricAccumulator right = new MetricAccumulator();
      RoaringBitmap expected = new RoaringBitmap();
      for (int[] row : rows(a)) {
        left.addRaw(row.length, 1, 1, 0, 0, 1, row, 0, row.length);
        expected.add(row);
      }
      for (int[] row : rows(b)) {
        right.addRaw(row.length, 1, 1, 0, 0, 1, row, 0, row.length);
        expected.add(row);
      }
      MetricSet rightBefore = right.snapshot();
      left.merge(right);
      assertThat(left.snapshot().volunteers().count()).isEqualTo(expected.getLongCardinality());
      assertThat(left.volunteerBits()).isEqualTo(expected);
      assertThat(right.snapshot()).isEqualTo(rightBefore); // the other is unchanged
    });
  }
}
