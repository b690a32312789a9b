package org.civic.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.civic.activity.Activity;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.hierarchy.HierarchyBuilder;
import org.civic.metric.ActivityRollup;
import org.civic.metric.MetricSet;
import org.civic.metric.Period;
import org.civic.metric.VolunteerIndex;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.standard.SiteCompliance;
import org.civic.standard.SixHaves;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;
import org.slf4j.Logger;

/**
 * civic-core works on a class path without the Bean Validation API (an optional dependency: only
 * {@link MeetsStandard} and its validator need it) and without JSpecify: a host that does not
 * validate beans is not sent the API. The work below runs in a class loader that holds civic-core,
 * RoaringBitmap and the SLF4J API only, over the boot loader.
 */
class WithoutBeanValidationTest {

  @Test
  void hierarchySixHavesAndRollUpRunWithoutTheApi() throws Exception {
    try (URLClassLoader bare = new URLClassLoader("civic-core alone",
        new URL[] {locationOf(Hierarchy.class), locationOf(WithoutBeanValidationTest.class),
            locationOf(RoaringBitmap.class), locationOf(Logger.class)},
        null)) { // over the boot loader: the platform loader finds the boot layer's named modules

      assertThatThrownBy(() -> bare.loadClass("jakarta.validation.Validator"))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> bare.loadClass("org.jspecify.annotations.NullMarked"))
          .isInstanceOf(ClassNotFoundException.class);

      Class<?> work = bare.loadClass(Work.class.getName());
      assertThat(work.getClassLoader()).isSameAs(bare);
      @SuppressWarnings("unchecked")
      Callable<List<Object>> call = (Callable<List<Object>>) work.getDeclaredConstructor().newInstance();

      // the same figures as on the full class path
      assertThat(call.call()).isEqualTo(new Work().call());
      assertThat(new Work().call()).containsExactly(1L, 2L, 30L, 2L, 6L, false);
    }
  }

  private static URL locationOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  /** Builds a small county, checks a station's six haves and rolls up its activities. */
  public static final class Work implements Callable<List<Object>> {

    @Override
    public List<Object> call() {
      DivisionCode county = DivisionCode.parse("411081");
      DivisionCode township = DivisionCode.parse("411081103000");
      DivisionCode village = DivisionCode.parse("411081103201");
      HierarchyBuilder builder = Hierarchy.builder();
      builder.addDivision(new Division(county, "禹州市"));
      builder.addDivision(new Division(township, "神垕镇"));
      builder.addDivision(new Division(village, "神垕村"));
      builder.addSite(Site.center(SiteId.of("yz"), "禹州市新时代文明实践中心", county));
      builder.addSite(Site.post(SiteId.of("yz-103"), "神垕镇新时代文明实践所", township));
      Site station = Site.station(SiteId.of("yz-103-201"), "神垕村新时代文明实践站", village);
      builder.addSite(station);
      Hierarchy hierarchy = builder.build();

      Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
      List<Activity> activities = List.of(
          Activity.builder("a1", LocalDate.of(2024, 3, 5), station.id())
              .volunteers(List.of(VolunteerId.of("v1"), VolunteerId.of("v2")))
              .serviceTime(Duration.ofMinutes(30)).build(clock));
      MetricSet year = ActivityRollup.of(hierarchy, activities, List.of(), VolunteerIndex.growing())
          .metrics(county, Period.year(2024));
      SiteCompliance check = SixHaves.standard().check(station);
      return List.of(year.activities(), year.personTimes(), year.serviceTime().toMinutes(),
          year.volunteers().count(), (long) check.incomplete().size(), check.compliant());
    }
  }
}
