package org.civic.metric;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.hierarchy.internal.HierarchyAccess;
import org.civic.internal.IsoDates;
import org.jspecify.annotations.Nullable;

/**
 * Every division's months of one year that have an activity, with the four sums and the exact
 * number of distinct volunteers of the division's subtree: what {@code ActivityRollup.MonthlyTable}
 * counts once, on first need, for {@code volunteers(…)} and {@code cells()}.
 *
 * <p>Built in one pass over the roll-up's rows and volunteers, not a query per cell:
 *
 * <ol>
 *   <li>each division's months with an activity are a 12-bit mask (its sites' months, or'ed up the
 *       parents); the non-empty cells of all divisions are numbered in division order, so a cell
 *       is {@code cellStart[d] + bitCount(mask[d] below month)} and no empty cell takes memory;
 *   <li>the sums are added at each site's division and then into the parents, children first
 *       (a parent's index is below its children's in code order);
 *   <li>the distinct volunteers month by month: the month's cells are numbered in division order,
 *       each with its parent's cell (so a cell's ancestors have smaller numbers, and a subtree's
 *       cells are side by side). The rows are in site order, so each volunteer's cells of the
 *       month come in division order. Each of her cells counts one, and the lowest common
 *       ancestor of it and her previous cell takes one away (the "+1 at each, −1 at consecutive
 *       ones' common ancestor" count of distinct values in subtrees): added up a subtree, her
 *       cells there are consecutive, so she counts exactly once in each division whose subtree
 *       holds one of her activities that month. Her previous cell is the one read out of the
 *       cache (an int a volunteer); the common ancestor is found on the current cell's own path,
 *       and the counts of a month are a small array of their own, added children into parents at
 *       the end.
 * </ol>
 *
 * <p>Memory kept: 40 bytes a non-empty cell and 6 bytes a division; while counting, two ints and a
 * byte a row, 4 bytes a division, an int a cell (each month's divisions, listed once so that a
 * month visits only its own), the parents' cells and the counts of the busiest month (an int each
 * a cell) and an int a volunteer index. Bucketing the month's (volunteer, cell) pairs by
 * volunteer and walking each volunteer's paths (two reads out of the cache a pair and an int a
 * pair of the busiest month) came before; the A/Bs are in benchmarks/RESULTS.md (2026-12-06 and
 * 12-07).
 *
 * <p>Immutable once built; safe to share between threads.
 */
final class MonthlyCells {

  private static final int FIGURES = 4;

  /** The (previous cell, cell) pairs read before they are counted: 8 KB, in the first-level cache. */
  private static final int HELD = 1024;
  /**
   * The volunteers are counted in an array as wide as their highest index while that is below this
   * many times their (volunteer, activity) pairs plus {@link #DENSE_FLOOR}; past it, by their ranks.
   */
  private static final int DENSE_SLACK = 4;
  private static final int DENSE_FLOOR = 1 << 16;

  /** The roll-up's columns the cells are counted from: rows sorted by site position. */
  record Rows(int[] siteStart, int[] day, int[] personTimes, long[] beneficiaries, long[] minutes,
      int[] volunteerStart, int[] volunteerIndexes) {}

  private final char[] months;
  private final int[] cellStart;
  private final long[] sums;
  private final int[] volunteers;

  private MonthlyCells(char[] months, int[] cellStart, long[] sums, int[] volunteers) {
    this.months = months;
    this.cellStart = cellStart;
    this.sums = sums;
    this.volunteers = volunteers;
  }

  /**
   * Counts the cells of one year.
   *
   * @param hierarchy the roll-up's hierarchy
   * @param rows the roll-up's columns, rows sorted by site position
   * @param year the year
   * @return the cells
   */
  static MonthlyCells count(Hierarchy hierarchy, Rows rows, int year) {
    HierarchyAccess.Accessor access = HierarchyAccess.get();
    int divisions = hierarchy.divisionCount();
    int[] parent = new int[divisions];
    for (int d = 0; d < divisions; d++) {
      parent[d] = access.parentIndex(hierarchy, d);
    }
    int n = rows.day().length;
    int sites = rows.siteStart().length - 1;
    // Each row's division and month (-1: not this year).
    int[] rowDivision = new int[n];
    byte[] rowMonth = new byte[n];
    int lo = firstDay(year);
    int hi = lastDay(year);
    byte[] monthOf = new byte[hi - lo + 1];
    for (int d = lo; d <= hi; d++) {
      monthOf[d - lo] = (byte) (LocalDate.ofEpochDay(d).getMonthValue() - 1);
    }
    char[] months = new char[divisions];
    int[] pairsInMonth = new int[12];
    for (int s = 0; s < sites; s++) {
      int d = access.siteDivision(hierarchy, s);
      for (int r = rows.siteStart()[s]; r < rows.siteStart()[s + 1]; r++) {
        int day = rows.day()[r];
        rowDivision[r] = d;
        if (day < lo || day > hi) {
          rowMonth[r] = -1;
          continue;
        }
        int m = monthOf[day - lo];
        rowMonth[r] = (byte) m;
        months[d] |= (char) (1 << m);
        pairsInMonth[m] += rows.volunteerStart()[r + 1] - rows.volunteerStart()[r];
      }
    }
    for (int d = divisions - 1; d >= 0; d--) {
      if (parent[d] >= 0) {
        months[parent[d]] |= months[d];
      }
    }
    int[] cellStart = new int[divisions + 1];
    for (int d = 0; d < divisions; d++) {
      cellStart[d + 1] = cellStart[d] + Integer.bitCount(months[d]);
    }
    int cells = cellStart[divisions];
    long[] sums = new long[cells * FIGURES];
    for (int r = 0; r < n; r++) {
      if (rowMonth[r] >= 0) {
        int c = cell(months, cellStart, rowDivision[r], rowMonth[r]) * FIGURES;
        sums[c]++;
        sums[c + 1] += rows.personTimes()[r];
        sums[c + 2] += rows.beneficiaries()[r];
        sums[c + 3] += rows.minutes()[r];
      }
    }
    for (int d = divisions - 1; d >= 0; d--) {
      int p = parent[d];
      if (p < 0) {
        continue;
      }
      for (int bits = months[d]; bits != 0; bits &= bits - 1) {
        int m = Integer.numberOfTrailingZeros(bits);
        int from = cell(months, cellStart, d, m) * FIGURES;
        int to = cell(months, cellStart, p, m) * FIGURES;
        for (int i = 0; i < FIGURES; i++) {
          sums[to + i] += sums[from + i];
        }
      }
    }
    int[] volunteers = new int[cells];
    countVolunteers(rows, rowDivision, rowMonth, pairsInMonth, parent, months, cellStart, volunteers);
    return new MonthlyCells(months, cellStart, sums, volunteers);
  }

  /**
   * A year's first day, as days since 1970-01-01; 1 (after its {@link #lastDay}, 0: no day) for a
   * year beyond ±{@value IsoDates#MAX_YEAR}, none of whose days a log holds — and whose days would
   * not fit an {@code int}, wrapping round onto days a log does hold.
   */
  static int firstDay(int year) {
    return Math.abs(year) <= IsoDates.MAX_YEAR ? (int) LocalDate.of(year, 1, 1).toEpochDay() : 1;
  }

  /** A year's last day, as days since 1970-01-01; 0 for a year beyond ±{@value IsoDates#MAX_YEAR} ({@link #firstDay}). */
  static int lastDay(int year) {
    return Math.abs(year) <= IsoDates.MAX_YEAR ? (int) LocalDate.of(year, 12, 31).toEpochDay() : 0;
  }

  private static void countVolunteers(Rows rows, int[] rowDivision, byte[] rowMonth,
      int[] pairsInMonth, int[] parent, char[] months, int[] cellStart, int[] volunteers) {
    int[] indexes = rows.volunteerIndexes();
    int highest = -1;
    for (int v : indexes) {
      highest = Math.max(highest, v);
    }
    if (highest < 0) {
      return;
    }
    if (highest >= DENSE_SLACK * (long) indexes.length + DENSE_FLOOR) {
      // a host's index far wider than the volunteers it numbers here (up to Integer.MAX_VALUE):
      // counted by their ranks, not an array as wide as the index
      indexes = ranks(indexes);
      highest = indexes.length - 1;
    }
    int divisions = parent.length;
    // The year's rows grouped by month once (a counting sort, in site order within a month), so
    // that each month visits its own rows only.
    int n = rows.day().length;
    int[] monthStart = new int[13];
    for (int r = 0; r < n; r++) {
      if (rowMonth[r] >= 0) {
        monthStart[rowMonth[r] + 1]++;
      }
    }
    for (int m = 0; m < 12; m++) {
      monthStart[m + 1] += monthStart[m];
    }
    int[] byMonth = new int[monthStart[12]];
    int[] nextInMonth = java.util.Arrays.copyOf(monthStart, 12);
    for (int r = 0; r < n; r++) {
      if (rowMonth[r] >= 0) {
        byMonth[nextInMonth[rowMonth[r]]++] = r;
      }
    }
    // Each month's divisions in division order, listed once (a counting sort of the cells by
    // month), so that a month visits its own divisions only, not every division.
    int[] divisionStart = new int[13];
    for (int d = 0; d < divisions; d++) {
      for (int bits = months[d]; bits != 0; bits &= bits - 1) {
        divisionStart[Integer.numberOfTrailingZeros(bits) + 1]++;
      }
    }
    int busiestCells = 0;
    for (int m = 0; m < 12; m++) {
      busiestCells = Math.max(busiestCells, divisionStart[m + 1]);
      divisionStart[m + 1] += divisionStart[m];
    }
    int[] monthDivisions = new int[divisionStart[12]];
    int[] nextDivision = java.util.Arrays.copyOf(divisionStart, 12);
    for (int d = 0; d < divisions; d++) {
      for (int bits = months[d]; bits != 0; bits &= bits - 1) {
        monthDivisions[nextDivision[Integer.numberOfTrailingZeros(bits)]++] = d;
      }
    }
    int[] local = new int[divisions];
    int[] parentCell = new int[busiestCells];
    int[] count = new int[busiestCells];
    int[] lastCell = new int[highest + 1];
    int[] heldPrevious = new int[HELD];
    int[] heldCell = new int[HELD];
    for (int m = 0; m < 12; m++) {
      if (pairsInMonth[m] == 0) {
        continue;
      }
      // The month's cells numbered in division order, each with its parent's cell (-1 at the root):
      // a parent comes before its children, so a cell's ancestors have smaller numbers.
      int cells = 0;
      for (int i = divisionStart[m]; i < divisionStart[m + 1]; i++) {
        int d = monthDivisions[i];
        int c = cells++;
        local[d] = c;
        parentCell[c] = parent[d] >= 0 ? local[parent[d]] : -1;
      }
      // Each pair's volunteer's previous cell this month (the class comment says why that counts
      // her once a subtree): the one read out of the cache, so a batch of them is read first, with
      // no branch between the reads, and the processor waits for many at once; settle counts them.
      java.util.Arrays.fill(lastCell, -1);
      int held = 0;
      for (int i = monthStart[m]; i < monthStart[m + 1]; i++) {
        int r = byMonth[i];
        int c = local[rowDivision[r]];
        for (int k = rows.volunteerStart()[r]; k < rows.volunteerStart()[r + 1]; k++) {
          int v = indexes[k];
          heldPrevious[held] = lastCell[v];
          heldCell[held] = c;
          lastCell[v] = c;
          if (++held == HELD) {
            settle(heldPrevious, heldCell, held, parentCell, count);
            held = 0;
          }
        }
      }
      settle(heldPrevious, heldCell, held, parentCell, count);
      for (int c = cells - 1; c >= 0; c--) {
        if (parentCell[c] >= 0) {
          count[parentCell[c]] += count[c];
        }
      }
      int below = (1 << m) - 1;
      for (int i = divisionStart[m]; i < divisionStart[m + 1]; i++) {
        int d = monthDivisions[i];
        int c = local[d];
        volunteers[cellStart[d] + Integer.bitCount(months[d] & below)] = count[c];
        count[c] = 0;
      }
    }
  }

  /**
   * Each index's rank among the distinct indexes ({@code 0 … distinct − 1}), in a new array: the
   * same volunteers the same, in the same order, numbered densely.
   */
  static int[] ranks(int[] indexes) {
    int[] distinct = indexes.clone();
    java.util.Arrays.sort(distinct);
    int d = 0;
    for (int i = 0; i < distinct.length; i++) {
      if (d == 0 || distinct[i] != distinct[d - 1]) {
        distinct[d++] = distinct[i];
      }
    }
    int[] rank = new int[indexes.length];
    for (int i = 0; i < indexes.length; i++) {
      rank[i] = java.util.Arrays.binarySearch(distinct, 0, d, indexes[i]);
    }
    return rank;
  }

  /**
   * Counts a batch of (previous cell, cell) pairs of a month: one at the cell, and one away at the
   * lowest common ancestor of the two unless the volunteer's previous cell was this one (nothing
   * then) or she had none (-1). The previous cell comes before the cell in division order, so the
   * common ancestor is the cell's first ancestor, itself included, numbered at most the previous
   * cell — the subtree of that ancestor spans both — and only the cell's own path, in the cache, is
   * walked.
   */
  private static void settle(int[] previous, int[] cellOf, int held, int[] parentCell, int[] count) {
    for (int j = 0; j < held; j++) {
      int x = previous[j];
      int c = cellOf[j];
      if (x == c) {
        continue;
      }
      count[c]++;
      if (x < 0) {
        continue;
      }
      int y = c;
      while (y > x) {
        y = parentCell[y];
      }
      if (y >= 0) {
        count[y]--;
      }
    }
  }

  private static int cell(char[] months, int[] cellStart, int division, int month) {
    return cellStart[division] + Integer.bitCount(months[division] & ((1 << month) - 1));
  }

  /** Returns the number of cells: divisions and months with an activity. */
  int size() {
    return cellStart[cellStart.length - 1];
  }

  /**
   * Returns the cells in {@code MonthlyTable.cells()}'s order — divisions in code order, each
   * one's months in calendar order — read straight from the count: no boxed division and no
   * stream of its own per division (a national year has 1.3 to 4.4 million cells over 0.7 million
   * divisions). It splits in batches, as {@code Spliterators.AbstractSpliterator} does.
   *
   * @param hierarchy the hierarchy counted
   */
  Spliterator<MonthlyCell> spliterator(Hierarchy hierarchy) {
    return new Cells(hierarchy);
  }

  /** The cells one by one: see {@link #spliterator}. */
  private final class Cells extends Spliterators.AbstractSpliterator<MonthlyCell> {
    private final Hierarchy hierarchy;
    private final HierarchyAccess.Accessor access = HierarchyAccess.get();
    private final int divisions = months.length;
    private int division = -1;
    /** The current division's months not yet given, bit m for month m. */
    private int left;
    private @Nullable DivisionCode code;

    Cells(Hierarchy hierarchy) {
      super(size(), ORDERED | DISTINCT | NONNULL | IMMUTABLE | SIZED);
      this.hierarchy = hierarchy;
    }

    @Override
    public boolean tryAdvance(Consumer<? super MonthlyCell> action) {
      Objects.requireNonNull(action, "action");
      while (left == 0) {
        if (division + 1 >= divisions) {
          division = divisions;
          return false;
        }
        left = months[++division];
        if (left != 0) {
          code = DivisionCode.of(access.divisionCode(hierarchy, division));
        }
      }
      int m = Integer.numberOfTrailingZeros(left);
      left &= left - 1;
      action.accept(new MonthlyCell(Objects.requireNonNull(code), Month.of(m + 1), figures(division, m),
          volunteers(division, m)));
      return true;
    }
  }

  /** Returns whether a division has an activity in a month (0–11). */
  boolean has(int division, int month) {
    return (months[division] & (1 << month)) != 0;
  }

  /** Returns a division's months with an activity, bit m for month m (0–11). */
  int months(int division) {
    return months[division];
  }

  /** Returns a division's figures in a month it has an activity in. */
  MonthlyFigures figures(int division, int month) {
    int c = cell(months, cellStart, division, month) * FIGURES;
    return new MonthlyFigures(sums[c], sums[c + 1], sums[c + 2], sums[c + 3]);
  }

  /** Returns a division's distinct volunteers in a month it has an activity in. */
  long volunteers(int division, int month) {
    return volunteers[cell(months, cellStart, division, month)];
  }
}
