package org.civic.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of the end-to-end benchmark ({@link EndToEnd}), one row a cell: a division and a
 * month of {@link NationalData#YEAR} (1–12), or a county and month 0 for the county's whole
 * year; each with activities, person-times, beneficiaries, service minutes and distinct
 * volunteers. Only cells with at least one activity are rows (what a {@code GROUP BY} gives).
 *
 * <p>Both engines' figures are compared cell by cell with {@link #compare}; a run's figures are
 * also summed up in an order-independent {@link #digest()}, so that every timed shot can show it
 * computed the same figures as the agreement check.
 *
 * <p>Mutable, not thread-safe: one per thread, joined with {@link #addAll}.
 */
final class EndToEndFigures {

  /** Longs a row: division, month, activities, person-times, beneficiaries, minutes, volunteers. */
  private static final int STRIDE = 7;

  /** The names of a row's figures, after division and month. */
  private static final String[] FIGURES = {"activities", "person-times", "beneficiaries", "minutes", "volunteers"};

  private long[] rows;
  private int size;

  EndToEndFigures() {
    this(1024);
  }

  EndToEndFigures(int expected) {
    rows = new long[Math.max(1, expected) * STRIDE];
  }

  /** Adds a cell. */
  void add(long division, int month, long activities, long personTimes, long beneficiaries, long minutes,
      long volunteers) {
    if ((size + 1) * STRIDE > rows.length) {
      rows = Arrays.copyOf(rows, rows.length * 2);
    }
    int o = size * STRIDE;
    rows[o] = division;
    rows[o + 1] = month;
    rows[o + 2] = activities;
    rows[o + 3] = personTimes;
    rows[o + 4] = beneficiaries;
    rows[o + 5] = minutes;
    rows[o + 6] = volunteers;
    size++;
  }

  /** Appends another's cells. */
  void addAll(EndToEndFigures other) {
    if ((size + other.size) * STRIDE > rows.length) {
      rows = Arrays.copyOf(rows, Math.max(rows.length * 2, (size + other.size) * STRIDE));
    }
    System.arraycopy(other.rows, 0, rows, size * STRIDE, other.size * STRIDE);
    size += other.size;
  }

  /** Returns the number of cells. */
  int size() {
    return size;
  }

  /** Returns the sum of one figure (2 = activities … 6 = volunteers) over the cells of a month (0 = year). */
  long sum(int figure, int month, java.util.function.LongPredicate division) {
    long s = 0;
    for (int i = 0; i < size; i++) {
      int o = i * STRIDE;
      if (rows[o + 1] == month && division.test(rows[o])) {
        s += rows[o + figure];
      }
    }
    return s;
  }

  /** Returns one cell's figures as text, or "no cell". */
  String cell(long division, int month) {
    for (int i = 0; i < size; i++) {
      int o = i * STRIDE;
      if (rows[o] == division && rows[o + 1] == month) {
        return text(rows, o);
      }
    }
    return "no cell";
  }

  /**
   * Returns a digest of all cells that does not depend on their order: the sum of a 64-bit mix of
   * each row. Equal figures give equal digests; different figures almost surely do not.
   */
  long digest() {
    long d = 0;
    for (int i = 0; i < size; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int k = 0; k < STRIDE; k++) {
        h = NationalSites.mix64(h ^ rows[i * STRIDE + k]) + k;
      }
      d += h;
    }
    return d;
  }

  /** Returns the digest as 16 hex digits. */
  String digestText() {
    return String.format(Locale.ROOT, "%016x", digest());
  }

  /**
   * Compares two engines' figures cell by cell.
   *
   * @return the differences, at most {@code limit} of them described, empty if the figures agree
   */
  static List<String> compare(String aName, EndToEndFigures a, String bName, EndToEndFigures b, int limit) {
    List<String> out = new ArrayList<>();
    Map<Long, Integer> bRows = new HashMap<>(b.size * 2);
    for (int i = 0; i < b.size; i++) {
      Integer previous = bRows.put(key(b.rows, i * STRIDE), i);
      if (previous != null && out.size() < limit) {
        out.add(bName + " has cell " + where(b.rows, i * STRIDE) + " twice");
      }
    }
    long differences = 0;
    for (int i = 0; i < a.size; i++) {
      int o = i * STRIDE;
      Integer j = bRows.remove(key(a.rows, o));
      if (j == null) {
        differences++;
        if (out.size() < limit) {
          out.add(where(a.rows, o) + ": " + aName + " " + text(a.rows, o) + ", " + bName + " has no cell");
        }
        continue;
      }
      int p = j * STRIDE;
      if (!Arrays.equals(a.rows, o, o + STRIDE, b.rows, p, p + STRIDE)) {
        differences++;
        if (out.size() < limit) {
          out.add(where(a.rows, o) + ": " + aName + " " + text(a.rows, o) + ", " + bName + " " + text(b.rows, p));
        }
      }
    }
    for (int j : bRows.values()) {
      differences++;
      if (out.size() < limit) {
        out.add(where(b.rows, j * STRIDE) + ": " + aName + " has no cell, " + bName + " " + text(b.rows, j * STRIDE));
      }
    }
    if (differences > out.size()) {
      out.add("… " + (differences - out.size()) + " more differences");
    }
    return out;
  }

  /** Writes the cells as tab-separated lines: division, month (0: the year), the five figures. */
  void writeTo(java.io.Writer w) throws java.io.IOException {
    w.write("division\tmonth\tactivities\tpersonTimes\tbeneficiaries\tserviceMinutes\tvolunteers\n");
    for (int i = 0; i < size; i++) {
      for (int k = 0; k < STRIDE; k++) {
        w.write(k == 0 ? "" : "\t");
        w.write(Long.toString(rows[i * STRIDE + k]));
      }
      w.write('\n');
    }
  }

  private static long key(long[] rows, int o) {
    return rows[o] * 16 + rows[o + 1];
  }

  private static String where(long[] rows, int o) {
    return rows[o] + (rows[o + 1] == 0 ? " year " : " month " + rows[o + 1]);
  }

  private static String text(long[] rows, int o) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < FIGURES.length; k++) {
      s.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,d %s", rows[o + 2 + k], FIGURES[k]));
    }
    return s.toString();
  }
}
