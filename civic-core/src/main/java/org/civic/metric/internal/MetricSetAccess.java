package org.civic.metric.internal;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import org.civic.metric.DistinctCount;
import org.civic.metric.Extremes;
import org.civic.metric.MetricSet;
import org.civic.team.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a {@link MetricSet} — its sums by name, its distinct counts and its extremes — for
 * civic-json, which writes them and reads them back, without making the layout of the figures part
 * of {@code MetricSet}'s public API: the "shared secrets" pattern of the JDK, as
 * {@code ActivityLogAccess} does for the activity log. civic-core exports this package only to
 * civic-json.
 *
 * <p>A figure added to {@code MetricSet} is added here once: a sum by its name in
 * {@link Accessor#sumNames()}, a distinct count as a parameter of {@link Accessor#of}.
 *
 * <p>Not for hosts: it may change in any release.
 */
public final class MetricSetAccess {

  /** What {@link MetricSet} lets civic-json reach. */
  public interface Accessor {
    /** Returns the names of the sums, in the order of {@link #sums}: {@code activities}, {@code personTimes}, …. */
    List<String> sumNames();

    /** Returns a copy of a set's sums, in the order of {@link #sumNames()}. */
    long[] sums(MetricSet set);

    /**
     * Assembles a set from its parts.
     *
     * @param sums the sums, in the order of {@link #sumNames()}, each 0 or more
     * @param volunteers the distinct volunteers
     * @param organisations the participating organisations
     * @param beneficiariesRange the least and greatest beneficiaries of one activity
     * @return the set, not null
     * @throws IllegalArgumentException if a sum is negative or there are not as many as names
     */
    MetricSet of(long[] sums, DistinctCount volunteers, SortedSet<OrganisationId> organisations,
        Extremes beneficiariesRange);
  }

  private static volatile @Nullable Accessor accessor;

  private MetricSetAccess() {}

  /** Called once by {@link MetricSet}'s static initializer. */
  public static void set(Accessor a) {
    accessor = Objects.requireNonNull(a, "a");
  }

  /** Returns the accessor, loading {@link MetricSet} if needed. */
  public static Accessor get() {
    Accessor a = accessor;
    if (a == null) {
      try {
        Class.forName(MetricSet.class.getName(), true, MetricSet.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      a = Objects.requireNonNull(accessor, "MetricSet did not register its accessor");
    }
    return a;
  }
}
