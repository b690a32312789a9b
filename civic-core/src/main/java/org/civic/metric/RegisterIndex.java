package org.civic.metric;

import java.util.Collection;
import java.util.Objects;
import org.civic.volunteer.VolunteerId;

/**
 * {@link VolunteerIndex#of}: a register's ids in an open-addressing table — each slot's id hash and
 * index in one {@code long}, the id itself beside it in an array — instead of a {@code HashMap}'s
 * node and boxed index per id. A look-up reads the slot's {@code long} and, where the hash agrees,
 * its id (compared by identity first): two reads where a {@code HashMap} reads its table, a node
 * and an {@code Integer}, each likely a cache miss in a national register. The table is at most half
 * full, 12 bytes a slot (about 50 bytes an id in a {@code HashMap}); slots are found by the id's
 * hash times the golden ratio (its high bits), so that numbered ids ("v" + n), whose hashes run
 * nearly in sequence, do not pile up as they would in {@code Map.copyOf}'s linear probing.
 *
 * <p>Immutable, and so thread-safe.
 */
final class RegisterIndex implements VolunteerIndex {

  /** 2^32 ÷ the golden ratio: spreads nearby hashes over the table's high bits. */
  private static final int PHI = 0x9E3779B9;

  /** Per slot: the id's hash in the high half, its index + 1 in the low half; 0 when empty. */
  private final long[] slots;
  /** Per slot: the id, or null when empty. */
  private final VolunteerId[] ids;
  private final int shift;
  private final int mask;

  RegisterIndex(Collection<VolunteerId> register) {
    Objects.requireNonNull(register, "register");
    int n = register.size();
    int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n) * 2 - 1)); // 2n rounded up
    if (bits > 30) {
      throw new IllegalArgumentException("a register of " + n + " ids is more than an index holds");
    }
    slots = new long[1 << bits];
    ids = new VolunteerId[1 << bits];
    shift = 32 - bits;
    mask = (1 << bits) - 1;
    int i = 0;
    for (VolunteerId id : register) {
      Objects.requireNonNull(id, "id");
      int h = id.hashCode();
      int slot = (h * PHI) >>> shift;
      long e;
      while ((e = slots[slot]) != 0) {
        if ((int) (e >>> 32) == h && ids[slot].equals(id)) {
          throw new IllegalArgumentException("volunteer " + id + " appears twice in the register");
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = (long) h << 32 | (i + 1L);
      ids[slot] = id;
      i++;
    }
  }

  @Override
  public int indexOf(VolunteerId id) {
    int h = Objects.requireNonNull(id, "id").hashCode();
    int slot = (h * PHI) >>> shift;
    long e;
    while ((e = slots[slot]) != 0) {
      if ((int) (e >>> 32) == h) {
        VolunteerId k = ids[slot];
        if (k == id || k.equals(id)) {
          return (int) e - 1;
        }
      }
      slot = (slot + 1) & mask;
    }
    throw new IllegalArgumentException("volunteer " + id + " is not in the register");
  }
}
