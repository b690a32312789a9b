package org.civic.metric;

import java.util.Objects;
import org.civic.internal.CharDictionary;
import org.civic.volunteer.VolunteerId;

/**
 * {@link VolunteerIndex#growing()}: each new id gets the next number. The ids are kept by their
 * characters in one {@link CharDictionary} — no map entry, boxed number or kept id object per
 * volunteer (a {@code ConcurrentHashMap} of them took 0.62 s for the national million,
 * benchmarks/RESULTS.md). A lock makes it thread-safe; roll-ups ask once per distinct volunteer,
 * so it is seldom contended.
 */
final class GrowingVolunteerIndex implements VolunteerIndex {

  private final CharDictionary ids = new CharDictionary();
  private char[] scratch = new char[64];

  @Override
  public synchronized int indexOf(VolunteerId id) {
    String value = Objects.requireNonNull(id, "id").value();
    int n = value.length();
    if (n > scratch.length) {
      scratch = new char[n];
    }
    value.getChars(0, n, scratch, 0);
    return ids.code(scratch, 0, n);
  }

  @Override
  public synchronized String toString() {
    return "VolunteerIndex.growing() of " + ids.size() + " volunteers";
  }
}
