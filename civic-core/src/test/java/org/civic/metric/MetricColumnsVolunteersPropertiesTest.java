package org.civic.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.civic.team.OrganisationId;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/**
 * The distinct volunteers of an incremental roll-up's cells ({@link MetricColumns}) are exactly the
 * indexes added to each, whichever way a cell holds them on the way — a small sorted array, a
 * bitmap, a bitmap with indexes listed but not yet folded in — and a read between adds (a
 * snapshot, which counts the list on a copy) neither changes the cell nor is changed by later adds;
 * and a batch's gathered figures ({@code addAll}, a sorted set merged in) count as its activities
 * added one by one would.
 */
class MetricColumnsVolunteersPropertiesTest {

  /** An activity's volunteers for one cell: ascending, as {@code IncrementalRollup} passes them. */
  private record Row(int cell, int[] indexes) {}

  /**
   * 1–4 cells, rows of 0–12 indexes (one in 40 of 13–2,999) from a universe of 40 to 2^31 (one
   * cell may stay small while another passes the list's folds), now and then a negative index (the
   * bitmap's unsigned high half), up to about 60,000 indexes in all.
   */
  private static List<Row> rows(long seed, int cells) {
    SplittableRandom random = new SplittableRandom(seed);
    int universe = switch (random.nextInt(4)) {
      case 0 -> 40;
      case 1 -> 20_000;
      case 2 -> 1_000_000;
      default -> Integer.MAX_VALUE;
    };
    int total = random.nextInt(4) == 0 ? random.nextInt(0, 300) : random.nextInt(2_000, 60_000);
    List<Row> rows = new ArrayList<>();
    for (int added = 0; added < total; ) {
      // now and then a batch of hundreds or thousands (a county's month at once): past a partly
      // filled list, past the list's whole limit
      int size = random.nextInt(40) == 0 ? random.nextInt(13, 3_000) : random.nextInt(0, 13);
      int[] row = random.ints(size, 0, universe).toArray();
      if (row.length > 0 && random.nextInt(300) == 0) {
        row[0] = random.nextInt(Integer.MIN_VALUE, 0);
      }
      Arrays.sort(row);
      // skewed: the first cell takes most rows, so that it grows large while the others stay small
      int cell = random.nextInt(3) == 0 ? random.nextInt(cells) : 0;
      rows.add(new Row(cell, row));
      added += row.length;
    }
    return rows;
  }

  @Test
  void eachCellCountsExactlyTheIndexesAddedToIt() {
    qt().withExamples(150).forAll(integers().all(), integers().between(1, 4)).checkAssert((seed, cells) -> {
      MetricColumns columns = new MetricColumns();
      MetricColumns oneByOne = new MetricColumns();
      RoaringBitmap[] expected = new RoaringBitmap[cells];
      for (int c = 0; c < cells; c++) {
        assertThat(columns.add()).isEqualTo(c);
        oneByOne.add();
        expected[c] = new RoaringBitmap();
      }
      SplittableRandom reads = new SplittableRandom(seed ^ 0x5DEECE66DL);
      for (Row row : rows(seed, cells)) {
        int from = reads.nextInt(0, 4);
        int[] padded = new int[from + row.indexes().length + 2];
        System.arraycopy(row.indexes(), 0, padded, from, row.indexes().length); // a slice, as a batch passes it
        long beneficiaries = row.indexes().length * 3L;
        if (reads.nextInt(3) == 0) { // a batch's gathering: its sums, and its volunteers once each, sorted
          int[] distinct = Arrays.stream(row.indexes()).distinct().toArray();
          long[] delta = new long[MetricColumns.STRIDE];
          MetricAccumulator.addActivity(delta, 0, 1, beneficiaries, 1, 0, 0, 0);
          delta[MetricColumns.MIN] = beneficiaries;
          delta[MetricColumns.MAX] = beneficiaries;
          columns.addAll(row.cell(), delta, Arrays.copyOf(distinct, distinct.length + 3), distinct.length);
        } else {
          columns.addActivity(row.cell(), 1, beneficiaries, 1, 0, 0, 0, padded, from, row.indexes().length, new int[0], 0);
        }
        oneByOne.addActivity(row.cell(), 1, beneficiaries, 1, 0, 0, 0, padded, from, row.indexes().length, new int[0], 0);
        expected[row.cell()].add(row.indexes());
        if (reads.nextInt(150) == 0) { // a dashboard reads in passing, and adding goes on
          int c = reads.nextInt(cells);
          MetricSet before = columns.snapshot(c);
          assertThat(before.volunteers()).isEqualTo(DistinctCount.wrap(expected[c].clone()));
          assertThat(columns.snapshot(c).volunteers()).isEqualTo(before.volunteers()); // the read changed nothing
          long count = before.volunteers().count();
          columns.addActivity(c, 1, 1, 1, 0, 0, 0, new int[] {Integer.MAX_VALUE - 7}, 0, 1, new int[0], 0);
          oneByOne.addActivity(c, 1, 1, 1, 0, 0, 0, new int[] {Integer.MAX_VALUE - 7}, 0, 1, new int[0], 0);
          expected[c].add(Integer.MAX_VALUE - 7);
          assertThat(before.volunteers().count()).isEqualTo(count); // nor did a later add change the read
        }
      }
      for (int c = 0; c < cells; c++) {
        assertThat(columns.wellFormed(c)).as("cell %d held as described", c).isTrue();
        assertThat(oneByOne.wellFormed(c)).as("cell %d held as described, one by one", c).isTrue();
        assertThat(columns.snapshot(c).volunteers()).isEqualTo(DistinctCount.wrap(expected[c]));
        assertThat(columns.snapshot(c).volunteers().count()).isEqualTo(expected[c].getLongCardinality());
        assertThat(columns.snapshot(c)).isEqualTo(oneByOne.snapshot(c));
      }
    });
  }

  /**
   * A cell's organisations are kept as its volunteers are, as numbers the columns give them: added
   * an activity's at a time (any order, an organisation twice in a row's list) or a gathering's at
   * once (distinct, ascending), from 10 to 2,000 organisations, past the small array in a busy cell,
   * each cell gives back by name exactly the organisations added to it.
   */
  @Test
  void eachCellKeepsExactlyTheOrganisationsAddedToIt() {
    qt().withExamples(100).forAll(integers().all(), integers().between(1, 4)).checkAssert((seed, cells) -> {
      SplittableRandom random = new SplittableRandom(seed);
      List<OrganisationId> pool = new ArrayList<>();
      for (int i = 0, n = random.nextInt(10, 2_000); i < n; i++) {
        pool.add(OrganisationId.of("org-" + i));
      }
      MetricColumns columns = new MetricColumns();
      List<SortedSet<OrganisationId>> expected = new ArrayList<>();
      for (int c = 0; c < cells; c++) {
        columns.add();
        expected.add(new TreeSet<>());
      }
      for (int row = 0, rows = random.nextInt(0, 3_000); row < rows; row++) {
        int cell = random.nextInt(3) == 0 ? random.nextInt(cells) : 0;
        List<OrganisationId> named = new ArrayList<>();
        for (int k = random.nextInt(0, 5); k > 0; k--) {
          named.add(pool.get(random.nextInt(pool.size())));
        }
        int[] numbers = new int[named.size() + 2];
        for (int k = 0; k < named.size(); k++) {
          numbers[k] = columns.organisationNumber(named.get(k));
        }
        if (random.nextInt(4) == 0) { // a gathering's: distinct, ascending
          int[] distinct = Arrays.stream(numbers, 0, named.size()).distinct().sorted().toArray();
          if (distinct.length > 0) {
            columns.addOrganisations(cell, Arrays.copyOf(distinct, distinct.length + 1), distinct.length);
          }
        } else {
          columns.addActivity(cell, 1, 1, 1, 0, 0, 0, new int[0], 0, 0, numbers, named.size());
        }
        expected.get(cell).addAll(named);
        if (random.nextInt(200) == 0) { // a read in passing changes nothing
          assertThat(columns.snapshot(cell).organisations()).isEqualTo(expected.get(cell));
        }
      }
      for (int c = 0; c < cells; c++) {
        assertThat(columns.wellFormed(c)).as("cell %d held as described", c).isTrue();
        assertThat(columns.snapshot(c).organisations()).isEqualTo(expected.get(c));
      }
    });
  }

  /**
   * One cell given a city's month of volunteers one activity at a time — 100,000 distinct indexes
   * among 400,000 added, far past the small array and through many folds — reads the right count
   * after each fold's worth of adds.
   */
  @Test
  void aLargeCellCountsRightThroughItsFolds() {
    MetricColumns columns = new MetricColumns();
    int cell = columns.add();
    RoaringBitmap expected = new RoaringBitmap();
    SplittableRandom random = new SplittableRandom(18);
    int[] row = new int[8];
    for (int i = 0; i < 50_000; i++) {
      for (int k = 0; k < row.length; k++) {
        row[k] = random.nextInt(100_000) * 7;
      }
      Arrays.sort(row);
      columns.addActivity(cell, 8, 1, 1, 0, 0, 0, row, 0, row.length, new int[0], 0);
      expected.add(row);
      if (i % 4_999 == 0) {
        assertThat(columns.snapshot(cell).volunteers().count()).isEqualTo(expected.getLongCardinality());
      }
    }
    MetricSet figures = columns.snapshot(cell);
    assertThat(figures.volunteers()).isEqualTo(DistinctCount.wrap(expected));
    assertThat(figures.activities()).isEqualTo(50_000);
    assertThat(figures.personTimes()).isEqualTo(400_000);
  }

  /** Cells past the first pages (4,096 cells a page) keep their own figures as the page table grows. */
  @Test
  void cellsOnManyPagesKeepTheirOwnFigures() {
    MetricColumns columns = new MetricColumns();
    int cells = 5 * 4_096 + 17;
    for (int c = 0; c < cells; c++) {
      assertThat(columns.add()).isEqualTo(c);
      columns.addActivity(c, 1, c, 1, 0, 0, 0, new int[] {c, c + 1}, 0, 2, new int[0], 0);
    }
    for (int c : new int[] {0, 4_095, 4_096, 16_383, 16_384, cells - 1}) {
      MetricSet figures = columns.snapshot(c);
      assertThat(figures.beneficiaries()).as("cell %d", c).isEqualTo(c);
      assertThat(figures.volunteers()).as("cell %d", c).isEqualTo(DistinctCount.of(c, c + 1));
    }
  }
}
