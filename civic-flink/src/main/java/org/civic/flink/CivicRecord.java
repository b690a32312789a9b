package org.civic.flink;

import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.civic.activity.Activity;
import org.civic.order.ServiceOrder;
import org.civic.problem.Problem;
import org.civic.site.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * One record of a civic stream — civic 流记录: an activity, a service order, or the located problem
 * of a line that could not be read. {@link CivicLinesSource} emits them in that form, so that bad
 * lines travel with the good ones to {@link RollupJob}, which sends them to its problems output;
 * a host that reads its own stream (a message queue) wraps its records with the {@code of}
 * factories.
 *
 * <p>Immutable and thread-safe.
 */
public final class CivicRecord {

  /** What the record holds. */
  public enum Kind {
    /** An activity (活动). */
    ACTIVITY,
    /** A service order (订单). */
    ORDER,
    /** The problem of a line that could not be read (问题). */
    PROBLEM
  }

  private final Kind kind;
  private final Object value;

  private CivicRecord(Kind kind, Object value) {
    this.kind = kind;
    this.value = value;
  }

  /**
   * Obtains the record of an activity.
   *
   * @param activity the activity, not null
   * @return the record, not null
   */
  public static CivicRecord of(Activity activity) {
    return new CivicRecord(Kind.ACTIVITY, Objects.requireNonNull(activity, "activity"));
  }

  /**
   * Obtains the record of a service order.
   *
   * @param order the order, not null
   * @return the record, not null
   */
  public static CivicRecord of(ServiceOrder order) {
    return new CivicRecord(Kind.ORDER, Objects.requireNonNull(order, "order"));
  }

  /**
   * Obtains the record of a problem.
   *
   * @param problem the problem, not null
   * @return the record, not null
   */
  public static CivicRecord of(Problem problem) {
    return new CivicRecord(Kind.PROBLEM, Objects.requireNonNull(problem, "problem"));
  }

  /** Returns what the record holds. */
  public Kind kind() {
    return kind;
  }

  /** Returns the activity, if it is one. */
  public Optional<Activity> activity() {
    return kind == Kind.ACTIVITY ? Optional.of((Activity) value) : Optional.empty();
  }

  /** Returns the order, if it is one. */
  public Optional<ServiceOrder> order() {
    return kind == Kind.ORDER ? Optional.of((ServiceOrder) value) : Optional.empty();
  }

  /** Returns the problem, if it is one. */
  public Optional<Problem> problem() {
    return kind == Kind.PROBLEM ? Optional.of((Problem) value) : Optional.empty();
  }

  /** Returns the site of an activity or an order. */
  Optional<SiteId> site() {
    return switch (kind) {
      case ACTIVITY -> Optional.of(((Activity) value).site());
      case ORDER -> Optional.of(((ServiceOrder) value).site());
      case PROBLEM -> Optional.empty();
    };
  }

  /**
   * Returns the record's event time in epoch milliseconds: the start (UTC) of an activity's day,
   * or when an order was placed — the days civic's one-machine roll-ups count them on.
   */
  long eventTime() {
    return switch (kind) {
      case ACTIVITY -> ((Activity) value).date().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      case ORDER -> ((ServiceOrder) value).placedAt().toEpochMilli();
      case PROBLEM -> Long.MIN_VALUE;
    };
  }

  /** Returns the activity, order or problem itself. */
  Object value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CivicRecord r && kind == r.kind && value.equals(r.value);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + value.hashCode();
  }

  @Override
  public String toString() {
    return kind + " " + value;
  }
}
