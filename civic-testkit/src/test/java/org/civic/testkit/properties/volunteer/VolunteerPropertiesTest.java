package org.civic.testkit.properties.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.civic.division.Division;
import org.civic.hierarchy.Hierarchy;
import org.civic.site.Site;
import org.civic.testkit.RandomHierarchies;
import org.civic.testkit.RandomVolunteers;
import org.civic.volunteer.ServiceLog;
import org.civic.volunteer.VolunteerActivity;
import org.civic.volunteer.VolunteerStars;
import org.junit.jupiter.api.Test;

class VolunteerPropertiesTest {

  private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
  private static final LocalDate TO = LocalDate.of(2024, 12, 31);

  @Test
  void distinctCountsNeverExceedTotalsAndSubtreesAddUpAsDistinctCountsShould() {
    qt().withExamples(100).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, size) -> {
      SplittableRandom random = new SplittableRandom(seed);
      RandomHierarchies.Sample s = RandomHierarchies.generate(random, size, 0.8);
      if (s.sites().isEmpty()) {
        return;
      }
      Hierarchy h = Hierarchy.builder().addDivisions(s.divisions()).addSites(s.sites()).build();
      RandomVolunteers.Sample v = RandomVolunteers.generate(random, s.sites(), 1 + random.nextInt(40),
          random.nextInt(300), 2024);
      ServiceLog log = ServiceLog.builder().addVolunteers(v.volunteers()).addRecords(v.records()).build();
      LocalDate from = FROM.plusDays(random.nextInt(200));
      LocalDate to = from.plusDays(random.nextInt(200));
      for (Division d : s.divisions()) {
        VolunteerActivity whole = log.activity(h, d.code(), from, to);
        assertThat(whole.activeVolunteers()).isLessThanOrEqualTo(whole.personTimes());
        assertThat(whole.activeVolunteers()).isLessThanOrEqualTo(log.registered());
        long sumDistinct = 0;
        long maxDistinct = 0;
        long sumTotals = 0;
        Duration sumTime = Duration.ZERO;
        for (Division child : h.children(d.code())) {
          VolunteerActivity c = log.activity(h, child.code(), from, to);
          sumDistinct += c.activeVolunteers();
          maxDistinct = Math.max(maxDistinct, c.activeVolunteers());
          sumTotals += c.personTimes();
          sumTime = sumTime.plus(c.serviceTime());
        }
        for (Site own : h.sitesOn(d.code())) {
          VolunteerActivity c = log.activity(own.id(), from, to);
          sumDistinct += c.activeVolunteers();
          maxDistinct = Math.max(maxDistinct, c.activeVolunteers());
          sumTotals += c.personTimes();
          sumTime = sumTime.plus(c.serviceTime());
        }
        assertThat(whole.activeVolunteers()).isLessThanOrEqualTo(sumDistinct).isGreaterThanOrEqualTo(maxDistinct);
        assertThat(whole.personTimes()).as("totals add up exactly").isEqualTo(sumTotals);
        assertThat(whole.serviceTime()).isEqualTo(sumTime);
      }
    });
  }

  @Test
  void starLevelNeverDecreasesAsHoursGrow() {
    List<VolunteerStars> policies = List.of(VolunteerStars.national(), VolunteerStars.ofHours(30, 60, 100, 200, 300),
        VolunteerStars.ofHours(50, 100, 200, 400, 800));
    qt().forAll(integers().between(0, 200_000), integers().between(0, 200_000), integers().between(0, 2))
        .checkAssert((a, b, p) -> {
          VolunteerStars stars = policies.get(p);
          int lo = Math.min(a, b);
          int hi = Math.max(a, b);
          assertThat(stars.stars(Duration.ofMinutes(lo))).isLessThanOrEqualTo(stars.stars(Duration.ofMinutes(hi)));
          assertThat(stars.stars(Duration.ofMinutes(hi))).isBetween(0, 5);
        });
  }
}
