package org.civic.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * ASCII strings stored one after another in one byte array, with their end offsets: a column of
 * ids that costs one byte per character and no object per string. Strings are appended and can
 * be cut back to an earlier count; nothing else changes them.
 *
 * <p>Not for hosts. Not thread-safe while it grows; safe to read from many threads once it no
 * longer changes and has been published safely.
 */
public final class AsciiStrings {

  private byte[] bytes;
  private int used;
  private int[] end;
  private int count;

  /** Creates an empty column with room for about {@code strings} strings of 8 characters. */
  public AsciiStrings(int strings) {
    bytes = new byte[Math.max(16, Math.min(strings, Integer.MAX_VALUE / 16) * 8)];
    end = new int[Math.max(4, strings)];
  }

  /** Returns the number of strings. */
  public int size() {
    return count;
  }

  /**
   * Appends a string if it is a valid id (1–64 of {@code A-Z a-z 0-9 - _ . : /}), checking and
   * copying in one pass.
   *
   * @return false, appending nothing, if it is not
   */
  public boolean addId(char[] c, int offset, int length) {
    if (!room(length)) {
      return false;
    }
    byte[] b = bytes;
    int u = used;
    for (int i = 0; i < length; i++) {
      char ch = c[offset + i];
      if (!Ids.isIdChar(ch)) {
        return false;
      }
      b[u + i] = (byte) ch;
    }
    return appended(u + length);
  }

  /**
   * Appends an id that its type checked already ({@link Ids#check}: a {@code VolunteerId}'s
   * value, say), copying it without checking it again.
   *
   * @throws IllegalArgumentException if it is empty or longer than an id may be
   */
  public void addCheckedId(String id) {
    int length = id.length();
    if (!room(length)) {
      throw new IllegalArgumentException("not an id: " + length + " characters");
    }
    byte[] b = bytes;
    int u = used;
    for (int i = 0; i < length; i++) {
      char ch = id.charAt(i);
      assert Ids.isIdChar(ch) : id;
      b[u + i] = (byte) ch;
    }
    appended(u + length);
  }

  /** {@link #addId(char[], int, int)} from bytes: a byte outside ASCII is not an id character. */
  public boolean addId(byte[] utf8, int offset, int length) {
    if (!room(length)) {
      return false;
    }
    byte[] b = bytes;
    int u = used;
    for (int i = 0; i < length; i++) {
      byte x = utf8[offset + i];
      if (!Ids.isIdByte(x)) {
        return false;
      }
      b[u + i] = x;
    }
    return appended(u + length);
  }

  /**
   * Appends the id that starts at {@code utf8[offset]}: the run of id characters there, up to
   * {@code limit}, for a reader that does not know yet where the id ends. The run is found and
   * copied eight bytes at a time.
   *
   * @return the index of the first byte after the run ({@code limit} if it runs to it); or -1,
   *     appending nothing, if the run is empty or longer than an id may be
   */
  public int addIdAt(byte[] utf8, int offset, int limit) {
    room(Ids.MAX_LENGTH);
    // the run counts up to one byte past the longest id, which tells a longest id from a longer
    // run (the word loads may read up to seven bytes further, within the array; they are not counted)
    int stop = Math.min(limit, offset + Ids.MAX_LENGTH + 1);
    int i = offset;
    while (i < stop) {
      if (i + 8 > utf8.length) {
        while (i < stop && Ids.isIdByte(utf8[i])) {
          i++;
        }
        break;
      }
      long notId = notIdBytes((long) LONGS.get(utf8, i));
      if (notId != 0) {
        i += Long.numberOfTrailingZeros(notId) >>> 3;
        break;
      }
      i += 8;
    }
    int to = Math.min(i, stop);
    int length = to - offset;
    if (length <= 0 || length > Ids.MAX_LENGTH) { // below 0 if offset is past limit
      return -1;
    }
    if (offset + ((length + 7) & -8) <= utf8.length) {
      // whole words, hashed as they are copied (as hash does); the bytes after the id land past
      // it, in the room made for the longest id
      long h = 0;
      int k = 0;
      for (; k + 8 <= length; k += 8) {
        long w = (long) LONGS.get(utf8, offset + k);
        LONGS.set(bytes, used + k, w);
        h = (h ^ w) * MIX;
      }
      if (k < length) {
        long w = (long) LONGS.get(utf8, offset + k);
        LONGS.set(bytes, used + k, w);
        h = (h ^ (w & -1L >>> 8 * (8 - (length - k)))) * MIX;
      }
      appended(used + length);
      lastHash = finish(h, length);
      lastHashed = true;
    } else {
      System.arraycopy(utf8, offset, bytes, used, length);
      appended(used + length);
    }
    return to;
  }

  /** The {@link #hash(byte[], int, int)} of the last string, if {@link #lastHashed}. */
  private int lastHash;
  /** Whether {@link #addIdAt} took the last string's hash as it copied it. */
  private boolean lastHashed;

  /**
   * Returns the {@link #hash(byte[], int, int)} of the last string: the one {@link #addIdAt} took
   * as it copied the string, or else taken now.
   *
   * @throws IndexOutOfBoundsException if the column is empty
   */
  public int lastHash() {
    return lastHashed ? lastHash : hash(count - 1);
  }

  /**
   * The high bits of the bytes of a word (eight, in any order) that are not id characters: those
   * outside ASCII, and those outside {@code - . / 0-9 :}, {@code A-Z}, {@code _} and {@code a-z}
   * (the same set as {@link Ids#isIdByte}). For a byte x below 128 and a range [lo, hi],
   * x + (0x80 − lo) has its high bit set where x ≥ lo, and (0x80 + hi) − x where x ≤ hi; neither
   * carries into the next byte.
   */
  static long notIdBytes(long w) {
    long x = w & ~HIGH;
    long id = (x + FROM_DASH) & (TO_COLON - x)
        | (x + FROM_UPPER_A) & (TO_UPPER_Z - x)
        | (x + FROM_UNDERSCORE) & (TO_UNDERSCORE - x)
        | (x + FROM_A) & (TO_Z - x);
    return ~(id & ~w) & HIGH;
  }

  /** The high bit of every byte of a word (also {@link CharDictionary}'s). */
  static final long HIGH = 0x8080_8080_8080_8080L;
  // the ranges' bounds for notIdBytes, in every byte
  private static final long FROM_DASH = lanes(0x80 - '-');
  private static final long TO_COLON = lanes(0x80 + ':');
  private static final long FROM_UPPER_A = lanes(0x80 - 'A');
  private static final long TO_UPPER_Z = lanes(0x80 + 'Z');
  private static final long FROM_UNDERSCORE = lanes(0x80 - '_');
  private static final long TO_UNDERSCORE = lanes(0x80 + '_');
  private static final long FROM_A = lanes(0x80 - 'a');
  private static final long TO_Z = lanes(0x80 + 'z');

  /** The byte x in every byte of a word. */
  private static long lanes(int x) {
    return 0x0101_0101_0101_0101L * x;
  }

  /**
   * Makes room for {@code scale} times the strings and bytes the column holds, more — as {@code
   * ArrayList.ensureCapacity} does, for a filler that can tell how much is to come from what has
   * come: the column then grows once, not by a half at a time.
   */
  public void reserveLike(double scale) {
    long moreBytes = (long) Math.ceil(used * scale);
    long moreStrings = (long) Math.ceil(count * scale);
    if (used + moreBytes > bytes.length) {
      bytes = Arrays.copyOf(bytes, (int) Math.min(used + moreBytes, MAX_ARRAY));
    }
    if (count + moreStrings > end.length) {
      end = Arrays.copyOf(end, (int) Math.min(count + moreStrings, MAX_ARRAY));
    }
  }

  /** The longest array this column makes (a few below {@code Integer.MAX_VALUE}, as the JDK's own lists keep). */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  /** Makes room for an id of this length; false if no id is that long. */
  private boolean room(int length) {
    if (length < 1 || length > Ids.MAX_LENGTH) {
      return false;
    }
    if (used + length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(used + length, bytes.length + (bytes.length >> 1)));
    }
    if (count == end.length) {
      end = Arrays.copyOf(end, end.length + (end.length >> 1));
    }
    return true;
  }

  /** Ends the string being appended at {@code to}. */
  private boolean appended(int to) {
    used = to;
    end[count++] = to;
    lastHashed = false;
    return true;
  }

  /** Returns {@link #hash(byte[], int, int)} of string {@code i}. */
  public int hash(int i) {
    return hash(bytes, start(i), end[i]);
  }

  /**
   * Returns a hash of the bytes {@code b[from, to)}, eight at a time; a column's strings have the
   * hash of their bytes however they were appended.
   */
  public static int hash(byte[] b, int from, int to) {
    long h = 0;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      h = (h ^ (long) LONGS.get(b, i)) * MIX;
    }
    if (i < to) {
      long tail;
      if (i + 8 <= b.length) {
        tail = (long) LONGS.get(b, i) & -1L >>> 8 * (8 - (to - i)); // the bytes after to are not the string's
      } else {
        tail = 0;
        for (int k = to - 1; k >= i; k--) {
          tail = tail << 8 | b[k] & 0xFF;
        }
      }
      h = (h ^ tail) * MIX;
    }
    return finish(h, to - from);
  }

  private static int finish(long h, int length) {
    long f = (h ^ length) * MIX;
    return (int) (f >>> 32);
  }

  /** Reads and writes eight bytes as a long, the first byte lowest (also {@link CharDictionary}'s). */
  static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** An odd constant (2⁶⁴ ÷ the golden ratio) whose product spreads a word's bits. */
  private static final long MIX = 0x9E3779B97F4A7C15L;

  /** Appends strings {@code [from, to)} of another column (or of this one), in order. */
  public void addAll(AsciiStrings other, int from, int to) {
    int n = to - from;
    if (n <= 0) {
      return;
    }
    int first = other.start(from);
    int length = other.end[to - 1] - first;
    if (used + length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(used + length, bytes.length + (bytes.length >> 1)));
    }
    if (count + n > end.length) {
      end = Arrays.copyOf(end, Math.max(count + n, end.length + (end.length >> 1)));
    }
    System.arraycopy(other.bytes, first, bytes, used, length);
    int shift = used - first;
    for (int i = 0; i < n; i++) {
      end[count + i] = other.end[from + i] + shift;
    }
    count += n;
    used += length;
  }

  /** Forgets every string from {@code n} on. */
  public void truncate(int n) {
    lastHashed = false;
    count = n;
    used = n == 0 ? 0 : end[n - 1];
  }

  /** Returns where string {@code i} starts in {@link #bytes()}. */
  public int start(int i) {
    return i == 0 ? 0 : end[i - 1];
  }

  /** Returns where string {@code i} ends (exclusive) in {@link #bytes()}. */
  public int end(int i) {
    return end[i];
  }

  /** Returns the bytes; valid until the next append. */
  public byte[] bytes() {
    return bytes;
  }

  /** Returns string {@code i}. */
  public String get(int i) {
    int from = start(i);
    return new String(bytes, from, end[i] - from, StandardCharsets.US_ASCII);
  }

  /** Tells whether strings {@code i} and {@code j} are equal. */
  public boolean equal(int i, int j) {
    int a = start(i);
    int b = start(j);
    return Arrays.equals(bytes, a, end[i], bytes, b, end[j]);
  }
}
