package org.civic.metric;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;

/**
 * An exact count of distinct volunteers — 去重人数 — kept as the set of their indexes in a
 * compressed bitmap (RoaringBitmap): a county's 1,000,000+ ids take a few hundred kilobytes
 * rather than the ~50 MB of a {@code HashSet<Integer>}, and a merge is a bitwise OR over
 * containers, so distinct counts roll up exactly — a volunteer active in two villages counts once
 * in their township. Indexes come from a shared {@link VolunteerIndex}.
 *
 * <p>Immutable and thread-safe; {@link #plus} is associative, commutative and idempotent with
 * {@link #empty()} as identity.
 */
public final class DistinctCount {

  private static final DistinctCount EMPTY = new DistinctCount(new RoaringBitmap());

  private final RoaringBitmap bits;
  /** The indexes' hash, 0 until asked for (a benign race, as {@code String}'s). */
  private int hash;

  private DistinctCount(RoaringBitmap bits) {
    this.bits = bits;
  }

  /** Returns the count of nobody, the identity of {@link #plus}. */
  public static DistinctCount empty() {
    return EMPTY;
  }

  /**
   * Obtains the distinct count of some volunteer indexes.
   *
   * @param indexes the indexes, 0 or more each
   * @return the count, not null
   * @throws IllegalArgumentException if an index is negative
   */
  public static DistinctCount of(int... indexes) {
    Objects.requireNonNull(indexes, "indexes");
    RoaringBitmap b = new RoaringBitmap();
    for (int i : indexes) {
      if (i < 0) {
        throw new IllegalArgumentException("volunteer indexes must not be negative: " + i);
      }
      b.add(i);
    }
    b.runOptimize();
    return new DistinctCount(b);
  }

  /** Wraps a bitmap the caller hands over and will not change. */
  static DistinctCount wrap(RoaringBitmap bits) {
    return bits.isEmpty() ? EMPTY : new DistinctCount(bits);
  }

  /** Returns how many distinct volunteers. */
  public long count() {
    return bits.getLongCardinality();
  }

  /** Tells whether a volunteer index is among them. */
  public boolean contains(int index) {
    return bits.contains(index);
  }

  /** Returns the union. */
  public DistinctCount plus(DistinctCount other) {
    Objects.requireNonNull(other, "other");
    if (other.bits.isEmpty() || other == this) {
      return this;
    }
    if (bits.isEmpty()) {
      return other;
    }
    return new DistinctCount(RoaringBitmap.or(bits, other.bits));
  }

  /** Returns a copy of the bits, for accumulators. */
  RoaringBitmap bitsCopy() {
    return bits.clone();
  }

  /** Returns the bits, read-only by contract. */
  RoaringBitmap bits() {
    return bits;
  }

  /** Returns the serialized bitmap (RoaringBitmap's portable format), for engines that ship it. */
  public byte[] toBytes() {
    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(bits.serializedSizeInBytes());
    bits.serialize(buffer);
    return buffer.array();
  }

  /**
   * Reads what {@link #toBytes()} wrote.
   *
   * @param bytes the serialized bitmap, not null
   * @return the count, not null
   * @throws IllegalArgumentException if the bytes are not a serialized bitmap
   */
  public static DistinctCount fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    RoaringBitmap b = new RoaringBitmap();
    try {
      b.deserialize(java.nio.ByteBuffer.wrap(bytes));
    } catch (java.io.IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a serialized distinct count: " + e.getMessage(), e);
    }
    return wrap(b);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DistinctCount d && bits.equals(d.bits);
  }

  /**
   * Returns a hash of the indexes themselves: equal counts have equal hashes however their bitmaps
   * hold them (RoaringBitmap's own hash depends on its containers' kinds, which depend on how the
   * set was made). Made once, when first asked for.
   */
  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = 1;
      IntIterator it = bits.getIntIterator();
      while (it.hasNext()) {
        h = 31 * h + it.next();
      }
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return "DistinctCount[" + count() + "]";
  }
}
