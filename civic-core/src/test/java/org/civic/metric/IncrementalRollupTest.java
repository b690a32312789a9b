package org.civic.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.civic.activity.Activity;
import org.civic.division.DivisionCode;
import org.civic.order.MenuItem;
import org.civic.order.ServiceOrder;
import org.civic.site.SiteId;
import org.civic.team.OrganisationId;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

/** The incremental roll-up, one activity at a time, against the batch roll-up of the same log. */
class IncrementalRollupTest {

  private static final RollupFixture F = RollupFixture.of(99, 400, 80, true);

  @Test
  void everyDivisionAndMonthHasTheBatchRollUpsFigures() {
    IncrementalRollup incremental = new IncrementalRollup(F.hierarchy, RollupFixture.INDEX);
    F.activities.forEach(incremental::add);
    F.orders.forEach(incremental::add);
    F.hierarchy.divisions().forEach(d -> {
      for (YearMonth m = YearMonth.of(2022, 12); m.isBefore(YearMonth.of(2025, 2)); m = m.plusMonths(1)) {
        MetricSet got = incremental.metrics(d.code(), m);
        MetricSet expected = F.reference(d.code(), Period.month(m));
        ActivityRollupTest.assertSameFigures(got, expected);
      }
    });
  }

  @Test
  void addReturnsTheRollUpAndAnEmptyCellIsEmpty() {
    IncrementalRollup r = new IncrementalRollup(F.hierarchy, RollupFixture.INDEX);
    assertThat(r.metrics(RollupFixture.COUNTY, YearMonth.of(2024, 1))).isEqualTo(MetricSet.empty());
    Activity a = F.activities.get(0);
    assertThat(r.add(a)).isSameAs(r);
    ServiceOrder o = F.orders.get(0);
    assertThat(r.add(o)).isSameAs(r);
    assertThat(r.metrics(RollupFixture.COUNTY, YearMonth.from(a.date())).activities()).isEqualTo(1);
    assertThat(r.metrics(RollupFixture.COUNTY, YearMonth.from(a.date()).plusMonths(1)).activities()).isZero();
    assertThat(r.metrics(RollupFixture.COUNTY, YearMonth.from(a.date()).minusYears(1)).activities()).isZero();
  }

  @Test
  void unknownSitesAndDivisionsAreRefused() {
    IncrementalRollup r = new IncrementalRollup(F.hierarchy, RollupFixture.INDEX);
    Activity lost = Activity.builder("a-lost", LocalDate.of(2024, 3, 1), SiteId.of("lost")).build(RollupFixture.CLOCK);
    assertThatThrownBy(() -> r.add(lost)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lost");
    ServiceOrder gone = ServiceOrder.place("o-1", SiteId.of("gone"), new MenuItem("m", "维修", "技能"),
        Instant.parse("2024-03-01T00:00:00Z"));
    assertThatThrownBy(() -> r.add(gone)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gone");
    assertThatThrownBy(() -> r.metrics(DivisionCode.parse("110101"), YearMonth.of(2024, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("110101");
    assertThat(r.metrics(RollupFixture.COUNTY, YearMonth.of(2024, 3))).isEqualTo(MetricSet.empty());
  }

  @Test
  void aBatchWithAnUnknownSiteOrANullAddsNothing() {
    IncrementalRollup r = new IncrementalRollup(F.hierarchy, RollupFixture.INDEX);
    Activity lost = Activity.builder("a-lost", LocalDate.of(2024, 3, 1), SiteId.of("lost")).build(RollupFixture.CLOCK);
    List<Activity> batch = new java.util.ArrayList<>(F.activities);
    batch.add(batch.size() / 2, lost);
    assertThatThrownBy(() -> r.addActivities(batch)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("site lost is not in the hierarchy");
    batch.set(batch.size() / 2, null);
    assertThatThrownBy(() -> r.addActivities(batch)).isInstanceOf(NullPointerException.class)
        .hasMessage("activities[" + batch.size() / 2 + "] is null");
    F.hierarchy.divisions().forEach(d -> assertThat(r.metrics(d.code(), YearMonth.of(2024, 3)))
        .as("%s", d.code()).isEqualTo(MetricSet.empty()));
  }

  @Test
  void aGrowingIndexNumbersABatchsVolunteersAsAddingOneByOneWould() {
    List<Activity> shuffled = new java.util.ArrayList<>(F.activities);
    java.util.Collections.shuffle(shuffled, new java.util.Random(11));
    VolunteerIndex one = VolunteerIndex.growing();
    shuffled.forEach(new IncrementalRollup(F.hierarchy, one)::add);
    VolunteerIndex batch = VolunteerIndex.growing();
    new IncrementalRollup(F.hierarchy, batch).addActivities(shuffled);
    for (VolunteerId v : RollupFixture.VOLUNTEERS) {
      assertThat(batch.indexOf(v)).as("%s", v).isEqualTo(one.indexOf(v));
    }
  }

  @Test
  void aVolunteerIndexGivingANegativeIndexIsRefusedNamingTheVolunteerAndNothingChanges() {
    VolunteerIndex broken = id -> id.equals(RollupFixture.VOLUNTEERS.get(1)) ? -1 : 7;
    IncrementalRollup r = new IncrementalRollup(F.hierarchy, broken);
    SiteId site = F.sites.get(0).id();
    Activity good = Activity.builder("a-good", LocalDate.of(2024, 3, 1), site)
        .volunteers(List.of(RollupFixture.VOLUNTEERS.get(0))).build(RollupFixture.CLOCK);
    Activity bad = Activity.builder("a-bad", LocalDate.of(2024, 3, 2), site)
        .volunteers(RollupFixture.VOLUNTEERS.subList(0, 2)).build(RollupFixture.CLOCK);
    assertThatThrownBy(() -> r.add(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(RollupFixture.VOLUNTEERS.get(1).value()).hasMessageContaining("-1");
    assertThatThrownBy(() -> r.addActivities(List.of(good, bad))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(RollupFixture.VOLUNTEERS.get(1).value());
    assertThat(r.metrics(RollupFixture.COUNTY, YearMonth.of(2024, 3))).isEqualTo(MetricSet.empty());
  }

  /**
   * A batch that may make at least an eighth of the divisions' worth of cells in a month (the
   * fixture's 16 divisions: 64, more than a month of it can ever have) gives the month its cells'
   * array at once; one that may not — fewer activities, or all at one site — leaves the month's
   * cells in its hash map; a refused batch gives no month an array. The figures are one by one's.
   */
  @Test
  void aBatchThatMayFillAMonthGivesItsCellsTheirArrayAtOnce() {
    YearMonth march = YearMonth.of(2024, 3);
    List<Activity> busy = new java.util.ArrayList<>();
    List<Activity> oneSite = new java.util.ArrayList<>();
    for (int i = 0; i < 64; i++) {
      busy.add(Activity.builder("busy-" + i, march.atDay(1 + i % 28), F.sites.get(i % F.sites.size()).id())
          .volunteers(List.of(RollupFixture.VOLUNTEERS.get(i % 7))).build(RollupFixture.CLOCK));
      oneSite.add(Activity.builder("one-" + i, march.atDay(1 + i % 28), F.sites.get(0).id())
          .build(RollupFixture.CLOCK));
    }
    assertThat(F.sites.size() * 5).as("the fixture's sites may make 64 cells").isGreaterThanOrEqualTo(64);
    IncrementalRollup filled = new IncrementalRollup(F.hierarchy, RollupFixture.INDEX).addActivities(busy);
    assertThat(filled.isDense(march)).isTrue();
    assertThat(filled.isDense(march.plusMonths(1))).isFalse();
    IncrementalRollup oneByOne = new IncrementalRollup(F.hierarchy, RollupFixture.INDEX);
    busy.forEach(oneByOne::add);
    F.hierarchy.divisions().forEach(d -> ActivityRollupTest.assertSameFigures(filled.metrics(d.code(), march),
        oneByOne.metrics(d.code(), march)));

    assertThat(new IncrementalRollup(F.hierarchy, RollupFixture.INDEX).addActivities(busy.subList(0, 63))
        .isDense(march)).isFalse();
    assertThat(new IncrementalRollup(F.hierarchy, RollupFixture.INDEX).addActivities(oneSite).isDense(march))
        .as("64 activities at one site make at most five cells").isFalse();

    IncrementalRollup refused = new IncrementalRollup(F.hierarchy, RollupFixture.INDEX);
    List<Activity> withLost = new java.util.ArrayList<>(busy);
    withLost.add(Activity.builder("a-lost", march.atDay(1), SiteId.of("lost")).build(RollupFixture.CLOCK));
    assertThatThrownBy(() -> refused.addActivities(withLost)).isInstanceOf(IllegalArgumentException.class);
    assertThat(refused.isDense(march)).as("a refused batch changes nothing").isFalse();
  }

  @Test
  void theFirstCellGrowsLikeAnyOther() {
    IncrementalRollup r = new IncrementalRollup(F.hierarchy, RollupFixture.INDEX);
    Activity a = F.activities.get(0);
    Activity again = a.toBuilder().build(RollupFixture.CLOCK);
    r.add(a).add(again);
    ServiceOrder o = F.orders.get(0);
    DivisionCode site = F.hierarchy.site(a.site()).orElseThrow().division();
    MetricSet twice = r.metrics(site, YearMonth.from(a.date()));
    assertThat(twice.activities()).isEqualTo(2);
    assertThat(twice.personTimes()).isEqualTo(2L * a.volunteers().size());
    assertThat(r.metrics(RollupFixture.COUNTY, YearMonth.from(a.date())).activities()).isEqualTo(2);
    IncrementalRollup orders = new IncrementalRollup(F.hierarchy, RollupFixture.INDEX).add(o).add(o);
    assertThat(orders.metrics(F.hierarchy.site(o.site()).orElseThrow().division(),
        YearMonth.from(o.placedAt().atZone(java.time.ZoneOffset.UTC))).ordersPlaced()).isEqualTo(2);
  }

  @Test
  void anActivityOfManyVolunteersAndIndexesThatRepeatAreCountedOnce() {
    SiteId site = F.activities.get(0).site();
    LocalDate day = LocalDate.of(2024, 5, 6);
    List<VolunteerId> hundred = IntStream.range(0, 100).mapToObj(i -> VolunteerId.of("v-" + i)).toList();
    List<VolunteerId> overlapping = IntStream.range(70, 150).mapToObj(i -> VolunteerId.of("v-" + i)).toList();
    Activity big = Activity.builder("a-big", day, site).volunteers(hundred).build(RollupFixture.CLOCK);
    Activity next = Activity.builder("a-next", day, site).volunteers(overlapping).build(RollupFixture.CLOCK);
    // more than the small array's 64 in one activity, then across two; and an index that maps many ids to one
    for (VolunteerIndex index : List.of(VolunteerIndex.growing(),
        (VolunteerIndex) id -> Math.floorMod(id.value().hashCode(), 37))) {
      IncrementalRollup r = new IncrementalRollup(F.hierarchy, index).add(big).add(next);
      MetricSet expected = MetricSet.of(big, index).plus(MetricSet.of(next, index));
      DivisionCode division = F.hierarchy.site(site).orElseThrow().division();
      assertThat(r.metrics(division, YearMonth.of(2024, 5))).isEqualTo(expected);
      assertThat(r.metrics(RollupFixture.COUNTY, YearMonth.of(2024, 5))).isEqualTo(expected);
      IncrementalRollup batched = new IncrementalRollup(F.hierarchy, index).addActivities(List.of(big, next));
      assertThat(batched.metrics(division, YearMonth.of(2024, 5))).isEqualTo(expected);
      assertThat(batched.metrics(RollupFixture.COUNTY, YearMonth.of(2024, 5))).isEqualTo(expected);
    }
  }

  @Test
  void aBatchKeepsEachDayInItsOwnMonthTheEpochsFirstDayToo() {
    SiteId site = F.activities.get(0).site();
    List<Activity> batch = new java.util.ArrayList<>();
    for (LocalDate day : List.of(LocalDate.of(1970, 1, 1), LocalDate.of(1969, 12, 31), LocalDate.of(1972, 10, 20),
        LocalDate.of(1970, 1, 1).plusDays(1024), LocalDate.of(2024, 2, 29))) {
      batch.add(Activity.builder("a-" + day, day, site).build(RollupFixture.CLOCK));
    }
    IncrementalRollup one = new IncrementalRollup(F.hierarchy, RollupFixture.INDEX);
    batch.forEach(one::add);
    IncrementalRollup batched = new IncrementalRollup(F.hierarchy, RollupFixture.INDEX).addActivities(batch);
    for (Activity a : batch) {
      YearMonth month = YearMonth.from(a.date());
      assertThat(batched.metrics(RollupFixture.COUNTY, month)).as("%s", month)
          .isEqualTo(one.metrics(RollupFixture.COUNTY, month));
      assertThat(batched.metrics(RollupFixture.COUNTY, month).activities()).as("%s", month).isPositive();
    }
    assertThat(batched.metrics(RollupFixture.COUNTY, YearMonth.of(0, 1))).isEqualTo(MetricSet.empty());
  }

  @Test
  void anActivityBeyondTheYearsALogHoldsIsRefusedAndNothingChanges() {
    SiteId site = F.activities.get(0).site();
    Activity now = Activity.builder("a-now", LocalDate.of(2024, 3, 1), site).build(RollupFixture.CLOCK);
    Activity ancient = Activity.builder("a-then", LocalDate.of(-357_911_918, 11, 1), site).build(RollupFixture.CLOCK);
    IncrementalRollup r = new IncrementalRollup(F.hierarchy, RollupFixture.INDEX);
    assertThatThrownBy(() -> r.addActivities(List.of(now, ancient))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("activity a-then: the log holds the years -999999 to 999999, not -357911918");
    assertThatThrownBy(() -> r.add(ancient)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("activity a-then: the log holds the years -999999 to 999999, not -357911918");
    assertThat(r.metrics(RollupFixture.COUNTY, YearMonth.of(2024, 3))).isEqualTo(MetricSet.empty());
    // the first year a log holds is held, in a cell of its own, by both
    Activity first = Activity.builder("a-first", LocalDate.of(-999_999, 1, 1), site).build(RollupFixture.CLOCK);
    Activity second = Activity.builder("a-second", LocalDate.of(-999_999, 1, 31), site).build(RollupFixture.CLOCK);
    r.addActivities(List.of(now, first)).add(second);
    assertThat(r.metrics(RollupFixture.COUNTY, YearMonth.of(2024, 3)).activities()).isEqualTo(1);
    assertThat(r.metrics(RollupFixture.COUNTY, YearMonth.of(-999_999, 1)).activities()).isEqualTo(2);
  }

  @Test
  void aBatchOfOrdersWithOneBeyondTheCalendarAddsNothing() {
    ServiceOrder good = F.orders.get(0);
    ServiceOrder beyond = ServiceOrder.place("o-beyond", good.site(), new MenuItem("m", "维修", "技能"), Instant.MAX);
    IncrementalRollup r = new IncrementalRollup(F.hierarchy, RollupFixture.INDEX);
    assertThatThrownBy(() -> r.addOrders(List.of(good, beyond))).isInstanceOf(java.time.DateTimeException.class);
    assertThatThrownBy(() -> r.add(beyond)).isInstanceOf(java.time.DateTimeException.class);
    assertThat(r.metrics(RollupFixture.COUNTY, YearMonth.from(good.placedAt().atZone(java.time.ZoneOffset.UTC))))
        .isEqualTo(MetricSet.empty());
  }

  @Test
  void batchesInAnyOrderGiveWhatOneByOneGives() {
    IncrementalRollup single = new IncrementalRollup(F.hierarchy, RollupFixture.INDEX);
    F.activities.forEach(single::add);
    F.orders.forEach(single::add);
    List<Activity> shuffled = new java.util.ArrayList<>(F.activities);
    java.util.Collections.shuffle(shuffled, new java.util.Random(7));
    int third = shuffled.size() / 3;
    IncrementalRollup batched = new IncrementalRollup(F.hierarchy, RollupFixture.INDEX)
        .addActivities(shuffled.subList(0, third)).addOrders(F.orders)
        .addActivities(shuffled.subList(third, 2 * third)).addActivities(List.of())
        .addActivities(shuffled.subList(2 * third, shuffled.size()));
    F.hierarchy.divisions().forEach(d -> {
      for (YearMonth m = YearMonth.of(2022, 12); m.isBefore(YearMonth.of(2025, 2)); m = m.plusMonths(1)) {
        assertThat(batched.metrics(d.code(), m)).as("%s %s", d.code(), m).isEqualTo(single.metrics(d.code(), m));
      }
    });
  }

  @Test
  void aMonthOfTensOfThousandsOfVolunteersKeepsCountingThemOnce() {
    SiteId site = F.activities.get(0).site();
    VolunteerIndex index = VolunteerIndex.growing();
    List<Activity> month = new java.util.ArrayList<>();
    for (int a = 0; a < 40; a++) {          // 40,000 distinct, dense: a province's month, in bitmap containers
      int first = a * 1000;
      month.add(Activity.builder("a-" + a, LocalDate.of(2024, 7, 1 + a % 28), site)
          .volunteers(IntStream.range(first, first + 1000).mapToObj(i -> VolunteerId.of("w-" + i)).toList())
          .build(RollupFixture.CLOCK));
    }
    for (int a = 0; a < 3; a++) {           // then some again and some new
      int first = 39_000 + a * 700;
      month.add(Activity.builder("b-" + a, LocalDate.of(2024, 7, 28), site)
          .volunteers(IntStream.range(first, first + 1000).mapToObj(i -> VolunteerId.of("w-" + i)).toList())
          .build(RollupFixture.CLOCK));
    }
    IncrementalRollup r = new IncrementalRollup(F.hierarchy, index);
    MetricSet expected = MetricSet.empty();
    for (Activity a : month) {
      r.add(a);
      expected = expected.plus(MetricSet.of(a, index));
      assertThat(r.metrics(RollupFixture.COUNTY, YearMonth.of(2024, 7))).as("after %s", a.id()).isEqualTo(expected);
    }
    assertThat(expected.volunteers().count()).isEqualTo(41_400);
  }
  /**
   * Batches of thousands of activities over thousands of volunteers — a county's and a township's
   * months past the small array, a village's about at it — added at once, or after some added one
   * by one (so that a batch's gathered volunteers merge into small arrays and bitmaps already
   * there), give every cell what adding them one by one gives.
   */
  @Test
  void largeBatchesOverCellsAlreadyFilledGiveWhatOneByOneGives() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(2024);
    List<VolunteerId> pool = IntStream.range(0, 3_000).mapToObj(i -> VolunteerId.of("w" + i)).toList();
    List<Activity> log = new java.util.ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      java.util.Set<VolunteerId> vs = new java.util.LinkedHashSet<>();
      for (int k = random.nextInt(12); k > 0; k--) {
        vs.add(pool.get(random.nextInt(pool.size())));
      }
      LocalDate day = random.nextInt(10) == 0 ? LocalDate.of(2023, 12, 31) : LocalDate.of(2024, 1 + random.nextInt(3), 1);
      Activity.Builder b = Activity.builder("x-" + i, day, F.sites.get(random.nextInt(F.sites.size())).id())
          .volunteers(vs).beneficiaries(random.nextInt(500)).serviceTime(java.time.Duration.ofMinutes(random.nextInt(90)));
      if (random.nextInt(20) == 0) {
        b.organisation(RollupFixture.ORGANISATIONS.get(random.nextInt(RollupFixture.ORGANISATIONS.size())));
      }
      log.add(b.build(RollupFixture.CLOCK));
    }
    IncrementalRollup[] r = threeWays(log, VolunteerIndex.growing(), 2_000, 4_000);
    assertThat(r[0].metrics(RollupFixture.COUNTY, YearMonth.of(2024, 2)).volunteers().count())
        .as("a county's month far past the small array").isGreaterThan(1_000);
    assertEveryCellAgrees(r, List.of(YearMonth.of(2023, 12), YearMonth.of(2024, 1), YearMonth.of(2024, 2),
        YearMonth.of(2024, 3), YearMonth.of(2024, 4)));
  }

  /**
   * A log added three ways to new roll-ups on one index: one by one; in one batch; its first {@code
   * adds} one by one, then the rest in batches starting at each of {@code cuts} and at {@code adds}.
   */
  private static IncrementalRollup[] threeWays(List<Activity> log, VolunteerIndex index, int adds, int... cuts) {
    IncrementalRollup single = new IncrementalRollup(F.hierarchy, index);
    log.forEach(single::add);
    IncrementalRollup whole = new IncrementalRollup(F.hierarchy, index).addActivities(log);
    IncrementalRollup mixed = new IncrementalRollup(F.hierarchy, index);
    log.subList(0, adds).forEach(mixed::add);
    int from = adds;
    for (int cut : cuts) {
      mixed.addActivities(log.subList(from, cut));
      from = cut;
    }
    mixed.addActivities(log.subList(from, log.size()));
    return new IncrementalRollup[] {single, whole, mixed};
  }

  /** Every division's cell in each month is the same whichever way ({@link #threeWays}) it was added. */
  private static void assertEveryCellAgrees(IncrementalRollup[] r, List<YearMonth> months) {
    F.hierarchy.divisions().forEach(d -> {
      for (YearMonth m : months) {
        MetricSet expected = r[0].metrics(d.code(), m);
        assertThat(r[1].metrics(d.code(), m)).as("%s %s in one batch", d.code(), m).isEqualTo(expected);
        assertThat(r[2].metrics(d.code(), m)).as("%s %s after adds", d.code(), m).isEqualTo(expected);
      }
    });
  }

  /**
   * A county's month past the small array in organisations too (a cell keeps its organisations'
   * numbers as it keeps volunteers: a small array, then a bitmap): one by one, in one batch and
   * after some adds, every cell equals the others, and the county's month equals a recount of its
   * activities, organisations and all.
   */
  @Test
  void manyOrganisationsInACellAreKeptAndGivenBackByName() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(1207);
    List<OrganisationId> pool = IntStream.range(0, 1_000).mapToObj(i -> OrganisationId.of("org-" + i)).toList();
    List<Activity> log = new java.util.ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      Activity.Builder b = Activity.builder("m-" + i, LocalDate.of(2024, 1 + random.nextInt(2), 1 + random.nextInt(28)),
          F.sites.get(random.nextInt(F.sites.size())).id());
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        b.organisation(pool.get(random.nextInt(pool.size())));
      }
      log.add(b.build(RollupFixture.CLOCK));
    }
    VolunteerIndex index = VolunteerIndex.growing();
    IncrementalRollup[] r = threeWays(log, index, 1_000);
    YearMonth january = YearMonth.of(2024, 1);
    MetricSet recount = log.stream().filter(a -> YearMonth.from(a.date()).equals(january))
        .collect(MetricSet.collector(index));
    assertThat(recount.organisations()).as("past the small array").hasSizeGreaterThan(MetricColumns.SMALL);
    for (IncrementalRollup each : r) {
      assertThat(each.metrics(RollupFixture.COUNTY, january)).isEqualTo(recount);
      assertThat(each.metrics(RollupFixture.COUNTY, january).organisations()).isEqualTo(recount.organisations());
    }
    assertEveryCellAgrees(r, List.of(january, january.plusMonths(1)));
  }
}
