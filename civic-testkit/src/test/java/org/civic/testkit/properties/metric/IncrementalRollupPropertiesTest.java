package org.civic.testkit.properties.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.civic.activity.Activity;
import org.civic.division.Division;
import org.civic.hierarchy.Hierarchy;
import org.civic.metric.IncrementalRollup;
import org.civic.metric.MetricSet;
import org.civic.metric.VolunteerIndex;
import org.civic.order.ServiceOrder;
import org.civic.site.SiteId;
import org.civic.testkit.RandomActivities;
import org.civic.testkit.RandomHierarchies;
import org.civic.testkit.RandomOrganisations;
import org.civic.team.OrganisationId;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

/**
 * The incremental roll-up against a recount: added one by one or in batches, in any order, every
 * (division, month) has the figures of the activities and orders of its subtree that month.
 * Months hold up to a few hundred distinct volunteers, so that cells pass from the small sorted
 * array to the bitmap, and a batch's busy months gather their volunteers both ways (a bitset of
 * their range, or a sort when the index spreads them apart).
 */
class IncrementalRollupPropertiesTest {

  private static final List<OrganisationId> ORGANISATIONS = List.of(OrganisationId.of("org-0"),
      OrganisationId.of("org-1"), OrganisationId.of("org-2"));

  private static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2025-01-01T00:00:00Z"),
      ZoneOffset.UTC);

  private record Sample(Hierarchy hierarchy, List<Activity> activities, List<ServiceOrder> orders,
      VolunteerIndex index) {}

  private static Sample sample(long seed, int size) {
    SplittableRandom r = new SplittableRandom(seed);
    RandomHierarchies.Sample s = RandomHierarchies.generate(r, size, 0.8);
    if (s.sites().isEmpty()) {
      return null;
    }
    Hierarchy h = Hierarchy.builder().addDivisions(s.divisions()).addSites(s.sites()).build();
    // up to 900 activities over a year and up to 600 distinct volunteers: a busy month's cells hold more
    // than the small array's 256 (MetricColumns.SMALL)
    int n = 1 + r.nextInt(900);
    int people = n + r.nextInt(4 * n);
    int distinct = Math.min(people, Math.max((people + n - 1) / n, 1 + r.nextInt(600)));
    List<Activity> as = RandomOrganisations.takePart(r, RandomActivities.log(r, s.sites(), 2024, n, distinct, people),
        ORGANISATIONS, 0.3);
    List<ServiceOrder> os = RandomActivities.orders(r, s.sites(), 2024, r.nextInt(40));
    VolunteerIndex register = VolunteerIndex.of(IntStream.range(0, people).mapToObj(RandomActivities::volunteer).toList());
    // half the samples spread the indexes apart, so that a busy month's volunteers span a range
    // far wider than their number: a batch then sorts them instead of setting them in a bitset
    int spread = r.nextBoolean() ? 1 : 997;
    VolunteerIndex index = spread == 1 ? register : id -> register.indexOf(id) * spread;
    return new Sample(h, as, os, index);
  }

  /** The figures of the records of a division's subtree in a month, counted one record at a time. */
  private static MetricSet recount(Sample s, Division d, YearMonth month) {
    MetricSet m = MetricSet.empty();
    for (Activity a : s.activities()) {
      if (YearMonth.from(a.date()).equals(month) && within(s.hierarchy(), a.site(), d)) {
        m = m.plus(MetricSet.of(a, s.index()));
      }
    }
    for (ServiceOrder o : s.orders()) {
      if (YearMonth.from(o.placedAt().atZone(ZoneOffset.UTC)).equals(month) && within(s.hierarchy(), o.site(), d)) {
        m = m.plus(MetricSet.of(o));
      }
    }
    return m;
  }

  private static boolean within(Hierarchy h, SiteId site, Division d) {
    var division = h.site(site).orElseThrow().division();
    return division.equals(d.code()) || d.code().isAncestorOf(division);
  }

  @Test
  void oneByOneOrInShuffledBatchesEveryCellHasARecountsFigures() {
    qt().withExamples(40).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, size) -> {
      Sample s = sample(seed, size);
      if (s == null) {
        return;
      }
      IncrementalRollup single = new IncrementalRollup(s.hierarchy(), s.index());
      s.activities().forEach(single::add);
      s.orders().forEach(single::add);
      SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
      List<Activity> shuffled = new ArrayList<>(s.activities());
      Collections.shuffle(shuffled, new java.util.Random(r.nextLong()));
      IncrementalRollup batched = new IncrementalRollup(s.hierarchy(), s.index());
      int at = 0;
      while (at < shuffled.size()) {
        int end = Math.min(shuffled.size(), at + 1 + r.nextInt(shuffled.size()));
        if (r.nextBoolean()) {
          batched.addActivities(shuffled.subList(at, end));
        } else {
          shuffled.subList(at, end).forEach(batched::add);
        }
        at = end;
      }
      batched.addOrders(s.orders());
      for (Division d : s.hierarchy().divisions().toList()) {
        for (Month month : Month.values()) {
          YearMonth m = YearMonth.of(2024, month);
          MetricSet expected = recount(s, d, m);
          assertThat(single.metrics(d.code(), m)).as("%s %s one by one", d.code(), m).isEqualTo(expected);
          assertThat(batched.metrics(d.code(), m)).as("%s %s in batches", d.code(), m).isEqualTo(expected);
        }
      }
    });
  }

  @Test
  void aBatchWithAnUnknownSiteOrVolunteerAddsNothing() {
    qt().withExamples(20).forAll(longs().all()).checkAssert(seed -> {
      Sample s = sample(seed, 2);
      if (s == null || s.activities().size() < 2) {
        return;
      }
      IncrementalRollup live = new IncrementalRollup(s.hierarchy(), s.index());
      live.addActivities(s.activities().subList(0, 1));
      Division root = s.hierarchy().roots().get(0);
      YearMonth month = YearMonth.from(s.activities().get(0).date());
      MetricSet before = live.metrics(root.code(), month);
      List<Activity> lost = new ArrayList<>(s.activities());
      lost.add(lost.size() / 2, Activity.builder("a-lost", LocalDate.of(2024, 3, 1), SiteId.of("nowhere")).build(CLOCK));
      assertThatThrownBy(() -> live.addActivities(lost)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("nowhere");
      List<Activity> stranger = new ArrayList<>(s.activities());
      stranger.add(Activity.builder("a-stranger", LocalDate.of(2024, 3, 1), s.activities().get(0).site())
          .volunteers(List.of(VolunteerId.of("never-registered"))).build(CLOCK));
      assertThatThrownBy(() -> live.addActivities(stranger)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("never-registered");
      List<ServiceOrder> orders = new ArrayList<>(s.orders());
      orders.add(ServiceOrder.place("o-lost", SiteId.of("gone"), new org.civic.order.MenuItem("m", "维修", "技能"),
          java.time.Instant.parse("2024-03-01T00:00:00Z")));
      assertThatThrownBy(() -> live.addOrders(orders)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("gone");
      assertThat(live.metrics(root.code(), month)).isEqualTo(before);
    });
  }
}
