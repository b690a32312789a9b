package org.civic.metric;

import java.util.Objects;
import java.util.TreeSet;
import org.civic.activity.Activity;
import org.civic.metric.internal.MetricAccess;
import org.civic.order.OrderState;
import org.civic.order.ServiceOrder;
import org.civic.team.OrganisationId;
import org.civic.volunteer.VolunteerId;
import org.jspecify.annotations.Nullable;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.RoaringBitmap;

/**
 * Collects figures — 指标累加器: the mutable counterpart of {@link MetricSet}. {@link #merge} is
 * also a stream combiner. {@link #add(ServiceOrder)} is the one place civic counts orders: the
 * roll-ups and {@link OrderMetrics} all count through it. Not thread-safe: give each thread or
 * partition its own and merge.
 */
public final class MetricAccumulator {

  private static final int[] NONE = {};
  /**
   * Raw indexes listed before a bitset is considered: below this, sorting the list costs little
   * (a county's year at reduced scale, about 2,000 indexes among 166,667, spent two thirds of its
   * time sorting at 4,096; at 1,024 the smaller counties still sorted, and 256 made every county's
   * year 14 % faster: benchmarks/RESULTS.md, 2026-12-07).
   */
  private static final int DENSE_AFTER = 256;
  /**
   * A bitset is used while it takes at most this many words (64 indexes each) an index listed: a
   * word is read once when the bitset is folded (about a nanosecond), where a listed index is
   * sorted (tens of nanoseconds) — a county's year among a million volunteers, 1 % of them, takes
   * the bitset (benchmarks/RESULTS.md, 2026-12-07; 2 before).
   */
  private static final int WORDS_PER_INDEX = 16;
  /** Listed indexes are folded into the bitmap when this many are waiting (too sparse for a bitset). */
  private static final int FLUSH_AT = 1 << 16;

  static {
    // the binary form (MetricCodec) for civic's engine adapters, without public API
    MetricAccess.set(MetricCodec.INSTANCE);
  }

  private final long[] sums;
  private final RoaringBitmap volunteers;
  private final TreeSet<OrganisationId> organisations = new TreeSet<>();
  private long minBeneficiaries = Long.MAX_VALUE;
  private long maxBeneficiaries = Long.MIN_VALUE;
  /**
   * Volunteer indexes added raw ({@link #addRaw}) and not yet in {@link #volunteers}: listed while
   * few, then — once they are dense enough — set in a plain bitset, which a scan of a county's or a
   * province's rows fills at a few nanoseconds an index where the bitmap's sorted containers take
   * about a hundred. Folded into {@link #volunteers} before it is read ({@link #bits()}): so a read
   * ({@link #snapshot}, the other side of {@link #merge(MetricAccumulator)}) may change how the
   * figures are held, never what they are. Only {@link #addRaw} — a roll-up's scan, on an
   * accumulator of its own — leaves indexes pending; the public methods never do.
   */
  private int[] pending = NONE;
  private int pendingSize;
  /** The highest pending index, unsigned (as the bitmap orders them). */
  private int pendingHighest;
  private long @Nullable [] words;
  /** Every index {@link #addRaw} will add is below this, if known (0: not known); see {@link #indexesBelow}. */
  private int indexBound;

  /** Creates an empty accumulator. */
  public MetricAccumulator() {
    this(new long[MetricSet.FIELDS], new RoaringBitmap());
  }

  private MetricAccumulator(long[] sums, RoaringBitmap volunteers) {
    this.sums = sums;
    this.volunteers = volunteers;
  }

  /** An accumulator holding what {@link MetricCodec} read; takes the arrays over. */
  static MetricAccumulator restore(long[] sums, long minBeneficiaries, long maxBeneficiaries,
      RoaringBitmap volunteers, java.util.Collection<OrganisationId> organisations) {
    MetricAccumulator a = new MetricAccumulator(sums, volunteers);
    a.organisations.addAll(organisations);
    a.minBeneficiaries = minBeneficiaries;
    a.maxBeneficiaries = maxBeneficiaries;
    return a;
  }

  long[] sums() {
    return sums;
  }

  long minBeneficiaries() {
    return minBeneficiaries;
  }

  long maxBeneficiaries() {
    return maxBeneficiaries;
  }

  RoaringBitmap volunteerBits() {
    return bits();
  }

  java.util.SortedSet<OrganisationId> organisationIds() {
    return organisations;
  }

  /**
   * Adds an activity.
   *
   * @param activity the activity, not null
   * @param index maps its volunteers to indexes, not null
   * @return this accumulator
   * @throws IllegalArgumentException if the index gives a volunteer a negative index (as the
   *     roll-ups refuse it); nothing is added then
   * @throws ArithmeticException if a sum would pass {@code Long.MAX_VALUE} (as {@link #merge}
   *     refuses it); nothing is added then
   */
  public MetricAccumulator add(Activity activity, VolunteerIndex index) {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(index, "index");
    int[] indexes = new int[activity.volunteers().size()];
    int k = 0;
    for (VolunteerId v : activity.volunteers()) {
      indexes[k++] = VolunteerIndexes.indexOf(index, v); // all asked before anything is added
    }
    addActivity(sums, 0, activity.personTimes(), activity.beneficiaries(), activity.serviceTime().toMinutes(),
        activity.materials(), activity.consultations(), activity.sessions());
    volunteers.add(indexes);
    organisations.addAll(activity.organisations());
    minBeneficiaries = Math.min(minBeneficiaries, activity.beneficiaries());
    maxBeneficiaries = Math.max(maxBeneficiaries, activity.beneficiaries());
    return this;
  }

  /** Adds raw activity figures (for civic's column stores). */
  void addRaw(long personTimes, long beneficiaries, long minutes, long materials, long consultations, long sessions,
      int[] volunteerIndexes, int from, int to) {
    addActivity(sums, 0, personTimes, beneficiaries, minutes, materials, consultations, sessions);
    addVolunteers(volunteerIndexes, from, to);
    minBeneficiaries = Math.min(minBeneficiaries, beneficiaries);
    maxBeneficiaries = Math.max(maxBeneficiaries, beneficiaries);
  }

  /** Adds {@code other[from, from + FIELDS)} to the sums exactly, all or none. */
  private void addAllExact(long[] other, int from) {
    long[] next = new long[MetricSet.FIELDS];
    for (int i = 0; i < MetricSet.FIELDS; i++) {
      next[i] = Math.addExact(sums[i], other[from + i]);
    }
    System.arraycopy(next, 0, sums, 0, MetricSet.FIELDS);
  }

  /**
   * Adds one activity's figures to the sums at {@code at}: the one place an activity's sums are
   * counted, for this class and for {@link MetricColumns}. All or none: a sum that would pass a
   * {@code long} is an {@link ArithmeticException}, as {@link #merge} refuses one, and nothing is
   * added. (The roll-ups never meet it: {@link CountTotals} refuses their activities first.)
   */
  static void addActivity(long[] sums, int at, long personTimes, long beneficiaries, long minutes, long materials,
      long consultations, long sessions) {
    long activities = Math.addExact(sums[at + MetricSet.ACTIVITIES], 1);
    long p = Math.addExact(sums[at + MetricSet.PERSON_TIMES], personTimes);
    long b = Math.addExact(sums[at + MetricSet.BENEFICIARIES], beneficiaries);
    long m = Math.addExact(sums[at + MetricSet.SERVICE_MINUTES], minutes);
    long a = Math.addExact(sums[at + MetricSet.MATERIALS], materials);
    long c = Math.addExact(sums[at + MetricSet.CONSULTATIONS], consultations);
    long s = Math.addExact(sums[at + MetricSet.SESSIONS], sessions);
    sums[at + MetricSet.ACTIVITIES] = activities;
    sums[at + MetricSet.PERSON_TIMES] = p;
    sums[at + MetricSet.BENEFICIARIES] = b;
    sums[at + MetricSet.SERVICE_MINUTES] = m;
    sums[at + MetricSet.MATERIALS] = a;
    sums[at + MetricSet.CONSULTATIONS] = c;
    sums[at + MetricSet.SESSIONS] = s;
  }

  /** Adds a participating organisation (for civic's column stores, which add a row's figures raw). */
  void addOrganisation(OrganisationId organisation) {
    organisations.add(organisation);
  }

  /**
   * Adds an order: placed; matched, rejected and delivered if it ever was; cancelled if it is; its
   * rating if rated.
   *
   * @param order the order, not null
   * @return this accumulator
   */
  public MetricAccumulator add(ServiceOrder order) {
    addOrder(sums, 0, Objects.requireNonNull(order, "order"));
    return this;
  }

  /** Adds an order's counts to the sums at {@code at}: the one place civic counts orders. */
  static void addOrder(long[] sums, int at, ServiceOrder order) {
    sums[at + MetricSet.ORDERS_PLACED]++;
    if (order.reached(OrderState.MATCHED)) {
      sums[at + MetricSet.ORDERS_MATCHED]++;
    }
    if (order.reached(OrderState.DELIVERED)) {
      sums[at + MetricSet.ORDERS_DELIVERED]++;
    }
    if (order.reached(OrderState.REJECTED)) {
      sums[at + MetricSet.ORDERS_REJECTED]++;
    }
    if (order.state() == OrderState.CANCELLED) {
      sums[at + MetricSet.ORDERS_CANCELLED]++;
    }
    if (order.rating().isPresent()) {
      sums[at + MetricSet.ORDERS_RATED]++;
      sums[at + MetricSet.RATING_SUM] += order.rating().getAsInt();
    }
  }

  /**
   * Adds everything another accumulator holds; the other is unchanged.
   *
   * @param other the other, not null
   * @return this accumulator
   * @throws ArithmeticException if a sum would pass {@code Long.MAX_VALUE}; nothing is added then
   */
  public MetricAccumulator merge(MetricAccumulator other) {
    Objects.requireNonNull(other, "other");
    addAllExact(other.sums, 0);
    volunteers.or(other.bits());
    organisations.addAll(other.organisations);
    minBeneficiaries = Math.min(minBeneficiaries, other.minBeneficiaries);
    maxBeneficiaries = Math.max(maxBeneficiaries, other.maxBeneficiaries);
    return this;
  }

  /**
   * Adds a snapshot's figures.
   *
   * @param set the figures, not null
   * @return this accumulator
   * @throws ArithmeticException if a sum would pass {@code Long.MAX_VALUE}; nothing is added then
   */
  public MetricAccumulator merge(MetricSet set) {
    Objects.requireNonNull(set, "set");
    long[] other = new long[MetricSet.FIELDS];
    for (int i = 0; i < MetricSet.FIELDS; i++) {
      other[i] = set.sum(i);
    }
    addAllExact(other, 0);
    volunteers.or(set.volunteers().bits());
    organisations.addAll(set.organisations());
    set.beneficiariesRange().min().ifPresent(m -> minBeneficiaries = Math.min(minBeneficiaries, m));
    set.beneficiariesRange().max().ifPresent(m -> maxBeneficiaries = Math.max(maxBeneficiaries, m));
    return this;
  }

  /** Returns the figures so far; the accumulator may go on. */
  public MetricSet snapshot() {
    RoaringBitmap bits = bits();
    return snapshot(sums, 0, minBeneficiaries, maxBeneficiaries, bits.isEmpty() ? null : bits.clone(), organisations);
  }

  /**
   * Returns the figures, as {@link #snapshot} does, for an accumulator that is not used again (a
   * roll-up's scan, one activity's figures): its bitmap goes into the figures as it is, not copied.
   */
  MetricSet finish() {
    RoaringBitmap bits = bits();
    return snapshot(sums, 0, minBeneficiaries, maxBeneficiaries, bits.isEmpty() ? null : bits, organisations);
  }

  /**
   * Says that every index {@link #addRaw} will add is below {@code bound} (a roll-up knows its
   * highest), so that a bitset, once the listed indexes are dense enough for one, is made that large
   * at once instead of growing by copies as higher ones come.
   */
  void indexesBelow(int bound) {
    indexBound = bound;
  }

  /** Adds volunteer indexes (unsigned, as the bitmap takes them) to the pending list or the bitset; see {@link #pending}. */
  private void addVolunteers(int[] indexes, int from, int to) {
    long[] w = words;
    if (w != null) {
      for (int k = from; k < to; k++) {
        int v = indexes[k];
        if (v >>> 6 >= w.length) {
          w = growWords(v);
          if (w == null) {
            // too sparse for a bitset after all: the rest goes to the list
            addVolunteers(indexes, k, to);
            return;
          }
        }
        w[v >>> 6] |= 1L << v;
      }
      return;
    }
    int n = to - from;
    if (pendingSize + n > pending.length) {
      pending = java.util.Arrays.copyOf(pending, Math.max(pendingSize + n, Math.max(16, pending.length * 2)));
    }
    int highest = pendingHighest;
    for (int k = from; k < to; k++) {
      int v = indexes[k];
      pending[pendingSize++] = v;
      if (Integer.compareUnsigned(v, highest) > 0) {
        highest = v;
      }
    }
    pendingHighest = highest;
    if (pendingSize >= DENSE_AFTER && (highest >>> 6) < (long) pendingSize * WORDS_PER_INDEX) {
      int size = (highest >>> 6) + 1;
      int all = indexBound > 0 ? ((indexBound - 1) >>> 6) + 1 : 0;
      long[] bitset = new long[all > size && all <= (long) pendingSize * WORDS_PER_INDEX ? all : size];
      for (int k = 0; k < pendingSize; k++) {
        bitset[pending[k] >>> 6] |= 1L << pending[k];
      }
      words = bitset;
      pending = NONE;
      pendingSize = 0;
      pendingHighest = 0;
    } else if (pendingSize >= FLUSH_AT) {
      bits();
    }
  }

  /**
   * Grows the bitset to hold index {@code v}, or — if it would then be sparser than {@link
   * #WORDS_PER_INDEX} words an index set — folds it into the bitmap and returns null.
   */
  private long @Nullable [] growWords(int v) {
    long[] w = java.util.Objects.requireNonNull(words);
    int needed = (v >>> 6) + 1;
    if ((long) needed > (long) volunteers.getCardinality() + cardinality(w) * WORDS_PER_INDEX) {
      bits();
      return null;
    }
    words = java.util.Arrays.copyOf(w, Math.max(needed, (int) Math.min(Integer.MAX_VALUE - 8, w.length * 2L)));
    return words;
  }

  private static long cardinality(long[] w) {
    long n = 0;
    for (long x : w) {
      n += Long.bitCount(x);
    }
    return n;
  }

  /** Folds the pending indexes and the bitset into {@link #volunteers} and returns it. */
  private RoaringBitmap bits() {
    if (words != null) {
      volunteers.or(BitSetUtil.bitmapOf(words));
      words = null;
    }
    if (pendingSize > 0) {
      java.util.Arrays.sort(pending, 0, pendingSize);
      volunteers.addN(pending, 0, pendingSize);
      pendingSize = 0;
      pendingHighest = 0;
      if (pending.length > FLUSH_AT) {
        pending = NONE;
      }
    }
    return volunteers;
  }

  /**
   * The figures of the sums at {@code at}, for this class and {@link MetricColumns}.
   *
   * @param volunteers a bitmap the snapshot may keep, or null for none
   * @param organisations copied
   */
  static MetricSet snapshot(long[] sums, int at, long minBeneficiaries, long maxBeneficiaries, RoaringBitmap volunteers,
      java.util.SortedSet<OrganisationId> organisations) {
    if (sums[at + MetricSet.ACTIVITIES] == 0 && sums[at + MetricSet.ORDERS_PLACED] == 0 && volunteers == null
        && organisations.isEmpty()) {
      return MetricSet.empty();
    }
    RoaringBitmap bits = volunteers == null ? new RoaringBitmap() : volunteers;
    bits.runOptimize();
    return new MetricSet(java.util.Arrays.copyOfRange(sums, at, at + MetricSet.FIELDS), DistinctCount.wrap(bits),
        organisations.isEmpty() ? java.util.Collections.emptySortedSet() : new TreeSet<>(organisations),
        minBeneficiaries > maxBeneficiaries ? Extremes.empty() : Extremes.of(minBeneficiaries, maxBeneficiaries));
  }
}
