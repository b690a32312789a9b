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
 * The national benchmark input: every division of the 2021 list with a main site on each division
 * that allows one — a center on every city and county, a post on every township, a station on
 * every village.
 */
final class NationalSites {

  /** Main sites on the national list: every division but the 31 provinces. */
  static final int SITE_COUNT = NationalDivisions.COUNT - 31;

  private NationalSites() {}

  /**
   * Returns the main site a division would have, or null for a province: id {@code s} + the
   * 12-digit code, name the division's name + 新时代文明实践中心 / 所 / 站.
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
