package org.civic.internal;

/**
 * An open-addressing index from the distinct strings of a {@link StringPool} to their positions
 * in it; it compares against the pool, so it adds about 6 bytes per string.
 *
 * <p>A slot holds a position plus one and, in the bits a position of this pool does not need, a
 * fingerprint of the string's hash (its mixed hash's high bits: 12 of them for a million strings).
 * A probe compares a string with the pool's only where the fingerprints agree — in a table three
 * fifths full a look-up passes about 0.8 other strings on its way, and each comparison is a read
 * of the pool's offsets and characters far from the last — so a look-up reads the pool about once.
 *
 * <p>Not for hosts. Immutable and thread-safe once built.
 */
public final class StringHashIndex {

  private final StringPool pool;
  private final int[] slots;
  private final int mask;
  /** The bits of a slot that hold its position plus one; the fingerprint is above them. */
  private final int positionBits;
  private final int positionMask;

  private StringHashIndex(StringPool pool, int[] slots, int positionBits) {
    this.pool = pool;
    this.slots = slots;
    this.mask = slots.length - 1;
    this.positionBits = positionBits;
    this.positionMask = (int) ((1L << positionBits) - 1);
  }

  /** Returns how many low bits of a slot hold a position plus one, for a pool of n strings: 1 to 31. */
  private static int positionBits(int n) {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(n));
  }

  /** Returns the fingerprint of a mixed hash: its bits above the position's, as they sit in a slot. */
  private static int fingerprint(int mixed, int positionBits) {
    return mixed >>> positionBits << positionBits;
  }

  /** Indexes every string of a pool; the strings must be distinct. */
  public static StringHashIndex of(StringPool pool) {
    int n = pool.size();
    int bits = positionBits(n);
    int[] slots = new int[LongHashIndex.capacityFor(n)];
    int mask = slots.length - 1;
    for (int i = 0; i < n; i++) {
      int mixed = LongHashIndex.mix(pool.hash(i));
      int slot = mixed & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = fingerprint(mixed, bits) | (i + 1);
    }
    return new StringHashIndex(pool, slots, bits);
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
    int n = pool.size();
    int bits = positionBits(n);
    int positions = (int) ((1L << bits) - 1);
    int[] slots = new int[LongHashIndex.capacityFor(n)];
    int mask = slots.length - 1;
    for (int i = 0; i < n; i++) {
      int mixed = LongHashIndex.mix(hashes[i]);
      int fingerprint = fingerprint(mixed, bits);
      int slot = mixed & mask;
      int entry;
      firstOut[i] = i;
      while ((entry = slots[slot]) != 0) {
        if ((entry & ~positions) == fingerprint && pool.equalAt((entry & positions) - 1, i)) {
          firstOut[i] = (entry & positions) - 1;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (entry == 0) {
        slots[slot] = fingerprint | (i + 1);
      }
    }
    return new StringHashIndex(pool, slots, bits);
  }

  /** Keys a batch of {@link #findAll} takes at once. */
  private static final int BATCH = 256;

  /**
   * Finds many strings at once: {@code out[k]} receives what {@link #find} gives for the string of
   * code k, for every code of {@code keys}. A batch of keys is taken a step at a time — each key's
   * slot, then every slot read, then the first unit of every pool string found there whose
   * fingerprint is the key's — so that the cache misses of a batch's keys overlap instead of coming
   * one after the other; then each key is compared, a pool string whose first unit differs without
   * reading it again (a log's 644,290
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
    int[] print = new int[BATCH];
    int[] entry = new int[BATCH];
    int[] unit = new int[BATCH];
    int[] from = new int[BATCH];
    int[] to = new int[BATCH];
    int positions = positionMask;
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
        int mixed = LongHashIndex.mix(h);
        slot[k] = mixed & mask;
        print[k] = fingerprint(mixed, positionBits);
        from[k] = s;
        to[k] = e;
      }
      for (int k = 0; k < m; k++) {
        entry[k] = slots[slot[k]];
      }
      for (int k = 0; k < m; k++) {
        int e = entry[k];
        unit[k] = e != 0 && (e & ~positions) == print[k] ? pool.firstUnit((e & positions) - 1) : -2;
      }
      for (int k = 0; k < m; k++) {
        int e = entry[k];
        int at = slot[k];
        int key = from[k] < to[k] ? b[from[k]] : -1;
        if (e != 0 && unit[k] == key && pool.equalsAt((e & positions) - 1, b, from[k], to[k])) {
          out[first + k] = (e & positions) - 1;
          continue;
        }
        while (e != 0) { // the first slot's string was not this key's: the next ones, one by one
          at = (at + 1) & mask;
          e = slots[at];
          if (e != 0 && (e & ~positions) == print[k] && pool.equalsAt((e & positions) - 1, b, from[k], to[k])) {
            break;
          }
        }
        out[first + k] = e == 0 ? -1 : (e & positions) - 1;
      }
    }
  }

  /** Returns the position of a string in the pool, or -1 if absent. */
  public int find(String key) {
    int mixed = LongHashIndex.mix(key.hashCode());
    int print = fingerprint(mixed, positionBits);
    int slot = mixed & mask;
    int entry;
    while ((entry = slots[slot]) != 0) {
      if ((entry & ~positionMask) == print && pool.equalsAt((entry & positionMask) - 1, key)) {
        return (entry & positionMask) - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }
}
