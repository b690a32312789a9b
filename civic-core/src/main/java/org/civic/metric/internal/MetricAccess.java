package org.civic.metric.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Objects;
import org.civic.metric.MetricAccumulator;
import org.civic.metric.MetricSet;
import org.jspecify.annotations.Nullable;

/**
 * The binary form of civic's figures, for the engine adapters (civic-flink's serializers) — one
 * place, {@code org.civic.metric}'s codec, knows every field of {@link MetricAccumulator} and
 * {@link MetricSet}; an engine never writes them field by field (a field it did not know of would
 * be dropped without a word). The "shared secrets" pattern of the JDK, as
 * {@code ActivityLogAccess} does for the activity log. civic-core exports this package only to
 * civic-flink.
 *
 * <p>The form starts with a format version byte; a reader reads every version up to its own and
 * rejects a newer one with an {@link IOException}. An accumulator and a snapshot of it have the
 * same bytes, so state written as one can be read as the other.
 *
 * <p>Not for hosts: it may change in any release.
 */
public final class MetricAccess {

  /** What the metric package lets civic's engine adapters reach. */
  public interface Accessor {
    /** Writes an accumulator's figures. */
    void write(MetricAccumulator accumulator, DataOutput out) throws IOException;

    /** Writes a snapshot's figures. */
    void write(MetricSet set, DataOutput out) throws IOException;

    /** Reads figures as an accumulator. */
    MetricAccumulator readAccumulator(DataInput in) throws IOException;

    /** Reads figures as a snapshot. */
    MetricSet readSet(DataInput in) throws IOException;

    /** Copies one record of figures from input to output, checking it on the way. */
    void copy(DataInput in, DataOutput out) throws IOException;

    /** Returns the format version this release writes. */
    int formatVersion();
  }

  private static volatile @Nullable Accessor accessor;

  private MetricAccess() {}

  /** Called once by {@link MetricAccumulator}'s static initializer. */
  public static void set(Accessor a) {
    accessor = Objects.requireNonNull(a, "a");
  }

  /** Returns the accessor, loading {@link MetricAccumulator} if needed. */
  public static Accessor get() {
    Accessor a = accessor;
    if (a == null) {
      try {
        Class.forName(MetricAccumulator.class.getName(), true, MetricAccumulator.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      a = Objects.requireNonNull(accessor, "MetricAccumulator did not register its accessor");
    }
    return a;
  }
}
