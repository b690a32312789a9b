package org.civic.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.hierarchy.HierarchyBuilder;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.testkit.NationalDivisions;
import org.jspecify.annotations.Nullable;

/**
 * The hierarchy of the national benchmark data ({@link NationalData}): every division of the 2021
 * list, a center on every city and county (3,609), a post on every township (41,355), and a
 * station on most villages — all but a seeded 3% ({@link #hasStation}), {@value #STATIONS}
 * stations of 618,133 villages, {@value #SITE_COUNT} main sites in all.
 */
final class NationalSites {

  /** Centers: one on each city and county. */
  static final int CENTERS = 3_609;
  /** Posts: one on each township. */
  static final int POSTS = 41_355;
  /** Villages on the national list. */
  static final int VILLAGES = 618_133;
  /** Stations: the villages {@link #hasStation} keeps. */
  static final int STATIONS = 599_326;
  /** Main sites: centers, posts and stations. */
  static final int SITE_COUNT = CENTERS + POSTS + STATIONS;
  /** Villages left without a station, per mille (30 = 3%). */
  static final int VILLAGES_WITHOUT_STATION_PER_MILLE = 30;

  private NationalSites() {}

  /**
   * Tells whether a village has a station: false for a seeded {@value
   * #VILLAGES_WITHOUT_STATION_PER_MILLE}‰ of the villages, chosen by a hash of the code and
   * {@link NationalData#SEED}, so the choice needs no state and is the same in every run.
   */
  static boolean hasStation(DivisionCode village) {
    long h = mix64(village.value() * 0x9E3779B97F4A7C15L + NationalData.SEED);
    return Math.floorMod(h, 1000) >= VILLAGES_WITHOUT_STATION_PER_MILLE;
  }

  /** Stafford's 64-bit mix (variant 13), as in {@code SplittableRandom}. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /**
   * Returns the main site a division has, or null for a province and for a village without a
   * station ({@link #hasStation}): id {@code s} + the 12-digit code, name the division's name +
   * 新时代文明实践中心 / 所 / 站.
   */
  static @Nullable Site mainSiteOf(Division division) {
    DivisionCode code = division.code();
    SiteId id = SiteId.of("s" + code);
    switch (division.level()) {
      case CITY:
      case COUNTY:
        return Site.center(id, division.name() + SiteLevel.CENTER.chinese(), code);
      case TOWNSHIP:
        return Site.post(id, division.name() + SiteLevel.POST.chinese(), code);
      case VILLAGE:
        if (!hasStation(code)) {
          return null;
        }
        return Site.station(id, division.name() + SiteLevel.STATION.chinese(), code);
      default:
        return null;
    }
  }

  /** Adds a division and its main site, if it has one, to a builder. */
  static void add(HierarchyBuilder builder, Division division) {
    builder.addDivision(division);
    Site site = mainSiteOf(division);
    if (site != null) {
      builder.addSite(site);
    }
  }

  /** Streams the national list into a builder and builds: parsing, sites and build together. */
  static Hierarchy loadAndBuild() {
    HierarchyBuilder builder = Hierarchy.builder();
    NationalDivisions.forEach(d -> add(builder, d));
    return builder.build();
  }

  /** The national divisions and their main sites, in memory. */
  static final class Input {
    final List<Division> divisions;
    final List<Site> sites;

    Input(List<Division> divisions, List<Site> sites) {
      this.divisions = divisions;
      this.sites = sites;
    }

    /** Reads the national list and makes the sites. */
    static Input read() {
      List<Division> divisions = NationalDivisions.all();
      List<Site> sites = new ArrayList<>(SITE_COUNT);
      for (Division d : divisions) {
        Site site = mainSiteOf(d);
        if (site != null) {
          sites.add(site);
        }
      }
      return new Input(divisions, sites);
    }

    /** Builds a hierarchy from the divisions and sites in memory. */
    Hierarchy build() {
      return Hierarchy.builder().addDivisions(divisions).addSites(sites).build();
    }
  }

  /** Fails loudly if a national hierarchy is not the full one expected. */
  static Hierarchy check(Hierarchy hierarchy) {
    if (hierarchy.divisionCount() != NationalDivisions.COUNT || hierarchy.siteCount() != SITE_COUNT) {
      throw new IllegalStateException("expected " + NationalDivisions.COUNT + " divisions and "
          + SITE_COUNT + " sites, got " + hierarchy);
    }
    return hierarchy;
  }
}
