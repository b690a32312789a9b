package org.civic.metric;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.civic.activity.Activity;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionCsv;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.Hierarchy;
import org.civic.hierarchy.HierarchyBuilder;
import org.civic.order.MenuItem;
import org.civic.order.ServiceOrder;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.team.OrganisationId;
import org.civic.team.TeamCategory;
import org.civic.team.TeamId;
import org.civic.volunteer.VolunteerId;

/**
 * The package's roll-up fixture: part of a real county (禹州市, its first three townships and up to
 * four villages of each, one village without a station, one station with a point), a seeded random
 * log of 2023–2024 and orders in every state, and a reference that adds up whatever a question
 * selects one activity at a time through {@link MetricSet#collector}, the roll-ups' plain
 * counterpart.
 */
final class RollupFixture {

  static final DivisionCode COUNTY = DivisionCode.parse("411081");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  static final List<TeamCategory> CATEGORIES =
      List.of(TeamCategory.CULTURE, TeamCategory.THEORY, TeamCategory.SPORTS, TeamCategory.SCIENCE);
  static final List<String> THEMES = List.of("理论宣讲", "邻里互助", "全民健身");
  static final List<VolunteerId> VOLUNTEERS =
      IntStream.range(0, 40).mapToObj(i -> VolunteerId.of("v" + i)).toList();
  static final List<OrganisationId> ORGANISATIONS =
      IntStream.range(0, 5).mapToObj(i -> OrganisationId.of("org-" + i)).toList();
  static final VolunteerIndex INDEX = VolunteerIndex.of(VOLUNTEERS);
  private static final MenuItem ITEM = new MenuItem("m-1", "家电维修", "技能");

  final Hierarchy hierarchy;
  final List<Site> sites;
  final List<Activity> activities;
  final List<ServiceOrder> orders;

  private RollupFixture(Hierarchy hierarchy, List<Site> sites, List<Activity> activities, List<ServiceOrder> orders) {
    this.hierarchy = hierarchy;
    this.sites = sites;
    this.activities = activities;
    this.orders = orders;
  }

  static List<Division> county() {
    String name = "yuzhou-411081.csv";
    List<Division> all;
    try (InputStream in = RollupFixture.class.getResourceAsStream("/org/civic/data/" + name)) {
      all = DivisionCsv.readAll(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Division> out = new ArrayList<>();
    List<Division> townships = all.stream().filter(d -> d.level() == DivisionLevel.TOWNSHIP).limit(3).toList();
    out.add(all.stream().filter(d -> d.code().equals(COUNTY)).findFirst().orElseThrow());
    for (Division t : townships) {
      out.add(t);
      all.stream().filter(d -> t.code().isAncestorOf(d.code())).limit(4).forEach(out::add);
    }
    return out;
  }

  /** The fixture with {@code activityCount} activities and {@code orderCount} orders from a seed. */
  static RollupFixture of(long seed, int activityCount, int orderCount, boolean organisations) {
    List<Division> divisions = county();
    List<Site> sites = new ArrayList<>();
    Site station = null;
    boolean skipped = false;
    for (Division d : divisions) {
      if (d.level() == DivisionLevel.VILLAGE && !skipped) {
        skipped = true; // a village without a station
        continue;
      }
      SiteLevel level = SiteLevel.mainLevelFor(d.level()).orElseThrow();
      Site s = Site.of(SiteId.of("s" + d.code()), d.name() + level.chinese(), level, d.code(), Optional.empty());
      sites.add(s);
      if (station == null && level == SiteLevel.STATION) {
        station = s;
      }
    }
    sites.add(Site.point(SiteId.of("p1"), "一号实践点", station.division(), station.id()));
    HierarchyBuilder builder = Hierarchy.builder();
    Hierarchy hierarchy = builder.addDivisions(divisions).addSites(sites).build();
    SplittableRandom random = new SplittableRandom(seed);
    List<Activity> activities = new ArrayList<>();
    LocalDate first = LocalDate.of(2023, 1, 1);
    int days = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - first.toEpochDay()) + 1;
    for (int i = 0; i < activityCount; i++) {
      Site site = sites.get(random.nextInt(sites.size()));
      Set<VolunteerId> vs = new LinkedHashSet<>();
      int n = random.nextInt(6);
      for (int k = 0; k < n; k++) {
        vs.add(VOLUNTEERS.get(random.nextInt(VOLUNTEERS.size())));
      }
      Activity.Builder b = Activity.builder("a-" + i, first.plusDays(random.nextInt(days)), site.id())
          .volunteers(vs)
          .beneficiaries(random.nextInt(300))
          .serviceTime(Duration.ofMinutes((long) vs.size() * random.nextInt(120)))
          .materials(random.nextInt(10))
          .consultations(random.nextInt(7))
          .sessions(random.nextInt(4));
      if (random.nextInt(10) > 0) {
        b.category(CATEGORIES.get(random.nextInt(CATEGORIES.size())));
      }
      if (random.nextInt(10) > 0) {
        b.theme(THEMES.get(random.nextInt(THEMES.size())));
      }
      b.team(TeamId.of("t" + random.nextInt(3)));
      if (organisations && random.nextInt(3) == 0) {
        b.organisation(ORGANISATIONS.get(random.nextInt(ORGANISATIONS.size())));
        if (random.nextBoolean()) {
          b.organisation(ORGANISATIONS.get(random.nextInt(ORGANISATIONS.size())));
        }
      }
      activities.add(b.build(CLOCK));
    }
    List<ServiceOrder> orders = new ArrayList<>();
    Instant start = first.atStartOfDay().toInstant(ZoneOffset.UTC);
    for (int i = 0; i < orderCount; i++) {
      Site site = sites.get(random.nextInt(sites.size()));
      Instant at = start.plus(Duration.ofMinutes(random.nextLong((long) days * 24 * 60)));
      ServiceOrder o = ServiceOrder.place("o-" + i, site.id(), ITEM, at);
      switch (random.nextInt(6)) {
        case 0 -> { }
        case 1 -> o = o.cancel("重复", at.plusSeconds(60));
        case 2 -> o = o.match(TeamId.of("t1"), at.plusSeconds(60));
        case 3 -> o = o.match(TeamId.of("t1"), at.plusSeconds(60)).reject("无人", at.plusSeconds(120));
        case 4 -> o = o.match(TeamId.of("t1"), at.plusSeconds(60)).deliver("a-0", at.plusSeconds(3600));
        default -> o = o.match(TeamId.of("t1"), at.plusSeconds(60)).deliver("a-0", at.plusSeconds(3600))
            .rate(1 + random.nextInt(5), Optional.empty(), at.plusSeconds(7200));
      }
      orders.add(o);
    }
    return new RollupFixture(hierarchy, List.copyOf(sites), List.copyOf(activities), List.copyOf(orders));
  }

  ActivityRollup rollup() {
    return ActivityRollup.of(hierarchy, activities, orders, INDEX);
  }

  boolean under(SiteId site, DivisionCode division) {
    DivisionCode d = hierarchy.site(site).orElseThrow().division();
    return d.equals(division) || division.isAncestorOf(d);
  }

  /** The figures of the activities (and, if asked, orders) that pass the tests, one at a time. */
  MetricSet reference(Predicate<Activity> activity, Predicate<ServiceOrder> order) {
    MetricSet a = activities.stream().filter(activity).collect(MetricSet.collector(INDEX));
    return orders.stream().filter(order).map(MetricSet::of).reduce(a, MetricSet::plus);
  }

  MetricSet reference(DivisionCode division, Period period) {
    return reference(a -> under(a.site(), division) && period.contains(a.date()),
        o -> under(o.site(), division) && period.contains(o.placedAt().atZone(ZoneOffset.UTC).toLocalDate()));
  }
}
