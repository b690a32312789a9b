package org.civic.metric;

import java.util.Collection;
import java.util.Objects;
import org.civic.volunteer.VolunteerId;

/**
 * {@link VolunteerIndex#of}: a register's ids in an open-addressing table — each slot's id hash and
 * index in one {@code long}, the id itself beside it in an array — instead of a {@code HashMap}'s
 * node and boxed index per id. A look-up reads the slot's {@code long} and, where the hash agrees,
 * its id — compared by identity first, so that a host asking with its register's own id objects
 * reads two places where a {@code HashMap} reads its table, a node and an {@code Integer}, each
 * likely a cache miss in a national register (an equal id that is another object reads the stored
 * id's text too, as a {@code HashMap} does). The table is at most half full, 12 bytes a slot with
 * compressed references (about 56 bytes an id in a {@code HashMap}); slots are found by the id's
 * hash times the golden ratio (its high bits), so that numbered ids ("v" + n), whose hashes run
 * nearly in sequence, do not pile up as they would in {@code Map.copyOf}'s linear probing. Ids
 * whose {@code String} hashes are equal share a run of slots: a register built to collide
 * ("Aa"/"BB" blocks) costs its look-ups time linear in the run, where a {@code HashMap} would
 * make a tree of them — a register comes from the host's own data, not from its users.
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
    // a copy: the table is sized from what the register holds, whatever its size() said
    Object[] copy = Objects.requireNonNull(register, "register").toArray();
    int bits = tableBits(copy.length);
    slots = new long[1 << bits];
    ids = new VolunteerId[1 << bits];
    shift = 32 - bits;
    mask = (1 << bits) - 1;
    int i = 0;
    for (Object o : copy) {
      VolunteerId id = (VolunteerId) Objects.requireNonNull(o, "id");
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

  /**
   * The bits of a table for {@code n} ids: at least twice as many slots, at least two.
   *
   * @throws IllegalArgumentException if n is more than 2^29
   */
  static int tableBits(int n) {
    if (n > 1 << 29) {
      throw new IllegalArgumentException("a register of " + n + " ids is more than an index holds (2^29)");
    }
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n) * 2 - 1)); // 2n rounded up
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
