package org.civic.activity.internal;

import java.util.HashSet;
import java.util.Set;
import org.civic.internal.AsciiStrings;
import org.jspecify.annotations.Nullable;

/**
 * The ids of the open row of an id column so far (its volunteers, or its teams), for dropping
 * repeats — an id given twice is one participation: hashes for short lists, a set once a list is
 * long, so that a row of many ids costs linear time. Not thread-safe.
 */
final class RowIds {

  private static final int SHORT = 32;
  private final int[] hashes = new int[SHORT];
  /** A bit for each hash in {@link #hashes} (by its low six bits): a new id seldom needs the loop. */
  private long bits;
  private @Nullable Set<String> many;

  /** Starts a new row. */
  void reset() {
    many = null;
  }

  /**
   * The string at n, whose {@link AsciiStrings#hash} is h, was just appended after the row's
   * strings [from, n): drops it if it repeats one.
   */
  void keepDistinct(AsciiStrings column, int from, int n, int h) {
    int count = n - from;
    if (count < SHORT) {
      long bit = 1L << h;
      if (count == 0) {
        bits = 0;
      } else if ((bits & bit) != 0) {
        for (int k = 0; k < count; k++) {
          if (hashes[k] == h && column.equal(from + k, n)) {
            column.truncate(n);
            return;
          }
        }
      }
      bits |= bit;
      hashes[count] = h;
      return;
    }
    Set<String> seen = many;
    if (seen == null) {
      seen = new HashSet<>();
      for (int k = from; k < n; k++) {
        seen.add(column.get(k));
      }
      many = seen;
    }
    if (!seen.add(column.get(n))) {
      column.truncate(n);
    }
  }
}
