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
        // the strings compared only where their hash codes agree: most entries on the way differ there
        if (hashes[entry - 1] == hashes[i] && pool.equalAt(entry - 1, i)) {
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

  /** Keys a batch of {@link #findAll} takes at once. */
  private static final int BATCH = 256;

  /**
   * Finds many strings at once: {@code out[k]} receives what {@link #find} gives for the string of
   * code k, for every code of {@code keys}. A batch of keys is taken a step at a time — each key's
   * slot, then every slot read, then the first unit of every pool string found there — so that the
   * cache misses of a batch's keys overlap instead of coming one after the other; then each key is
   * compared, a pool string whose first unit differs without reading it again (a log's 644,290
   * distinct sites took 24 % of its index one by one, benchmarks/RESULTS.md).
   *
   * @param keys the strings, ASCII (each code's first occurrence in its column)
   * @param out receives each code's position, or -1; at least {@code keys.size()} long
   */
  public void findAll(FirstSeenCodes keys, int[] out) {
    AsciiStrings column = keys.column();
    byte[] b = column.bytes();
    int n = keys.size();
    int[] slot = new int[BATCH];
    int[] entry = new int[BATCH];
    int[] unit = new int[BATCH];
    int[] from = new int[BATCH];
    int[] to = new int[BATCH];
    for (int first = 0; first < n; first += BATCH) {
      int m = Math.min(BATCH, n - first);
      for (int k = 0; k < m; k++) {
        int i = keys.firstIndex(first + k);
        int s = column.start(i);
        int e = column.end(i);
        int h = 0;
        for (int x = s; x < e; x++) {
          h = 31 * h + b[x]; // String.hashCode of the ASCII string
        }
        slot[k] = LongHashIndex.mix(h) & mask;
        from[k] = s;
        to[k] = e;
      }
      for (int k = 0; k < m; k++) {
        entry[k] = slots[slot[k]];
      }
      for (int k = 0; k < m; k++) {
        unit[k] = entry[k] == 0 ? -2 : pool.firstUnit(entry[k] - 1);
      }
      for (int k = 0; k < m; k++) {
        int e = entry[k];
        int at = slot[k];
        int key = from[k] < to[k] ? b[from[k]] : -1;
        if (e != 0 && unit[k] == key && pool.equalsAt(e - 1, b, from[k], to[k])) {
          out[first + k] = e - 1;
          continue;
        }
        do { // the first slot's string was not this key's: the next ones, one by one
          at = (at + 1) & mask;
          e = e == 0 ? 0 : slots[at];
        } while (e != 0 && !pool.equalsAt(e - 1, b, from[k], to[k]));
        out[first + k] = e - 1;
      }
    }
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
