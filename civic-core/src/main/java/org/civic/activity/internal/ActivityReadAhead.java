package org.civic.activity.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import org.civic.activity.Activity;
import org.civic.internal.SortedArraySet;
import org.civic.team.TeamId;
import org.civic.volunteer.VolunteerId;

/**
 * Appends activities held as objects to {@link ActivityColumns}, as its {@code add} one by one
 * would, {@value #AHEAD} at a time: each batch's objects are read first, step by step — every
 * activity, then every set's array, then every id's text, then every text's length (its bytes'
 * header, beside its first bytes) — so that the reads of different activities, each a chain of
 * objects, wait for memory together rather than one after another; then the batch is added, its
 * objects now in the core's own cache. Once a thirty-second of the collection is in, the columns
 * make room for the rest like it.
 *
 * <p>What the reads ahead find is summed into {@link #sink}, so that the compiler keeps them. Each
 * call has buffers of its own; not shared between threads.
 */
final class ActivityReadAhead {

  /**
   * How many activities are read ahead of adding them: the objects of that many (about a kilobyte
   * each) stay in a core's own cache until they are added.
   */
  static final int AHEAD = 32;
  /** What the reads ahead found: written, never read (a racy sum is as good as any). */
  @SuppressWarnings("unused")
  private static long sink;

  private final ActivityColumns columns;
  private final Object[] activities = new Object[AHEAD];
  private final Object[][] volunteers = new Object[AHEAD][];
  private final Object[][] teams = new Object[AHEAD][];
  private String[] texts = new String[AHEAD * 8];

  private ActivityReadAhead(ActivityColumns columns) {
    this.columns = columns;
  }

  /** {@link ActivityColumns#addAll}. */
  static void addAll(ActivityColumns columns, Collection<Activity> activities) {
    ActivityReadAhead batch = new ActivityReadAhead(columns);
    int expected = activities.size();
    int from = columns.size();
    int sampled = from + Math.max(AHEAD, expected / 32);
    int n = 0;
    for (Object a : activities) { // not cast to Activity here: a cast would read each object, one after another
      batch.activities[n++] = a;
      if (n == AHEAD) {
        batch.add(n);
        n = 0;
        int added = columns.size() - from;
        if (sampled > 0 && columns.size() >= sampled) {
          columns.reserveLike(added, expected - added);
          sampled = 0;
        }
      }
    }
    batch.add(n);
  }

  /** Reads the first n activities of the batch ahead, then adds them. */
  private void add(int n) {
    // step by step, each step's reads independent of each other: the activities, then their
    // sets' arrays, then the ids and their texts, then the texts' bytes
    long t = 0;
    for (int i = 0; i < n; i++) {
      Activity a = (Activity) Objects.requireNonNull(activities[i], "activity");
      volunteers[i] = SortedArraySet.elements(a.volunteers());
      teams[i] = SortedArraySet.elements(a.teams());
      t += a.date().getDayOfMonth() + a.serviceTime().getSeconds();
    }
    String[] ts = texts;
    int m = 0;
    for (int i = 0; i < n; i++) {
      Activity a = (Activity) activities[i];
      Object[] vs = volunteers[i];
      Object[] tms = teams[i];
      int more = vs.length + tms.length + 2;
      if (m + more > ts.length) {
        ts = texts = Arrays.copyOf(ts, Math.max(2 * ts.length, m + more));
      }
      ts[m++] = a.id();
      ts[m++] = a.site().value();
      for (Object v : vs) {
        ts[m++] = ((VolunteerId) v).value();
      }
      for (Object team : tms) {
        ts[m++] = ((TeamId) team).value();
      }
    }
    for (int k = 0; k < m; k++) {
      t += ts[k].length(); // reads the text and its bytes' header, beside its first bytes
    }
    sink += t;
    for (int i = 0; i < n; i++) {
      columns.add((Activity) activities[i]);
    }
  }
}
