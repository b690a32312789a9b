package org.civic.metric;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * How {@link IncrementalRollup#addActivities} applies a batch: the activities come in division
 * order, and each (division, month) gathers its figures first — its own sites' activities and its
 * children's gathered figures — and adds them to the roll-up's cell once, when its subtree is
 * done. A cell is looked up and its volunteers merged once a batch, not once an activity: a
 * county's month takes its townships' distinct volunteers, sorted, instead of every activity's,
 * and a province's month takes its cities'. Division order keeps a subtree's activities together,
 * so only the divisions from a root to the current one are open at a time; out of that order the
 * figures would still be right (each gathering is added once, and adding is in any order), only
 * gathered in more pieces. Participating organisations are gathered the same way, as their
 * numbers in the roll-up's columns, and join a cell's set once, distinct.
 *
 * <p>One per batch; not thread-safe.
 */
final class BatchRollup {

  /** The roll-up's cell of a (division, month), made if it has none. */
  @FunctionalInterface
  interface Cells {
    int cell(int division, long month);
  }

  private final Cells cells;
  private final MetricColumns figures;
  /** A division's parent, or -1 for a root. */
  private final IntUnaryOperator parent;
  /** The open divisions, a root first, each the parent of the next. */
  private Frame[] open = new Frame[8];
  private int depth;
  /** A division and its ancestors, the root first, reused. */
  private int[] chain = new int[8];
  /**
   * The roll-up's number ({@code MetricColumns.organisationNumber}) of each of the batch's
   * organisations, by the batch's number.
   */
  private final int[] organisationNumber;
  /** Makes each gathering's volunteers and organisations distinct and ascending. */
  private final DistinctInts distinct = new DistinctInts();

  BatchRollup(Cells cells, MetricColumns figures, IntUnaryOperator parent, int[] organisationNumber) {
    this.cells = cells;
    this.figures = figures;
    this.parent = parent;
    this.organisationNumber = organisationNumber;
  }

  /**
   * Adds an activity of a division (at or after the previous one's in division order) for a month,
   * with its volunteers' indexes at {@code volunteers[from, to)} in any order, and its
   * organisations' numbers in the batch at {@code orgs[orgsFrom, orgsTo)}.
   */
  void add(int division, long month, long personTimes, long beneficiaries, long minutes, long materials,
      long consultations, long sessions, int[] volunteers, int from, int to, int[] orgs, int orgsFrom, int orgsTo) {
    if (depth == 0 || open[depth - 1].division != division) {
      openFor(division);
    }
    Gathered g = open[depth - 1].gathering(month);
    MetricColumns.addActivitySums(g.sums, 0, personTimes, beneficiaries, minutes, materials, consultations, sessions);
    g.append(volunteers, from, to - from);
    for (int k = orgsFrom; k < orgsTo; k++) {
      g.appendOrganisation(organisationNumber[orgs[k]]);
    }
  }

  /** Adds what is still gathered: to be called once, after the batch's last activity. */
  void finish() {
    while (depth > 0) {
      close();
    }
  }

  /** Closes the open divisions that are not the division's ancestors, and opens its chain. */
  private void openFor(int division) {
    int n = 0;
    for (int d = division; d >= 0; d = parent.applyAsInt(d)) {
      if (n == chain.length) {
        chain = Arrays.copyOf(chain, n * 2);
      }
      chain[n++] = d;
    }
    // chain[n - 1] is the root: the open frames that match from the root on stay open
    int same = 0;
    while (same < depth && same < n && open[same].division == chain[n - 1 - same]) {
      same++;
    }
    while (depth > same) {
      close();
    }
    for (int k = same; k < n; k++) {
      if (depth == open.length) {
        open = Arrays.copyOf(open, depth * 2);
      }
      if (open[depth] == null) {
        open[depth] = new Frame();
      }
      open[depth++].reset(chain[n - 1 - k]);
    }
  }

  /** Adds the deepest open division's months to its cells and to its parent's gathering. */
  private void close() {
    Frame f = open[--depth];
    Frame up = depth > 0 ? open[depth - 1] : null;
    for (int i = 0; i < f.months; i++) {
      Gathered g = f.gathered[i];
      int n = g.distinct(distinct);
      int o = g.orgsListed == 0 ? 0 : distinct.distinct(g.orgs, g.orgsListed);
      int cell = cells.cell(f.division, f.month[i]);
      figures.addAll(cell, g.sums, g.volunteers, n);
      if (o > 0) {
        figures.addOrganisations(cell, g.orgs, o);
      }
      if (up != null) {
        Gathered into = up.gathering(f.month[i]);
        MetricColumns.addSums(into.sums, 0, g.sums);
        into.append(g.volunteers, 0, n);
        if (o > 0) {
          into.appendOrganisations(g.orgs, 0, o);
        }
      }
    }
  }

  /** An open division and what its months have gathered; reused for the next division at its depth. */
  private static final class Frame {
    int division;
    int months;
    long[] month = new long[16];
    Gathered[] gathered = new Gathered[16];
    /** The month found last: an activity's month is most often its predecessor's. */
    private int last;

    void reset(int d) {
      division = d;
      months = 0;
      last = 0;
    }

    /** Returns the gathering of a month, started if the division has none for it. */
    Gathered gathering(long m) {
      if (last < months && month[last] == m) {
        return gathered[last];
      }
      for (int i = 0; i < months; i++) {
        if (month[i] == m) {
          last = i;
          return gathered[i];
        }
      }
      if (months == month.length) {
        month = Arrays.copyOf(month, months * 2);
        gathered = Arrays.copyOf(gathered, months * 2);
      }
      if (gathered[months] == null) {
        gathered[months] = new Gathered();
      }
      month[months] = m;
      last = months;
      return gathered[months++].reset();
    }
  }

  /** A (division, month)'s figures gathered so far: sums as a cell keeps them, volunteers and organisations. */
  private static final class Gathered {
    private static final int[] NONE = {};
    final long[] sums = new long[MetricColumns.STRIDE];
    int[] volunteers = new int[16];
    int listed;
    /** Organisations' numbers, repeats and all; made when the first comes. */
    int[] orgs = NONE;
    int orgsListed;

    Gathered reset() {
      MetricColumns.clear(sums, 0);
      listed = 0;
      orgsListed = 0;
      return this;
    }

    void appendOrganisation(int number) {
      if (orgsListed == orgs.length) {
        orgs = Arrays.copyOf(orgs, Math.max(8, orgs.length * 2));
      }
      orgs[orgsListed++] = number;
    }

    void appendOrganisations(int[] numbers, int from, int n) {
      if (orgsListed + n > orgs.length) {
        orgs = Arrays.copyOf(orgs, Math.max(orgsListed + n, Math.max(8, orgs.length * 2)));
      }
      System.arraycopy(numbers, from, orgs, orgsListed, n);
      orgsListed += n;
    }

    void append(int[] indexes, int from, int n) {
      if (listed + n > volunteers.length) {
        volunteers = Arrays.copyOf(volunteers, Math.max(listed + n, volunteers.length * 2));
      }
      System.arraycopy(indexes, from, volunteers, listed, n);
      listed += n;
    }

    /** Sorts the volunteers and keeps each once, at the start; returns how many. */
    int distinct(DistinctInts distinct) {
      return distinct.distinct(volunteers, listed);
    }
  }
}
