package org.civic.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Many strings in one array, addressed by index — the column layout that keeps national
 * hierarchies small. While every character added is below 256 the pool stores one byte per
 * character (site ids); once a wider character arrives it stores two bytes per character from
 * then on (Chinese names take two bytes, not UTF-8's three). A pool whose strings all have one
 * length (the national site ids: 13 characters) keeps no offsets: a string starts at its index
 * times that length.
 *
 * <p>Not for hosts: the layout may change in any release. A pool is built by {@link Builder},
 * then immutable and thread-safe.
 */
public final class StringPool {

  private final byte @Nullable [] bytes;
  private final char @Nullable [] chars;
  /** Where each string starts, and the end: null when every string has the same length. */
  private final int @Nullable [] offsets;
  /** The length of every string when {@link #offsets} is null. */
  private final int width;
  private final int size;

  private StringPool(byte @Nullable [] bytes, char @Nullable [] chars, int[] offsets) {
    this.bytes = bytes;
    this.chars = chars;
    this.size = offsets.length - 1;
    int w = size == 0 ? 0 : offsets[1] - offsets[0];
    boolean uniform = true;
    for (int i = 1; i < size && uniform; i++) {
      uniform = offsets[i + 1] - offsets[i] == w;
    }
    // Strings of one length (a country's site ids) start at index × length: no offsets kept, and
    // a look-up reads the string straight away, not its offset first (a miss of its own).
    this.offsets = uniform ? null : offsets;
    this.width = uniform ? w : -1;
  }

  /** Where the string at an index starts. */
  private int start(int index) {
    int[] o = offsets;
    return o == null ? index * width : o[index];
  }

  /** Where the string at an index ends (exclusive). */
  private int end(int index) {
    int[] o = offsets;
    return o == null ? (index + 1) * width : o[index + 1];
  }

  /** Whether the pool keeps an offset a string: false when its strings all have one length (for tests). */
  boolean keepsOffsets() {
    return offsets != null;
  }

  /** Returns the number of strings. */
  public int size() {
    return size;
  }

  /** Returns the length of the string at an index. */
  public int length(int index) {
    Objects.checkIndex(index, size());
    return end(index) - start(index);
  }

  /** Returns the string at an index. */
  public String get(int index) {
    Objects.checkIndex(index, size());
    int start = start(index);
    int length = end(index) - start;
    return chars != null
        ? new String(chars, start, length)
        : new String(bytes, start, length, StandardCharsets.ISO_8859_1);
  }

  private char charAt(int i) {
    return chars != null ? chars[i] : (char) (bytes[i] & 0xff);
  }

  /** Returns the hash code {@link String#hashCode()} would give for the string at an index. */
  public int hash(int index) {
    int h = 0;
    int end = end(index);
    if (chars != null) {
      for (int i = start(index); i < end; i++) {
        h = 31 * h + chars[i];
      }
    } else {
      for (int i = start(index); i < end; i++) {
        h = 31 * h + (bytes[i] & 0xff);
      }
    }
    return h;
  }

  /**
   * Tells whether {@code length} characters of the string at an index, from {@code offset}, equal
   * those of another pool's string from {@code otherOffset}; the ranges must lie in the strings.
   */
  public boolean regionEquals(int index, int offset, StringPool other, int otherIndex, int otherOffset, int length) {
    int a = start(index) + offset;
    int b = other.start(otherIndex) + otherOffset;
    if (chars != null && other.chars != null) {
      return Arrays.equals(chars, a, a + length, other.chars, b, b + length);
    }
    if (bytes != null && other.bytes != null) {
      return Arrays.equals(bytes, a, a + length, other.bytes, b, b + length);
    }
    for (int i = 0; i < length; i++) {
      if (charAt(a + i) != other.charAt(b + i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether {@code length} characters of the string at an index, from {@code offset}, equal
   * those of an array from {@code sOffset}; the ranges must lie in the string and the array.
   */
  public boolean regionEquals(int index, int offset, char[] s, int sOffset, int length) {
    int a = start(index) + offset;
    if (chars != null) {
      return Arrays.equals(chars, a, a + length, s, sOffset, sOffset + length);
    }
    for (int i = 0; i < length; i++) {
      if (charAt(a + i) != s[sOffset + i]) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether the string at an index equals a given one, without building a string. */
  public boolean equalsAt(int index, String s) {
    int start = start(index);
    int length = end(index) - start;
    if (length != s.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (charAt(start + i) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether the string at an index equals the ASCII bytes {@code b[from, to)}, without
   * building a string.
   */
  boolean equalsAt(int index, byte[] b, int from, int to) {
    int start = start(index);
    int length = end(index) - start;
    if (length != to - from) {
      return false;
    }
    if (bytes != null) {
      return Arrays.equals(bytes, start, start + length, b, from, to);
    }
    for (int i = 0; i < length; i++) {
      if (chars[start + i] != b[from + i]) {
        return false;
      }
    }
    return true;
  }

  /** Returns the first unit (byte or character) of the string at an index, or -1 if it is empty. */
  int firstUnit(int index) {
    int start = start(index);
    return start == end(index) ? -1 : chars != null ? chars[start] : bytes[start] & 0xff;
  }

  /** Tells whether the strings at two indexes are equal. */
  public boolean equalAt(int a, int b) {
    int sa = start(a);
    int sb = start(b);
    int length = end(a) - sa;
    if (length != end(b) - sb) {
      return false;
    }
    return chars != null
        ? Arrays.equals(chars, sa, sa + length, chars, sb, sb + length)
        : Arrays.equals(bytes, sa, sa + length, bytes, sb, sb + length);
  }

  /** Collects strings in order; not thread-safe. */
  public static final class Builder {
    private byte @Nullable [] bytes;
    private char @Nullable [] chars;
    private int[] offsets;
    private int size;

    /**
     * Creates a builder.
     *
     * @param expectedStrings how many strings to make room for
     * @param expectedChars how many characters in all to make room for
     */
    public Builder(int expectedStrings, int expectedChars) {
      this.bytes = new byte[Math.max(16, expectedChars)];
      this.offsets = new int[Math.max(2, expectedStrings + 1)];
    }

    /** Appends a string and returns its index. */
    public int add(String s) {
      return add(s, s.length());
    }

    /** Appends the first {@code length} characters of a string and returns their index. */
    public int add(String s, int length) {
      Objects.checkFromIndexSize(0, length, s.length());
      if (chars == null && !latin1(s, length)) {
        widen();
      }
      int start = reserve(length);
      if (chars != null) {
        s.getChars(0, length, chars, start);
      } else {
        for (int i = 0; i < length; i++) {
          bytes[start + i] = (byte) s.charAt(i);
        }
      }
      return close(start + length);
    }

    /** Appends the first {@code length} characters of an array and returns their index. */
    public int add(char[] c, int length) {
      Objects.checkFromIndexSize(0, length, c.length);
      if (chars == null) {
        for (int i = 0; i < length; i++) {
          if (c[i] > 0xff) {
            widen();
            break;
          }
        }
      }
      int start = reserve(length);
      if (chars != null) {
        System.arraycopy(c, 0, chars, start, length);
      } else {
        for (int i = 0; i < length; i++) {
          bytes[start + i] = (byte) c[i];
        }
      }
      return close(start + length);
    }

    /**
     * Appends a string given as bytes, one byte per character (ISO-8859-1; an id's ASCII), and
     * returns its index.
     */
    public int addLatin1(byte[] b, int from, int length) {
      Objects.checkFromIndexSize(from, length, b.length);
      int start = reserve(length);
      if (chars != null) {
        for (int i = 0; i < length; i++) {
          chars[start + i] = (char) (b[from + i] & 0xff);
        }
      } else {
        System.arraycopy(b, from, bytes, start, length);
      }
      return close(start + length);
    }

    /**
     * Appends strings another builder holds, in order.
     *
     * @param other the other builder, not this one
     * @param from the first of its strings
     * @param to the end (exclusive)
     */
    public void addAll(Builder other, int from, int to) {
      Objects.checkFromToIndex(from, to, other.size);
      for (int i = from; i < to; i++) {
        int a = other.offsets[i];
        int length = other.offsets[i + 1] - a;
        if (other.chars == null) {
          addLatin1(other.bytes, a, length);
          continue;
        }
        boolean narrow = chars == null;
        for (int k = 0; k < length && narrow; k++) {
          narrow = other.chars[a + k] <= 0xff;
        }
        if (!narrow && chars == null) {
          widen();
        }
        int start = reserve(length);
        if (chars != null) {
          System.arraycopy(other.chars, a, chars, start, length);
        } else {
          for (int k = 0; k < length; k++) {
            bytes[start + k] = (byte) other.chars[a + k];
          }
        }
        close(start + length);
      }
    }

    /**
     * Makes room for {@code scale} times the strings and characters the builder holds, more — as
     * {@code ArrayList.ensureCapacity} does, for a filler that can tell how much is to come from
     * what has come.
     */
    public void reserveLike(double scale) {
      int used = offsets[size];
      long strings = size + 2 + (long) Math.ceil(size * scale);
      if (strings > offsets.length) {
        offsets = Arrays.copyOf(offsets, (int) Math.min(Integer.MAX_VALUE - 16, strings));
      }
      long room = used + (long) Math.ceil(used * scale);
      if (chars != null && room > chars.length) {
        chars = Arrays.copyOf(chars, (int) Math.min(Integer.MAX_VALUE - 16, room));
      } else if (bytes != null && room > bytes.length) {
        bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 16, room));
      }
    }

    /** Room for length more characters; returns where they start. */
    private int reserve(int length) {
      int start = offsets[size];
      int end = start + length;
      if (end < 0 || end > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("a string pool holds at most 2^31 characters");
      }
      int capacity = chars != null ? chars.length : bytes.length;
      if (end > capacity) {
        int grown = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(end, 2L * capacity));
        if (chars != null) {
          chars = Arrays.copyOf(chars, grown);
        } else {
          bytes = Arrays.copyOf(bytes, grown);
        }
      }
      return start;
    }

    /** Ends the string being added at end; returns its index. */
    private int close(int end) {
      if (size + 2 > offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[++size] = end;
      return size - 1;
    }

    private void widen() {
      int start = offsets[size];
      chars = new char[bytes.length];
      for (int i = 0; i < start; i++) {
        chars[i] = (char) (bytes[i] & 0xff);
      }
      bytes = null;
    }

    /** Returns the string at an index. */
    public String get(int index) {
      Objects.checkIndex(index, size);
      int start = offsets[index];
      int length = offsets[index + 1] - start;
      return chars != null
          ? new String(chars, start, length)
          : new String(bytes, start, length, StandardCharsets.ISO_8859_1);
    }

    /** Forgets every string added. */
    public void clear() {
      size = 0;
    }

    private static boolean latin1(String s, int length) {
      for (int i = 0; i < length; i++) {
        if (s.charAt(i) > 0xff) {
          return false;
        }
      }
      return true;
    }

    /** Returns the pool, trimmed to size. The builder must not be used afterwards. */
    public StringPool build() {
      int length = offsets[size];
      return new StringPool(
          bytes == null ? null : Arrays.copyOf(bytes, length),
          chars == null ? null : Arrays.copyOf(chars, length),
          Arrays.copyOf(offsets, size + 1));
    }
  }
}
