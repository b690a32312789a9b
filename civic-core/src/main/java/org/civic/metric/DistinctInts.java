package org.civic.metric;

import java.util.Arrays;

/**
 * Makes a prefix of an {@code int[]} of volunteer indexes (any order, repeats allowed) distinct
 * and ascending (as signed ints), in place — what a batch's gathered month ({@link BatchRollup}) and a
 * large cell's list of new volunteers ({@code MetricColumns}) need before they join a set; a
 * gathered month's organisation numbers too. Few
 * indexes, or indexes spread over a range far wider than their number, are sorted; many over a
 * range not much wider (a county's, a city's or a province's month) are set in a bitset of the
 * range and read back in order: a word of the range scanned costs far less than an index sorted.
 *
 * <p>Holds the bitset between calls (all 0 between them); one per writer, not thread-safe.
 */
final class DistinctInts {

  /** Fewer indexes than this are sorted: a small sort is cheap, and most cells are small. */
  static final int BITSET_MIN = 64;
  /** A bitset is used while its range has at most this many words (64 indexes) an index. */
  static final int WORDS_PER_INDEX = 32;

  private long[] seen = new long[0];

  /**
   * Makes {@code a[0, n)} distinct and ascending at the start of {@code a}.
   *
   * @return how many distinct indexes there are
   */
  int distinct(int[] a, int n) {
    if (n >= BITSET_MIN) {
      int min = Integer.MAX_VALUE;
      int max = Integer.MIN_VALUE;
      for (int i = 0; i < n; i++) {
        min = Math.min(min, a[i]);
        max = Math.max(max, a[i]);
      }
      long words = (((long) max - min) >>> 6) + 1;
      if (words <= (long) n * WORDS_PER_INDEX && words <= Integer.MAX_VALUE >>> 6) {
        return byBits(a, n, min, (int) words);
      }
    }
    Arrays.sort(a, 0, n);
    int d = 0;
    for (int i = 0; i < n; i++) {
      if (d == 0 || a[i] != a[d - 1]) {
        a[d++] = a[i];
      }
    }
    return d;
  }

  private int byBits(int[] a, int n, int min, int words) {
    if (seen.length < words) {
      seen = new long[Math.max(words, seen.length * 2)];
    }
    long[] bits = seen;
    for (int i = 0; i < n; i++) {
      int v = a[i] - min;
      bits[v >>> 6] |= 1L << v; // the shift takes the low six bits
    }
    int d = 0;
    for (int w = 0; w < words; w++) {
      long word = bits[w];
      if (word != 0) {
        bits[w] = 0;
        int base = min + (w << 6);
        while (word != 0) {
          a[d++] = base + Long.numberOfTrailingZeros(word);
          word &= word - 1;
        }
      }
    }
    return d;
  }
}
