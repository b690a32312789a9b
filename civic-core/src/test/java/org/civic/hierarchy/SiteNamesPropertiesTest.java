package org.civic.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionLevel;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.junit.jupiter.api.Test;

/**
 * A hierarchy gives back every site's name exactly as added, however it is kept: named after its
 * division (less any number of closing characters), named after another division, with another
 * level's term, or anything else.
 */
class SiteNamesPropertiesTest {

  private static final List<Division> YUZHOU = Counties.yuzhou();
  /** A county whose name is longer than a kept form can drop. */
  private static final Division LONG = new Division(DivisionCode.parse("411082"), "长".repeat(300));

  private static String name(SplittableRandom r, Division on, SiteLevel level) {
    String own = on.name();
    String other = YUZHOU.get(r.nextInt(YUZHOU.size())).name();
    SiteLevel otherLevel = SiteLevel.values()[r.nextInt(SiteLevel.values().length)];
    return switch (r.nextInt(7)) {
      case 0, 1, 2 -> own.substring(0, own.length() - r.nextInt(Math.min(own.length(), 6) + 1)) + level.chinese();
      case 3 -> own.substring(0, r.nextInt(own.length() + 1)) + otherLevel.chinese();
      case 4 -> other + level.chinese();
      case 5 -> own + level.chinese() + "（" + r.nextInt(9) + "）";
      default -> "点" + own.substring(0, r.nextInt(own.length() + 1)) + level.chinese().substring(r.nextInt(3));
    };
  }

  @Test
  void everySiteHasTheNameItWasAddedWith() {
    qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      HierarchyBuilder b = Hierarchy.builder().addDivisions(YUZHOU).addDivision(LONG);
      Map<SiteId, String> names = new LinkedHashMap<>();
      List<Site> sites = new ArrayList<>();
      for (Division d : YUZHOU) {
        SiteLevel level = switch (d.level()) {
          case COUNTY -> SiteLevel.CENTER;
          case TOWNSHIP -> SiteLevel.POST;
          case VILLAGE -> SiteLevel.STATION;
          default -> null;
        };
        if (level == null || r.nextInt(4) == 0) {
          continue;
        }
        SiteId id = SiteId.of("s" + d.code());
        sites.add(Site.of(id, name(r, d, level), level, d.code(), Optional.empty()));
        if (d.level() == DivisionLevel.VILLAGE && r.nextInt(5) == 0) {
          sites.add(Site.point(SiteId.of("p" + d.code()), name(r, d, SiteLevel.POINT), d.code(), id));
        }
      }
      int cut = r.nextInt(300);
      sites.add(Site.center(SiteId.of("long"), LONG.name().substring(0, cut) + SiteLevel.CENTER.chinese(),
          LONG.code()));
      // Added in the order the hierarchy keeps them (its ids and their index are used as they
      // are), or in a random order (the build sorts them by division).
      for (int i = r.nextBoolean() ? 0 : sites.size() - 1; i > 0; i--) {
        int j = r.nextInt(i + 1);
        Site t = sites.get(i);
        sites.set(i, sites.get(j));
        sites.set(j, t);
      }
      sites.forEach(s -> names.put(s.id(), s.name()));
      Hierarchy h = b.addSites(sites).build();
      assertThat(h.siteCount()).isEqualTo(sites.size());
      names.forEach((id, name) -> assertThat(h.site(id).orElseThrow().name()).isEqualTo(name));
      assertThat(h.site(SiteId.of("s411081"))).isEmpty();
      assertThat(h.sites().map(Site::id)).containsExactlyInAnyOrderElementsOf(names.keySet());
      h.sites().forEach(s -> assertThat(s.name()).isEqualTo(names.get(s.id())));
    });
  }
}
