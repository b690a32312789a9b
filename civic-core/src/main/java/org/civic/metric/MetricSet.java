package org.civic.metric;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collector;
import org.civic.activity.Activity;
import org.civic.metric.internal.MetricSetAccess;
import org.civic.order.ServiceOrder;
import org.civic.team.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * The figures of some activities and orders — 指标集: sums (activities, participation
 * person-times 人次, beneficiaries, service minutes, materials, consultations, sessions, orders
 * placed / matched / delivered / rated / rejected / cancelled), an exact distinct count of
 * volunteers, the participating organisations (each once), the extremes of beneficiaries per activity, and the mean rating — each kept so that
 * it merges exactly. Orders are counted in one place, {@link MetricAccumulator#add(ServiceOrder)};
 * {@link OrderMetrics} reads its counts from here and adds the median times, which do not merge.
 *
 * <p>A commutative monoid: {@link #empty()} is the identity and {@link #plus} is associative and
 * commutative, so figures computed per partition, in parallel or on a distributed engine and
 * then merged equal the figures computed at once. {@link MetricAccumulator} is the mutable
 * counterpart (as Guava's {@code StatsAccumulator} is to {@code Stats}).
 *
 * <p>Immutable and thread-safe.
 */
public final class MetricSet {

  static final int ACTIVITIES = 0;
  static final int PERSON_TIMES = 1;
  static final int BENEFICIARIES = 2;
  static final int SERVICE_MINUTES = 3;
  static final int MATERIALS = 4;
  static final int CONSULTATIONS = 5;
  static final int SESSIONS = 6;
  static final int ORDERS_PLACED = 7;
  static final int ORDERS_MATCHED = 8;
  static final int ORDERS_DELIVERED = 9;
  static final int ORDERS_RATED = 10;
  static final int RATING_SUM = 11;
  static final int ORDERS_REJECTED = 12;
  static final int ORDERS_CANCELLED = 13;
  static final int FIELDS = 14;

  /**
   * The sums' names, in index order: the fields of the JSON form civic-json writes and reads back
   * (through {@link MetricSetAccess}). A sum added above is named here.
   */
  static final List<String> SUM_NAMES = List.of("activities", "personTimes", "beneficiaries", "serviceMinutes",
      "materials", "consultations", "sessions", "ordersPlaced", "ordersMatched", "ordersDelivered", "ordersRated",
      "ratingSum", "ordersRejected", "ordersCancelled");

  static {
    MetricSetAccess.set(new MetricSetAccess.Accessor() {
      @Override
      public List<String> sumNames() {
        return SUM_NAMES;
      }

      @Override
      public long[] sums(MetricSet set) {
        return set.sums.clone();
      }

      @Override
      public MetricSet of(long[] sums, DistinctCount volunteers, SortedSet<OrganisationId> organisations,
          Extremes beneficiariesRange) {
        Objects.requireNonNull(volunteers, "volunteers");
        Objects.requireNonNull(organisations, "organisations");
        Objects.requireNonNull(beneficiariesRange, "beneficiariesRange");
        if (sums.length != FIELDS) {
          throw new IllegalArgumentException("expected " + FIELDS + " sums, got " + sums.length);
        }
        for (int i = 0; i < FIELDS; i++) {
          if (sums[i] < 0) {
            throw new IllegalArgumentException(SUM_NAMES.get(i) + " must not be negative: " + sums[i]);
          }
        }
        MetricSet m = new MetricSet(sums.clone(), volunteers, new TreeSet<>(organisations), beneficiariesRange);
        return m.equals(EMPTY) ? EMPTY : m;
      }
    });
  }

  private static final MetricSet EMPTY = new MetricSet(new long[FIELDS], DistinctCount.empty(),
      Collections.emptySortedSet(), Extremes.empty());

  private final long[] sums;
  private final DistinctCount volunteers;
  private final SortedSet<OrganisationId> organisations;
  private final Extremes beneficiariesPerActivity;

  /** Takes the arrays and sets given, which nobody changes afterwards; a {@code TreeSet} is wrapped. */
  MetricSet(long[] sums, DistinctCount volunteers, SortedSet<OrganisationId> organisations,
      Extremes beneficiariesPerActivity) {
    this.sums = sums;
    this.volunteers = volunteers;
    // a set this class or its accumulator just made is wrapped once; one taken from another
    // MetricSet is unmodifiable already and shared as it is (no wrapper on a wrapper in a fold)
    this.organisations = organisations.isEmpty() ? Collections.emptySortedSet()
        : organisations instanceof TreeSet ? Collections.unmodifiableSortedSet(organisations) : organisations;
    this.beneficiariesPerActivity = beneficiariesPerActivity;
  }

  /** Returns the figures of nothing, the identity of {@link #plus}. */
  public static MetricSet empty() {
    return EMPTY;
  }

  /**
   * Returns the figures of one activity.
   *
   * @param activity the activity, not null
   * @param index maps its volunteers to indexes, not null
   * @return the figures, not null
   * @throws IllegalArgumentException if the index gives a volunteer a negative index, as the
   *     roll-ups refuse one
   */
  public static MetricSet of(Activity activity, VolunteerIndex index) {
    return new MetricAccumulator().add(activity, index).finish();
  }

  /**
   * Returns the figures of one order.
   *
   * @param order the order, not null
   * @return the figures, not null
   */
  public static MetricSet of(ServiceOrder order) {
    return new MetricAccumulator().add(order).finish();
  }

  /**
   * Returns a collector of activities into figures — {@code activities.parallelStream().collect(
   * MetricSet.collector(index))} gives the same figures as a sequential fold.
   *
   * @param index maps volunteers to indexes, shared by every partition, not null
   * @return the collector, not null; its accumulation throws {@code IllegalArgumentException} if
   *     the index gives a volunteer a negative index, as the roll-ups refuse one
   */
  public static Collector<Activity, MetricAccumulator, MetricSet> collector(VolunteerIndex index) {
    Objects.requireNonNull(index, "index");
    return Collector.of(MetricAccumulator::new, (acc, a) -> acc.add(a, index), MetricAccumulator::merge,
        MetricAccumulator::snapshot, Collector.Characteristics.UNORDERED);
  }

  /** Returns the merged figures of this set and another. */
  public MetricSet plus(MetricSet other) {
    Objects.requireNonNull(other, "other");
    if (other == EMPTY) {
      return this;
    }
    if (this == EMPTY) {
      return other;
    }
    long[] s = new long[FIELDS];
    for (int i = 0; i < FIELDS; i++) {
      s[i] = Math.addExact(sums[i], other.sums[i]);
    }
    SortedSet<OrganisationId> o = organisations.isEmpty() ? other.organisations : organisations;
    if (!organisations.isEmpty() && !other.organisations.isEmpty()) {
      o = new TreeSet<>(organisations);
      o.addAll(other.organisations);
    }
    return new MetricSet(s, volunteers.plus(other.volunteers), o,
        beneficiariesPerActivity.plus(other.beneficiariesPerActivity));
  }

  long sum(int field) {
    return sums[field];
  }

  /** Returns the number of activities (活动场次). */
  public long activities() {
    return sums[ACTIVITIES];
  }

  /** Returns participation person-times (参与志愿者人次): every participation counted. */
  public long personTimes() {
    return sums[PERSON_TIMES];
  }

  /** Returns the distinct volunteers who took part (参与志愿者人数): each counted once. */
  public DistinctCount volunteers() {
    return volunteers;
  }

  /**
   * Returns the participating organisations (参与组织), each once, in id order: the registered
   * volunteer and social organisations named by the activities — their number is the distinct
   * count of organisations (参与组织数), as {@link #volunteers()} is of volunteers. Exact across
   * merges: organisations are counted by id, with no index to share.
   */
  public SortedSet<OrganisationId> organisations() {
    return organisations;
  }

  /** Returns the beneficiaries (受益群众人次). */
  public long beneficiaries() {
    return sums[BENEFICIARIES];
  }

  /** Returns beneficiaries per activity as sum and count. */
  public Mean beneficiariesPerActivity() {
    return Mean.of(sums[BENEFICIARIES], sums[ACTIVITIES]);
  }

  /** Returns the least and greatest beneficiaries of one activity. */
  public Extremes beneficiariesRange() {
    return beneficiariesPerActivity;
  }

  /** Returns the volunteers' service time. */
  public Duration serviceTime() {
    return Duration.ofMinutes(sums[SERVICE_MINUTES]);
  }

  /** Returns the materials handed out (份). */
  public long materials() {
    return sums[MATERIALS];
  }

  /** Returns the consultations. */
  public long consultations() {
    return sums[CONSULTATIONS];
  }

  /** Returns the sessions (场次). */
  public long sessions() {
    return sums[SESSIONS];
  }

  /** Returns the orders placed (点单). */
  public long ordersPlaced() {
    return sums[ORDERS_PLACED];
  }

  /** Returns the orders matched (配单). */
  public long ordersMatched() {
    return sums[ORDERS_MATCHED];
  }

  /** Returns the orders delivered (买单). */
  public long ordersDelivered() {
    return sums[ORDERS_DELIVERED];
  }

  /** Returns the orders rated (评单). */
  public long ordersRated() {
    return sums[ORDERS_RATED];
  }

  /** Returns the orders ever rejected by a team (拒单), re-dispatched or not. */
  public long ordersRejected() {
    return sums[ORDERS_REJECTED];
  }

  /** Returns the orders cancelled. */
  public long ordersCancelled() {
    return sums[ORDERS_CANCELLED];
  }

  /** Returns matched over placed. */
  public Ratio matchRate() {
    return Ratio.of(sums[ORDERS_MATCHED], sums[ORDERS_PLACED]);
  }

  /** Returns delivered over placed. */
  public Ratio deliveryRate() {
    return Ratio.of(sums[ORDERS_DELIVERED], sums[ORDERS_PLACED]);
  }

  /** Returns rated over delivered. */
  public Ratio ratingRate() {
    return Ratio.of(sums[ORDERS_RATED], sums[ORDERS_DELIVERED]);
  }

  /** Returns the ratings as sum and count. */
  public Mean rating() {
    return Mean.of(sums[RATING_SUM], sums[ORDERS_RATED]);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MetricSet m && java.util.Arrays.equals(sums, m.sums) && volunteers.equals(m.volunteers)
        && organisations.equals(m.organisations) && beneficiariesPerActivity.equals(m.beneficiariesPerActivity);
  }

  @Override
  public int hashCode() {
    return (java.util.Arrays.hashCode(sums) * 31 + volunteers.hashCode()) * 31 + organisations.hashCode();
  }

  @Override
  public String toString() {
    return "MetricSet[activities " + activities() + ", person-times " + personTimes() + ", volunteers "
        + volunteers.count() + ", organisations " + organisations.size() + ", beneficiaries " + beneficiaries() + ", orders " + ordersPlaced() + "]";
  }
}
