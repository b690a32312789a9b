package org.civic.metric;

import java.util.Arrays;
import org.civic.internal.LongIntMap;

/**
 * The incremental roll-up's (division, month) → cell number, month by month: a busy month's cells
 * in an array by division, a quiet month's in a hash map of its own.
 *
 * <p>At national scale a month has cells at most of the 663,000 divisions (a village's month is
 * busy more often than not), and an activity looks up five of them. In one hash map of every
 * month's cells (4.4 million for the national year: 8 million slots, 96 MB of keys and values) each
 * look-up is a miss in memory far from the last; in the month's own array (4 bytes a division, 2.6
 * MB a month, 32 MB for the year) it is one read in a table the cache mostly holds. A month with few
 * cells — a year far from the others, a county's platform on the national hierarchy — would waste
 * such an array, so a month's cells start in its hash map and move to an array once they are an
 * eighth of the divisions (at least {@value #LEAST_DENSE}): the array then takes at most 32 bytes a
 * cell, what the hash map takes at its emptiest, and the move reads only that month's map. A batch
 * that says it will make that many cells in a month ({@link #expect}) gives the month its array at
 * once.
 *
 * <p>Not thread-safe, as the roll-up is not; {@link #get} only reads, so that many threads may ask
 * at once while nothing is added.
 */
final class CellNumbers {

  /** The fewest cells a month takes into an array: below this the hash map is as fast. */
  static final int LEAST_DENSE = 64;

  private final int divisions;
  private final int denseAt;
  /** month → its slot in the arrays below. */
  private final LongIntMap months = new LongIntMap();
  /** By month slot: division → cell while the month is quiet, then null. */
  private LongIntMap[] quiet = new LongIntMap[4];
  /** By month slot: cell + 1 by division (0: none yet) once the month is busy, null before. */
  private int[][] dense = new int[4][];
  /** The month the writer last asked for, and its slot: written only by the writer's calls. */
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

  /**
   * Whether a month's cells are held in an array (for tests); each month in exactly one of its
   * array and its hash map, never both (a map left beside the array would be memory lost).
   */
  boolean isDense(long month) {
    int slot = slotOf(month);
    if (slot < 0) {
      return false;
    }
    if ((dense[slot] == null) == (quiet[slot] == null)) {
      throw new IllegalStateException("month " + month + " held in both or neither");
    }
    return dense[slot] != null;
  }

  /**
   * A division's cell in a month, or −1 if it has none. Reads only — nothing, not even the
   * last-month cache, is written — so that many threads may ask at once while nothing is added
   * (a host's read lock around {@code IncrementalRollup.metrics}).
   */
  int get(int division, long month) {
    int slot = slotOf(month);
    return slot < 0 ? -1 : cellIn(slot, division);
  }

  /**
   * A division's cell in a month, made by {@code figures} if it has none yet; the writer's look-up,
   * which keeps the month it asked for at hand for the next (an activity asks for one month at
   * five levels).
   */
  int getOrAdd(int division, long month, MetricColumns figures) {
    int slot = slot(month);
    int cell = slot < 0 ? -1 : cellIn(slot, division);
    if (cell < 0) {
      cell = figures.add();
      putNew(division, month, cell);
    }
    return cell;
  }

  /** Gives a division, which has no cell in the month yet, its cell. */
  void putNew(int division, long month, int cell) {
    int slot = slotOrNew(month);
    int[] byDivision = dense[slot];
    if (byDivision != null) {
      byDivision[division] = cell + 1;
      return;
    }
    LongIntMap cells = quiet[slot];
    cells.putNew(division, cell);
    if (cells.size() == denseAt) {
      makeDense(slot);
    }
  }

  /**
   * Tells that a batch is about to make up to {@code cells} cells in a month: at least
   * {@link #denseAt()} of them give the month its array now (moving the cells it has, if any),
   * instead of filling its hash map first — a year's preload would otherwise look up and make each
   * month's first tens of thousands of cells in a growing map. A guess above the cells the batch
   * really makes costs the array's 4 bytes a division for the month.
   *
   * @param cells the most cells the batch may make in the month, 0 or more
   */
  void expect(long month, int cells) {
    if (cells < denseAt) {
      return;
    }
    int slot = slotOrNew(month);
    if (dense[slot] == null) {
      makeDense(slot);
    }
  }

  /** The month's slot, given it first if it has none. */
  private int slotOrNew(long month) {
    int slot = slot(month);
    return slot >= 0 ? slot : newSlot(month);
  }

  /** Gives a month its slot, its cells in a hash map until they are many; returns the slot. */
  private int newSlot(long month) {
    int slot = months.size();
    if (slot == dense.length) {
      quiet = Arrays.copyOf(quiet, slot * 2);
      dense = Arrays.copyOf(dense, slot * 2);
    }
    months.putNew(month, slot);
    quiet[slot] = new LongIntMap();
    lastMonth = month;
    lastSlot = slot;
    return slot;
  }

  private int cellIn(int slot, int division) {
    int[] byDivision = dense[slot];
    return byDivision != null ? byDivision[division] - 1 : quiet[slot].get(division);
  }

  /** Moves a month's cells from its hash map into an array of their own. */
  private void makeDense(int slot) {
    int[] byDivision = new int[divisions];
    quiet[slot].forEach((division, cell) -> byDivision[(int) division] = cell + 1);
    dense[slot] = byDivision;
    quiet[slot] = null;
  }

  /** A month's slot, or −1 if it has no cell; reads only. */
  private int slotOf(long month) {
    return month == lastMonth && lastSlot >= 0 ? lastSlot : months.get(month);
  }

  /** A month's slot, or −1 if it has no cell; the writer's, which keeps it at hand. */
  private int slot(long month) {
    int slot = slotOf(month);
    if (slot >= 0) {
      lastMonth = month;
      lastSlot = slot;
    }
    return slot;
  }
}
