package org.civic.internal;

import java.util.Arrays;

/**
 * A growing dictionary of distinct strings, each given the next code (0, 1, 2, …) the first time
 * it is seen. Strings are kept as characters in one array, so a look-up from a tokenizer's
 * {@code char[]} neither makes a {@code String} nor copies anything unless the string is new.
 * Codes are dense and stable; nothing is ever removed.
 *
 * <p>A short ASCII string (at most {@value #PACKED} characters, none of them NUL — ids such as
 * {@code v123456} or {@code s110101001001}) is also kept packed in its slot, two longs, and is
 * matched there: a look-up of one reads a single slot, not the slot, the string's start and its
 * characters one after the other. Such a string's hash is taken from its two packed words, and
 * from ASCII bytes those words are read eight bytes at a time, not byte by byte (numbering a
 * million distinct volunteer ids 0.65× the time, site ids 0.43×: benchmarks/RESULTS.md). A whole
 * column of ids is numbered faster by {@link FirstSeenCodes}, which looks its strings up
 * partition by partition instead of one at a time at random places.
 *
 * <p>Not for hosts. Not thread-safe while it grows; safe to read from many threads once it no
 * longer changes and has been published safely.
 */
public final class CharDictionary {

  /** The longest string kept packed in its slot. */
  static final int PACKED = 16;
  /** Longs a slot takes: hash and code + 1, then the packed characters (or {@link #LONG}, 0). */
  private static final int SLOT = 3;
  /** The first packed word of a string that is not packed: no packed string has it (units ≤ 127). */
  private static final long LONG = -1L;

  private static final long ONES = 0x0101_0101_0101_0101L;

  private char[] chars = new char[1024];
  private int charCount;
  private int[] starts = new int[65];
  private int size;
  /**
   * Open addressing, linear probing, {@value #SLOT} longs a slot: the string's hash in the high
   * half of the first and its code + 1 in the low half (0: empty); its packed characters in the
   * other two.
   */
  private long[] slots = new long[128 * SLOT];
  private int mask = 127;

  /** Creates an empty dictionary. */
  public CharDictionary() {}

  /** Returns the number of distinct strings. */
  public int size() {
    return size;
  }

  /**
   * Returns the code of a string, adding it if it is new.
   *
   * @param c the characters
   * @param offset where the string starts in {@code c}
   * @param length its length
   * @return its code, 0 or more
   */
  public int code(char[] c, int offset, int length) {
    long lo = packedLo(c, offset, length);
    long hi = lo == LONG ? 0 : packedHi(c, offset, length);
    int h = hash(c, offset, length, lo, hi);
    int slot = LongHashIndex.mix(h) & mask;
    long entry;
    while ((entry = slots[slot * SLOT]) != 0) {
      if ((int) (entry >>> 32) == h && slots[slot * SLOT + 1] == lo && slots[slot * SLOT + 2] == hi
          && (lo != LONG || equalAt((int) entry - 1, c, offset, length))) {
        return (int) entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    return add(h, lo, hi, slot, c, offset, length);
  }

  /**
   * Returns the code of a string, or -1 if it is absent; adds nothing. It may be called while
   * another thread changes the dictionary, under an optimistic read (a {@code StampedLock}'s):
   * it reads each array once, stays within the arrays it read, and ends, whatever it sees; an
   * answer read during a change is then to be thrown away (the lock's {@code validate} fails).
   *
   * @param c the characters
   * @param offset where the string starts in {@code c}
   * @param length its length
   * @return its code, or -1
   */
  public int find(char[] c, int offset, int length) {
    long lo = packedLo(c, offset, length);
    long hi = lo == LONG ? 0 : packedHi(c, offset, length);
    int h = hash(c, offset, length, lo, hi);
    long[] s = slots;
    int capacity = s.length / SLOT;
    int m = capacity - 1; // a power of two
    int slot = LongHashIndex.mix(h) & m;
    for (int probes = 0; probes < capacity; probes++) {
      long entry = s[slot * SLOT];
      if (entry == 0) {
        return -1;
      }
      if ((int) (entry >>> 32) == h && s[slot * SLOT + 1] == lo && s[slot * SLOT + 2] == hi) {
        int code = (int) entry - 1;
        if (lo != LONG) {
          return code;
        }
        int[] st = starts;
        char[] ch = chars;
        if (code >= 0 && code + 1 < st.length) {
          int from = st[code];
          int to = st[code + 1];
          if (from >= 0 && from <= to && to <= ch.length && to - from == length
              && Arrays.equals(ch, from, to, c, offset, offset + length)) {
            return code;
          }
        }
      }
      slot = (slot + 1) & m;
    }
    return -1;
  }

  /**
   * The first packed word of characters: the first eight, a byte each, the first lowest; or
   * {@link #LONG} if they cannot be packed (more than {@value #PACKED}, a NUL, a unit above 127).
   */
  private static long packedLo(char[] c, int offset, int length) {
    if (length > PACKED) {
      return LONG;
    }
    long lo = 0;
    for (int i = 0; i < length; i++) {
      int x = c[offset + i];
      if (x == 0 || x > 127) {
        return LONG;
      }
      if (i < Long.BYTES) {
        lo |= (long) x << (i << 3);
      }
    }
    return lo;
  }

  /** The second packed word of characters that can be packed: those after the eighth. */
  private static long packedHi(char[] c, int offset, int length) {
    long hi = 0;
    for (int i = Long.BYTES; i < length; i++) {
      hi |= (long) c[offset + i] << ((i - Long.BYTES) << 3);
    }
    return hi;
  }

  /** A string's hash: from its packed words if it has them, else {@code 31 * h + c} over its characters. */
  private static int hash(char[] c, int offset, int length, long lo, long hi) {
    if (lo != LONG) {
      return packedHash(lo, hi);
    }
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + c[offset + i];
    }
    return h;
  }

  /**
   * Returns the code of an ASCII string, adding it if it is new.
   *
   * @param b the bytes, each below 128
   * @param offset where the string starts in {@code b}
   * @param length its length
   * @return its code, 0 or more
   */
  public int code(byte[] b, int offset, int length) {
    if (length <= PACKED && offset >= 0 && offset <= b.length - 2 * Long.BYTES) {
      // eight bytes at a time: the string's bytes as its packed words, if it can be packed
      long keepLo = length >= Long.BYTES ? -1L : (1L << (length << 3)) - 1;
      long keepHi = length <= Long.BYTES ? 0 : length == PACKED ? -1L : (1L << ((length - Long.BYTES) << 3)) - 1;
      long lo = (long) AsciiStrings.LONGS.get(b, offset) & keepLo;
      long hi = (long) AsciiStrings.LONGS.get(b, offset + Long.BYTES) & keepHi;
      if (((lo | hi) & AsciiStrings.HIGH) == 0 && !hasZeroByte(lo | ~keepLo & ONES) && !hasZeroByte(hi | ~keepHi & ONES)) {
        int h = packedHash(lo, hi);
        int slot = LongHashIndex.mix(h) & mask;
        long entry;
        while ((entry = slots[slot * SLOT]) != 0) {
          if ((int) (entry >>> 32) == h && slots[slot * SLOT + 1] == lo && slots[slot * SLOT + 2] == hi) {
            return (int) entry - 1;
          }
          slot = (slot + 1) & mask;
        }
        return add(h, lo, hi, slot, ascii(b, offset, length), 0, length);
      }
    }
    int h = 0;
    long lo = length <= PACKED ? 0 : LONG;
    long hi = 0;
    for (int i = 0; i < length; i++) {
      int x = b[offset + i];
      h = 31 * h + x;
      if (lo != LONG) {
        if (x <= 0) {
          lo = LONG;
          hi = 0;
        } else if (i < 8) {
          lo |= (long) x << (i << 3);
        } else {
          hi |= (long) x << ((i - 8) << 3);
        }
      }
    }
    if (lo != LONG) {
      h = packedHash(lo, hi);
    }
    int slot = LongHashIndex.mix(h) & mask;
    long entry;
    while ((entry = slots[slot * SLOT]) != 0) {
      if ((int) (entry >>> 32) == h && slots[slot * SLOT + 1] == lo && slots[slot * SLOT + 2] == hi
          && (lo != LONG || equalAt((int) entry - 1, b, offset, length))) {
        return (int) entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    return add(h, lo, hi, slot, ascii(b, offset, length), 0, length);
  }

  private static char[] ascii(byte[] b, int offset, int length) {
    char[] c = new char[length];
    for (int i = 0; i < length; i++) {
      c[i] = (char) b[offset + i];
    }
    return c;
  }

  /**
   * The hash of a packed string, from its two words, whether it came as characters or as bytes
   * (other strings hash their characters, {@code 31 * h + c}).
   */
  private static int packedHash(long lo, long hi) {
    long h = (lo * 0x9E3779B97F4A7C15L ^ hi) * 0xC2B2AE3D27D4EB4FL;
    return (int) (h ^ (h >>> 32));
  }

  /** Whether a word has a zero byte. */
  private static boolean hasZeroByte(long w) {
    return ((w - ONES) & ~w & AsciiStrings.HIGH) != 0;
  }

  private boolean equalAt(int code, byte[] b, int offset, int length) {
    int from = starts[code];
    if (starts[code + 1] - from != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (chars[from + i] != b[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** Returns the string of a code, as a new {@code String}. */
  public String get(int code) {
    if (code < 0 || code >= size) {
      throw new IndexOutOfBoundsException("code " + code + " of " + size);
    }
    return new String(chars, starts[code], starts[code + 1] - starts[code]);
  }

  private boolean equalAt(int code, char[] c, int offset, int length) {
    int from = starts[code];
    return starts[code + 1] - from == length
        && Arrays.equals(chars, from, from + length, c, offset, offset + length);
  }

  private int add(int h, long lo, long hi, int slot, char[] c, int offset, int length) {
    if (charCount + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(charCount + length, chars.length * 2));
    }
    System.arraycopy(c, offset, chars, charCount, length);
    charCount += length;
    if (size + 1 == starts.length) {
      starts = Arrays.copyOf(starts, (starts.length - 1) * 2 + 1);
    }
    int code = size++;
    starts[code + 1] = charCount;
    slots[slot * SLOT] = (long) h << 32 | (code + 1);
    slots[slot * SLOT + 1] = lo;
    slots[slot * SLOT + 2] = hi;
    if (size * 4L > (mask + 1) * 3L) {
      rehash();
    }
    return code;
  }

  private void rehash() {
    long[] old = slots;
    int capacity = (mask + 1) * 2;
    slots = new long[Math.multiplyExact(capacity, SLOT)];
    mask = capacity - 1;
    for (int at = 0; at < old.length; at += SLOT) {
      long entry = old[at];
      if (entry != 0) {
        int slot = LongHashIndex.mix((int) (entry >>> 32)) & mask;
        while (slots[slot * SLOT] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot * SLOT] = entry;
        slots[slot * SLOT + 1] = old[at + 1];
        slots[slot * SLOT + 2] = old[at + 2];
      }
    }
  }
}
