package org.civic.internal;

import java.util.Arrays;

/**
 * A growing open-addressing map from {@code long} keys to {@code int} values, without boxing:
 * keys and values in two arrays, linear probing, load ≤ 0.75. Values are 0 or more; absent keys
 * read as −1.
 *
 * <p>Not for hosts. Not thread-safe.
 */
public final class LongIntMap {

  private long[] keys = new long[16];
  private int[] values = new int[16]; // value + 1; 0 marks an empty slot
  private int mask = 15;
  private int size;

  /** Creates an empty map. */
  public LongIntMap() {}

  /** Returns the number of keys. */
  public int size() {
    return size;
  }

  /** Returns the value of a key, or −1 if it has none. */
  public int get(long key) {
    int slot = LongHashIndex.mix(key) & mask;
    int v;
    while ((v = values[slot]) != 0) {
      if (keys[slot] == key) {
        return v - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /**
   * Sets the value of a key that has none.
   *
   * @param key the key, which must be absent
   * @param value the value, 0 or more
   */
  public void putNew(long key, int value) {
    if ((size + 1) * 4L > keys.length * 3L) {
      grow();
    }
    int slot = LongHashIndex.mix(key) & mask;
    while (values[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value + 1;
    size++;
  }

  /** What {@link #forEach} hands each entry to. */
  @FunctionalInterface
  public interface EntryConsumer {
    /**
     * Takes one entry.
     *
     * @param key the key
     * @param value its value
     */
    void accept(long key, int value);
  }

  /**
   * Hands every entry to {@code action}, in no particular order.
   *
   * @param action what takes them
   */
  public void forEach(EntryConsumer action) {
    for (int i = 0; i < keys.length; i++) {
      if (values[i] != 0) {
        action.accept(keys[i], values[i] - 1);
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldValues.length * 2];
    mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != 0) {
        int slot = LongHashIndex.mix(oldKeys[i]) & mask;
        while (values[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
    Arrays.fill(oldValues, 0); // let nothing read the old arrays by mistake
  }
}
