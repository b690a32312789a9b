package org.civic.metric;

import java.util.List;
import org.civic.volunteer.VolunteerId;

/**
 * A host's {@link VolunteerIndex} asked as the roll-ups ask it ({@link ActivityRollup},
 * {@link IncrementalRollup}): an answer below 0 is refused with one message, wherever it is asked.
 */
final class VolunteerIndexes {

  private VolunteerIndexes() {}

  /** Each volunteer's index, asked in the list's order; see {@link #indexOf}. */
  static int[] indexesOf(VolunteerIndex index, List<VolunteerId> volunteers) {
    int[] indexes = new int[volunteers.size()];
    for (int k = 0; k < indexes.length; k++) {
      indexes[k] = indexOf(index, volunteers.get(k));
    }
    return indexes;
  }

  /** A volunteer's index, the number distinct counts use; refuses a negative one. */
  static int indexOf(VolunteerIndex index, VolunteerId v) {
    int i = index.indexOf(v);
    if (i < 0) {
      throw new IllegalArgumentException("volunteer " + v + " has index " + i + ", not 0 or more");
    }
    return i;
  }
}
