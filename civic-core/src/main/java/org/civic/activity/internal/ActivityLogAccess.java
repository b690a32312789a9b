package org.civic.activity.internal;

import java.util.Objects;
import org.civic.activity.ActivityLog;
import org.jspecify.annotations.Nullable;

/**
 * The columns of an {@link ActivityLog}, and of its builder, for civic's own readers and roll-ups
 * — the readers append rows field by field from their buffers, a roll-up reads the numbered
 * sites and volunteers — without making columns, rows or int numbers part of the log's public API:
 * the "shared secrets" pattern of the JDK, as {@code HierarchyAccess} does for the hierarchy.
 * civic-core exports this package only to civic-json.
 *
 * <p>Not for hosts: it may change in any release.
 */
public final class ActivityLogAccess {

  /** What the log lets civic's other packages reach. */
  public interface Accessor {
    /** Returns the columns of a log; they are frozen. */
    ActivityColumns columns(ActivityLog log);

    /** Returns the columns a builder appends to; spent once the log is built. */
    ActivityColumns columns(ActivityLog.Builder builder);
  }

  private static volatile @Nullable Accessor accessor;

  private ActivityLogAccess() {}

  /** Called once by {@link ActivityLog}'s static initializer. */
  public static void set(Accessor a) {
    accessor = Objects.requireNonNull(a, "a");
  }

  /** Returns the accessor, loading {@link ActivityLog} if needed. */
  public static Accessor get() {
    Accessor a = accessor;
    if (a == null) {
      try {
        Class.forName(ActivityLog.class.getName(), true, ActivityLog.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      a = Objects.requireNonNull(accessor, "ActivityLog did not register its accessor");
    }
    return a;
  }

  /** Returns the columns of a log. */
  public static ActivityColumns columns(ActivityLog log) {
    return get().columns(log);
  }

  /** Returns the columns a builder appends to. */
  public static ActivityColumns columns(ActivityLog.Builder builder) {
    return get().columns(builder);
  }
}
