package org.civic.internal;

import java.util.Arrays;

/**
 * The strings of a column of ids numbered in the order first seen: each distinct string gets the
 * next code (0, 1, 2, …) at its first appearance, and every string of the column its string's
 * code — what {@link CharDictionary#code(byte[], int, int)} gives string by string, for a whole
 * column at once.
 *
 * <p>Why not string by string: the national log's 33,000,000 volunteer references name 1,000,000
 * distinct volunteers, whose dictionary (48 MB) each reference probes at a random place — a cache
 * and TLB miss the processor cannot run ahead of, since whether the probe found its string decides
 * what happens next. Here the column is taken a million strings at a time (a piece), and each
 * piece's strings are first spread by their hash into {@value #PARTITIONS} partitions, each with a
 * table of its own (1/{@value #PARTITIONS} of the strings: 384 KB for the volunteers); a
 * partition's table is read through once, so that it is in the cache, and then the piece's strings
 * of that partition are looked up in it one after the other. A string new to its table gets a
 * provisional code; at the end of each piece, the piece's new strings are given their codes in the
 * order they first appear in it, so the codes are those of the first-seen order, and every
 * string's code is then read through that map. Numbering the national log's sites and volunteers
 * took 0.66–0.85 of the time the dictionary took, in one JVM (benchmarks/RESULTS.md).
 *
 * <p>A string of at most {@value #PACKED} characters is kept packed in its slot (two longs; ids
 * have no NUL, so the packing is one to one); a longer one is matched by its first occurrence's
 * bytes.
 *
 * <p>Not for hosts. Immutable once made; safe to read from many threads once published safely.
 */
public final class FirstSeenCodes {

  /** Strings a piece of the column holds: a piece's partitioned keys take 24 bytes each. */
  static final int PIECE = 1 << 20;
  private static final int PARTITION_BITS = 7;
  static final int PARTITIONS = 1 << PARTITION_BITS;
  /** The longest string kept packed. */
  static final int PACKED = 16;
  /** The first packed word of a string that is not packed: no packed string has it (bytes ≤ 127). */
  private static final long LONG = -1L;

  private final AsciiStrings strings;
  private final int[] codes;
  private final int[] first;

  private FirstSeenCodes(AsciiStrings strings, int[] codes, int[] first) {
    this.strings = strings;
    this.codes = codes;
    this.first = first;
  }

  /**
   * Numbers the strings of a column that no longer changes.
   *
   * @param strings the column, not null; its strings are ids (ASCII, no NUL)
   * @return the codes, not null
   */
  public static FirstSeenCodes of(AsciiStrings strings) {
    return of(strings, PIECE);
  }

  /** {@link #of(AsciiStrings)} in pieces of {@code piece} strings (tests take small ones). */
  static FirstSeenCodes of(AsciiStrings strings, int piece) {
    int n = strings.size();
    int[] codes = new int[n];
    Numberer numberer = new Numberer(strings, Math.min(n, piece));
    for (int from = 0; from < n; from += piece) {
      numberer.piece(codes, from, Math.min(n, from + piece));
    }
    return new FirstSeenCodes(strings, codes, numberer.firstOccurrences());
  }

  /** Returns the number of distinct strings. */
  public int size() {
    return first.length;
  }

  /**
   * Returns every string's code, by the string's index in the column: the array itself, which the
   * caller must not change.
   */
  public int[] codes() {
    return codes;
  }

  /** Returns the string of a code, as a new {@code String}. */
  public String get(int code) {
    return strings.get(first[code]);
  }

  /** Returns the index in the column of a code's first occurrence. */
  public int firstIndex(int code) {
    return first[code];
  }

  /** The work of one numbering: the partitions' tables and a piece's buffers. */
  private static final class Numberer {
    private final AsciiStrings strings;
    private final byte[] b;
    private final Table[] tables = new Table[PARTITIONS];
    /** By provisional code: the index of the string's first occurrence. */
    private int[] firstByProvisional = new int[1024];
    /** By provisional code: the code. */
    private int[] codeOf = new int[1024];
    private int next;
    /** What reading the tables through summed: a field, so that the compiler keeps the reads. */
    private long warmth;
    /** A piece's strings' partitions, then (reused) marks of the piece's first occurrences. */
    private final int[] partOrMark;
    /** A piece's keys in partition order, three longs each: lo, hi, (hash << 32 | index in piece). */
    private final long[] keys;
    private final int[] start = new int[PARTITIONS + 1];

    Numberer(AsciiStrings strings, int piece) {
      this.strings = strings;
      this.b = strings.bytes();
      this.partOrMark = new int[piece];
      this.keys = new long[3 * piece];
    }

    void piece(int[] codes, int from, int to) {
      int m = to - from;
      int[] part = partOrMark;
      int[] count = start;
      Arrays.fill(count, 0);
      for (int j = 0; j < m; j++) {
        int p = partition(hash(from + j));
        part[j] = p;
        count[p + 1]++;
      }
      for (int p = 0; p < PARTITIONS; p++) {
        count[p + 1] += count[p];
      }
      int[] at = Arrays.copyOf(count, PARTITIONS);
      for (int j = 0; j < m; j++) {
        int i = from + j;
        int k = 3 * at[part[j]]++;
        int s = strings.start(i);
        int length = strings.end(i) - s;
        long lo;
        long hi;
        int h;
        if (length <= PACKED) {
          lo = word(s, Math.min(length, Long.BYTES));
          hi = length <= Long.BYTES ? 0 : word(s + Long.BYTES, length - Long.BYTES);
          h = packedHash(lo, hi);
        } else {
          lo = LONG;
          hi = i;
          h = AsciiStrings.hash(b, s, s + length);
        }
        keys[k] = lo;
        keys[k + 1] = hi;
        keys[k + 2] = (long) h << 32 | j;
      }
      int before = next;
      for (int p = 0; p < PARTITIONS; p++) {
        if (count[p + 1] > count[p]) {
          Table t = tables[p];
          if (t == null) {
            t = tables[p] = new Table();
          }
          warmth += t.readThrough();
          for (int k = 3 * count[p], end = 3 * count[p + 1]; k < end; k += 3) {
            int j = (int) keys[k + 2];
            codes[from + j] = t.code(this, keys[k], keys[k + 1], (int) (keys[k + 2] >>> 32), from + j);
          }
        }
      }
      // the piece's new strings in the order they first appear in it
      int[] mark = partOrMark;
      Arrays.fill(mark, 0, m, 0);
      for (int c = before; c < next; c++) {
        mark[firstByProvisional[c] - from] = c + 1;
      }
      int code = before;
      for (int j = 0; j < m; j++) {
        if (mark[j] != 0) {
          codeOf[mark[j] - 1] = code++;
        }
      }
      for (int i = from; i < to; i++) {
        codes[i] = codeOf[codes[i]];
      }
    }

    /** Returns a new provisional code for a string first seen at index {@code i}. */
    int add(int i) {
      if (next == firstByProvisional.length) {
        firstByProvisional = Arrays.copyOf(firstByProvisional, next * 2);
        codeOf = Arrays.copyOf(codeOf, next * 2);
      }
      firstByProvisional[next] = i;
      return next++;
    }

    boolean equal(int i, int j) {
      return strings.equal(i, j);
    }

    int[] firstOccurrences() {
      int[] first = new int[next];
      for (int c = 0; c < next; c++) {
        first[codeOf[c]] = firstByProvisional[c];
      }
      return first;
    }

    private int hash(int i) {
      int s = strings.start(i);
      int length = strings.end(i) - s;
      if (length <= PACKED) {
        return packedHash(word(s, Math.min(length, Long.BYTES)),
            length <= Long.BYTES ? 0 : word(s + Long.BYTES, length - Long.BYTES));
      }
      return AsciiStrings.hash(b, s, s + length);
    }

    /** The {@code length} (1 to 8) bytes at {@code s}, the first lowest. */
    private long word(int s, int length) {
      if (s + Long.BYTES <= b.length) {
        return (long) AsciiStrings.LONGS.get(b, s) & -1L >>> ((Long.BYTES - length) << 3);
      }
      long w = 0;
      for (int k = length - 1; k >= 0; k--) {
        w = w << 8 | b[s + k] & 0xFF;
      }
      return w;
    }
  }

  /** The hash of a packed string, from its two words. */
  static int packedHash(long lo, long hi) {
    long h = (lo * 0x9E3779B97F4A7C15L ^ hi) * 0xC2B2AE3D27D4EB4FL;
    return (int) (h ^ (h >>> 32));
  }

  /** A hash's partition: its top bits after one more spread (the tables use its low bits). */
  static int partition(int h) {
    return (h * 0x9E3779B1) >>> (Integer.SIZE - PARTITION_BITS);
  }

  /**
   * One partition's strings: open addressing, linear probing, three longs a slot — the hash in the
   * high half of the first and the provisional code + 1 in the low half (0: empty), then the
   * packed words, or {@link #LONG} and the index of the string's first occurrence.
   */
  private static final class Table {
    private long[] slots = new long[64 * 3];
    private int mask = 63;
    private int size;

    int code(Numberer numberer, long lo, long hi, int h, int i) {
      int slot = h & mask;
      long entry;
      while ((entry = slots[slot * 3]) != 0) {
        if ((int) (entry >>> 32) == h && slots[slot * 3 + 1] == lo
            && (lo != LONG ? slots[slot * 3 + 2] == hi : numberer.equal(i, (int) slots[slot * 3 + 2]))) {
          return (int) entry - 1;
        }
        slot = (slot + 1) & mask;
      }
      int code = numberer.add(i);
      slots[slot * 3] = (long) h << 32 | (code + 1);
      slots[slot * 3 + 1] = lo;
      slots[slot * 3 + 2] = lo != LONG ? hi : i;
      if (++size * 4L > (mask + 1) * 3L) {
        grow();
      }
      return code;
    }

    /** Reads one long of every cache line of the slots, so that the look-ups after find them cached. */
    long readThrough() {
      long x = 0;
      long[] s = slots;
      for (int k = 0; k < s.length; k += Long.BYTES) {
        x += s[k];
      }
      return x;
    }

    private void grow() {
      long[] old = slots;
      int capacity = (mask + 1) * 2;
      slots = new long[Math.multiplyExact(capacity, 3)];
      mask = capacity - 1;
      for (int at = 0; at < old.length; at += 3) {
        if (old[at] != 0) {
          int slot = (int) (old[at] >>> 32) & mask;
          while (slots[slot * 3] != 0) {
            slot = (slot + 1) & mask;
          }
          System.arraycopy(old, at, slots, slot * 3, 3);
        }
      }
    }
  }
}
