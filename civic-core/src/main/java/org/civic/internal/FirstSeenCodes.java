package org.civic.internal;

import java.util.Arrays;
import java.util.Objects;

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
 * took 0.66–0.85 of the time the dictionary took, in one JVM (benchmarks/RESULTS.md). A column that
 * still grows is numbered by {@link Growing}, so far and then on, and a piece's work shared out
 * among threads a caller lends ({@link Parallel}: a JSON Lines read's parser threads).
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
  private final int size;
  private final int[] first;

  private FirstSeenCodes(AsciiStrings strings, int[] codes, int size, int[] first) {
    this.strings = strings;
    this.codes = codes;
    this.size = size;
    this.first = first;
  }

  /**
   * Numbers the strings of a column that no longer changes, on the calling thread.
   *
   * @param strings the column, not null; its strings are ids (ASCII, no NUL)
   * @return the codes, not null
   */
  public static FirstSeenCodes of(AsciiStrings strings) {
    return of(strings, PIECE);
  }

  /** {@link #of(AsciiStrings)} in pieces of {@code piece} strings (tests take small ones). */
  static FirstSeenCodes of(AsciiStrings strings, int piece) {
    return new Growing(strings, piece, Growing.SHARED).finish();
  }

  /** Returns the number of distinct strings. */
  public int size() {
    return first.length;
  }

  /**
   * Returns every string's code, by the string's index in the column: the array itself, which the
   * caller must not change, and which may be longer than the column (what follows is not a code).
   */
  public int[] codes() {
    return codes;
  }

  /** Returns the number of strings numbered: the column's size when it was finished. */
  int length() {
    return size;
  }

  /** Returns the string of a code, as a new {@code String}. */
  public String get(int code) {
    return strings.get(first[code]);
  }

  /** Returns the column numbered: a code's string is its first occurrence there. */
  AsciiStrings column() {
    return strings;
  }

  /** Returns the index in the column of a code's first occurrence. */
  public int firstIndex(int code) {
    return first[code];
  }

  /**
   * The numbering of a column that is still growing: {@link #numberTo} numbers the strings
   * appended so far, on threads lent for it, and a later call or {@link #finish} goes on from there
   * — the codes of a column's first strings do not depend on what is appended after them.
   *
   * <p>With several threads, a piece's strings are partitioned by ranges of the piece (each
   * thread counts and places its own range's keys), the partitions' tables are shared out among
   * the threads (a partition is only ever looked up by one thread at a time, and a string new to
   * it is numbered provisionally in the partition), the piece's new strings are then given their
   * codes in the order they first appear in it on the calling thread, and the provisional codes
   * are replaced by ranges again: the same codes as on one thread.
   *
   * <p>Not thread-safe: one caller at a time (who may lend it threads).
   */
  public static final class Growing {
    /** Strings a piece must hold to be shared out among threads: below it, the calling thread does it. */
    static final int SHARED = 1 << 16;

    private final AsciiStrings strings;
    private final int piece;
    private final int shared;
    private final Table[] tables = new Table[PARTITIONS];
    /** By partition, then provisional number in it: the index of the string's first occurrence. */
    private final int[][] firstByLocal = new int[PARTITIONS][];
    /** By partition, then provisional number in it: the code. */
    private final int[][] codeByLocal = new int[PARTITIONS][];
    /** By partition: the provisional numbers given so far. */
    private final int[] locals = new int[PARTITIONS];
    private int[] codes = new int[0];
    private int numbered;
    private int distinct;
    private boolean finished;

    /**
     * Starts numbering a column.
     *
     * @param strings the column, not null; its strings are ids (ASCII, no NUL); strings may be
     *     appended to it, none numbered may change
     */
    public Growing(AsciiStrings strings) {
      this(strings, PIECE, SHARED);
    }

    /** Pieces of {@code piece} strings, shared out among threads from {@code shared} strings (tests take small ones). */
    Growing(AsciiStrings strings, int piece, int shared) {
      this.strings = strings;
      this.piece = piece;
      this.shared = Math.max(1, shared);
    }

    /** Returns how many of the column's first strings are numbered. */
    int numbered() {
      return numbered;
    }

    /**
     * Numbers the column's first {@code n} strings (those numbered already are left as they are).
     *
     * @param n how many, at most the column's size
     * @param parallel the threads lent, not null
     * @throws IllegalStateException if finished
     * @throws IndexOutOfBoundsException if the column holds fewer than n strings
     */
    public void numberTo(int n, Parallel parallel) {
      if (finished) {
        throw new IllegalStateException("the numbering is finished");
      }
      Objects.checkIndex(n, strings.size() + 1);
      if (n <= numbered) {
        return;
      }
      if (n > codes.length) {
        codes = Arrays.copyOf(codes, Math.max(n, codes.length + (codes.length >> 1)));
      }
      // pieces of an eighth of what is numbered, at least SHARED strings and at most a piece: a
      // piece's buffers take 28 bytes a string, so a small column's numbering (a read into a
      // log in a small heap) takes little memory beside the column, and a large one's pieces stay
      // a million strings
      int step = Math.min(piece, Math.max(SHARED, (n - numbered) >>> 3));
      int longest = Math.min(n - numbered, step);
      Pieces pieces = new Pieces(longest, longest >= shared ? Math.max(1, parallel.threads()) : 1);
      for (int from = numbered; from < n; from += step) {
        int to = Math.min(n, from + step);
        pieces.number(from, to, to - from >= shared ? parallel : Parallel.NONE);
      }
      numbered = n;
    }

    /**
     * Numbers the rest of the column, on the calling thread, and returns the codes; the column
     * must no longer grow.
     *
     * @return the codes, not null
     * @throws IllegalStateException if finished already
     */
    public FirstSeenCodes finish() {
      numberTo(strings.size(), Parallel.NONE);
      finished = true;
      int[] first = new int[distinct];
      for (int p = 0; p < PARTITIONS; p++) {
        for (int local = 0; local < locals[p]; local++) {
          first[codeByLocal[p][local]] = firstByLocal[p][local];
        }
      }
      Arrays.fill(tables, null);
      return new FirstSeenCodes(strings, codes, numbered, first);
    }

    /** Returns a new provisional number, in partition p, for a string first seen at index {@code i}. */
    int add(int p, int i) {
      int local = locals[p];
      int[] f = firstByLocal[p];
      if (f == null || local == f.length) {
        int length = f == null ? 64 : local * 2;
        firstByLocal[p] = f = f == null ? new int[length] : Arrays.copyOf(f, length);
        codeByLocal[p] = codeByLocal[p] == null ? new int[length] : Arrays.copyOf(codeByLocal[p], length);
      }
      f[local] = i;
      locals[p] = local + 1;
      return local << PARTITION_BITS | p;
    }

    boolean equal(int i, int j) {
      return strings.equal(i, j);
    }

    /** The buffers of one call's pieces, and the work of each piece. */
    private final class Pieces {
      private final int tasks;
      /** A piece's strings' partitions, then (reused) marks of the piece's first occurrences. */
      private final int[] partOrMark;
      /** A piece's keys in partition order, three longs each: lo, hi, (hash << 32 | index in piece). */
      private final long[] keys;
      /** By task: its range's count of each partition, then where its next key of each goes. */
      private final int[][] at;
      /** Where each partition's keys start, and the end. */
      private final int[] start = new int[PARTITIONS + 1];
      private final int[] localsBefore = new int[PARTITIONS];
      /** What reading the tables through summed, by task: kept, so that the compiler keeps the reads. */
      private final long[] warmth;
      private byte[] b;

      Pieces(int longest, int tasks) {
        this.tasks = tasks;
        this.partOrMark = new int[longest];
        this.keys = new long[3 * longest];
        this.at = new int[tasks][PARTITIONS];
        this.warmth = new long[tasks];
      }

      void number(int from, int to, Parallel parallel) {
        int m = to - from;
        int t = parallel == Parallel.NONE ? 1 : tasks;
        b = strings.bytes();
        parallel.run(t, task -> count(from, m, t, task));
        int s = 0;
        for (int p = 0; p < PARTITIONS; p++) {
          start[p] = s;
          for (int task = 0; task < t; task++) {
            int c = at[task][p];
            at[task][p] = s;
            s += c;
          }
        }
        start[PARTITIONS] = s;
        System.arraycopy(locals, 0, localsBefore, 0, PARTITIONS);
        parallel.run(t, task -> place(from, m, t, task));
        parallel.run(t, task -> lookUp(from, t, task));
        // the piece's new strings in the order they first appear in it
        int[] mark = partOrMark;
        Arrays.fill(mark, 0, m, 0);
        for (int p = 0; p < PARTITIONS; p++) {
          for (int local = localsBefore[p]; local < locals[p]; local++) {
            mark[firstByLocal[p][local] - from] = (local << PARTITION_BITS | p) + 1;
          }
        }
        for (int j = 0; j < m; j++) {
          if (mark[j] != 0) {
            int provisional = mark[j] - 1;
            codeByLocal[provisional & (PARTITIONS - 1)][provisional >>> PARTITION_BITS] = distinct++;
          }
        }
        parallel.run(t, task -> settle(from + lo(m, t, task), from + lo(m, t, task + 1)));
      }

      /** Strings [from, to) given their codes for their provisional numbers. */
      private void settle(int from, int to) {
        int[] c = codes;
        int[][] byLocal = codeByLocal;
        for (int i = from; i < to; i++) {
          int provisional = c[i];
          c[i] = byLocal[provisional & (PARTITIONS - 1)][provisional >>> PARTITION_BITS];
        }
      }

      /** Task {@code task}'s share of {@code m} strings (or partitions) in {@code t}: from here. */
      private int lo(int m, int t, int task) {
        return (int) ((long) m * task / t);
      }

      /** The partition of each string of the task's range, and its count of each partition. */
      private void count(int from, int m, int t, int task) {
        int[] count = at[task];
        Arrays.fill(count, 0);
        for (int j = lo(m, t, task), end = lo(m, t, task + 1); j < end; j++) {
          int p = partition(hash(from + j));
          partOrMark[j] = p;
          count[p]++;
        }
      }

      /** The task's range's keys, each to its partition's place. */
      private void place(int from, int m, int t, int task) {
        int[] next = at[task];
        for (int j = lo(m, t, task), end = lo(m, t, task + 1); j < end; j++) {
          int i = from + j;
          int k = 3 * next[partOrMark[j]]++;
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
      }

      /** The task's partitions' keys looked up, each table read through first. */
      private void lookUp(int from, int t, int task) {
        long sum = 0;
        int[] c = codes;
        long[] key = keys;
        for (int p = lo(PARTITIONS, t, task), last = lo(PARTITIONS, t, task + 1); p < last; p++) {
          if (start[p + 1] > start[p]) {
            Table table = tables[p];
            if (table == null) {
              table = tables[p] = new Table();
            }
            sum += table.readThrough();
            for (int k = 3 * start[p], end = 3 * start[p + 1]; k < end; k += 3) {
              int j = (int) key[k + 2];
              c[from + j] = table.code(Growing.this, p, key[k], key[k + 1], (int) (key[k + 2] >>> 32), from + j);
            }
          }
        }
        warmth[task] += sum;
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

    int code(Growing numbering, int p, long lo, long hi, int h, int i) {
      int slot = h & mask;
      long entry;
      while ((entry = slots[slot * 3]) != 0) {
        if ((int) (entry >>> 32) == h && slots[slot * 3 + 1] == lo
            && (lo != LONG ? slots[slot * 3 + 2] == hi : numbering.equal(i, (int) slots[slot * 3 + 2]))) {
          return (int) entry - 1;
        }
        slot = (slot + 1) & mask;
      }
      int code = numbering.add(p, i);
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
