package org.civic.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.civic.activity.Activity;
import org.civic.activity.ActivityLog;
import org.civic.activity.internal.ActivityColumns;
import org.civic.activity.internal.ActivityLogAccess;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.order.MenuItem;
import org.civic.order.ServiceOrder;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.team.OrganisationId;
import org.civic.team.TeamCategory;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

/** Every question to the roll-up against the same question answered one activity at a time. */
class ActivityRollupTest {

  private static final RollupFixture F = RollupFixture.of(20_241_206L, 600, 120, true);
  /**
   * Built for each test, not once per class: PIT runs many mutants in one JVM, and a roll-up built
   * in a static initializer would be built under whichever mutant came first.
   */
  private final ActivityRollup rollup = F.rollup();
  private static final List<Period> PERIODS = List.of(
      Period.year(2023), Period.year(2024), Period.quarter(2024, 2), Period.month(YearMonth.of(2024, 3)),
      Period.month(YearMonth.of(2023, 12)), Period.between(LocalDate.of(2023, 11, 15), LocalDate.of(2024, 2, 10)),
      Period.day(F.activities.get(0).date()), Period.year(2022));

  static void assertSameFigures(MetricSet actual, MetricSet expected) {
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.beneficiariesRange()).isEqualTo(expected.beneficiariesRange());
    assertThat(actual.volunteers().count()).isEqualTo(expected.volunteers().count());
  }

  @Test
  void theFixtureHasWhatTheQuestionsNeed() {
    assertThat(rollup.activityCount()).isEqualTo(600);
    assertThat(rollup.hierarchy()).isSameAs(F.hierarchy);
    assertThat(F.activities).anyMatch(a -> a.category().isEmpty()).anyMatch(a -> a.theme().isEmpty())
        .anyMatch(a -> a.organisations().size() == 2).anyMatch(a -> a.volunteers().isEmpty());
    assertThat(F.hierarchy.divisionCount()).isEqualTo(16);
    assertThat(F.sites).hasSize(16);
  }

  @Test
  void everyDivisionsFiguresForEveryPeriodAreTheSumOfItsActivitiesAndOrders() {
    F.hierarchy.divisions().forEach(d -> {
      for (Period p : PERIODS) {
        assertSameFigures(rollup.metrics(d.code(), p), F.reference(d.code(), p));
      }
    });
    MetricSet county = rollup.metrics(RollupFixture.COUNTY, Period.year(2024));
    assertThat(county.activities()).isPositive();
    assertThat(county.ordersPlaced()).isPositive();
    assertThat(county.organisations()).isNotEmpty();
  }

  @Test
  void oneCategoryOrOneTheme() {
    F.hierarchy.divisions().forEach(d -> {
      for (Period p : List.of(Period.year(2024), Period.quarter(2023, 4))) {
        for (TeamCategory c : RollupFixture.CATEGORIES) {
          assertSameFigures(rollup.metrics(d.code(), p, c), F.reference(
              a -> F.under(a.site(), d.code()) && p.contains(a.date()) && a.category().equals(java.util.Optional.of(c)),
              o -> false));
        }
        for (String t : RollupFixture.THEMES) {
          assertSameFigures(rollup.metricsOfTheme(d.code(), p, t), F.reference(
              a -> F.under(a.site(), d.code()) && p.contains(a.date()) && a.theme().equals(java.util.Optional.of(t)),
              o -> false));
        }
      }
    });
    assertThat(rollup.metrics(RollupFixture.COUNTY, Period.year(2024), TeamCategory.LEGAL)).isEqualTo(MetricSet.empty());
    assertThat(rollup.metricsOfTheme(RollupFixture.COUNTY, Period.year(2024), "没有的主题")).isEqualTo(MetricSet.empty());
  }

  @Test
  void byCategoryHasEveryCategoryWithActivitiesInTheOrderTheyFirstOccur() {
    List<TeamCategory> firstOccurrence = new ArrayList<>();
    F.activities.forEach(a -> a.category().filter(c -> !firstOccurrence.contains(c)).ifPresent(firstOccurrence::add));
    F.hierarchy.divisions().forEach(d -> {
      Period p = Period.month(YearMonth.of(2024, 5));
      Map<TeamCategory, MetricSet> by = rollup.byCategory(d.code(), p);
      List<TeamCategory> expected = firstOccurrence.stream()
          .filter(c -> rollup.metrics(d.code(), p, c).activities() > 0).toList();
      assertThat(List.copyOf(by.keySet())).isEqualTo(expected);
      by.forEach((c, m) -> assertThat(m).isEqualTo(rollup.metrics(d.code(), p, c)));
    });
    Map<TeamCategory, MetricSet> county = rollup.byCategory(RollupFixture.COUNTY, Period.year(2024));
    assertThat(county.keySet()).containsExactlyElementsOf(firstOccurrence);
  }

  @Test
  void oneSitesFigures() {
    for (Site s : F.sites) {
      for (Period p : PERIODS) {
        assertSameFigures(rollup.siteMetrics(s.id(), p), F.reference(
            a -> a.site().equals(s.id()) && p.contains(a.date()),
            o -> o.site().equals(s.id()) && p.contains(o.placedAt().atZone(ZoneOffset.UTC).toLocalDate())));
      }
    }
    assertThatThrownBy(() -> rollup.siteMetrics(SiteId.of("nowhere"), Period.year(2024)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
  }

  @Test
  void theActivityCounterCountsASitesActivitiesBetweenTwoDaysInclusive() {
    for (Site s : F.sites) {
      List<LocalDate> days = F.activities.stream().filter(a -> a.site().equals(s.id())).map(Activity::date).toList();
      for (LocalDate d : days.subList(0, Math.min(5, days.size()))) {
        assertThat(rollup.activities(s.id(), d, d)).hasValue(days.stream().filter(d::equals).count());
        assertThat(rollup.activities(s.id(), d.plusDays(1), d.plusDays(40)))
            .hasValue(days.stream().filter(x -> x.isAfter(d) && !x.isAfter(d.plusDays(40))).count());
      }
      assertThat(rollup.activities(s.id(), LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31))).hasValue(days.size());
    }
    assertThat(rollup.activities(SiteId.of("nowhere"), LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)))
        .isEqualTo(OptionalLong.empty());
  }

  @Test
  void yearOnYearAndPeriodOnPeriod() {
    Period q = Period.quarter(2024, 1);
    F.hierarchy.divisions().forEach(d -> {
      assertThat(rollup.yearOnYear(d.code(), q, MetricSet::activities)).isEqualTo(new Change(
          F.reference(d.code(), q).activities(), F.reference(d.code(), Period.quarter(2023, 1)).activities()));
      assertThat(rollup.periodOnPeriod(d.code(), q, MetricSet::personTimes)).isEqualTo(new Change(
          F.reference(d.code(), q).personTimes(), F.reference(d.code(), Period.quarter(2023, 4)).personTimes()));
    });
  }

  @Test
  void theMonthlyTableAgreesWithTheQueriesForEveryDivisionAndMonth() {
    for (int year : new int[] {2023, 2024, 2025}) {
      ActivityRollup.MonthlyTable table = rollup.monthly(year);
      assertThat(table.year()).isEqualTo(year);
      F.hierarchy.divisions().forEach(d -> {
        for (Month m : Month.values()) {
          MetricSet q = F.reference(d.code(), Period.month(YearMonth.of(year, m)));
          assertThat(table.figures(d.code(), m)).as("%s %s-%s", d.code(), year, m).isEqualTo(new MonthlyFigures(
              q.activities(), q.personTimes(), q.beneficiaries(), q.serviceTime().toMinutes()));
        }
      });
    }
    ActivityRollup.MonthlyTable table = rollup.monthly(2024);
    assertThat(table.figures(RollupFixture.COUNTY, Month.JUNE).activities()).isPositive();
    assertThatThrownBy(() -> table.figures(DivisionCode.parse("110101"), Month.JUNE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("110101");
    assertThatThrownBy(() -> table.volunteers(DivisionCode.parse("110101"), Month.JUNE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("110101");
  }

  @Test
  void aMonthlyTableRefusesAYearNoDateHoldsWhenItIsAskedForNotAtItsFirstRead() {
    assertThatThrownBy(() -> rollup.monthly(1_000_000_000)).isInstanceOf(java.time.DateTimeException.class)
        .hasMessageContaining("1000000000");
    assertThatThrownBy(() -> rollup.monthly(Integer.MIN_VALUE)).isInstanceOf(java.time.DateTimeException.class);
    ActivityRollup.MonthlyTable far = rollup.monthly(-999_999_999);
    assertThat(far.figures(RollupFixture.COUNTY, Month.DECEMBER)).isEqualTo(new MonthlyFigures(0, 0, 0, 0));
    assertThat(far.cells()).isEmpty();
  }

  @Test
  void theMonthlyTableCountsDistinctVolunteersAndListsEveryCellWithAnActivity() {
    for (int year : new int[] {2023, 2024, 2025}) {
      ActivityRollup.MonthlyTable table = rollup.monthly(year);
      List<MonthlyCell> expected = new ArrayList<>();
      F.hierarchy.divisions().forEach(d -> {
        for (Month m : Month.values()) {
          MetricSet q = F.reference(d.code(), Period.month(YearMonth.of(year, m)));
          assertThat(table.volunteers(d.code(), m)).as("%s %s-%s", d.code(), year, m).isEqualTo(q.volunteers().count());
          MonthlyFigures f = new MonthlyFigures(q.activities(), q.personTimes(), q.beneficiaries(),
              q.serviceTime().toMinutes());
          // After the count, a village's figures come from the counted cells, not a query.
          assertThat(table.figures(d.code(), m)).as("%s %s-%s", d.code(), year, m).isEqualTo(f);
          if (q.activities() > 0) {
            expected.add(new MonthlyCell(d.code(), m, f, q.volunteers().count()));
          }
        }
      });
      assertThat(table.cells().toList()).as("%s", year).containsExactlyElementsOf(expected);
      if (year == 2025) {
        assertThat(expected).isEmpty();
      } else {
        assertThat(expected).extracting(MonthlyCell::volunteers).anySatisfy(v -> assertThat(v).isGreaterThan(1));
        assertThat(expected).extracting(MonthlyCell::division).contains(RollupFixture.COUNTY);
      }
    }
  }

  @Test
  void theMonthlyTableCountsOnceForThreadsAskingAtTheSameTime() throws Exception {
    ActivityRollup.MonthlyTable alone = rollup.monthly(2024);
    List<MonthlyCell> expected = alone.cells().toList();
    ActivityRollup.MonthlyTable shared = rollup.monthly(2024);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<List<MonthlyCell>>> answers = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        boolean byLookup = t % 2 == 0;
        answers.add(pool.submit(() -> {
          start.await();
          if (byLookup) {
            return expected.stream().map(c -> new MonthlyCell(c.division(), c.month(),
                shared.figures(c.division(), c.month()), shared.volunteers(c.division(), c.month()))).toList();
          }
          return shared.cells().toList();
        }));
      }
      start.countDown();
      for (java.util.concurrent.Future<List<MonthlyCell>> f : answers) {
        assertThat(f.get(1, java.util.concurrent.TimeUnit.MINUTES)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theCellsAreASizedStreamThatSplitsIntoTheSameCellsInTheSameOrder() {
    ActivityRollup.MonthlyTable table = rollup.monthly(2024);
    List<MonthlyCell> cells = table.cells().toList();
    assertThat(cells).hasSizeGreaterThan(100);
    // a sized stream counts without reading: its size must be the cells' exact number
    assertThat(table.cells().count()).isEqualTo(cells.size());
    java.util.Spliterator<MonthlyCell> whole = table.cells().spliterator();
    assertThat(whole.hasCharacteristics(java.util.Spliterator.SIZED | java.util.Spliterator.ORDERED
        | java.util.Spliterator.NONNULL | java.util.Spliterator.IMMUTABLE)).isTrue();
    assertThat(whole.getExactSizeIfKnown()).isEqualTo(cells.size());
    // split again and again from the front: the pieces, in order, are the cells
    List<MonthlyCell> pieces = new ArrayList<>();
    java.util.Spliterator<MonthlyCell> rest = table.cells().spliterator();
    for (java.util.Spliterator<MonthlyCell> front = rest.trySplit(); front != null; front = rest.trySplit()) {
      front.forEachRemaining(pieces::add);
    }
    rest.forEachRemaining(pieces::add);
    assertThat(pieces).isEqualTo(cells);
    assertThat(table.cells().parallel().toList()).isEqualTo(cells);
    // once read, it stays read
    whole.forEachRemaining(c -> { });
    assertThat(whole.tryAdvance(c -> { })).isFalse();
    assertThat(whole.tryAdvance(c -> { })).isFalse();
  }

  @Test
  void aMonthlyCellRefusesNullsAndNegativeVolunteers() {
    MonthlyFigures f = new MonthlyFigures(1, 2, 3, 4);
    assertThatThrownBy(() -> new MonthlyCell(RollupFixture.COUNTY, Month.MAY, f, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> new MonthlyCell(null, Month.MAY, f, 1)).hasMessageContaining("division");
    assertThatThrownBy(() -> new MonthlyCell(RollupFixture.COUNTY, null, f, 1)).hasMessageContaining("month");
    assertThatThrownBy(() -> new MonthlyCell(RollupFixture.COUNTY, Month.MAY, null, 1)).hasMessageContaining("figures");
    assertThat(new MonthlyCell(RollupFixture.COUNTY, Month.MAY, f, 0).volunteers()).isZero();
  }

  @Test
  void aLogWithoutOrganisationsAndOrdersRollsUpTheSame() {
    RollupFixture plain = RollupFixture.of(7, 200, 0, false);
    ActivityRollup rollup = ActivityRollup.of(plain.hierarchy, plain.activities, List.of(), RollupFixture.INDEX);
    plain.hierarchy.divisions().forEach(d -> {
      for (Period p : PERIODS) {
        MetricSet m = rollup.metrics(d.code(), p);
        assertSameFigures(m, plain.reference(d.code(), p));
        assertThat(m.organisations()).isEmpty();
      }
    });
  }

  @Test
  void anEmptyRollUpHasNoFigures() {
    ActivityRollup empty = ActivityRollup.of(F.hierarchy, List.of(), List.of(), RollupFixture.INDEX);
    assertThat(empty.activityCount()).isZero();
    assertThat(empty.metrics(RollupFixture.COUNTY, Period.year(2024))).isEqualTo(MetricSet.empty());
    assertThat(empty.byCategory(RollupFixture.COUNTY, Period.year(2024))).isEmpty();
    assertThat(empty.monthly(2024).figures(RollupFixture.COUNTY, Month.MAY)).isEqualTo(new MonthlyFigures(0, 0, 0, 0));
    assertThat(empty.activities(F.sites.get(0).id(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).hasValue(0);
  }

  @Test
  void anActivityOrOrderAtAnUnknownSiteIsAProblemNamingIt() {
    Activity lost = Activity.builder("a-lost", LocalDate.of(2024, 3, 1), SiteId.of("lost")).build(RollupFixture.CLOCK);
    ServiceOrder lostOrder = ServiceOrder.place("o-lost", SiteId.of("gone"), new MenuItem("m", "维修", "技能"),
        Instant.parse("2024-03-01T00:00:00Z"));
    List<Activity> activities = new ArrayList<>(F.activities.subList(0, 10));
    activities.add(lost);
    assertThatThrownBy(() -> ActivityRollup.of(F.hierarchy, activities, List.of(lostOrder), RollupFixture.INDEX))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.problems()).extracting(Problem::id).containsExactly("activity.unknown-site", "order.unknown-site");
          assertThat(e.problems()).extracting(Problem::where)
              .containsExactly(Location.ofSubject("a-lost"), Location.ofSubject("o-lost"));
          assertThat(e.problems().get(0).message()).contains("a-lost", "lost");
          assertThat(e.problems().get(1).message()).contains("o-lost", "gone");
          assertThat(e.problems()).allSatisfy(p -> assertThat(p.expected()).contains("a site of the hierarchy"));
        });
    assertThatThrownBy(() -> ActivityRollup.of(F.hierarchy, F.activities, List.of(lostOrder), RollupFixture.INDEX))
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problems()).hasSize(1));
  }

  @Test
  void anOrderCountsOnTheDayItWasPlacedInUtc() {
    Site site = F.sites.get(0);
    MenuItem item = new MenuItem("m", "维修", "技能");
    List<ServiceOrder> orders = List.of(
        ServiceOrder.place("o-1", site.id(), item, Instant.parse("2024-03-31T23:59:00Z")),
        ServiceOrder.place("o-2", site.id(), item, Instant.parse("2024-04-01T00:00:00Z")));
    ActivityRollup r = ActivityRollup.of(F.hierarchy, List.of(), orders, RollupFixture.INDEX);
    assertThat(r.metrics(site.division(), Period.month(YearMonth.of(2024, 3))).ordersPlaced()).isEqualTo(1);
    assertThat(r.metrics(site.division(), Period.month(YearMonth.of(2024, 4))).ordersPlaced()).isEqualTo(1);
    assertThat(r.metrics(site.division(), Period.month(YearMonth.of(2024, 4)), TeamCategory.THEORY).ordersPlaced()).isZero();
  }

  @Test
  void aMonthlyTableOfBusyMonthsCountsAsTheQueriesDo() {
    // Two months of 3,000 activities and about 13,500 (volunteer, activity) pairs each, among
    // 3,000 volunteers: the table reads a month's pairs a batch of 1,024 at a time, so batches end
    // within a month and within an activity. The queries count each cell by a scan of its own.
    java.util.SplittableRandom random = new java.util.SplittableRandom(20_241_207L);
    List<Activity> log = new ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      Site site = F.sites.get(random.nextInt(F.sites.size()));
      List<VolunteerId> volunteers = random.ints(1 + random.nextInt(8), 0, 3_000).distinct()
          .mapToObj(k -> VolunteerId.of("w" + k)).toList();
      log.add(Activity.builder("b-" + i, LocalDate.of(2024, 1 + random.nextInt(2), 1 + random.nextInt(28)), site.id())
          .volunteers(volunteers).build(RollupFixture.CLOCK));
    }
    ActivityRollup r = ActivityRollup.of(F.hierarchy, log, List.of(), VolunteerIndex.growing());
    ActivityRollup.MonthlyTable table = r.monthly(2024);
    F.hierarchy.divisions().forEach(d -> {
      for (Month m : Month.values()) {
        MetricSet q = r.metrics(d.code(), Period.month(YearMonth.of(2024, m)));
        assertThat(table.volunteers(d.code(), m)).as("%s %s", d.code(), m).isEqualTo(q.volunteers().count());
        assertThat(table.figures(d.code(), m).activities()).as("%s %s", d.code(), m).isEqualTo(q.activities());
      }
    });
    assertThat(table.cells().mapToLong(MonthlyCell::volunteers).distinct().count()).isGreaterThan(20);
    assertThat(table.volunteers(RollupFixture.COUNTY, Month.JANUARY)).isBetween(2_900L, 3_000L);
  }

  @Test
  void aMonthlyTableWhoseOnlyVolunteerIsIndexZeroCountsHer() {
    // the index's first number is 0, so a log of one volunteer has no index above 0 to count from
    Site site = F.sites.get(F.sites.size() - 1);
    List<Activity> log = List.of(
        Activity.builder("a-1", LocalDate.of(2024, 6, 1), site.id()).volunteers(RollupFixture.VOLUNTEERS.subList(0, 1))
            .beneficiaries(3).serviceTime(Duration.ofMinutes(30)).build(RollupFixture.CLOCK),
        Activity.builder("a-2", LocalDate.of(2024, 6, 9), site.id()).volunteers(RollupFixture.VOLUNTEERS.subList(0, 1))
            .beneficiaries(4).serviceTime(Duration.ofMinutes(30)).build(RollupFixture.CLOCK));
    ActivityRollup r = ActivityRollup.of(F.hierarchy, log, List.of(), VolunteerIndex.growing());
    ActivityRollup.MonthlyTable table = r.monthly(2024);
    for (DivisionCode d : List.of(site.division(), RollupFixture.COUNTY)) {
      assertThat(table.volunteers(d, Month.JUNE)).as("%s", d).isEqualTo(1);
      assertThat(r.metrics(d, Period.month(YearMonth.of(2024, 6))).volunteers().count()).isEqualTo(1);
    }
    assertThat(table.cells().toList()).isNotEmpty().allSatisfy(c -> assertThat(c.volunteers()).isEqualTo(1));
  }

  @Test
  void aVolunteerIndexGivingANegativeIndexIsRefusedNamingTheVolunteer() {
    VolunteerIndex broken = id -> id.equals(RollupFixture.VOLUNTEERS.get(1)) ? -1 : 7;
    Site site = F.sites.get(0);
    List<Activity> log = List.of(Activity.builder("a-1", LocalDate.of(2024, 6, 1), site.id())
        .volunteers(RollupFixture.VOLUNTEERS.subList(0, 2)).build(RollupFixture.CLOCK));
    assertThatThrownBy(() -> ActivityRollup.of(F.hierarchy, log, List.of(), broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(RollupFixture.VOLUNTEERS.get(1).value()).hasMessageContaining("-1");
  }

  @Test
  void aHandCountedExample() {
    Site site = F.sites.get(F.sites.size() - 2);
    OrganisationId org = OrganisationId.of("org-x");
    List<Activity> log = List.of(
        Activity.builder("a-1", LocalDate.of(2024, 6, 1), site.id()).category(TeamCategory.CULTURE)
            .volunteers(RollupFixture.VOLUNTEERS.subList(0, 3)).beneficiaries(40).serviceTime(Duration.ofMinutes(90))
            .materials(2).consultations(3).sessions(1).organisation(org).build(RollupFixture.CLOCK),
        Activity.builder("a-2", LocalDate.of(2024, 6, 30), site.id())
            .volunteers(RollupFixture.VOLUNTEERS.subList(2, 4)).beneficiaries(10).serviceTime(Duration.ofMinutes(30))
            .materials(1).consultations(0).sessions(2).build(RollupFixture.CLOCK));
    ActivityRollup r = ActivityRollup.of(F.hierarchy, log, List.of(), RollupFixture.INDEX);
    for (DivisionCode d : List.of(site.division(), RollupFixture.COUNTY)) {
      MetricSet june = r.metrics(d, Period.month(YearMonth.of(2024, 6)));
      assertThat(june.activities()).isEqualTo(2);
      assertThat(june.personTimes()).isEqualTo(5);
      assertThat(june.volunteers().count()).isEqualTo(4);
      assertThat(june.beneficiaries()).isEqualTo(50);
      assertThat(june.beneficiariesRange()).isEqualTo(Extremes.of(10, 40));
      assertThat(june.serviceTime()).isEqualTo(Duration.ofMinutes(120));
      assertThat(june.materials()).isEqualTo(3);
      assertThat(june.consultations()).isEqualTo(3);
      assertThat(june.sessions()).isEqualTo(3);
      assertThat(june.organisations()).containsExactly(org);
      assertThat(r.monthly(2024).figures(d, Month.JUNE)).isEqualTo(new MonthlyFigures(2, 5, 50, 120));
    }
    assertThat(r.metrics(site.division(), Period.day(LocalDate.of(2024, 6, 30))).activities()).isEqualTo(1);
    assertThat(r.metrics(site.division(), Period.between(LocalDate.of(2024, 6, 2), LocalDate.of(2024, 6, 29)))
        .activities()).isZero();
    MetricSet culture = r.metrics(RollupFixture.COUNTY, Period.year(2024), TeamCategory.CULTURE);
    assertThat(culture.activities()).isEqualTo(1);
    assertThat(culture.organisations()).containsExactly(org);
    Division other = F.hierarchy.divisions().filter(x -> !x.code().equals(site.division())
        && !x.code().isAncestorOf(site.division())).findFirst().orElseThrow();
    assertThat(r.metrics(other.code(), Period.year(2024))).isEqualTo(MetricSet.empty());
    assertThat(Objects.requireNonNull(r.byCategory(RollupFixture.COUNTY, Period.year(2024)))).containsOnlyKeys(TeamCategory.CULTURE);
  }

  @Test
  void aLogWhereEveryActivityHasAnOrganisation() {
    List<Activity> withOrganisation = new ArrayList<>();
    for (Activity a : F.activities.subList(0, 80)) {
      withOrganisation.add(a.toBuilder().organisation(RollupFixture.ORGANISATIONS.get(a.id().length() % 5))
          .build(RollupFixture.CLOCK));
    }
    ActivityRollup r = ActivityRollup.of(F.hierarchy, withOrganisation, List.of(), RollupFixture.INDEX);
    MetricSet all = r.metrics(RollupFixture.COUNTY, Period.between(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)));
    assertSameFigures(all, withOrganisation.stream().collect(MetricSet.collector(RollupFixture.INDEX)));
    assertThat(all.organisations()).isNotEmpty();
  }

  @Test
  void aLogWhoseOnlyOrganisationWasOnARefusedRowHasNone() {
    // a reader's row that named an organisation and was then refused makes the column, empty
    ActivityLog.Builder builder = ActivityLog.builder();
    ActivityColumns columns = ActivityLogAccess.columns(builder);
    columns.begin();
    columns.organisation("o-doomed".toCharArray(), 0, 8);
    assertThat(columns.site("bad site".toCharArray(), 0, 8)).isFalse();
    assertThat(columns.commit()).isFalse();
    List<Activity> plain = F.activities.stream().filter(a -> a.organisations().isEmpty()).limit(120).toList();
    plain.forEach(builder::add);
    ActivityRollup r = ActivityRollup.of(F.hierarchy, builder.build(), List.of(), RollupFixture.INDEX);
    MetricSet all = r.metrics(RollupFixture.COUNTY, Period.between(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)));
    assertSameFigures(all, plain.stream().collect(MetricSet.collector(RollupFixture.INDEX)));
    assertThat(all.organisations()).isEmpty();
  }

  @Test
  void aLogWhoseOnlyActivityIsAtAnUnknownSite() {
    Activity lost = Activity.builder("a-lost", LocalDate.of(2024, 3, 1), SiteId.of("lost")).build(RollupFixture.CLOCK);
    assertThatThrownBy(() -> ActivityRollup.of(F.hierarchy, List.of(lost), List.of(), RollupFixture.INDEX))
        .isInstanceOfSatisfying(ProblemException.class,
            e -> assertThat(e.problems()).extracting(Problem::id).containsExactly("activity.unknown-site"));
  }

  @Test
  void aHierarchyOfVillagesAloneHasAMonthlyTable() {
    List<Division> villages = RollupFixture.county().stream()
        .filter(d -> d.level() == org.civic.division.DivisionLevel.VILLAGE).limit(2).toList();
    List<Site> stations = villages.stream()
        .map(d -> Site.station(SiteId.of("s" + d.code()), d.name() + "实践站", d.code())).toList();
    org.civic.hierarchy.Hierarchy h = org.civic.hierarchy.Hierarchy.builder().addDivisions(villages)
        .addSites(stations).build();
    List<Activity> log = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      log.add(Activity.builder("a-" + i, LocalDate.of(2024, 1 + i, 10), stations.get(i % 2).id())
          .beneficiaries(i).build(RollupFixture.CLOCK));
    }
    ActivityRollup r = ActivityRollup.of(h, log, List.of(), RollupFixture.INDEX);
    ActivityRollup.MonthlyTable table = r.monthly(2024);
    assertThat(table.figures(villages.get(0).code(), Month.JANUARY)).isEqualTo(new MonthlyFigures(1, 0, 0, 0));
    assertThat(table.figures(villages.get(1).code(), Month.FEBRUARY)).isEqualTo(new MonthlyFigures(1, 0, 1, 0));
    assertThat(table.figures(villages.get(1).code(), Month.JANUARY)).isEqualTo(new MonthlyFigures(0, 0, 0, 0));
  }
}
