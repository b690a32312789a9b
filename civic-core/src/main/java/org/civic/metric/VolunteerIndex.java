package org.civic.metric;

import java.util.Collection;
import org.civic.volunteer.VolunteerId;

/**
 * Maps volunteer ids to the dense indexes that {@link DistinctCount} stores — 志愿者编号索引.
 * Every partition whose figures are merged must use the same index: in one JVM share one
 * instance; on a distributed engine broadcast one built from the register
 * ({@link #of(Collection)}).
 *
 * <p>Implementations are thread-safe.
 */
public interface VolunteerIndex {

  /**
   * Returns a volunteer's index, 0 or more. An id keeps its index: a roll-up built from many
   * activities ({@code ActivityRollup.of}, {@code IncrementalRollup.addActivities}) asks once for
   * each distinct volunteer, the first time it meets one, and reuses the answer.
   *
   * @param id the volunteer, not null
   * @return the index
   * @throws IllegalArgumentException if a fixed index does not know the volunteer
   */
  int indexOf(VolunteerId id);

  /**
   * Returns a fixed index of a register: the i-th id has index i.
   *
   * @param register the ids, without duplicates, not null, without null elements
   * @return the index, not null; it refuses an id not in the register with an
   *     {@code IllegalArgumentException} naming it
   * @throws IllegalArgumentException if an id appears twice, or the register holds more than 2^29
   *     ids
   */
  static VolunteerIndex of(Collection<VolunteerId> register) {
    return new RegisterIndex(register);
  }

  /**
   * Returns an index that gives each new id the next number; for one process only (its numbers
   * depend on the order ids arrive).
   *
   * @return a new, empty index, not null
   */
  static VolunteerIndex growing() {
    return new GrowingVolunteerIndex();
  }
}
