package org.civic.internal;

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
    bytes = new byte[Math.max(16, strings * 8)];
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
    int h = 0;
    for (int i = 0; i < length; i++) {
      char ch = c[offset + i];
      if (!Ids.isIdChar(ch)) {
        return false;
      }
      b[u + i] = (byte) ch;
      h = 31 * h + ch;
    }
    return appended(u + length, h);
  }

  /** {@link #addId(char[], int, int)} from bytes: a byte outside ASCII is not an id character. */
  public boolean addId(byte[] utf8, int offset, int length) {
    if (!room(length)) {
      return false;
    }
    byte[] b = bytes;
    int u = used;
    int h = 0;
    for (int i = 0; i < length; i++) {
      byte x = utf8[offset + i];
      if (!Ids.isIdByte(x)) {
        return false;
      }
      b[u + i] = x;
      h = 31 * h + x;
    }
    return appended(u + length, h);
  }

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

  /** Ends the string being appended at {@code to}, with its hash. */
  private boolean appended(int to, int hash) {
    used = to;
    end[count++] = to;
    lastHash = hash;
    return true;
  }

  /** The {@link String#hashCode} of the string last appended by {@code addId}. */
  private int lastHash;

  /** Returns the {@link String#hashCode} of the string the last successful {@code addId} appended. */
  public int lastHash() {
    return lastHash;
  }

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
