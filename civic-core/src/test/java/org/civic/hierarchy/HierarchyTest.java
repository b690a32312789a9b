package org.civic.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionLevel;
import org.civic.division.TownshipKind;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.junit.jupiter.api.Test;

class HierarchyTest {

  private static final DivisionCode YUZHOU = DivisionCode.parse("411081");
  private static final DivisionCode TAIHE = DivisionCode.parse("360826");

  private static List<Division> at(List<Division> divisions, DivisionLevel level) {
    return divisions.stream().filter(d -> d.level() == level).toList();
  }

  private static Site mainSite(Division d) {
    SiteId id = SiteId.of("s" + d.code());
    return switch (d.level()) {
      case TOWNSHIP -> Site.post(id, d.name() + "新时代文明实践所", d.code());
      case VILLAGE -> Site.station(id, d.name() + "新时代文明实践站", d.code());
      default -> Site.center(id, d.name() + "新时代文明实践中心", d.code());
    };
  }

  @Test
  void yuzhouHas26TownshipsAnd18PostsCover69Point2Percent() {
    List<Division> divisions = Counties.yuzhou();
    List<Division> townships = at(divisions, DivisionLevel.TOWNSHIP);
    Hierarchy h = Hierarchy.builder()
        .addDivisions(divisions)
        .addSite(mainSite(divisions.get(0)))
        .addSites(townships.subList(0, 18).stream().map(HierarchyTest::mainSite).toList())
        .build();
    Coverage coverage = h.coverage(YUZHOU, DivisionLevel.TOWNSHIP);
    assertThat(coverage.total()).isEqualTo(26);
    assertThat(coverage.built()).isEqualTo(18);
    assertThat(coverage.format(1)).isEqualTo("69.2%");
    assertThat(h.coverage(YUZHOU, DivisionLevel.COUNTY).format(0)).isEqualTo("100%");
    assertThat(h.children(YUZHOU)).hasSize(26);
  }

  @Test
  void yuzhou262StationsOf657VillagesCover39Point88Percent() {
    // The report's year had 657 villages and communities; the 2021 list has 679. Build the
    // report's list from the real one by leaving out 22 villages (every 30th).
    List<Division> divisions = new ArrayList<>(Counties.yuzhou());
    List<Division> villages = at(divisions, DivisionLevel.VILLAGE);
    assertThat(villages).hasSize(679);
    List<Division> dropped = new ArrayList<>();
    for (int i = 0; i < 22; i++) {
      dropped.add(villages.get(i * 30 + 7));
    }
    divisions.removeAll(dropped);
    List<Division> kept = at(divisions, DivisionLevel.VILLAGE);
    assertThat(kept).hasSize(657);
    List<Site> stations = new ArrayList<>();
    for (int i = 0; i < kept.size() && stations.size() < 262; i += 2) {
      stations.add(mainSite(kept.get(i)));
    }
    Hierarchy h = Hierarchy.builder().addDivisions(divisions).addSites(stations).build();
    Coverage coverage = h.coverage(YUZHOU, DivisionLevel.VILLAGE);
    assertThat(coverage).isEqualTo(Coverage.of(262, 657));
    assertThat(coverage.format(2)).isEqualTo("39.88%");
    // The two roundings of one report, from one exact fraction.
    assertThat(coverage.format(1)).isEqualTo("39.9%");
  }

  @Test
  void taiheHas322VillagesAnd26TownshipUnitsOfWhich23AreTownsTownshipsAndFarms() {
    Hierarchy h = Hierarchy.builder().addDivisions(Counties.taihe()).build();
    assertThat(h.coverage(TAIHE, DivisionLevel.VILLAGE).total()).isEqualTo(322);
    assertThat(h.coverage(TAIHE, DivisionLevel.TOWNSHIP).total()).isEqualTo(26);
    // Leaving out "other" units except state farms (垦殖场): mine district, airport, park go.
    CoveragePolicy townsTownshipsAndFarms = CoveragePolicy.all().excluding(d ->
        d.code().townshipKind().orElse(null) == TownshipKind.OTHER && !d.name().endsWith("垦殖场"));
    assertThat(h.coverage(TAIHE, DivisionLevel.TOWNSHIP, townsTownshipsAndFarms).total()).isEqualTo(23);
    CoveragePolicy noOthers = CoveragePolicy.all().excludingTownshipKinds(EnumSet.of(TownshipKind.OTHER));
    assertThat(h.coverage(TAIHE, DivisionLevel.TOWNSHIP, noOthers).total()).isEqualTo(21);
    assertThat(h.coverage(TAIHE, DivisionLevel.VILLAGE, noOthers).total())
        .as("villages under excluded townships still count").isEqualTo(322);
  }

  @Test
  void aCityWithoutCountiesIsNormal() {
    List<Division> divisions = Counties.dongguan();
    Division city = divisions.get(0);
    Division firstTownship = divisions.get(1);
    Hierarchy h = Hierarchy.builder()
        .addDivisions(divisions)
        .addSite(mainSite(city))
        .addSite(mainSite(firstTownship))
        .build();
    assertThat(h.parent(firstTownship.code())).contains(city);
    assertThat(h.siteOf(city.code()).map(Site::level)).contains(SiteLevel.CENTER);
    assertThat(h.parentSite(SiteId.of("s" + firstTownship.code())).map(Site::level))
        .contains(SiteLevel.CENTER);
    assertThat(h.coverage(city.code(), DivisionLevel.TOWNSHIP).built()).isEqualTo(1);
    assertThat(h.coverage(city.code(), DivisionLevel.COUNTY).isEmpty()).isTrue();
  }

  @Test
  void navigation() {
    List<Division> divisions = Counties.yuzhou();
    DivisionCode shenhou = DivisionCode.parse("411081103000");
    Division village = divisions.stream()
        .filter(d -> d.level() == DivisionLevel.VILLAGE && shenhou.isAncestorOf(d.code()))
        .findFirst().orElseThrow();
    Site post = Site.post(SiteId.of("post-103"), "神垕镇新时代文明实践所", shenhou);
    Site station = mainSite(village);
    Site point = Site.point(SiteId.of("tea"), "茶馆文化体验点", village.code(), station.id());
    Site center = mainSite(divisions.get(0));
    Site sub = Site.subCenter(SiteId.of("sub-1"), "理论宣讲分中心", YUZHOU, center.id());
    List<Site> sites = new ArrayList<>(List.of(point, station, sub, post, center));
    Collections.reverse(sites);
    List<Division> shuffled = new ArrayList<>(divisions);
    Collections.shuffle(shuffled, new java.util.Random(7));
    Hierarchy h = Hierarchy.builder().addSites(sites).addDivisions(shuffled).build();

    assertThat(h.divisionCount()).isEqualTo(706);
    assertThat(h.siteCount()).isEqualTo(5);
    assertThat(h.division(shenhou).map(Division::name)).contains("神垕镇");
    assertThat(h.division(DivisionCode.parse("411082"))).isEmpty();
    assertThat(h.contains(YUZHOU)).isTrue();
    assertThat(h.roots()).extracting(Division::code).containsExactly(YUZHOU);
    assertThat(h.parent(YUZHOU)).isEmpty();
    assertThat(h.parent(village.code()).map(Division::code)).contains(shenhou);
    assertThat(h.ancestors(village.code())).extracting(Division::code).containsExactly(shenhou, YUZHOU);
    assertThat(h.divisions().map(Division::code).toList()).isSorted();
    assertThat(h.descendants(YUZHOU, DivisionLevel.VILLAGE)).hasSize(679);
    assertThat(h.descendants(shenhou, DivisionLevel.TOWNSHIP)).extracting(Division::code).containsExactly(shenhou);
    assertThat(h.children(village.code())).isEmpty();

    assertThat(h.site(SiteId.of("tea"))).contains(point);
    assertThat(h.site(SiteId.of("nope"))).isEmpty();
    assertThat(h.siteOf(village.code())).contains(station);
    assertThat(h.siteOf(DivisionCode.parse("411081001000"))).isEmpty();
    assertThat(h.sitesOn(village.code())).containsExactly(station, point);
    assertThat(h.sitesOn(YUZHOU)).containsExactly(center, sub);
    assertThat(h.parentSite(point.id())).contains(station);
    assertThat(h.parentSite(station.id())).contains(post);
    assertThat(h.parentSite(post.id())).contains(center);
    assertThat(h.parentSite(sub.id())).contains(center);
    assertThat(h.parentSite(center.id())).isEmpty();
    assertThat(h.subSites(station.id())).containsExactly(point);
    assertThat(h.subSites(center.id())).containsExactly(sub);
    assertThat(h.sitesUnder(YUZHOU, SiteLevel.STATION)).containsExactly(station);
    assertThat(h.sitesUnder(shenhou, SiteLevel.POINT)).containsExactly(point);
    assertThat(h.sites()).containsExactly(center, sub, post, station, point);
    Map<DivisionLevel, Coverage> all = h.coverageByLevel(CoveragePolicy.all());
    assertThat(all.get(DivisionLevel.TOWNSHIP)).isEqualTo(Coverage.of(1, 26));
    assertThat(all.get(DivisionLevel.VILLAGE)).isEqualTo(Coverage.of(1, 679));
    assertThat(all.get(DivisionLevel.PROVINCE).isEmpty()).isTrue();
  }

  @Test
  void unknownCodesAndIdsAreNamed() {
    Hierarchy h = Hierarchy.builder().addDivisions(Counties.taihe()).build();
    assertThatThrownBy(() -> h.children(YUZHOU)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("411081000000");
    assertThatThrownBy(() -> h.parentSite(SiteId.of("x"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("site x");
    assertThatThrownBy(() -> h.coverage(null, DivisionLevel.VILLAGE)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    List<Division> divisions = new ArrayList<>(Counties.yuzhou());
    Division township = divisions.stream().filter(d -> d.code().equals(DivisionCode.parse("411081103000")))
        .findFirst().orElseThrow();
    divisions.remove(township);                                                  // its villages lose their parent
    divisions.add(new Division(YUZHOU, "禹州"));                                 // duplicate code
    Division village = at(divisions, DivisionLevel.VILLAGE).get(0);
    DivisionCode other = DivisionCode.parse("411081002000");
    List<Site> sites = List.of(
        Site.post(SiteId.of("a"), "所", village.code()),                          // wrong level
        Site.station(SiteId.of("b"), "站", village.code()),
        Site.station(SiteId.of("c"), "站", village.code()),                       // second main site
        Site.station(SiteId.of("b"), "站", village.code()),                       // duplicate id
        Site.station(SiteId.of("d"), "站", DivisionCode.parse("999999999999")),   // unknown division
        Site.point(SiteId.of("e"), "点", village.code(), SiteId.of("zz")),         // missing parent
        Site.point(SiteId.of("f"), "点", village.code(), SiteId.of("g")),          // cycle f → g → f
        Site.point(SiteId.of("g"), "点", village.code(), SiteId.of("f")),
        Site.post(SiteId.of("p"), "所", other),
        Site.point(SiteId.of("h"), "点", village.code(), SiteId.of("p")),          // outside its parent
        Site.subCenter(SiteId.of("i"), "分中心", other, SiteId.of("p")));          // wrong parent level
    HierarchyBuilder builder = Hierarchy.builder().addDivisions(divisions).addSites(sites);
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          List<Problem> problems = e.problems();
          assertThat(problems).filteredOn(p -> p.id().equals("hierarchy.missing-parent"))
              .extracting(p -> p.where().subject().orElseThrow())
              .hasSize(Counties.yuzhou().stream()
                  .filter(d -> township.code().isAncestorOf(d.code())).toList().size())
              .allMatch(code -> code.startsWith("411081103"));
          assertThat(problems).filteredOn(p -> !p.id().equals("hierarchy.missing-parent"))
              .extracting(p -> p.id() + " " + p.where().subject().orElseThrow())
              .containsExactlyInAnyOrder(
                  "hierarchy.duplicate-division 411081000000",
                  "hierarchy.wrong-level a",
                  "hierarchy.duplicate-main-site c",
                  "hierarchy.duplicate-site b",
                  "hierarchy.unknown-division d",
                  "hierarchy.missing-parent-site e",
                  "hierarchy.cycle f",
                  "hierarchy.cycle g",
                  "hierarchy.outside-parent h",
                  "hierarchy.wrong-parent-level i");
          assertThat(problems).allSatisfy(p -> assertThat(p.expected()).isPresent());
        })
        .hasMessageStartingWith("cannot build the hierarchy");
  }

  @Test
  void lenientBuildKeepsEveryGoodRecordAndReportsTheRest() {
    List<Division> divisions = new ArrayList<>(Counties.yuzhou());
    Division village = at(divisions, DivisionLevel.VILLAGE).get(0);
    Site station = Site.station(SiteId.of("b"), "站", village.code());
    BuildResult result = Hierarchy.builder()
        .addDivisions(divisions)
        .addSite(station)
        .addSite(Site.post(SiteId.of("bad"), "所", village.code()))
        .addSite(Site.point(SiteId.of("under-bad"), "点", village.code(), SiteId.of("bad")))
        .addSite(Site.point(SiteId.of("good-point"), "点", village.code(), SiteId.of("b")))
        .buildLenient();
    assertThat(result.isClean()).isFalse();
    assertThat(result.problems()).extracting(Problem::id)
        .containsExactly("hierarchy.wrong-level", "hierarchy.parent-site-left-out");
    assertThat(result.hierarchy().siteCount()).isEqualTo(2);
    assertThat(result.hierarchy().subSites(SiteId.of("b"))).extracting(Site::id)
        .containsExactly(SiteId.of("good-point"));
  }

  @Test
  void lenientBuildReportsSubSitesLeftOutWithTheirParent() {
    Division village = at(Counties.yuzhou(), DivisionLevel.VILLAGE).get(0);
    BuildResult result = Hierarchy.builder()
        .addDivisions(Counties.yuzhou())
        .addSite(Site.station(SiteId.of("s"), "站", village.code().parent().orElseThrow()))
        .addSite(Site.point(SiteId.of("p"), "点", village.code(), SiteId.of("s")))
        .buildLenient();
    assertThat(result.problems()).extracting(p -> p.id() + " " + p.where().subject().orElseThrow())
        .containsExactly("hierarchy.wrong-level s", "hierarchy.parent-site-left-out p");
    assertThat(result.hierarchy().siteCount()).isZero();
  }

  @Test
  void aBuilderBuildsOnce() {
    HierarchyBuilder builder = Hierarchy.builder();
    builder.build();
    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> builder.addDivision(new Division(YUZHOU, "禹州市")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void nullsAreRejectedAtTheBoundary() {
    HierarchyBuilder builder = Hierarchy.builder();
    assertThatThrownBy(() -> builder.addDivision(null)).isInstanceOf(NullPointerException.class).hasMessage("division");
    assertThatThrownBy(() -> builder.addSite(null)).isInstanceOf(NullPointerException.class).hasMessage("site");
  }

  @Test
  void anEmptyHierarchyIsFine() {
    Hierarchy h = Hierarchy.builder().build();
    assertThat(h.divisionCount()).isZero();
    assertThat(h.roots()).isEmpty();
    assertThat(h.coverageByLevel(CoveragePolicy.all()).values()).allMatch(Coverage::isEmpty);
  }
}
