package org.civic.internal;

import java.util.Arrays;

/**
 * A growing dictionary of distinct strings, each given the next code (0, 1, 2, …) the first time
 * it is seen. Strings are kept as characters in one array, so a look-up from a tokenizer's
 * {@code char[]} neither makes a {@code String} nor copies anything unless the string is new.
 * Codes are dense and stable; nothing is ever removed.
 *
 * <p>Not for hosts. Not thread-safe while it grows; safe to read from many threads once it no
 * longer changes and has been published safely.
 */
public final class CharDictionary {

  private char[] chars = new char[1024];
  private int charCount;
  private int[] starts = new int[65];
  private int[] hashes = new int[64];
  private int size;
  private int[] slots = new int[128];
  private int mask = slots.length - 1;

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
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + c[offset + i];
    }
    int slot = LongHashIndex.mix(h) & mask;
    int entry;
    while ((entry = slots[slot]) != 0) {
      int code = entry - 1;
      if (hashes[code] == h && equalAt(code, c, offset, length)) {
        return code;
      }
      slot = (slot + 1) & mask;
    }
    return add(h, slot, c, offset, length);
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
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + b[offset + i];
    }
    int slot = LongHashIndex.mix(h) & mask;
    int entry;
    while ((entry = slots[slot]) != 0) {
      int code = entry - 1;
      if (hashes[code] == h && equalAt(code, b, offset, length)) {
        return code;
      }
      slot = (slot + 1) & mask;
    }
    char[] c = new char[length];
    for (int i = 0; i < length; i++) {
      c[i] = (char) b[offset + i];
    }
    return add(h, slot, c, 0, length);
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

  private int add(int h, int slot, char[] c, int offset, int length) {
    if (charCount + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(charCount + length, chars.length * 2));
    }
    System.arraycopy(c, offset, chars, charCount, length);
    charCount += length;
    if (size == hashes.length) {
      hashes = Arrays.copyOf(hashes, hashes.length * 2);
      starts = Arrays.copyOf(starts, hashes.length + 1);
    }
    int code = size++;
    hashes[code] = h;
    starts[code + 1] = charCount;
    slots[slot] = code + 1;
    if (size * 4L > slots.length * 3L) {
      rehash();
    }
    return code;
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    mask = slots.length - 1;
    for (int code = 0; code < size; code++) {
      int slot = LongHashIndex.mix(hashes[code]) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = code + 1;
    }
  }
}
