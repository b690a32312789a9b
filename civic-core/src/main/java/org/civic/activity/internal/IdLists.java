package org.civic.activity.internal;

import java.util.Arrays;
import org.civic.internal.AsciiStrings;
import org.civic.internal.FirstSeenCodes;
import org.jspecify.annotations.Nullable;

/**
 * A sparse column of id lists by row — an activity's teams, or its participating organisations:
 * the end of each row's ids and the ids as ASCII bytes, made when the first row has one (until
 * then every row has none and the column costs nothing). A row's ids are distinct: an id given
 * twice is kept once. Part of {@link ActivityColumns}, which says when a row opens, commits or
 * rolls back; not thread-safe.
 */
final class IdLists {

  private static final int[] NONE = new int[0];

  /** The end of each row's ids; NONE while no row has one. */
  private int[] end = NONE;
  private AsciiStrings ids = new AsciiStrings(16);
  private final RowIds seen = new RowIds();

  /** Opens row {@code row}. */
  void begin(int row) {
    if (end != NONE) {
      end[row] = ids.size();
    }
    seen.reset();
  }

  /** Discards the ids of the open row {@code row}. */
  void rollBack(int row) {
    if (end != NONE) {
      ids.truncate(end[row]);
    }
  }

  /** Keeps the ids of the open row {@code row}. */
  void commit(int row) {
    if (end != NONE) {
      end[row] = ids.size();
    }
  }

  /** Gives the column room for {@code rows} rows, if it has been made. */
  void grow(int rows) {
    if (end != NONE) {
      end = Arrays.copyOf(end, rows);
    }
  }

  /** {@link AsciiStrings#reserveLike} of the ids, if the column has been made. */
  void reserveLike(double scale) {
    if (end != NONE) {
      ids.reserveLike(scale);
    }
  }

  /** Adds an id to the open row from {@code c[offset, offset + length)}; false if invalid. */
  boolean add(char[] c, int offset, int length, int row, int rows) {
    int n = open(rows);
    return added(ids.addId(c, offset, length), row, n);
  }

  /** Adds to the open row an id its type checked, known not to be in the row yet (from a set): neither checked nor compared. */
  void addDistinct(String id, int row, int rows) {
    open(rows);
    ids.addCheckedId(id);
  }

  /** Adds an id to the open row from the run of id characters at {@code b[offset]}, as {@link AsciiStrings#addIdAt} does. */
  int addAt(byte[] b, int offset, int limit, int row, int rows) {
    int n = open(rows);
    int next = ids.addIdAt(b, offset, limit);
    added(next >= 0, row, n);
    return next;
  }

  /** Makes the column (for {@code rows} rows) if it is not there; returns where the next id goes. */
  private int open(int rows) {
    if (end == NONE) {
      end = new int[rows]; // every earlier row has no id: 0 is right for them
      ids = new AsciiStrings(rows); // the first id: room for one a row, as for sites
    }
    return ids.size();
  }

  /** After appending the id at n (if ok): drops it if the row has it already. */
  private boolean added(boolean ok, int row, int n) {
    if (ok) {
      seen.keepDistinct(ids, end[row], n, ids.lastHash());
    }
    return ok;
  }

  /**
   * Appends rows {@code [from, to)} of another column (or of this) as rows {@code size …} of this
   * one, which has room for {@code rows} rows.
   */
  void addAll(IdLists other, int from, int to, int size, int rows) {
    if (other.end == NONE && end == NONE) {
      return;
    }
    open(rows);
    int n = to - from;
    if (other.end == NONE) {
      Arrays.fill(end, size, size + n, ids.size());
      return;
    }
    int first = other.start(from);
    int shift = ids.size() - first;
    for (int i = 0; i < n; i++) {
      end[size + i] = other.end[from + i] + shift;
    }
    ids.addAll(other.ids, first, other.end[to - 1]);
  }

  /** Returns how many ids a committed row has. */
  int count(int row) {
    return end == NONE ? 0 : end[row] - start(row);
  }

  /** Returns id {@code k} of a committed row. */
  String get(int row, int k) {
    return ids.get(start(row) + k);
  }

  /** Returns where a committed row's ids begin in the column of every row's ids. */
  int start(int row) {
    return row == 0 || end == NONE ? 0 : end[row - 1];
  }

  /**
   * Numbers the ids of every committed row in the order first seen, by their index in the column
   * of every row's ids ({@link #start}); null while no row has had one (numbering none if only a
   * row since discarded had one). For a column that no longer changes: no row open.
   */
  @Nullable FirstSeenCodes codes() {
    return end == NONE ? null : FirstSeenCodes.of(ids);
  }
}
