package org.civic.internal;

/**
 * An open-addressing index from the distinct strings of a {@link StringPool} to their positions
 * in it; it compares against the pool, so it adds about 6 bytes per string.
 *
 * <p>Not for hosts. Immutable and thread-safe once built.
 */
public final class StringHashIndex {

  private final StringPool pool;
  private final int[] slots;
  private final int mask;

  private StringHashIndex(StringPool pool, int[] slots) {
    this.pool = pool;
    this.slots = slots;
    this.mask = slots.length - 1;
  }

  /** Indexes every string of a pool; the strings must be distinct. */
  public static StringHashIndex of(StringPool pool) {
    int[] slots = new int[LongHashIndex.capacityFor(pool.size())];
    int mask = slots.length - 1;
    for (int i = 0; i < pool.size(); i++) {
      int slot = LongHashIndex.mix(pool.hash(i)) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = i + 1;
    }
    return new StringHashIndex(pool, slots);
  }

  /**
   * Indexes a pool that may hold a string more than once: each string resolves to its first
   * position, and {@code firstOut[i]} receives the first position of the string at {@code i}.
   *
   * @param pool the strings
   * @param firstOut receives first positions; its length is at least the pool's size
   * @return the index
   */
  public static StringHashIndex ofFirst(StringPool pool, int[] firstOut) {
    int[] hashes = new int[pool.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = pool.hash(i);
    }
    return ofFirst(pool, hashes, firstOut);
  }

  /**
   * {@link #ofFirst(StringPool, int[])} with the strings' hash codes known ({@link String#hashCode()}
   * of each, as {@link StringPool#hash} gives them), as a reader that made the pool counts them.
   *
   * @param pool the strings
   * @param hashes the hash code of each string, at least the pool's size
   * @param firstOut receives first positions; its length is at least the pool's size
   * @return the index
   */
  public static StringHashIndex ofFirst(StringPool pool, int[] hashes, int[] firstOut) {
    int[] slots = new int[LongHashIndex.capacityFor(pool.size())];
    int mask = slots.length - 1;
    for (int i = 0; i < pool.size(); i++) {
      int slot = LongHashIndex.mix(hashes[i]) & mask;
      int entry;
      firstOut[i] = i;
      while ((entry = slots[slot]) != 0) {
        if (pool.equalAt(entry - 1, i)) {
          firstOut[i] = entry - 1;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (entry == 0) {
        slots[slot] = i + 1;
      }
    }
    return new StringHashIndex(pool, slots);
  }

  /** Returns the position of a string in the pool, or -1 if absent. */
  public int find(String key) {
    int slot = LongHashIndex.mix(key.hashCode()) & mask;
    int entry;
    while ((entry = slots[slot]) != 0) {
      if (pool.equalsAt(entry - 1, key)) {
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

}
