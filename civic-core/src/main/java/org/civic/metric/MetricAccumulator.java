package org.civic.metric;

import java.util.Objects;
import java.util.TreeSet;
import org.civic.activity.Activity;
import org.civic.metric.internal.MetricAccess;
import org.civic.order.OrderState;
import org.civic.order.ServiceOrder;
import org.civic.team.OrganisationId;
import org.civic.volunteer.VolunteerId;
import org.roaringbitmap.RoaringBitmap;

/**
 * Collects figures — 指标累加器: the mutable counterpart of {@link MetricSet}. {@link #merge} is
 * also a stream combiner. {@link #add(ServiceOrder)} is the one place civic counts orders: the
 * roll-ups and {@link OrderMetrics} all count through it. Not thread-safe: give each thread or
 * partition its own and merge.
 */
public final class MetricAccumulator {

  static {
    // the binary form (MetricCodec) for civic's engine adapters, without public API
    MetricAccess.set(MetricCodec.INSTANCE);
  }

  private final long[] sums;
  private final RoaringBitmap volunteers;
  private final TreeSet<OrganisationId> organisations = new TreeSet<>();
  private long minBeneficiaries = Long.MAX_VALUE;
  private long maxBeneficiaries = Long.MIN_VALUE;

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
    return volunteers;
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
   */
  public MetricAccumulator add(Activity activity, VolunteerIndex index) {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(index, "index");
    addActivity(sums, 0, activity.personTimes(), activity.beneficiaries(), activity.serviceTime().toMinutes(),
        activity.materials(), activity.consultations(), activity.sessions());
    for (VolunteerId v : activity.volunteers()) {
      volunteers.add(index.indexOf(v));
    }
    organisations.addAll(activity.organisations());
    minBeneficiaries = Math.min(minBeneficiaries, activity.beneficiaries());
    maxBeneficiaries = Math.max(maxBeneficiaries, activity.beneficiaries());
    return this;
  }

  /** Adds raw activity figures (for civic's column stores). */
  void addRaw(long personTimes, long beneficiaries, long minutes, long materials, long consultations, long sessions,
      int[] volunteerIndexes, int from, int to) {
    addActivity(sums, 0, personTimes, beneficiaries, minutes, materials, consultations, sessions);
    volunteers.addN(volunteerIndexes, from, to - from);
    minBeneficiaries = Math.min(minBeneficiaries, beneficiaries);
    maxBeneficiaries = Math.max(maxBeneficiaries, beneficiaries);
  }

  /**
   * Adds one activity's figures to the sums at {@code at}: the one place an activity's sums are
   * counted, for this class and for {@link MetricColumns}.
   */
  static void addActivity(long[] sums, int at, long personTimes, long beneficiaries, long minutes, long materials,
      long consultations, long sessions) {
    sums[at + MetricSet.ACTIVITIES]++;
    sums[at + MetricSet.PERSON_TIMES] += personTimes;
    sums[at + MetricSet.BENEFICIARIES] += beneficiaries;
    sums[at + MetricSet.SERVICE_MINUTES] += minutes;
    sums[at + MetricSet.MATERIALS] += materials;
    sums[at + MetricSet.CONSULTATIONS] += consultations;
    sums[at + MetricSet.SESSIONS] += sessions;
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
   */
  public MetricAccumulator merge(MetricAccumulator other) {
    Objects.requireNonNull(other, "other");
    for (int i = 0; i < MetricSet.FIELDS; i++) {
      sums[i] = Math.addExact(sums[i], other.sums[i]);
    }
    volunteers.or(other.volunteers);
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
   */
  public MetricAccumulator merge(MetricSet set) {
    Objects.requireNonNull(set, "set");
    for (int i = 0; i < MetricSet.FIELDS; i++) {
      sums[i] = Math.addExact(sums[i], set.sum(i));
    }
    volunteers.or(set.volunteers().bits());
    organisations.addAll(set.organisations());
    set.beneficiariesRange().min().ifPresent(m -> minBeneficiaries = Math.min(minBeneficiaries, m));
    set.beneficiariesRange().max().ifPresent(m -> maxBeneficiaries = Math.max(maxBeneficiaries, m));
    return this;
  }

  /** Returns the figures so far; the accumulator may go on. */
  public MetricSet snapshot() {
    return snapshot(sums, 0, minBeneficiaries, maxBeneficiaries, volunteers.isEmpty() ? null : volunteers.clone(),
        organisations);
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
