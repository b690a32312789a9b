package org.civic.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionCsv;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.Coverage;
import org.civic.hierarchy.Hierarchy;
import org.civic.hierarchy.HierarchyBuilder;
import org.civic.site.Site;
import org.civic.site.SiteId;

/**
 * The README's first command: Yuzhou (禹州市, 411081) from the real 2021 division list, with its
 * center, 18 posts and 262 stations placed, and the coverage a county reports upward.
 *
 * <p>Which townships and villages have a site is not in the source report, so the example puts
 * the 18 posts on the first 18 township-level divisions in code order and the 262 stations on
 * every other village of those townships and then on the rest — deterministic, and enough to
 * show the figures: 26 townships, 18 posts, 69.2% township coverage.
 */
public final class CoverageExample {

  private static final DivisionCode YUZHOU = DivisionCode.parse("411081");

  private CoverageExample() {}

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<Division> divisions = readBundled("yuzhou-411081.csv");

    HierarchyBuilder builder = Hierarchy.builder().addDivisions(divisions);
    builder.addSite(Site.center(SiteId.of("yz-center"), "禹州市新时代文明实践中心", YUZHOU));
    List<Division> townships = divisions.stream().filter(d -> d.level() == DivisionLevel.TOWNSHIP).toList();
    for (Division township : townships.subList(0, 18)) {
      builder.addSite(Site.post(SiteId.of("yz-post-" + township.code()),
          township.name() + "新时代文明实践所", township.code()));
    }
    List<Division> villages = divisions.stream().filter(d -> d.level() == DivisionLevel.VILLAGE).toList();
    int stations = 0;
    for (int pass = 0; pass < 2 && stations < 262; pass++) {
      for (int i = pass; i < villages.size() && stations < 262; i += 2) {
        Division village = villages.get(i);
        builder.addSite(Site.station(SiteId.of("yz-station-" + village.code()),
            village.name() + "新时代文明实践站", village.code()));
        stations++;
      }
    }
    Hierarchy yuzhou = builder.build();

    Division county = yuzhou.division(YUZHOU).orElseThrow();
    out.println("civic — 新时代文明实践 coverage of " + county.name() + " (" + county.code().countyCode() + ")");
    out.println("  divisions: " + yuzhou.divisionCount() + ", practice sites: " + yuzhou.siteCount());
    Coverage posts = yuzhou.coverage(YUZHOU, DivisionLevel.TOWNSHIP);
    Coverage stationsCoverage = yuzhou.coverage(YUZHOU, DivisionLevel.VILLAGE);
    out.printf("  townships (乡镇/街道): %d, posts (所): %d, coverage %s%n",
        posts.total(), posts.built(), posts.format(1));
    out.printf("  villages (村/社区):   %d, stations (站): %d, coverage %s%n",
        stationsCoverage.total(), stationsCoverage.built(), stationsCoverage.format(2));
    out.println();
    out.println("  station coverage by township (站覆盖率):");
    for (Division township : yuzhou.children(YUZHOU)) {
      Coverage c = yuzhou.coverage(township.code(), DivisionLevel.VILLAGE);
      String post = yuzhou.siteOf(township.code()).isPresent() ? "所" : "—";
      out.printf("    %s %-8s %s %3d/%-3d %s%n", township.code(), township.name(), post,
          c.built(), c.total(), c.isEmpty() ? "n/a" : c.format(1));
    }
  }

  private static List<Division> readBundled(String name) {
    try (InputStream in = CoverageExample.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the examples jar lacks " + name);
      }
      return DivisionCsv.readAll(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
