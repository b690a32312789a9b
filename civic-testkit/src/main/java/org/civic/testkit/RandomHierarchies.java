package org.civic.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionLevel;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;

/**
 * Generators of valid random hierarchies — 随机层级 — for property tests, civic's and hosts'.
 * They draw from a {@link RandomGenerator}, so any property-testing engine can drive them
 * (QuickTheories, JUnit's own parameterized tests, a plain loop): the same seed gives the same
 * sample.
 *
 * <p>A sample is one province with cities, counties, townships and villages whose codes follow
 * the real digit ranges (streets, towns, townships and other units; communities, villages and
 * other units), including cities without counties. Main sites stand on a share of the
 * divisions; sub-centers and points hang under some of them. Every sample builds without a
 * problem.
 *
 * <p>Stateless and thread-safe.
 */
public final class RandomHierarchies {

  private RandomHierarchies() {}

  /**
   * A generated sample: divisions and sites, each in code order.
   *
   * @param divisions the divisions, not null
   * @param sites the sites, not null
   */
  public record Sample(List<Division> divisions, List<Site> sites) {
    /** Creates a sample; the lists are copied. */
    public Sample {
      divisions = List.copyOf(divisions);
      sites = List.copyOf(sites);
    }
  }

  /**
   * Generates a sample.
   *
   * @param random the source of randomness, not null
   * @param size roughly how many children a division may have, 1 or more
   * @param builtShare the share of divisions with a main site, 0 to 1
   * @return the sample, not null
   * @throws IllegalArgumentException if size or share is out of range
   */
  public static Sample generate(RandomGenerator random, int size, double builtShare) {
    Objects.requireNonNull(random, "random");
    if (size < 1 || size > 99) {
      throw new IllegalArgumentException("size must be 1 to 99: " + size);
    }
    if (!(builtShare >= 0 && builtShare <= 1)) {
      throw new IllegalArgumentException("builtShare must be 0 to 1: " + builtShare);
    }
    List<Division> divisions = new ArrayList<>();
    long province = (11 + random.nextInt(72)) * 10_000_000_000L;
    divisions.add(new Division(DivisionCode.of(province), "省" + random.nextInt(100)));
    int cities = 1 + random.nextInt(Math.min(size, 3));
    for (int[] cityDigits = distinct(random, cities, 1, 99); cities-- > 0; ) {
      long city = province + cityDigits[cities] * 100_000_000L;
      divisions.add(new Division(DivisionCode.of(city), "市" + cityDigits[cities]));
      if (random.nextInt(5) == 0) {
        townships(random, size, city, divisions); // a city without counties
        continue;
      }
      int counties = 1 + random.nextInt(Math.min(size, 4));
      for (int countyDigit : distinct(random, counties, 1, 99)) {
        long county = city + countyDigit * 1_000_000L;
        divisions.add(new Division(DivisionCode.of(county), "县" + countyDigit));
        townships(random, size, county, divisions);
      }
    }
    divisions.sort((a, b) -> a.code().compareTo(b.code()));
    return new Sample(divisions, sites(random, divisions, builtShare));
  }

  private static void townships(RandomGenerator random, int size, long parent, List<Division> out) {
    int townships = random.nextInt(size + 1);
    for (int t : distinct(random, townships, 1, 599)) {
      long township = parent + t * 1000L;
      out.add(new Division(DivisionCode.of(township), "乡" + t));
      int villages = random.nextInt(2 * size + 1);
      for (int v : distinct(random, villages, 1, 599)) {
        out.add(new Division(DivisionCode.of(township + v), "村" + v));
      }
    }
  }

  /**
   * Generates sites on given divisions: a main site on about {@code builtShare} of the divisions
   * that can hold one, a sub-center under some centers and a point under some posts and stations.
   *
   * @param random the source of randomness, not null
   * @param divisions the divisions, not null
   * @param builtShare the share of divisions with a main site, 0 to 1
   * @return the sites, in division order, not null
   */
  public static List<Site> sites(RandomGenerator random, List<Division> divisions, double builtShare) {
    List<Site> sites = new ArrayList<>();
    for (Division d : divisions) {
      if (d.level() == DivisionLevel.PROVINCE || random.nextDouble() >= builtShare) {
        continue;
      }
      SiteLevel level = SiteLevel.mainLevelFor(d.level()).orElseThrow();
      Site main = Site.of(SiteId.of("s" + d.code()), d.name() + level.chinese(), level, d.code(),
          java.util.Optional.empty());
      sites.add(main);
      if (random.nextInt(4) == 0) {
        SiteLevel sub = level == SiteLevel.CENTER ? SiteLevel.SUB_CENTER : SiteLevel.POINT;
        sites.add(Site.of(SiteId.of("x" + d.code()), d.name() + sub.chinese(), sub, d.code(),
            java.util.Optional.of(main.id())));
      }
    }
    return sites;
  }

  /** Returns {@code count} distinct ints in [from, to], ascending. */
  private static int[] distinct(RandomGenerator random, int count, int from, int to) {
    int range = to - from + 1;
    int n = Math.min(count, range);
    java.util.BitSet taken = new java.util.BitSet(range);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      int v;
      do {
        v = random.nextInt(range);
      } while (taken.get(v));
      taken.set(v);
    }
    for (int i = 0, v = taken.nextSetBit(0); v >= 0; v = taken.nextSetBit(v + 1)) {
      out[i++] = from + v;
    }
    return out;
  }
}
