package org.civic.testkit.properties.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.SplittableRandom;
import org.civic.activity.Activity;
import org.civic.activity.ActivityLog;
import org.civic.division.DivisionCode;
import org.civic.division.Division;
import org.civic.hierarchy.Hierarchy;
import org.civic.metric.ActivityRollup;
import org.civic.metric.IncrementalRollup;
import org.civic.metric.Mean;
import org.civic.metric.MetricAccumulator;
import org.civic.metric.MetricSet;
import org.civic.metric.MonthlyCell;
import org.civic.metric.MonthlyFigures;
import org.civic.metric.OrderMetrics;
import org.civic.metric.Period;
import org.civic.metric.Ratio;
import org.civic.metric.VolunteerIndex;
import org.civic.order.IllegalTransitionException;
import org.civic.order.MenuItem;
import org.civic.order.OrderState;
import org.civic.order.ServiceOrder;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.team.OrganisationId;
import org.civic.team.TeamId;
import org.civic.testkit.RandomActivities;
import org.civic.testkit.RandomHierarchies;
import org.civic.testkit.RandomOrganisations;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

class MetricPropertiesTest {

  private static final VolunteerIndex INDEX = VolunteerIndex.growing();

  private static List<Activity> activities(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Site> sites = List.of(Site.station(SiteId.of("a"), "站", org.civic.division.DivisionCode.parse("411081103201")),
        Site.station(SiteId.of("b"), "站", org.civic.division.DivisionCode.parse("411081103202")));
    int people = n + r.nextInt(3 * n + 1);
    int distinct = Math.max((people + n - 1) / n, 1 + r.nextInt(people));
    return RandomOrganisations.takePart(r, RandomActivities.log(r, sites, 2024, n, distinct, people),
        ORGANISATIONS, 0.3);
  }

  /** Organisations activities name: few, so that they repeat across activities and partitions. */
  private static final List<OrganisationId> ORGANISATIONS = List.of(OrganisationId.of("org-0"), OrganisationId.of("org-1"),
      OrganisationId.of("org-2"), OrganisationId.of("org-3"), OrganisationId.of("org-4"));

  private static MetricSet fold(List<Activity> as) {
    MetricSet m = MetricSet.empty();
    for (Activity a : as) {
      m = m.plus(MetricSet.of(a, INDEX));
    }
    return m;
  }

  @Test
  void mergeIsAssociativeAndCommutativeWithAnIdentity() {
    qt().withExamples(200).forAll(longs().all(), integers().between(1, 30)).checkAssert((seed, n) -> {
      List<Activity> as = activities(seed, n);
      int i = as.size() / 3;
      int j = 2 * as.size() / 3;
      MetricSet a = fold(as.subList(0, i));
      MetricSet b = fold(as.subList(i, j));
      MetricSet c = fold(as.subList(j, as.size()));
      assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
      assertThat(a.plus(b)).isEqualTo(b.plus(a));
      assertThat(a.plus(MetricSet.empty())).isEqualTo(a).isEqualTo(MetricSet.empty().plus(a));
      assertThat(a.volunteers().count()).isLessThanOrEqualTo(a.personTimes());
      assertThat(a.plus(b).organisations()).containsAll(a.organisations()).containsAll(b.organisations())
          .hasSizeLessThanOrEqualTo(a.organisations().size() + b.organisations().size());
    });
  }

  @Test
  void anyPartitioningMergesToTheWhole() {
    qt().withExamples(200).forAll(longs().all(), integers().between(1, 40), integers().between(1, 6))
        .checkAssert((seed, n, parts) -> {
          List<Activity> as = activities(seed, n);
          SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
          List<MetricAccumulator> partitions = new ArrayList<>();
          for (int p = 0; p < parts; p++) {
            partitions.add(new MetricAccumulator());
          }
          as.forEach(a -> partitions.get(r.nextInt(parts)).add(a, INDEX));
          MetricAccumulator merged = new MetricAccumulator();
          partitions.forEach(merged::merge);
          MetricSet whole = fold(as);
          assertThat(merged.snapshot()).isEqualTo(whole);
          assertThat(partitions.stream().map(MetricAccumulator::snapshot).reduce(MetricSet.empty(), MetricSet::plus))
              .isEqualTo(whole);
        });
  }

  @Test
  void everyParentEqualsTheMergeOfItsChildren() {
    qt().withExamples(60).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, size) -> {
      SplittableRandom r = new SplittableRandom(seed);
      RandomHierarchies.Sample s = RandomHierarchies.generate(r, size, 0.8);
      if (s.sites().isEmpty()) {
        return;
      }
      Hierarchy h = Hierarchy.builder().addDivisions(s.divisions()).addSites(s.sites()).build();
      int n = 1 + r.nextInt(60);
      int people = n + r.nextInt(n);
      int distinct = Math.min(people, Math.max((people + n - 1) / n, 1 + r.nextInt(n)));
      List<Activity> as = RandomOrganisations.takePart(r, RandomActivities.log(r, s.sites(), 2024, n, distinct, people),
          ORGANISATIONS, 0.4);
      List<ServiceOrder> os = RandomActivities.orders(r, s.sites(), 2024, r.nextInt(30));
      ActivityRollup rollup = ActivityRollup.of(h, as, os, INDEX);
      IncrementalRollup live = new IncrementalRollup(h, INDEX);
      as.forEach(live::add);
      os.forEach(live::add);
      Period period = Period.month(YearMonth.of(2024, 1 + r.nextInt(12)));
      for (Division d : s.divisions()) {
        MetricSet children = MetricSet.empty();
        for (Division c : h.children(d.code())) {
          children = children.plus(rollup.metrics(c.code(), period));
        }
        for (Site own : h.sitesOn(d.code())) {
          children = children.plus(rollup.siteMetrics(own.id(), period));
        }
        assertThat(rollup.metrics(d.code(), period)).as("%s", d).isEqualTo(children);
        assertThat(live.metrics(d.code(), YearMonth.from(period.from()))).isEqualTo(children);
      }
    });
  }

  @Test
  void theMonthlyTableHasEveryCellARecountFinds() {
    qt().withExamples(40).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, size) -> {
      SplittableRandom r = new SplittableRandom(seed);
      RandomHierarchies.Sample s = RandomHierarchies.generate(r, size, 0.8);
      if (s.sites().isEmpty()) {
        return;
      }
      Hierarchy h = Hierarchy.builder().addDivisions(s.divisions()).addSites(s.sites()).build();
      List<Activity> as = new ArrayList<>();
      for (int year : new int[] {2023, 2024}) {
        int n = 1 + r.nextInt(60);
        int people = n + r.nextInt(3 * n);
        int distinct = Math.min(people, Math.max((people + n - 1) / n, 1 + r.nextInt(n)));
        as.addAll(RandomActivities.log(r, s.sites(), year, n, distinct, people));
      }
      assertTheMonthlyTableRecounts(h, as, r.nextBoolean());
    });
  }

  /**
   * Months with thousands of (volunteer, activity) pairs, a few hundred volunteers shared across
   * one to three provinces: the monthly table counts such a month's pairs a batch at a time, and a
   * volunteer's cells are far apart, in different provinces too.
   */
  @Test
  void theMonthlyTableOfBusyMonthsHasEveryCellARecountFinds() {
    qt().withExamples(6).forAll(longs().all(), integers().between(2, 4)).checkAssert((seed, size) -> {
      SplittableRandom r = new SplittableRandom(seed);
      // One to three provinces: a volunteer's previous cell may then share no ancestor with her cell.
      List<Division> divisions = new ArrayList<>();
      List<Site> sites = new ArrayList<>();
      Set<DivisionCode> provinces = new java.util.HashSet<>();
      for (int k = 1 + r.nextInt(3); k > 0; k--) {
        RandomHierarchies.Sample s = RandomHierarchies.generate(r, size, 0.8);
        if (provinces.add(s.divisions().get(0).code())) {
          divisions.addAll(s.divisions());
          sites.addAll(s.sites());
        }
      }
      if (sites.isEmpty()) {
        return;
      }
      Hierarchy h = Hierarchy.builder().addDivisions(divisions).addSites(sites).build();
      int n = 3_000 + r.nextInt(2_000);
      int distinct = 20 + r.nextInt(600);
      // at least 12 × n person-times: the busiest month holds at least a twelfth, 3,000 or more
      int people = Math.min(n * distinct, 12 * n + r.nextInt(6 * n));
      List<Activity> as = RandomActivities.log(r, sites, 2024, n, distinct, people);
      long busiest = as.stream().collect(java.util.stream.Collectors.groupingBy(a -> a.date().getMonth(),
          java.util.stream.Collectors.summingLong(a -> a.volunteers().size()))).values().stream()
          .mapToLong(Long::longValue).max().orElseThrow();
      assertThat(busiest).as("pairs in the busiest month").isGreaterThan(2_048);
      assertTheMonthlyTableRecounts(h, as, r.nextBoolean());
    });
  }

  /**
   * Checks every division and month of 2024's monthly table, and its cells, against a recount: each
   * activity's figures and volunteers added at its site's division and every division above it.
   */
  private static void assertTheMonthlyTableRecounts(Hierarchy h, List<Activity> as, boolean countFirst) {
    ActivityRollup.MonthlyTable table = ActivityRollup.of(h, ActivityLog.of(as), List.of(), INDEX).monthly(2024);
    if (countFirst) {
      table.cells().count();
    }
    List<Division> divisions = h.divisions().toList();
    java.util.Map<DivisionCode, List<DivisionCode>> upFrom = new java.util.HashMap<>();
    java.util.Map<DivisionCode, long[][]> sums = new java.util.HashMap<>();
    java.util.Map<DivisionCode, List<Set<VolunteerId>>> volunteers = new java.util.HashMap<>();
    for (Division d : divisions) {
      sums.put(d.code(), new long[12][4]);
      List<Set<VolunteerId>> months = new ArrayList<>();
      for (int m = 0; m < 12; m++) {
        months.add(new java.util.HashSet<>());
      }
      volunteers.put(d.code(), months);
    }
    for (Activity a : as) {
      if (a.date().getYear() != 2024) {
        continue;
      }
      DivisionCode at = h.site(a.site()).orElseThrow().division();
      List<DivisionCode> up = upFrom.computeIfAbsent(at, x -> divisions.stream().map(Division::code)
          .filter(c -> c.equals(x) || c.isAncestorOf(x)).toList());
      int m = a.date().getMonthValue() - 1;
      for (DivisionCode c : up) {
        long[] f = sums.get(c)[m];
        f[0]++;
        f[1] += a.volunteers().size();
        f[2] += a.beneficiaries();
        f[3] += a.serviceTime().toMinutes();
        volunteers.get(c).get(m).addAll(a.volunteers());
      }
    }
    List<MonthlyCell> recount = new ArrayList<>();
    for (Division d : divisions) {
      for (Month m : Month.values()) {
        long[] f = sums.get(d.code())[m.ordinal()];
        MonthlyFigures figures = new MonthlyFigures(f[0], f[1], f[2], f[3]);
        int distinct = volunteers.get(d.code()).get(m.ordinal()).size();
        assertThat(table.figures(d.code(), m)).as("%s %s", d, m).isEqualTo(figures);
        assertThat(table.volunteers(d.code(), m)).as("%s %s", d, m).isEqualTo(distinct);
        if (f[0] > 0) {
          recount.add(new MonthlyCell(d.code(), m, figures, distinct));
        }
      }
    }
    assertThat(table.cells().toList()).containsExactlyElementsOf(recount);
  }

  @Test
  void organisationsAreCountedOnceAtEveryLevelAndPeriodAsARecountFindsThem() {
    qt().withExamples(60).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, size) -> {
      SplittableRandom r = new SplittableRandom(seed);
      RandomHierarchies.Sample s = RandomHierarchies.generate(r, size, 0.8);
      if (s.sites().isEmpty()) {
        return;
      }
      Hierarchy h = Hierarchy.builder().addDivisions(s.divisions()).addSites(s.sites()).build();
      int n = 1 + r.nextInt(80);
      List<Activity> as = RandomOrganisations.takePart(r, RandomActivities.log(r, s.sites(), 2024, n, n, n),
          ORGANISATIONS, r.nextDouble());
      ActivityRollup rollup = ActivityRollup.of(h, ActivityLog.of(as), List.of(), INDEX);
      List<Period> periods = List.of(Period.year(2024), Period.month(YearMonth.of(2024, 1 + r.nextInt(12))),
          Period.quarter(2024, 1 + r.nextInt(4)));
      for (Division d : s.divisions()) {
        for (Period period : periods) {
          Set<OrganisationId> recount = new TreeSet<>();
          long personTimes = 0;
          for (Activity a : as) {
            DivisionCode at = h.site(a.site()).orElseThrow().division();
            if (period.contains(a.date()) && (at.equals(d.code()) || d.code().isAncestorOf(at))) {
              recount.addAll(a.organisations());
              personTimes += a.organisations().size();
            }
          }
          MetricSet m = rollup.metrics(d.code(), period);
          assertThat(m.organisations()).as("%s %s", d, period).containsExactlyElementsOf(recount);
          assertThat((long) m.organisations().size()).isLessThanOrEqualTo(personTimes);
        }
      }
    });
  }

  private static final MenuItem ITEM = new MenuItem("m", "宣讲", "政策");

  @Test
  void randomEventSequencesNeverReachABadStateAndMetricsAgreeWithARecount() {
    qt().withExamples(200).forAll(longs().all(), integers().between(1, 40)).checkAssert((seed, count) -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<ServiceOrder> orders = new ArrayList<>();
      long matched = 0;
      long delivered = 0;
      long rated = 0;
      long ratingSum = 0;
      long rejected = 0;
      long cancelled = 0;
      List<Duration> toMatch = new ArrayList<>();
      List<Duration> toDeliver = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        ServiceOrder o = ServiceOrder.place("o" + i, SiteId.of("s"), ITEM, t);
        Instant placedAt = t;
        boolean everMatched = false;
        boolean everRejected = false;
        Instant firstMatched = null;
        Instant deliveredAt = null;
        for (int step = 0; step < 8; step++) {
          t = t.plusSeconds(60 + r.nextInt(3600));
          OrderState before = o.state();
          int event = r.nextInt(6);
          try {
            o = switch (event) {
              case 0 -> o.match(TeamId.of("t"), t);
              case 1 -> o.reject("忙", t);
              case 2 -> o.cancel("不要了", t);
              case 3 -> o.deliver("a", t);
              case 4 -> o.rate(1 + r.nextInt(5), Optional.empty(), t);
              default -> o;
            };
            assertThat(before.next().contains(o.state()) || o.state() == before).isTrue();
          } catch (IllegalTransitionException e) {
            assertThat(e.from()).isEqualTo(before);
            assertThat(before.next()).doesNotContain(e.to());
            assertThat(o.state()).isEqualTo(before);
          }
          everMatched |= o.state() == OrderState.MATCHED;
          everRejected |= o.state() == OrderState.REJECTED;
          if (o.state() == OrderState.MATCHED && firstMatched == null) {
            firstMatched = t;
          }
          if (o.state() == OrderState.DELIVERED && deliveredAt == null) {
            deliveredAt = t;
          }
          assertThat(o.history().get(0).state()).isEqualTo(OrderState.PLACED);
          if (o.state() == OrderState.RATED) {
            assertThat(o.reached(OrderState.DELIVERED)).isTrue();
          }
          if (o.state() == OrderState.DELIVERED) {
            assertThat(o.team()).isPresent();
          }
        }
        orders.add(o);
        matched += everMatched ? 1 : 0;
        delivered += o.reached(OrderState.DELIVERED) ? 1 : 0;
        rejected += everRejected ? 1 : 0;
        cancelled += o.state() == OrderState.CANCELLED ? 1 : 0;
        if (firstMatched != null) {
          toMatch.add(Duration.between(placedAt, firstMatched));
        }
        if (deliveredAt != null) {
          toDeliver.add(Duration.between(placedAt, deliveredAt));
        }
        if (o.rating().isPresent()) {
          rated++;
          ratingSum += o.rating().getAsInt();
        }
      }
      OrderMetrics m = OrderMetrics.of(orders);
      assertThat(m.placed()).isEqualTo((long) count);
      assertThat(m.matched()).isEqualTo(matched);
      assertThat(m.delivered()).isEqualTo(delivered);
      assertThat(m.rated()).isEqualTo(rated);
      assertThat(m.rating()).isEqualTo(Mean.of(ratingSum, rated));
      assertThat(m.rejected()).isEqualTo(rejected);
      assertThat(m.cancelled()).isEqualTo(cancelled);
      assertThat(m.ratingRate()).isEqualTo(Ratio.of(rated, delivered));
      MetricSet set = orders.stream().map(MetricSet::of).reduce(MetricSet.empty(), MetricSet::plus);
      assertThat(set.matchRate()).isEqualTo(m.matchRate());
      assertThat(set.deliveryRate()).isEqualTo(m.deliveryRate());
      assertThat(set.ordersRejected()).isEqualTo(rejected);
      assertThat(set.ordersCancelled()).isEqualTo(cancelled);
      toMatch.sort(null);
      toDeliver.sort(null);
      assertThat(m.medianTimeToMatch())
          .isEqualTo(toMatch.isEmpty() ? Optional.empty() : Optional.of(toMatch.get((toMatch.size() - 1) / 2)));
      assertThat(m.medianTimeToDeliver())
          .isEqualTo(toDeliver.isEmpty() ? Optional.empty() : Optional.of(toDeliver.get((toDeliver.size() - 1) / 2)));
    });
  }

  @Test
  void aFixedIndexNumbersItsRegisterInOrderAndRejectsStrangers() {
    VolunteerId first = RandomActivities.volunteer(7);
    VolunteerId second = RandomActivities.volunteer(3);
    VolunteerId stranger = RandomActivities.volunteer(1);
    VolunteerIndex fixed = VolunteerIndex.of(List.of(first, second));
    assertThat(fixed.indexOf(first)).isZero();
    assertThat(fixed.indexOf(second)).isEqualTo(1);
    assertThatThrownBy(() -> fixed.indexOf(stranger)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("volunteer " + stranger + " is not in the register");
    assertThat(fixed.indexOf(second)).as("a refused look-up changes nothing").isEqualTo(1);
    assertThatThrownBy(() -> VolunteerIndex.of(List.of(first, second, first)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("volunteer " + first + " appears twice in the register");
  }

  @Test
  void aGrowingIndexGivesEachNewIdTheNextNumberAndAKnownIdItsOwn() {
    VolunteerIndex growing = VolunteerIndex.growing();
    assertThat(growing.indexOf(RandomActivities.volunteer(7))).isZero();
    assertThat(growing.indexOf(RandomActivities.volunteer(3))).isEqualTo(1);
    assertThat(growing.indexOf(RandomActivities.volunteer(7))).isZero();
    assertThat(growing.indexOf(RandomActivities.volunteer(1))).isEqualTo(2);
  }
}
