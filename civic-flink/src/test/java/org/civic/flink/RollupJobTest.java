package org.civic.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.metric.ActivityRollup;
import org.civic.metric.MetricSet;
import org.civic.metric.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same figures as one machine: for generated national-shaped data read from civic JSON Lines,
 * every (division, period) cell the Flink job emits — at parallelism 1, 2 and 4, with the file cut
 * into random splits, in BATCH and in STREAMING mode — equals {@link ActivityRollup}'s, distinct
 * volunteers included, and every cell ActivityRollup has a figure for is emitted.
 */
class RollupJobTest {

  @RegisterExtension
  static final MiniClusterExtension CLUSTER = Jobs.cluster();

  @TempDir
  static Path dir;

  /** Every month, quarter and year of the fixture's year. */
  static List<Period> periods() {
    List<Period> ps = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      ps.add(Period.month(YearMonth.of(Fixtures.YEAR, m)));
    }
    for (int q = 1; q <= 4; q++) {
      ps.add(Period.quarter(Fixtures.YEAR, q));
    }
    ps.add(Period.year(Fixtures.YEAR));
    return ps;
  }

  /** Checks every cell against one machine; returns how many cells had figures. */
  static int assertSameAsOneMachine(Fixtures f, Map<Long, RollupCell> cells) {
    ActivityRollup one = f.rollup();
    int nonEmpty = 0;
    for (Period p : periods()) {
      MetricSet total = MetricSet.empty();
      for (Division root : f.hierarchy().roots()) {
        total = total.plus(one.metrics(root.code(), p));
      }
      assertThat(cells.getOrDefault(RollupCell.total(p, total).key(), RollupCell.total(p, MetricSet.empty())).metrics())
          .as("the total for %s", p).isEqualTo(total);
      for (DivisionCode d : f.divisions()) {
        MetricSet expected = one.metrics(d, p);
        RollupCell got = cells.get(RollupCell.of(d, p, expected).key());
        if (expected.equals(MetricSet.empty())) {
          assertThat(got).as("no figures for %s %s", d, p).isNull();
          continue;
        }
        nonEmpty++;
        assertThat(got).as("a cell for %s %s", d, p).isNotNull();
        assertThat(got.division()).contains(d);
        assertThat(got.period()).isEqualTo(p);
        assertThat(got.metrics()).as("%s %s", d, p).isEqualTo(expected);
        assertThat(got.metrics().volunteers().count()).isEqualTo(expected.volunteers().count());
      }
    }
    long emittedDivisionCells = cells.values().stream().filter(c -> c.division().isPresent()).count();
    assertThat(emittedDivisionCells).as("no cell beyond one machine's").isEqualTo(nonEmpty);
    return nonEmpty;
  }

  @Test
  void batchEqualsOneMachineForRandomLogsAndPartitionings() {
    qt().withExamples(5).withShrinkCycles(0)
        .forAll(longs().all(), arbitrary().pick(1, 2, 4), integers().between(300, 20_000))
        .checkAssert((seed, parallelism, splitSize) -> {
          try {
            Fixtures f = Fixtures.generate(seed, dir.resolve("batch"), 6, 400);
            StreamExecutionEnvironment env = Jobs.env(RuntimeExecutionMode.BATCH, parallelism);
            RollupJob job = RollupJob.builder(f.referenceData()).build();
            Jobs.Output out = Jobs.run(env, job.apply(env, CivicLinesSource.builder(List.of(f.records().toString()))
                .splitSize(splitSize).chunkSize(2_000).build()));
            assertThat(out.problems()).isEmpty();
            assertThat(out.late()).isEmpty();
            assertThat(out.emitted()).as("BATCH emits each cell once").hasSize(out.latest().size());
            assertThat(assertSameAsOneMachine(f, out.latest())).isPositive();
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void streamingEqualsOneMachineAtParallelismFour() throws Exception {
    Fixtures f = Fixtures.generate(17, dir.resolve("streaming"), 6, 600);
    StreamExecutionEnvironment env = Jobs.env(RuntimeExecutionMode.STREAMING, 4);
    RollupJob job = RollupJob.builder(f.referenceData()).outOfOrderness(Jobs.days(400)).build();
    Jobs.Output out = Jobs.run(env, job.apply(env, CivicLinesSource.builder(List.of(f.records().toString()))
        .splitSize(4_000).build()));
    assertThat(out.problems()).isEmpty();
    assertThat(out.late()).isEmpty();
    assertSameAsOneMachine(f, out.latest());
  }
}
