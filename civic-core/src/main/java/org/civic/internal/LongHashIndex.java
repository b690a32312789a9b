package org.civic.internal;

/**
 * An open-addressing index from distinct {@code long} keys to their positions in the array they
 * came from. It stores positions only (4 bytes a slot, load ≤ 0.75) and reads keys from the
 * caller's array, so it adds about 6 bytes per key.
 *
 * <p>Not for hosts. Immutable and thread-safe once built.
 */
public final class LongHashIndex {

  private final long[] keys;
  private final int[] slots;
  private final int mask;

  private LongHashIndex(long[] keys, int[] slots) {
    this.keys = keys;
    this.slots = slots;
    this.mask = slots.length - 1;
  }

  /**
   * Indexes the first {@code count} keys of an array; the keys must be distinct.
   *
   * @param keys the keys; the array is kept, not copied, and must not change
   * @param count how many keys to index
   * @return the index
   */
  public static LongHashIndex of(long[] keys, int count) {
    int[] slots = new int[capacityFor(count)];
    int mask = slots.length - 1;
    for (int i = 0; i < count; i++) {
      int slot = mix(keys[i]) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = i + 1;
    }
    return new LongHashIndex(keys, slots);
  }

  /** Returns the position of a key, or -1 if absent. */
  public int find(long key) {
    int slot = mix(key) & mask;
    int entry;
    while ((entry = slots[slot]) != 0) {
      if (keys[entry - 1] == key) {
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }


  static int capacityFor(int count) {
    long wanted = Math.max(4L, (long) count * 4 / 3 + 1);
    return (int) Math.min(1 << 30, Long.highestOneBit(wanted - 1) << 1);
  }

  static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
