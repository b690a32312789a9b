package org.civic.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import org.civic.activity.Activity;
import org.civic.division.DivisionCode;
import org.civic.order.MenuItem;
import org.civic.order.ServiceOrder;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;
import org.civic.team.TeamCategory;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

/**
 * {@link ActivityRollup} at the edges of what it takes: years no log holds, a host's index as
 * wide as an {@code int}, orders placed beyond the calendar, queries of a division the hierarchy
 * does not have.
 */
class ActivityRollupEdgesTest {

  private static final RollupFixture F = RollupFixture.of(20_261_208L, 400, 80, true);

  /**
   * A year whose days, counted from 1970, pass an {@code int} — 11,761,245's first day is 2^32
   * days after 2023-12-13 — has none of the log's activities (the log holds the years ±999,999):
   * its table is empty, as {@code metrics} of that year is.
   */
  @Test
  void theTableOfAYearNoLogHoldsIsEmpty() {
    ActivityRollup rollup = F.rollup();
    for (int year : new int[] {11_761_245, -11_761_245, 1_000_000, -1_000_000, 999_999_999}) {
      ActivityRollup.MonthlyTable table = rollup.monthly(year);
      assertThat(rollup.metrics(RollupFixture.COUNTY, Period.year(year))).isEqualTo(MetricSet.empty());
      assertThat(table.cells()).as("year %d", year).isEmpty();
      for (Month m : Month.values()) {
        assertThat(table.figures(RollupFixture.COUNTY, m)).as("%d %s", year, m).isEqualTo(new MonthlyFigures(0, 0, 0, 0));
        assertThat(table.volunteers(RollupFixture.COUNTY, m)).as("%d %s", year, m).isZero();
      }
    }
    // and the years the fixture has are counted as before
    assertThat(rollup.monthly(2024).cells()).isNotEmpty();
  }

  /**
   * A host's index may give any index from 0 to {@code Integer.MAX_VALUE}: the table counts such
   * volunteers as {@code metrics} does, by their ranks, not with an array as wide as the index.
   */
  @Test
  void theTableCountsVolunteersWhoseIndexesAreAsWideAsAnInt() {
    VolunteerIndex wide = id -> id.value().equals("v1") ? Integer.MAX_VALUE : Integer.MAX_VALUE - 1_000_000_000;
    Activity a = Activity.builder("a-1", LocalDate.of(2024, 3, 1), F.activities.get(0).site())
        .volunteers(List.of(VolunteerId.of("v1"), VolunteerId.of("v2"))).build(RollupFixture.CLOCK);
    Activity b = Activity.builder("a-2", LocalDate.of(2024, 3, 9), F.activities.get(1).site())
        .volunteers(List.of(VolunteerId.of("v1"))).build(RollupFixture.CLOCK);
    ActivityRollup rollup = ActivityRollup.of(F.hierarchy, List.of(a, b), List.of(), wide);
    assertThat(rollup.metrics(RollupFixture.COUNTY, Period.month(YearMonth.of(2024, 3))).volunteers().count())
        .isEqualTo(2);
    assertThat(rollup.monthly(2024).volunteers(RollupFixture.COUNTY, Month.MARCH)).isEqualTo(2);
    assertThat(rollup.monthly(2024).cells()).allSatisfy(c -> assertThat(c.volunteers()).isBetween(1L, 2L));
  }

  /** Ranks keep each index's place among the distinct ones: equal stay equal, order is kept. */
  @Test
  void ranksNumberTheDistinctIndexesDenselyInOrder() {
    assertThat(MonthlyCells.ranks(new int[] {Integer.MAX_VALUE, 7, 7, 1_000_000_000, 0, Integer.MAX_VALUE}))
        .containsExactly(3, 1, 1, 2, 0, 3);
    assertThat(MonthlyCells.ranks(new int[0])).isEmpty();
  }

  /**
   * An order placed beyond the dates a calendar holds has no month: the roll-up refuses it when it
   * is made, naming it, as {@link IncrementalRollup#add(ServiceOrder)} refuses it — not at every
   * later query of its subtree.
   */
  @Test
  void anOrderPlacedBeyondTheCalendarIsRefusedWhenTheRollUpIsMade() {
    MenuItem item = new MenuItem("m", "维修", "技能");
    ServiceOrder late = ServiceOrder.place("o-late", F.orders.get(0).site(), item, Instant.MAX);
    ServiceOrder early = ServiceOrder.place("o-early", F.orders.get(0).site(), item, Instant.MIN);
    ServiceOrder last = ServiceOrder.place("o-last", F.orders.get(0).site(), item,
        java.time.LocalDateTime.MAX.toInstant(java.time.ZoneOffset.UTC));
    assertThatThrownBy(() -> new IncrementalRollup(F.hierarchy, RollupFixture.INDEX).add(late))
        .isInstanceOf(java.time.DateTimeException.class);
    assertThatThrownBy(() -> ActivityRollup.of(F.hierarchy, F.activities, List.of(late, last, early), RollupFixture.INDEX))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.problems()).extracting(Problem::id).containsExactly("order.beyond-calendar", "order.beyond-calendar");
          assertThat(e.problems()).extracting(p -> p.where().subject().orElseThrow()).containsExactly("o-late", "o-early");
          assertThat(e.problems().get(0).message()).contains("o-late", "+1000000000-12-31T23:59:59.999999999Z");
        });
    // the last instant a date holds is taken, and counted in its month by both roll-ups
    ActivityRollup rollup = ActivityRollup.of(F.hierarchy, F.activities, List.of(last), RollupFixture.INDEX);
    Period lastMonth = Period.month(YearMonth.of(999_999_999, 12));
    assertThat(rollup.metrics(RollupFixture.COUNTY, lastMonth).ordersPlaced()).isEqualTo(1);
    assertThat(new IncrementalRollup(F.hierarchy, RollupFixture.INDEX).add(last)
        .metrics(RollupFixture.COUNTY, YearMonth.of(999_999_999, 12)).ordersPlaced()).isEqualTo(1);
  }

  /**
   * Counts whose sum would pass a {@code long} are refused by every path, never wrapped to a
   * negative figure: the roll-ups when they are given the activities (naming the count, nothing
   * changed), an accumulator and a merge as an {@link ArithmeticException}.
   */
  @Test
  void countsThatWouldSumPastALongAreRefusedByEveryPathNeverWrapped() {
    long big = Long.MAX_VALUE / 2 + 1;
    Activity a = Activity.builder("a-big-1", LocalDate.of(2024, 3, 1), F.activities.get(0).site())
        .beneficiaries(big).build(RollupFixture.CLOCK);
    Activity b = Activity.builder("a-big-2", LocalDate.of(2024, 3, 2), F.activities.get(1).site())
        .beneficiaries(big).build(RollupFixture.CLOCK);
    assertThatThrownBy(() -> ActivityRollup.of(F.hierarchy, List.of(a, b), List.of(), RollupFixture.INDEX))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beneficiaries would sum past");
    // one by one: the second is refused and nothing it would have touched changes
    IncrementalRollup one = new IncrementalRollup(F.hierarchy, RollupFixture.INDEX).add(a);
    MetricSet before = one.metrics(RollupFixture.COUNTY, YearMonth.of(2024, 3));
    assertThatThrownBy(() -> one.add(b)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("beneficiaries would sum past");
    assertThat(one.metrics(RollupFixture.COUNTY, YearMonth.of(2024, 3))).isEqualTo(before);
    assertThat(before.beneficiaries()).isEqualTo(big);
    // a batch: all or none, on top of what the roll-up holds
    assertThatThrownBy(() -> one.addActivities(List.of(b))).isInstanceOf(IllegalArgumentException.class);
    assertThat(one.metrics(RollupFixture.COUNTY, YearMonth.of(2024, 3))).isEqualTo(before);
    IncrementalRollup batch = new IncrementalRollup(F.hierarchy, RollupFixture.INDEX);
    assertThatThrownBy(() -> batch.addActivities(List.of(a, b))).isInstanceOf(IllegalArgumentException.class);
    assertThat(batch.metrics(RollupFixture.COUNTY, YearMonth.of(2024, 3))).isEqualTo(MetricSet.empty());
    // what still fits is taken: the roll-up's totals were not moved by the refused ones
    Activity small = Activity.builder("a-small", LocalDate.of(2024, 3, 3), F.activities.get(0).site())
        .beneficiaries(7).build(RollupFixture.CLOCK);
    assertThat(one.add(small).metrics(RollupFixture.COUNTY, YearMonth.of(2024, 3)).beneficiaries()).isEqualTo(big + 7);
    // an accumulator, sequential or merged, refuses it alike, and keeps what it had
    MetricAccumulator acc = new MetricAccumulator().add(a, RollupFixture.INDEX);
    assertThatThrownBy(() -> acc.add(b, RollupFixture.INDEX)).isInstanceOf(ArithmeticException.class);
    assertThat(acc.finish().beneficiaries()).isEqualTo(big);
    assertThat(acc.finish().activities()).isEqualTo(1);
    assertThatThrownBy(() -> MetricSet.of(a, RollupFixture.INDEX).plus(MetricSet.of(b, RollupFixture.INDEX)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> java.util.stream.Stream.of(a, b).collect(MetricSet.collector(RollupFixture.INDEX)))
        .isInstanceOf(ArithmeticException.class);
  }

  /**
   * A division the hierarchy does not have is refused by every query, whether or not the category
   * or theme asked for occurs — before, a category no activity has answered "nothing" for any
   * division at all.
   */
  @Test
  void everyQueryRefusesADivisionTheHierarchyDoesNotHave() {
    ActivityRollup rollup = F.rollup();
    DivisionCode unknown = DivisionCode.parse("110101");
    Period year = Period.year(2024);
    TeamCategory absent = TeamCategory.MEDICAL; // not among the fixture's categories
    assertThat(RollupFixture.CATEGORIES).doesNotContain(absent);
    assertThatThrownBy(() -> rollup.metrics(unknown, year)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rollup.metrics(unknown, year, absent)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rollup.metricsOfTheme(unknown, year, "no such theme"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rollup.byCategory(unknown, year)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rollup.metricsOfTheme(RollupFixture.COUNTY, null, "no such theme"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("period");
    assertThatThrownBy(() -> rollup.metrics(RollupFixture.COUNTY, null, absent))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("period");
    // a division it has, and a category or theme no activity has: nothing
    assertThat(rollup.metrics(RollupFixture.COUNTY, year, absent)).isEqualTo(MetricSet.empty());
    assertThat(rollup.metricsOfTheme(RollupFixture.COUNTY, year, "no such theme")).isEqualTo(MetricSet.empty());
  }
}
