package org.civic.metric;

import java.util.Arrays;
import org.civic.internal.LongIntMap;

/**
 * The incremental roll-up's (division, month) → cell number: a busy month's cells in an array by
 * division, a quiet month's in a hash map.
 *
 * <p>At national scale a month has cells at most of the 663,000 divisions (a village's month is
 * busy more often than not), and an activity looks up five of them. In one hash map of every
 * month's cells (4.4 million for the national year: 8 million slots, 96 MB of keys and values) each
 * look-up is a miss in memory far from the last; in the month's own array (4 bytes a division, 2.6
 * MB a month, 32 MB for the year) it is one read in a table the cache mostly holds. A month with few
 * cells — a year far from the others, a county's platform on the national hierarchy — would waste
 * such an array, so a month's cells start in the hash map and move to an array once they are an
 * eighth of the divisions (at least {@value #LEAST_DENSE}): the array then takes at most 32 bytes a
 * cell, what the hash map takes at its emptiest.
 *
 * <p>Not thread-safe, as the roll-up is not.
 */
final class CellNumbers {

  /** The fewest cells a month takes into an array: below this the hash map is as fast. */
  static final int LEAST_DENSE = 64;

  private final int divisions;
  private final int denseAt;
  /** (division, month) → cell, for the months still quiet. */
  private LongIntMap quiet = new LongIntMap();
  /** month → its slot in {@link #dense} and {@link #counts}. */
  private final LongIntMap months = new LongIntMap();
  /** By month slot: cell + 1 by division (0: none yet), or null while the month is quiet. */
  private int[][] dense = new int[4][];
  /** By month slot: how many cells the month has. */
  private int[] counts = new int[4];
  /** The month last asked for, and its slot (an activity asks for one month at five levels). */
  private long lastMonth;
  private int lastSlot = -1;

  /**
   * A table for a hierarchy's divisions.
   *
   * @param divisions the hierarchy's number of divisions: their indexes are {@code [0, divisions)}
   */
  CellNumbers(int divisions) {
    this.divisions = divisions;
    this.denseAt = Math.max(LEAST_DENSE, divisions >>> 3);
  }

  /** The threshold a month's cell count reaches when it moves to an array (for tests). */
  int denseAt() {
    return denseAt;
  }

  /** Whether a month's cells are held in an array (for tests). */
  boolean isDense(long month) {
    int slot = slot(month);
    return slot >= 0 && dense[slot] != null;
  }

  /** A division's cell in a month, or −1 if it has none. */
  int get(int division, long month) {
    int slot = slot(month);
    if (slot < 0) {
      return -1;
    }
    int[] byDivision = dense[slot];
    return byDivision != null ? byDivision[division] - 1 : quiet.get(key(division, month));
  }

  /** Gives a division, which has no cell in the month yet, its cell. */
  void putNew(int division, long month, int cell) {
    int slot = slot(month);
    if (slot < 0) {
      slot = months.size();
      if (slot == counts.length) {
        counts = Arrays.copyOf(counts, slot * 2);
        dense = Arrays.copyOf(dense, slot * 2);
      }
      months.putNew(month, slot);
      lastMonth = month;
      lastSlot = slot;
    }
    int[] byDivision = dense[slot];
    if (byDivision != null) {
      byDivision[division] = cell + 1;
    } else {
      quiet.putNew(key(division, month), cell);
    }
    if (++counts[slot] == denseAt && byDivision == null) {
      makeDense(month, slot);
    }
  }

  /** Moves a month's cells from the hash map into an array of their own. */
  private void makeDense(long month, int slot) {
    int[] byDivision = new int[divisions];
    LongIntMap rest = new LongIntMap(quiet.size()); // sized at once: see that constructor
    quiet.forEach((key, cell) -> {
      if (monthOf(key) == month) {
        byDivision[divisionOf(key)] = cell + 1;
      } else {
        rest.putNew(key, cell);
      }
    });
    quiet = rest;
    dense[slot] = byDivision;
  }

  private int slot(long month) {
    if (month == lastMonth && lastSlot >= 0) {
      return lastSlot;
    }
    int slot = months.get(month);
    if (slot >= 0) {
      lastMonth = month;
      lastSlot = slot;
    }
    return slot;
  }

  /**
   * A quiet cell's key: the division in the high 29 bits (a hierarchy holds far fewer than 2^28),
   * the month in the low 35, offset to be positive (every {@code LocalDate} year, ±999,999,999,
   * fits: ±1.2 × 10^10 months against 2^34), so that no two cells share a key.
   */
  private static long key(int division, long month) {
    return (long) division << 35 | (month + (1L << 34));
  }

  private static int divisionOf(long key) {
    return (int) (key >>> 35);
  }

  private static long monthOf(long key) {
    return (key & ((1L << 35) - 1)) - (1L << 34);
  }
}
