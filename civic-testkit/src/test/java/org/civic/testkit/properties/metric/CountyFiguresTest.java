package org.civic.testkit.properties.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.civic.activity.Activity;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.Hierarchy;
import org.civic.hierarchy.HierarchyBuilder;
import org.civic.metric.ActivityRollup;
import org.civic.metric.Change;
import org.civic.metric.IncrementalRollup;
import org.civic.metric.MetricSet;
import org.civic.metric.MonthlyFigures;
import org.civic.metric.Period;
import org.civic.metric.VolunteerIndex;
import org.civic.order.ServiceOrder;
import org.civic.problem.ProblemException;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.standard.Functioning;
import org.civic.standard.Outcome;
import org.civic.standard.SixHaves;
import org.civic.team.TeamCategory;
import org.civic.testkit.NationalDivisions;
import org.civic.testkit.RandomActivities;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The source county's figures, from a generated activity log built to have them. */
class CountyFiguresTest {

  private static final DivisionCode YUZHOU = DivisionCode.parse("411081");
  private static final int REGISTERED = 94_066;
  private static Hierarchy hierarchy;
  private static List<Activity> log2024;
  private static List<Activity> log2023;
  private static List<ServiceOrder> orders;
  private static VolunteerIndex index;
  private static ActivityRollup rollup;

  @BeforeAll
  static void county() {
    HierarchyBuilder builder = Hierarchy.builder();
    List<Site> sites = new ArrayList<>();
    NationalDivisions.forEach(d -> {
      if (YUZHOU.equals(d.code()) || YUZHOU.isAncestorOf(d.code())) {
        builder.addDivision(d);
        SiteLevel level = SiteLevel.mainLevelFor(d.level()).orElseThrow();
        sites.add(Site.of(SiteId.of("s" + d.code()), d.name() + level.chinese(), level, d.code(), java.util.Optional.empty()));
      }
    });
    hierarchy = builder.addSites(sites).build();
    SplittableRandom random = new SplittableRandom(2024);
    log2024 = RandomActivities.log(random, sites, 2024, 2_187, 37_985, 57_913);
    log2023 = RandomActivities.log(random, sites, 2023, 1_500, 20_000, 30_000);
    orders = RandomActivities.orders(random, sites, 2024, 2_000);
    index = VolunteerIndex.of(IntStream.range(0, REGISTERED).mapToObj(RandomActivities::volunteer).toList());
    List<Activity> all = new ArrayList<>(log2024);
    all.addAll(log2023);
    rollup = ActivityRollup.of(hierarchy, all, orders, index);
  }

  @Test
  void theSourceCountysFigures() {
    MetricSet year = rollup.metrics(YUZHOU, Period.year(2024));
    assertThat(year.activities()).isEqualTo(2_187);
    assertThat(year.volunteers().count()).isEqualTo(37_985);
    assertThat(year.personTimes()).isEqualTo(57_913);
    assertThat(year.ordersPlaced()).isEqualTo(2_000);
    // 94,066 registered volunteers, from the register the distinct counts index into.
    List<Site> stations = hierarchy.sitesUnder(YUZHOU, SiteLevel.STATION).toList();
    org.civic.volunteer.ServiceLog register = org.civic.volunteer.ServiceLog.builder()
        .addVolunteers(IntStream.range(0, REGISTERED).mapToObj(i -> org.civic.volunteer.Volunteer.of(
            RandomActivities.volunteer(i), "志愿者" + i, LocalDate.of(2023, 1, 1), java.util.Set.of(),
            java.util.Optional.of(stations.get(i % stations.size()).id()))).toList())
        .build();
    assertThat(register.registered()).isEqualTo(REGISTERED);
    assertThat(register.registered(hierarchy, YUZHOU)).isEqualTo(REGISTERED);
    assertThat(year.volunteers().count()).isLessThanOrEqualTo(register.registered());
    assertThat(year).isEqualTo(log2024.stream().collect(MetricSet.collector(index))
        .plus(orders.stream().map(MetricSet::of).reduce(MetricSet.empty(), MetricSet::plus)));
  }

  @Test
  void aParallelCollectGivesTheSameFigures() {
    MetricSet sequential = log2024.stream().collect(MetricSet.collector(index));
    MetricSet parallel = log2024.parallelStream().collect(MetricSet.collector(index));
    assertThat(parallel).isEqualTo(sequential);
    assertThat(sequential.volunteers().count()).isEqualTo(37_985);
  }

  @Test
  void quartersMonthsAndChanges() {
    MetricSet sum = MetricSet.empty();
    for (int q = 1; q <= 4; q++) {
      sum = sum.plus(rollup.metrics(YUZHOU, Period.quarter(2024, q)));
    }
    MetricSet year = rollup.metrics(YUZHOU, Period.year(2024));
    assertThat(sum.activities()).isEqualTo(year.activities());
    assertThat(sum.personTimes()).isEqualTo(year.personTimes());
    assertThat(sum.volunteers()).isEqualTo(year.volunteers());
    Change yoy = rollup.yearOnYear(YUZHOU, Period.year(2024), MetricSet::activities);
    assertThat(yoy).isEqualTo(new Change(2_187, 1_500));
    assertThat(yoy.relativePercent(1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("45.8"));
    Period march = Period.month(YearMonth.of(2024, 3));
    Change pop = rollup.periodOnPeriod(YUZHOU, march, MetricSet::personTimes);
    assertThat(pop.current()).isEqualTo(rollup.metrics(YUZHOU, march).personTimes());
    assertThat(pop.previous()).isEqualTo(rollup.metrics(YUZHOU, Period.month(YearMonth.of(2024, 2))).personTimes());
  }

  @Test
  void byCategoryAndTheme() {
    Period year = Period.year(2024);
    long total = rollup.byCategory(YUZHOU, year).values().stream().mapToLong(MetricSet::activities).sum();
    assertThat(total).isEqualTo(2_187);
    assertThat(rollup.metrics(YUZHOU, year, TeamCategory.THEORY).activities())
        .isEqualTo(log2024.stream().filter(a -> a.category().orElseThrow().equals(TeamCategory.THEORY)).count())
        .isEqualTo(rollup.metricsOfTheme(YUZHOU, year, "理论宣讲").activities());
    assertThat(rollup.metrics(YUZHOU, year, TeamCategory.LEGAL)).isEqualTo(MetricSet.empty());
  }

  @Test
  void theMonthlyTableAgreesWithQueriesAtEveryLevel() {
    ActivityRollup.MonthlyTable table = rollup.monthly(2024);
    List<Division> sample = new ArrayList<>();
    sample.add(hierarchy.division(YUZHOU).orElseThrow());
    sample.addAll(hierarchy.children(YUZHOU));
    sample.addAll(hierarchy.descendants(YUZHOU, DivisionLevel.VILLAGE).limit(40).toList());
    for (Division d : sample) {
      for (Month m : Month.values()) {
        MetricSet q = rollup.metrics(d.code(), Period.month(YearMonth.of(2024, m)));
        MonthlyFigures f = table.figures(d.code(), m);
        assertThat(f).isEqualTo(new MonthlyFigures(q.activities(), q.personTimes(), q.beneficiaries(),
            q.serviceTime().toMinutes()));
      }
    }
  }

  @Test
  void incrementalEqualsBatch() {
    IncrementalRollup live = new IncrementalRollup(hierarchy, index);
    log2024.forEach(live::add);
    orders.forEach(live::add);
    for (Month m : Month.values()) {
      YearMonth ym = YearMonth.of(2024, m);
      assertThat(live.metrics(YUZHOU, ym)).isEqualTo(rollup.metrics(YUZHOU, Period.month(ym)));
      DivisionCode town = hierarchy.children(YUZHOU).get(m.ordinal() % 26).code();
      assertThat(live.metrics(town, ym)).isEqualTo(rollup.metrics(town, Period.month(ym)));
    }
  }

  @Test
  void theRollupCountsActivitiesForTheFunctioningRequirement() {
    // Counted from the log itself, not by the roll-up under test.
    java.util.Map<SiteId, Long> perSite = log2024.stream().collect(java.util.stream.Collectors.groupingBy(
        Activity::site, java.util.stream.Collectors.counting()));
    java.util.Map.Entry<SiteId, Long> busiestEntry = perSite.entrySet().stream()
        .max(java.util.Map.Entry.comparingByValue()).orElseThrow();
    SiteId busiest = busiestEntry.getKey();
    long held = busiestEntry.getValue();
    LocalDate from = LocalDate.of(2024, 1, 1);
    LocalDate to = LocalDate.of(2024, 12, 31);
    assertThat(rollup.activities(busiest, from, to)).hasValue(held);
    var enough = Functioning.activities((int) held, from, to, rollup);
    var results = SixHaves.standard().withRequirement(enough).check(hierarchy);
    assertThat(results.outcome(busiest, Functioning.ACTIVITIES)).isEqualTo(Outcome.PASS);
    long reaching = perSite.values().stream().filter(n -> n >= held).count();
    assertThat(results.summary(YUZHOU).counts(Functioning.ACTIVITIES).count(Outcome.PASS)).isEqualTo(reaching);
    var oneMore = Functioning.activities((int) held + 1, from, to, rollup);
    assertThat(SixHaves.standard().withRequirement(oneMore).check(hierarchy).outcome(busiest, Functioning.ACTIVITIES))
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void activitiesOnUnknownSitesAreNamed() {
    Activity stray = log2024.get(0).toBuilder().build(java.time.Clock.systemUTC());
    Activity elsewhere = Activity.builder("a-x", LocalDate.of(2024, 1, 1), SiteId.of("nowhere"))
        .volunteers(List.of(VolunteerId.of("v1"))).build(java.time.Clock.systemUTC());
    assertThatThrownBy(() -> ActivityRollup.of(hierarchy, List.of(stray, elsewhere), List.of(), index))
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problems())
            .extracting(p -> p.where().subject().orElseThrow()).containsExactly("a-x"));
  }
}
