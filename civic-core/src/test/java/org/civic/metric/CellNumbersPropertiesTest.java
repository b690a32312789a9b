package org.civic.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * CellNumbers answers as one map of (division, month) to cell does, whatever the months (near,
 * far, negative) and however many of a month's cells have moved into its array — when they grew
 * there or when a batch said it would fill the month ({@code expect}).
 */
class CellNumbersPropertiesTest {

  private record Cell(int division, long month) {}

  @Test
  void answersAsOneMapOfCells() {
    qt().withExamples(150).forAll(longs().all(), integers().between(1, 2_000), integers().between(0, 6_000))
        .checkAssert((seed, divisions, n) -> {
          SplittableRandom r = new SplittableRandom(seed);
          CellNumbers cells = new CellNumbers(divisions);
          Map<Cell, Integer> expected = new HashMap<>();
          Set<Long> told = new HashSet<>(); // months a batch said it fills
          long[] someMonths = {24_287, 24_288, 24_299, -5, 0, 12L * 999_999_999, -12L * 999_999_999};
          for (int i = 0; i < n; i++) {
            if (r.nextInt(400) == 0) { // a batch tells how many cells it may make in a month
              long month = someMonths[r.nextInt(someMonths.length)];
              int batchCells = r.nextInt(2 * cells.denseAt());
              cells.expect(month, batchCells);
              if (batchCells >= cells.denseAt()) {
                told.add(month);
              }
            }
            // most cells in two busy months, the rest spread thinly over others
            long month = r.nextInt(4) > 0 ? someMonths[r.nextInt(2)] : someMonths[r.nextInt(someMonths.length)];
            Cell c = new Cell(r.nextInt(divisions), month);
            if (!expected.containsKey(c)) {
              assertThat(cells.get(c.division(), c.month())).isEqualTo(-1);
              expected.put(c, i);
              cells.putNew(c.division(), c.month(), i);
            }
            Cell probe = r.nextBoolean() ? c : new Cell(r.nextInt(divisions), someMonths[r.nextInt(someMonths.length)] + r.nextInt(2));
            assertThat(cells.get(probe.division(), probe.month())).isEqualTo(expected.getOrDefault(probe, -1));
          }
          expected.forEach((c, v) -> assertThat(cells.get(c.division(), c.month())).isEqualTo(v));
          Map<Long, Long> perMonth = new HashMap<>();
          expected.keySet().forEach(c -> perMonth.merge(c.month(), 1L, Long::sum));
          perMonth.forEach((month, count) -> assertThat(cells.isDense(month))
              .as("month %d with %d cells, dense at %d, told %s", month, count, cells.denseAt(), told)
              .isEqualTo(count >= cells.denseAt() || told.contains(month)));
          told.forEach(month -> assertThat(cells.isDense(month)).as("month %d, told", month).isTrue());
        });
  }

  @Test
  void theWritersLookUpMakesACellOnlyWhereThereIsNone() {
    qt().withExamples(50).forAll(longs().all(), integers().between(1, 600)).checkAssert((seed, divisions) -> {
      SplittableRandom r = new SplittableRandom(seed);
      CellNumbers cells = new CellNumbers(divisions);
      MetricColumns figures = new MetricColumns();
      Map<Cell, Integer> expected = new HashMap<>();
      for (int i = 0; i < 3_000; i++) {
        Cell c = new Cell(r.nextInt(divisions), 24_288 + r.nextInt(3));
        int cell = cells.getOrAdd(c.division(), c.month(), figures);
        assertThat(cell).isEqualTo(expected.computeIfAbsent(c, k -> expected.size()));
        assertThat(cells.get(c.division(), c.month())).isEqualTo(cell);
      }
    });
  }

  /** Many readers at once, nothing added (a host's read lock): each gets its own month's cells. */
  @Test
  void readersAtOnceEachGetTheirOwnMonthsCells() throws InterruptedException {
    CellNumbers cells = new CellNumbers(2_000);
    for (int month = 0; month < 4; month++) {
      for (int d = 0; d < (month < 2 ? 2_000 : 100); d++) { // two months in arrays, two in the map
        cells.putNew(d, month, month * 10_000 + d);
      }
    }
    AtomicInteger wrong = new AtomicInteger();
    Thread[] readers = new Thread[4];
    for (int t = 0; t < readers.length; t++) {
      int month = t;
      readers[t] = new Thread(() -> {
        for (int i = 0; i < 400_000; i++) {
          int d = i % 100;
          if (cells.get(d, month) != month * 10_000 + d) {
            wrong.incrementAndGet();
          }
        }
      });
    }
    for (Thread t : readers) {
      t.start();
    }
    for (Thread t : readers) {
      t.join();
    }
    assertThat(wrong.get()).as("answers for another month's cells").isZero();
  }

  @Test
  void aMonthMovesIntoItsArrayAtAnEighthOfTheDivisionsKeepingEveryOtherMonthsCells() {
    CellNumbers cells = new CellNumbers(8_000);
    assertThat(cells.denseAt()).isEqualTo(1_000);
    for (int d = 0; d < 10; d++) {
      cells.putNew(d, 7, 5_000 + d);
    }
    for (int d = 0; d < 999; d++) {
      cells.putNew(d * 8, 6, d);
    }
    assertThat(cells.isDense(6)).isFalse();
    cells.putNew(7_999, 6, 999);
    assertThat(cells.isDense(6)).isTrue();
    assertThat(cells.isDense(7)).isFalse();
    for (int d = 0; d < 999; d++) {
      assertThat(cells.get(d * 8, 6)).isEqualTo(d);
      assertThat(cells.get(d * 8 + 1, 6)).isEqualTo(-1);
    }
    assertThat(cells.get(7_999, 6)).isEqualTo(999);
    for (int d = 0; d < 10; d++) {
      assertThat(cells.get(d, 7)).isEqualTo(5_000 + d);
    }
    assertThat(cells.get(0, 8)).isEqualTo(-1);
    assertThat(new CellNumbers(3).denseAt()).isEqualTo(CellNumbers.LEAST_DENSE);
  }
}
