package org.civic.metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.civic.order.ServiceOrder;
import org.civic.team.OrganisationId;
import org.roaringbitmap.RoaringBitmap;

/**
 * The figures of many cells in columns, numbered 0, 1, 2 … as they are made: what a
 * {@link MetricAccumulator} keeps for one cell, without an object, an array and two sets per cell.
 * {@link IncrementalRollup} keeps its (division, month) cells here.
 *
 * <p>A cell's sums and its beneficiaries' extremes are {@value #STRIDE} longs in a page of
 * {@value #PAGE} cells. Its distinct volunteers are a sorted {@code int[]} (the count first) while
 * they are at most {@value #SMALL} — most cells, a village's or a township's month, have a handful
 * to a hundred — and a {@link Many} beyond: a {@link RoaringBitmap}, and a list of the indexes
 * added since it was last folded in. A large cell's bitmap (a county's, a city's or a province's
 * month, whose containers hold tens to thousands of sorted values) would otherwise shift a
 * container's array, and miss the cache on each of its structures, for every volunteer added; the
 * list takes them as they come and is folded in, sorted, before it would hold more than a quarter
 * of the bitmap's count (a larger batch goes straight into the bitmap) — at most a byte a distinct
 * volunteer, and each fold touches the containers once. Reads never fold: they count the list on a
 * copy. Its participating organisations are kept the same way, as numbers the columns give each
 * organisation the first time it comes ({@link #organisationNumber}). The counting itself is
 * {@link MetricAccumulator}'s ({@code addActivity}, {@code addOrder}, {@code snapshot}).
 *
 * <p>Not thread-safe.
 */
final class MetricColumns {

  private static final int PAGE_BITS = 12;
  private static final int PAGE = 1 << PAGE_BITS;
  /** Where a cell's smallest beneficiaries of an activity sit among its {@link #STRIDE} longs. */
  static final int MIN = MetricSet.FIELDS;
  /** Where a cell's largest beneficiaries of an activity sit. */
  static final int MAX = MetricSet.FIELDS + 1;
  /** Longs a cell takes: the sums, then the smallest and largest beneficiaries of an activity. */
  static final int STRIDE = MetricSet.FIELDS + 2;
  /** A cell's volunteers are a sorted array up to this many, then a {@link Many}. */
  static final int SMALL = 256;

  private long[][] sums = new long[4][];
  /** Per cell: null (none), an {@code int[]} (count, then the indexes ascending) or a {@link Many}. */
  private Object[][] volunteers = new Object[4][];
  /** Per cell: its organisations' numbers as its volunteers' are kept: null, an {@code int[]} or a {@link Many}. */
  private Object[][] organisations = new Object[4][];
  /** Each organisation's number, the next at its first coming; and the organisations by number. */
  private final Map<OrganisationId, Integer> numberOf = new HashMap<>();
  private final List<OrganisationId> organisationsByNumber = new ArrayList<>();
  private int size;
  /** Makes a large cell's listed volunteers distinct and ascending when they are folded in. */
  private final DistinctInts distinct = new DistinctInts();

  /** Makes an empty cell and returns its number. */
  int add() {
    int page = size >>> PAGE_BITS;
    if (page == sums.length) {
      sums = Arrays.copyOf(sums, page * 2);
      volunteers = Arrays.copyOf(volunteers, page * 2);
      organisations = Arrays.copyOf(organisations, page * 2);
    }
    if (sums[page] == null) {
      sums[page] = new long[PAGE * STRIDE];
      volunteers[page] = new Object[PAGE];
      organisations[page] = new Object[PAGE];
    }
    clear(sums[page], (size & (PAGE - 1)) * STRIDE);
    return size++;
  }

  /** Empties the {@value #STRIDE} longs of a cell's figures at {@code at}: no activity yet. */
  static void clear(long[] figures, int at) {
    Arrays.fill(figures, at, at + MetricSet.FIELDS, 0);
    figures[at + MIN] = Long.MAX_VALUE;
    figures[at + MAX] = Long.MIN_VALUE;
  }

  /** Adds an activity's sums, and its beneficiaries to the extremes, to a cell's figures at {@code at}. */
  static void addActivitySums(long[] figures, int at, long personTimes, long beneficiaries, long minutes,
      long materials, long consultations, long sessions) {
    MetricAccumulator.addActivity(figures, at, personTimes, beneficiaries, minutes, materials, consultations, sessions);
    figures[at + MIN] = Math.min(figures[at + MIN], beneficiaries);
    figures[at + MAX] = Math.max(figures[at + MAX], beneficiaries);
  }

  /** Adds figures kept as a cell keeps them ({@code delta}, from 0) to a cell's figures at {@code at}. */
  static void addSums(long[] figures, int at, long[] delta) {
    // within a long: CountTotals refused activities' counts that would pass it; an order counts at most 5
    for (int f = 0; f < MetricSet.FIELDS; f++) {
      figures[at + f] += delta[f];
    }
    figures[at + MIN] = Math.min(figures[at + MIN], delta[MIN]);
    figures[at + MAX] = Math.max(figures[at + MAX], delta[MAX]);
  }

  /**
   * Adds an activity's figures to a cell.
   *
   * @param volunteerIndexes holds the activity's volunteers' indexes, in any order, at {@code [from, from + count)}
   * @param organisations holds its organisations' numbers ({@link #organisationNumber}), in any
   *     order, at {@code [0, organisationCount)}
   */
  void addActivity(int cell, long personTimes, long beneficiaries, long minutes, long materials, long consultations,
      long sessions, int[] volunteerIndexes, int from, int count, int[] organisations, int organisationCount) {
    long[] page = sums[cell >>> PAGE_BITS];
    int at = (cell & (PAGE - 1)) * STRIDE;
    addActivitySums(page, at, personTimes, beneficiaries, minutes, materials, consultations, sessions);
    if (count > 0) {
      addVolunteers(volunteers[cell >>> PAGE_BITS], cell & (PAGE - 1), volunteerIndexes, from, from + count, distinct);
    }
    if (organisationCount > 0) {
      addVolunteers(this.organisations[cell >>> PAGE_BITS], cell & (PAGE - 1), organisations, 0, organisationCount,
          distinct);
    }
  }

  /** Returns an organisation's number in these columns, giving it the next the first time. */
  int organisationNumber(OrganisationId organisation) {
    Integer n = numberOf.get(organisation);
    if (n == null) {
      n = organisationsByNumber.size();
      numberOf.put(organisation, n);
      organisationsByNumber.add(organisation);
    }
    return n;
  }

  /**
   * Reads what adding to cells {@code cells[0, n)} will read first — each cell's sums and its
   * volunteers' array or bitmap — and returns a sum of it, so that their cache misses (one cell a
   * level of the hierarchy, far apart) overlap instead of coming one after another. The caller
   * keeps the sum where the compiler cannot drop it.
   */
  long readAhead(int[] cells, int n) {
    long t = 0;
    for (int k = 0; k < n; k++) {
      int cell = cells[k];
      t += sums[cell >>> PAGE_BITS][(cell & (PAGE - 1)) * STRIDE];
      Object held = volunteers[cell >>> PAGE_BITS][cell & (PAGE - 1)];
      if (held instanceof int[] small) {
        t += small[small[0] >>> 1]; // the middle of its indexes: where a binary search starts
      } else if (held instanceof Many many) {
        t += many.list[Math.min(many.listed, many.list.length - 1)]; // where the next is listed
      }
    }
    return t;
  }

  /**
   * Adds a batch's figures to a cell: {@code delta} as a cell keeps them ({@link #STRIDE} longs:
   * the sums, then the smallest and largest beneficiaries), and distinct volunteers, ascending, at
   * {@code distinct[0, n)}.
   */
  void addAll(int cell, long[] delta, int[] distinct, int n) {
    addSums(sums[cell >>> PAGE_BITS], (cell & (PAGE - 1)) * STRIDE, delta);
    if (n > 0) {
      addDistinct(volunteers[cell >>> PAGE_BITS], cell & (PAGE - 1), distinct, n, this.distinct);
    }
  }

  /**
   * Adds organisations to a cell by their numbers ({@link #organisationNumber}), distinct and
   * ascending at {@code numbers[0, n)}.
   */
  void addOrganisations(int cell, int[] numbers, int n) {
    addDistinct(organisations[cell >>> PAGE_BITS], cell & (PAGE - 1), numbers, n, distinct);
  }

  /** Adds an order's counts to a cell. */
  void addOrder(int cell, ServiceOrder order) {
    MetricAccumulator.addOrder(sums[cell >>> PAGE_BITS], (cell & (PAGE - 1)) * STRIDE, order);
  }

  /** Returns a cell's figures, which share nothing with the columns. */
  MetricSet snapshot(int cell) {
    long[] page = sums[cell >>> PAGE_BITS];
    int at = (cell & (PAGE - 1)) * STRIDE;
    Object held = volunteers[cell >>> PAGE_BITS][cell & (PAGE - 1)];
    RoaringBitmap bits;
    if (held == null) {
      bits = null;
    } else if (held instanceof int[] small) {
      bits = new RoaringBitmap();
      bits.addN(small, 1, small[0]);
    } else {
      bits = ((Many) held).copy();
    }
    Object orgs = organisations[cell >>> PAGE_BITS][cell & (PAGE - 1)];
    return MetricAccumulator.snapshot(page, at, page[at + MIN], page[at + MAX], bits,
        orgs == null ? Collections.emptySortedSet() : organisationSet(orgs));
  }

  /**
   * Whether a cell's volunteers and its organisations' numbers are held as this class says: none, a
   * small array (its count, at most {@value #SMALL}, then that many ascending and distinct), or a
   * {@link Many}. A snapshot makes any of them a bitmap or a sorted set, which would hide an
   * unsorted or repeated small array until the cell grew; the property tests ask this after their
   * adds.
   */
  boolean wellFormed(int cell) {
    return wellFormed(volunteers[cell >>> PAGE_BITS][cell & (PAGE - 1)])
        && wellFormed(organisations[cell >>> PAGE_BITS][cell & (PAGE - 1)]);
  }

  private static boolean wellFormed(Object held) {
    if (!(held instanceof int[] small)) {
      return held == null || held instanceof Many;
    }
    int n = small[0];
    if (n < 0 || n > SMALL || n >= small.length) {
      return false;
    }
    for (int i = 2; i <= n; i++) {
      if (small[i - 1] >= small[i]) {
        return false;
      }
    }
    return true;
  }

  /** The organisations a cell's numbers stand for (a small array or a {@link Many}), as a new set. */
  private SortedSet<OrganisationId> organisationSet(Object held) {
    SortedSet<OrganisationId> set = new TreeSet<>();
    if (held instanceof int[] small) {
      for (int i = 1; i <= small[0]; i++) {
        set.add(organisationsByNumber.get(small[i]));
      }
    } else {
      ((Many) held).copy().forEach((int n) -> set.add(organisationsByNumber.get(n)));
    }
    return set;
  }

  /**
   * Merges indexes {@code [from, to)} (any order, repeats allowed: volunteers' indexes or
   * organisations' numbers) into a cell's set, growing its array or making it a bitmap.
   */
  private static void addVolunteers(Object[] page, int slot, int[] indexes, int from, int to, DistinctInts distinct) {
    Object held = page[slot];
    if (held instanceof Many many) {
      many.add(indexes, from, to, distinct);
      return;
    }
    int[] small = held == null ? new int[1 + Math.max(4, to - from)] : (int[]) held;
    int n = small[0];
    for (int i = from; i < to; i++) {
      int v = indexes[i];
      int at = Arrays.binarySearch(small, 1, 1 + n, v);
      if (at >= 0) {
        continue;
      }
      at = -at - 1;
      if (n == SMALL) {
        Many many = new Many(small, n);
        many.add(indexes, i, to, distinct);
        page[slot] = many;
        return;
      }
      if (1 + n == small.length) {
        small = Arrays.copyOf(small, Math.min(1 + SMALL, 1 + n * 2));
      }
      System.arraycopy(small, at, small, at + 1, 1 + n - at);
      small[at] = v;
      n++;
    }
    small[0] = n;
    page[slot] = small;
  }

  /**
   * Merges distinct ascending indexes {@code distinct[0, n)} into a cell's set: with a small array
   * in one pass (an array of the exact size when the cell had none), into a {@link Many} as its
   * {@code add} takes them.
   */
  private static void addDistinct(Object[] page, int slot, int[] distinct, int n, DistinctInts sorter) {
    Object held = page[slot];
    if (held instanceof Many many) {
      many.add(distinct, 0, n, sorter);
      return;
    }
    int[] small = held == null ? NONE : (int[]) held;
    int k = small[0];
    int[] merged = new int[1 + k + n];
    int m = 1;
    int i = 1;
    int j = 0;
    while (i <= k && j < n) {
      int a = small[i];
      int b = distinct[j];
      merged[m++] = Math.min(a, b);
      i += a <= b ? 1 : 0;
      j += b <= a ? 1 : 0;
    }
    while (i <= k) {
      merged[m++] = small[i++];
    }
    while (j < n) {
      merged[m++] = distinct[j++];
    }
    int count = m - 1;
    if (count <= SMALL) {
      merged[0] = count;
      page[slot] = merged;
    } else {
      page[slot] = new Many(merged, count);
    }
  }

  /** A cell without volunteers, as a small array: the count, 0. */
  private static final int[] NONE = {0};

  /**
   * A cell's distinct volunteers past {@value #SMALL}: a bitmap, and the indexes added since it was
   * last folded (duplicates and all), in order of arrival.
   */
  private static final class Many {
    /** The list holds at most the bitmap's count shifted right by this (a quarter). */
    private static final int FOLD_SHIFT = 2;
    /** The list's first length. */
    private static final int MIN_LIST = 16;

    private final RoaringBitmap bits = new RoaringBitmap();
    /** Distinct indexes in {@link #bits}. */
    private int count;
    private int[] list;
    private int listed;

    /** Takes a small array's {@code n} indexes (after its count). */
    Many(int[] small, int n) {
      bits.addN(small, 1, n);
      count = n;
      list = new int[MIN_LIST];
    }

    /**
     * Lists indexes {@code [from, to)}. The list never grows past a quarter of the count: when they
     * would not fit under that, it is folded in first, and a batch larger than that goes straight
     * into the bitmap.
     */
    void add(int[] indexes, int from, int to, DistinctInts distinct) {
      int n = to - from;
      if (listed + n > list.length) {
        int limit = Math.max(MIN_LIST, count >>> FOLD_SHIFT);
        if (listed + n > limit) {
          fold(distinct);
          if (n > limit) {
            int[] batch = Arrays.copyOfRange(indexes, from, to);
            bits.or(ascending(batch, distinct.distinct(batch, n)));
            count = bits.getCardinality();
            return;
          }
        }
        if (listed + n > list.length) { // geometrically, up to the limit
          list = Arrays.copyOf(list, Math.min(limit, Math.max(listed + n, list.length * 2)));
        }
      }
      System.arraycopy(indexes, from, list, listed, n);
      listed += n;
    }

    /** Takes the listed indexes into the bitmap, made distinct and ascending, each container touched once. */
    private void fold(DistinctInts distinct) {
      if (listed > 0) {
        bits.or(ascending(list, distinct.distinct(list, listed)));
        count = bits.getCardinality();
        listed = 0;
      }
    }

    /** Returns a bitmap of these volunteers that shares nothing with this set, which it leaves as it is. */
    RoaringBitmap copy() {
      RoaringBitmap copy = bits.clone();
      if (listed > 0) {
        copy.or(sorted(Arrays.copyOf(list, listed), listed));
      }
      return copy;
    }

    /**
     * Returns a bitmap of indexes sorted here: a snapshot's read may be one of several at once
     * (under a host's read lock), so it does not use the writer's {@link DistinctInts}.
     */
    private static RoaringBitmap sorted(int[] indexes, int n) {
      Arrays.sort(indexes, 0, n);
      return ascending(indexes, n);
    }

    /** Returns a bitmap of ascending indexes {@code [0, n)}. */
    private static RoaringBitmap ascending(int[] indexes, int n) {
      RoaringBitmap b = new RoaringBitmap();
      b.addN(indexes, 0, n);
      return b;
    }
  }
}
