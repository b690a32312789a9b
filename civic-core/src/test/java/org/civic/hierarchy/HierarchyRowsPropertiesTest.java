package org.civic.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.civic.division.Division;
import org.civic.hierarchy.internal.FactColumns;
import org.civic.hierarchy.internal.HierarchyBuilderAccess;
import org.civic.hierarchy.internal.HierarchyRows;
import org.civic.site.Display;
import org.civic.site.Projects;
import org.civic.site.RuleDocuments;
import org.civic.site.Signage;
import org.civic.site.Site;
import org.civic.site.SiteFacts;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.site.Staffing;
import org.civic.site.TeamFacts;
import org.civic.site.Venue;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A builder filled as civic-json's reader fills it — divisions and sites written field by field
 * into rows of a block's own and joined in runs, the lines the reader cannot scan added as
 * records among them — builds the hierarchy that adding every division and site as records
 * builds: the same divisions, sites, facts and problems. A row the record's own rules would refuse
 * (a blank name, an id with a character ids may not have, a bad code, a point without a parent, a
 * site its own parent) is not added.
 */
class HierarchyRowsPropertiesTest {

  private static final List<Division> YUZHOU = Counties.yuzhou();

  private static SiteFacts facts(SplittableRandom r) {
    SiteFacts f = SiteFacts.unknown();
    if (r.nextInt(6) == 0) {
      return f;
    }
    if (r.nextInt(4) > 0) {
      f = f.withVenue(new Venue(BigDecimal.valueOf(r.nextInt(40_000), r.nextInt(3)), r.nextInt(6)));
    }
    if (r.nextInt(4) > 0) {
      f = f.withSignage(new Signage(r.nextBoolean(), r.nextBoolean()));
    }
    if (r.nextInt(4) > 0) {
      f = f.withTeam(r.nextInt(3) == 0 ? TeamFacts.none() : TeamFacts.led("书记" + r.nextInt(5), r.nextInt(20)));
    }
    if (r.nextInt(4) > 0) {
      f = f.withProjects(new Projects(r.nextInt(5), r.nextInt(9)));
    }
    if (r.nextInt(4) > 0) {
      Set<String> rules = new LinkedHashSet<>();
      for (int k = r.nextInt(5); k > 0; k--) {
        rules.add("制度" + r.nextInt(r.nextInt(10) == 0 ? 90 : 8)); // now and then past 64 names
      }
      f = f.withRules(new RuleDocuments(rules));
    }
    if (r.nextInt(4) > 0) {
      f = f.withDisplay(new Display(r.nextInt(4), r.nextBoolean()));
    }
    if (r.nextInt(4) == 0) {
      int approved = r.nextInt(9);
      f = f.withStaffing(new Staffing(approved, r.nextInt(approved + 1), 0));
    }
    return f;
  }

  /**
   * Writes a site into rows as the reader does (its facts field by field, then the row); false
   * where the reader would decline the line (a value the columns cannot hold) or the rows refuse it.
   */
  private static boolean write(HierarchyRows rows, Site site, byte[] id, String name) {
    FactColumns.Builder c = rows.facts();
    c.beginRow();
    SiteFacts f = site.facts();
    if (f.venue().isPresent()) {
      BigDecimal centi = f.venue().get().area().movePointRight(2);
      if (centi.scale() > 0) {
        return false;
      }
      c.venue(centi.longValueExact(), f.venue().get().functionRooms());
    }
    f.signage().ifPresent(s -> c.signage(s.signboard(), s.unifiedLogo()));
    f.team().ifPresent(t -> c.team(t.leaderRole().orElse(null), t.members()));
    f.projects().ifPresent(p -> c.projects(p.running(), p.menuItems()));
    if (f.rules().isPresent()) {
      c.rules();
      for (String rule : f.rules().get().documents()) {
        if (!c.rule(rule)) {
          return false;
        }
      }
    }
    f.display().ifPresent(d -> c.display(d.boards(), d.publicPosting()));
    f.staffing().ifPresent(s -> c.staffing(s.approved(), s.directors(), s.deputyDirectors()));
    byte[] framed = new byte[id.length + 2];
    System.arraycopy(id, 0, framed, 1, id.length);
    return commit(rows, framed, 1, id.length, name, site.level(), site.division().value(),
        site.parent().map(SiteId::value).orElse(null));
  }

  /** {@link HierarchyRows#commit} with the name as a reader decodes it: characters in a buffer, longer than the name. */
  private static boolean commit(HierarchyRows rows, byte[] b, int idFrom, int idLength, String name, SiteLevel level,
      long code, @Nullable String parent) {
    char[] chars = Arrays.copyOf(name.toCharArray(), name.length() + 3);
    chars[name.length()] = 'x'; // what a buffer holds past the name is not read
    return rows.commit(b, idFrom, idLength, chars, name.length(), level, code, parent);
  }

  private static String describe(BuildResult built) {
    StringBuilder s = new StringBuilder();
    built.hierarchy().divisions().forEach(d -> s.append(d).append('\n'));
    built.hierarchy().sites().forEach(site -> s.append(site).append(' ').append(site.parent()).append(' ')
        .append(site.facts()).append('\n'));
    built.problems().forEach(p -> s.append(p).append('\n'));
    return s.toString();
  }

  @Test
  void rowsWrittenAsTheReaderWritesThemBuildWhatRecordsBuild() {
    qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<Site> sites = new ArrayList<>();
      for (Division d : YUZHOU) {
        SiteLevel level = SiteLevel.mainLevelFor(d.level()).orElseThrow();
        if (r.nextInt(8) == 0) {
          continue;
        }
        SiteId id = SiteId.of("s" + d.code());
        sites.add(Site.of(id, d.name() + level.chinese(), level, d.code(), Optional.empty()).withFacts(facts(r)));
        if (level == SiteLevel.STATION && r.nextInt(6) == 0) {
          sites.add(Site.point(SiteId.of("p" + d.code()), d.name() + "服务点", d.code(), id).withFacts(facts(r)));
        }
        if (r.nextInt(40) == 0) { // a second main site: a problem either way
          sites.add(Site.of(SiteId.of("x" + d.code()), "又一个", level, d.code(), Optional.empty()));
        }
      }
      List<Division> divisions = new ArrayList<>(YUZHOU);
      if (r.nextBoolean()) {
        divisions.add(YUZHOU.get(r.nextInt(YUZHOU.size()))); // a duplicate division: a problem either way
      }
      HierarchyBuilder records = Hierarchy.builder().addDivisions(divisions).addSites(sites);

      HierarchyBuilder read = Hierarchy.builder();
      HierarchyRows rows = HierarchyBuilderAccess.rows(read);
      int i = 0;
      while (i < divisions.size()) { // blocks of divisions, joined in runs
        HierarchyRows block = new HierarchyRows(1);
        int n = 1 + r.nextInt(40);
        for (int k = 0; k < n && i + k < divisions.size(); k++) {
          Division d = divisions.get(i + k);
          assertThat(block.addDivision(d.code().value(), d.name())).isTrue();
        }
        int from = r.nextInt(block.divisionCount() + 1);
        for (int k = 0; k < from; k++) {
          read.addDivision(divisions.get(i + k)); // lines the reader parsed, before the block's rows
        }
        rows.addAllDivisions(block, from, block.divisionCount());
        i += block.divisionCount();
      }
      i = 0;
      while (i < sites.size()) { // blocks of sites: rows where the reader scans, records where it declines
        HierarchyRows block = new HierarchyRows(1);
        int n = 1 + r.nextInt(30);
        int joined = 0;
        for (int k = 0; k < n && i < sites.size(); k++, i++) {
          Site s = sites.get(i);
          byte[] id = s.id().value().getBytes(StandardCharsets.US_ASCII);
          if (r.nextInt(10) == 0 || !write(block, s, id, s.name())) {
            rows.addAll(block, joined, block.size()); // what the block read before this line
            joined = block.size();
            read.addSite(s); // then this line, as a record
          } else {
            assertThat(block.site(block.size() - 1)).isEqualTo(s);
          }
        }
        rows.addAll(block, joined, block.size());
      }
      assertThat(describe(read.buildLenient())).isEqualTo(describe(records.buildLenient()));
    });
  }

  @Test
  void aRowTheRecordsRulesRefuseIsNotAdded() {
    HierarchyRows rows = new HierarchyRows(1);
    Division village = YUZHOU.stream().filter(d -> d.code().value() % 1000 != 0).findFirst().orElseThrow();
    long code = village.code().value();
    byte[] good = "s1".getBytes(StandardCharsets.US_ASCII);
    rows.facts().beginRow();
    assertThat(commit(rows, good, 0, 2, " ", SiteLevel.STATION, code, null)).as("a blank name").isFalse();
    assertThat(commit(rows, "s 1".getBytes(StandardCharsets.US_ASCII), 0, 3, "站", SiteLevel.STATION, code, null))
        .as("a space in the id").isFalse();
    assertThat(commit(rows, new byte[0], 0, 0, "站", SiteLevel.STATION, code, null)).as("an empty id").isFalse();
    assertThat(commit(rows, "s".repeat(65).getBytes(StandardCharsets.US_ASCII), 0, 65, "站", SiteLevel.STATION, code,
        null)).as("an id of 65 characters").isFalse();
    assertThat(commit(rows, good, 0, 2, "站", SiteLevel.STATION, 1L, null)).as("a bad code").isFalse();
    assertThat(commit(rows, good, 0, 2, "点", SiteLevel.POINT, code, null)).as("a point without a parent").isFalse();
    assertThat(commit(rows, good, 0, 2, "点", SiteLevel.POINT, code, "s1")).as("its own parent").isFalse();
    assertThat(commit(rows, good, 0, 2, "站", SiteLevel.STATION, code, "p0")).as("a station with a parent").isFalse();
    assertThat(rows.addDivision(code, "")).as("a blank division name").isFalse();
    assertThat(rows.addDivision(code, " \u3000村".toCharArray(), 2)).as("a blank division name, as read").isFalse();
    assertThat(rows.addDivision(1L, "村".toCharArray(), 1)).as("a bad code, as read").isFalse();
    assertThat(rows.addDivision(1L, "村")).as("a bad division code").isFalse();
    assertThat(rows.size()).isZero();
    assertThat(rows.divisionCount()).isZero();
    assertThat(commit(rows, good, 0, 2, "站", SiteLevel.STATION, code, null)).isTrue();
    assertThat(rows.site(0)).isEqualTo(Site.station(SiteId.of("s1"), "站", village.code()));
    // ids of one and of 64 characters, the shortest and the longest there are
    rows.facts().beginRow();
    assertThat(commit(rows, "a".getBytes(StandardCharsets.US_ASCII), 0, 1, "站", SiteLevel.STATION, code, null)).isTrue();
    rows.facts().beginRow();
    assertThat(commit(rows, "b".repeat(64).getBytes(StandardCharsets.US_ASCII), 0, 64, "站", SiteLevel.STATION, code,
        null)).isTrue();
    assertThat(rows.site(2).id().value()).hasSize(64);
    // cleared, the rows are filled again from their first row (a scanner's scratch row is)
    rows.clear();
    assertThat(rows.size()).isZero();
    rows.facts().beginRow();
    rows.facts().display(2, true);
    assertThat(commit(rows, "s2".getBytes(StandardCharsets.US_ASCII), 0, 2, "另一站", SiteLevel.STATION, code, null))
        .isTrue();
    assertThat(rows.site(0)).isEqualTo(Site.station(SiteId.of("s2"), "另一站", village.code())
        .withFacts(SiteFacts.unknown().withDisplay(new Display(2, true))));
    assertThat(rows.size()).isEqualTo(1);
  }
}
