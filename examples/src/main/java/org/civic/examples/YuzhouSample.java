package org.civic.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.civic.activity.Activity;
import org.civic.assessment.AssessmentTable;
import org.civic.assessment.Criterion;
import org.civic.assessment.Inspection;
import org.civic.assessment.Mark;
import org.civic.assessment.SubItem;
import org.civic.assessment.Subject;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionCsv;
import org.civic.division.DivisionLevel;
import org.civic.order.ServiceOrder;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.team.GridGroup;
import org.civic.team.GridId;
import org.civic.site.Staffing;
import org.civic.team.Leader;
import org.civic.team.LeaderRole;
import org.civic.team.Organisation;
import org.civic.team.OrganisationId;
import org.civic.team.Team;
import org.civic.team.TeamCategory;
import org.civic.team.TeamId;
import org.civic.team.TeamTier;
import org.civic.testkit.AssessmentTables;
import org.civic.testkit.RandomActivities;
import org.civic.testkit.RandomFacts;
import org.civic.testkit.RandomOrganisations;
import org.civic.volunteer.VolunteerId;

/**
 * The bundled sample: Yuzhou (禹州市, 411081) on the real 2021 division list, with the source
 * report's figures — 26 townships with 18 posts, stations on 262 villages, a 1+12+N team
 * structure, 94,066 registered volunteers, and a year of activities (2,187 activities, 37,985
 * volunteers taking part 57,913 times) and orders — generated with a fixed seed, so every run
 * gives the same county. Volunteer grids (志愿网格) as another source report describes them: two
 * pilot towns (火龙镇 and 神垕镇) set up grid groups at their posts and every station, each group
 * with an information officer (信息员) — save a few still without one. The source's 213 social
 * organisations (各类社会文明实践志愿服务组织213个) as the register of participating organisations
 * (1+N): some join the branches and local teams, and they take part in about one activity in six.
 *
 * <p>Which townships and villages have a site, the sites' facts and the grid groups are not in the
 * source; they are drawn deterministically. The center's approved staffing is the source's
 * (核定编制数11个); the posts' staffing (0–3 approved posts, around the proposal's 2–3) is drawn. The
 * sample carries an assessment table, {@link AssessmentTables#bijieShaped()} (9 items, 29
 * sub-items, 100 points plus bonus, as Bijie's 2021 table; its names and points are civic's
 * illustration), and {@link #inspections} stand in for the assessors' marks, which the source
 * does not give. Regenerate the bundled files by running {@link #main} from the repository's root:
 * {@code ./mvnw -q -B -ntp -pl examples -am compile dependency:build-classpath -Dmdep.outputFile=$PWD/target/cp.txt
 * -Denforcer.skip} (an absolute path: the last module to write it is the examples), then
 * {@code java -cp examples/target/classes:$(cat target/cp.txt) org.civic.examples.YuzhouSample}. The output is
 * deterministic: the same sources give the same bytes (the gzip header carries no time or name), and
 * {@code YuzhouSampleTest} fails until the bundled files are what the generator and today's writer write.
 */
public final class YuzhouSample {

  /** Yuzhou's code. */
  public static final DivisionCode YUZHOU = DivisionCode.parse("411081");
  /** Registered volunteers, as the source reports them. */
  public static final int REGISTERED = 94_066;
  /** The center's approved staff posts, as the source reports them (核定编制数11个). */
  public static final int CENTER_APPROVED_STAFF = 11;

  /** The divisions, from the bundled extract. */
  public final List<Division> divisions;
  /** The center, 18 posts, 262 stations and a few points. */
  public final List<Site> sites;
  /** The 1+12+N teams. */
  public final List<Team> teams;
  /** The volunteer grid groups of the two pilot towns. */
  public final List<GridGroup> grids;
  /** The 213 social organisations of the source, as the register of participating organisations. */
  public final List<Organisation> organisations;
  /** The volunteer register's ids. */
  public final List<VolunteerId> register;
  /** A year of activities. */
  public final List<Activity> activities;
  /** A year of service orders. */
  public final List<ServiceOrder> orders;
  /** The assessment table the sample is rated by. */
  public final AssessmentTable table;

  /** Social organisations, as the source reports them (各类社会文明实践志愿服务组织213个). */
  public static final int SOCIAL_ORGANISATIONS = 213;

  /** The divisions of the two towns that pilot volunteer grids: 火龙镇 and 神垕镇. */
  public static final List<DivisionCode> GRID_PILOTS =
      List.of(DivisionCode.parse("411081100000"), DivisionCode.parse("411081103000"));

  private YuzhouSample(List<Division> divisions, List<Site> sites, List<Team> teams, List<GridGroup> grids,
      List<Organisation> organisations, List<VolunteerId> register, List<Activity> activities, List<ServiceOrder> orders, AssessmentTable table) {
    this.divisions = divisions;
    this.sites = sites;
    this.teams = teams;
    this.grids = grids;
    this.organisations = organisations;
    this.register = register;
    this.activities = activities;
    this.orders = orders;
    this.table = table;
  }

  /** Builds the sample for 2024. */
  public static YuzhouSample build() {
    SplittableRandom random = new SplittableRandom(411081);
    List<Division> divisions = readDivisions();
    List<Site> sites = new ArrayList<>();
    sites.add(Site.center(SiteId.of("yz"), "禹州市新时代文明实践中心", YUZHOU));
    List<Division> townships = divisions.stream().filter(d -> d.level() == DivisionLevel.TOWNSHIP).toList();
    for (Division t : townships.subList(0, 18)) {
      sites.add(Site.post(SiteId.of("yz-" + t.code().toString().substring(6, 9)), t.name() + "新时代文明实践所", t.code()));
    }
    List<Division> villages = divisions.stream().filter(d -> d.level() == DivisionLevel.VILLAGE).toList();
    int stations = 0;
    for (int pass = 0; pass < 2 && stations < 262; pass++) {
      for (int i = pass; i < villages.size() && stations < 262; i += 2) {
        Division v = villages.get(i);
        sites.add(Site.station(SiteId.of("yz-" + v.code().toString().substring(6)), v.name() + "新时代文明实践站", v.code()));
        stations++;
      }
    }
    Site shenhou = sites.stream().filter(s -> s.name().startsWith("神垕镇")).findFirst().orElseThrow();
    sites.add(Site.point(SiteId.of("yz-tea"), "神垕古镇茶馆文化体验点", shenhou.division(), shenhou.id()));
    List<Site> withFacts = staffed(RandomFacts.withFacts(random, sites, 0.08));

    List<Team> teams = new ArrayList<>();
    teams.add(Team.builder(TeamId.of("yz-brigade"), "禹州市新时代文明实践志愿服务总队", TeamTier.BRIGADE, SiteId.of("yz"))
        .leader(new Leader("市委书记", LeaderRole.COUNTY_PARTY_SECRETARY)).members(46).build());
    List<TeamCategory> categories = new ArrayList<>(TeamCategory.YUZHOU_BRANCHES);
    categories.add(TeamCategory.SPORTS);
    categories.add(TeamCategory.NEIGHBOURHOOD);
    for (int i = 0; i < categories.size(); i++) {
      teams.add(Team.builder(TeamId.of("yz-branch-" + (i + 1)), categories.get(i).chinese() + "志愿服务分队", TeamTier.BRANCH,
              SiteId.of("yz"))
          .category(categories.get(i)).parent(TeamId.of("yz-brigade"))
          .leader(new Leader("牵头单位负责人", LeaderRole.DEPARTMENT_HEAD)).members(20 + random.nextInt(30)).build());
    }
    for (Site s : withFacts) {
      if (s.level() == SiteLevel.POST || s.level() == SiteLevel.STATION) {
        boolean post = s.level() == SiteLevel.POST;
        teams.add(Team.builder(TeamId.of("t-" + s.id().value()), s.name().replace("新时代文明实践", "") + "志愿服务队",
                TeamTier.SQUAD, s.id())
            .parent(TeamId.of("yz-brigade"))
            .leader(new Leader(post ? "党委书记" : "支部书记", post ? LeaderRole.TOWNSHIP_PARTY_SECRETARY : LeaderRole.VILLAGE_SECRETARY))
            .members((post ? 10 : 5) + random.nextInt(8) - (random.nextInt(25) == 0 ? 3 : 0)).build());
      }
    }
    List<VolunteerId> register = IntStream.range(0, REGISTERED).mapToObj(RandomActivities::volunteer).toList();
    List<Site> active = withFacts.stream().filter(s -> s.level() != SiteLevel.POINT).toList();
    List<Activity> activities = RandomActivities.log(random, active, 2024, 2_187, 37_985, 57_913);
    List<ServiceOrder> orders = RandomActivities.orders(random, active, 2024, 2_000);
    // The organisations (1+N) from a random of their own, so that every figure above stays as it was.
    SplittableRandom own = new SplittableRandom(411081_213L);
    List<DivisionCode> registries = new ArrayList<>(List.of(YUZHOU));
    registries.addAll(townships.stream().map(Division::code).toList());
    List<Organisation> organisations = RandomOrganisations.register(own, registries, 0, SOCIAL_ORGANISATIONS, 0);
    List<OrganisationId> ids = organisations.stream().map(Organisation::id).toList();
    return new YuzhouSample(divisions, withFacts, RandomOrganisations.join(own, teams, ids, 0.25), grids(withFacts),
        organisations, register, RandomOrganisations.takePart(own, activities, ids, 1.0 / 6), orders,
        AssessmentTables.bijieShaped());
  }

  /** Grid groups at the posts and stations of the pilot towns, from a random of their own. */
  private static List<GridGroup> grids(List<Site> sites) {
    SplittableRandom random = new SplittableRandom(411081_2);
    List<GridGroup> grids = new ArrayList<>();
    for (Site s : sites) {
      boolean pilot = GRID_PILOTS.stream().anyMatch(t -> t.equals(s.division()) || t.isAncestorOf(s.division()));
      if (!pilot || (s.level() != SiteLevel.POST && s.level() != SiteLevel.STATION)) {
        continue;
      }
      String place = s.name().replace("新时代文明实践所", "机关").replace("新时代文明实践站", "");
      int groups = s.level() == SiteLevel.POST ? 1 : 2 + random.nextInt(3);
      for (int g = 1; g <= groups; g++) {
        Optional<String> officer = random.nextInt(20) == 0 ? Optional.empty() : Optional.of(place + "信息员" + "甲乙丙丁".charAt(g - 1));
        grids.add(GridGroup.of(GridId.of("g-" + s.id().value() + "-" + g), place + "第" + g + "志愿网格小组", s.id(),
            officer, 4 + random.nextInt(9)));
      }
    }
    return grids;
  }

  /**
   * The center's approved staffing (the source's 11 posts) and each post's, drawn from a random of
   * its own so that the other draws, and the figures they give, stay as they were.
   */
  private static List<Site> staffed(List<Site> sites) {
    SplittableRandom random = new SplittableRandom(411081_011L);
    List<Site> out = new ArrayList<>(sites.size());
    for (Site s : sites) {
      if (s.level() == SiteLevel.CENTER) {
        s = s.withFacts(s.facts().withStaffing(Staffing.approved(CENTER_APPROVED_STAFF)));
      } else if (s.level() == SiteLevel.POST) {
        s = s.withFacts(s.facts().withStaffing(Staffing.approved(random.nextInt(0, 4))));
      }
      out.add(s);
    }
    return out;
  }

  /**
   * Stands in for the assessors' visits: for every site the table rates, marks for every sub-item
   * judged by marks, drawn from the site's id (the same site always gets the same marks) — most
   * sites earn most points, some lose a few, a few earn a bonus. Illustrative: the source gives no
   * marks. The bundled dataset carries them as {@code inspections}.
   *
   * @param table the table, not null
   * @param sites the sites, not null
   * @return one inspection per site the table rates, in the order given, not null
   */
  public static List<Inspection> inspections(AssessmentTable table, List<Site> sites) {
    List<Inspection> out = new ArrayList<>();
    for (Site site : sites) {
      if (table.rates(site.level())) {
        out.add(Inspection.of(table.id(), Subject.Kind.SITE, site.id().value(), java.time.LocalDate.of(2024, 11, 15),
            Optional.of("禹州市新时代文明实践测评组"), marks(table, site)));
      }
    }
    return out;
  }

  private static java.util.Map<String, Mark> marks(AssessmentTable table, Site site) {
    SplittableRandom random = new SplittableRandom(site.id().value().hashCode());
    java.util.Map<String, Mark> marks = new java.util.LinkedHashMap<>();
    for (SubItem s : table.subItems()) {
      if (s.criterion().basis() != Criterion.Basis.ASSESSED) {
        continue;
      }
      BigDecimal full = s.points();
      BigDecimal given = switch (s.kind()) {
        case BONUS -> random.nextInt(6) == 0 ? full : BigDecimal.ZERO;
        case DEDUCTION -> random.nextInt(8) == 0 ? full : BigDecimal.ZERO;
        default -> {
          int roll = random.nextInt(10);
          BigDecimal half = full.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN);
          yield roll < 7 ? full : roll < 9 ? half : BigDecimal.ZERO;
        }
      };
      String note = given.compareTo(full) == 0 ? "达标" : given.signum() > 0 ? "部分达标" : "未达标";
      marks.put(s.id(), Mark.of(given, note));
    }
    return marks;
  }

  /**
   * Writes the sample as the civic JSON files the examples ship: {@code yuzhou-2024.json} (the
   * dataset without volunteers, with the grid groups, the organisations and the assessors' marks) and {@code yuzhou-2024-volunteers.jsonl.gz} (the register, as
   * gzipped JSON Lines).
   *
   * @param args the folder to write to (default: the examples' resource folder)
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    java.nio.file.Path dir = java.nio.file.Path.of(args.length > 0 ? args[0]
        : "examples/src/main/resources/org/civic/examples");
    YuzhouSample yz = build();
    org.civic.json.Dataset d = new org.civic.json.Dataset(yz.divisions, yz.sites, yz.teams, yz.grids, yz.organisations,
        List.of(), yz.activities, yz.orders, java.util.Optional.empty(), java.util.Optional.empty(), List.of(yz.table),
        inspections(yz.table, yz.sites), List.of());
    try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(dir.resolve("yuzhou-2024.json"))) {
      org.civic.json.CivicJson.strict().writeDataset(d, out);
    }
    java.time.LocalDate registered = java.time.LocalDate.of(2023, 1, 1);
    List<Site> stations = yz.sites.stream().filter(s -> s.level() == SiteLevel.STATION).toList();
    try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(new java.io.BufferedOutputStream(
            java.nio.file.Files.newOutputStream(dir.resolve("yuzhou-2024-volunteers.jsonl.gz"))));
        org.civic.json.LinesWriter w = org.civic.json.CivicJson.strict().linesWriter(out)) {
      for (int i = 0; i < yz.register.size(); i++) {
        w.write(org.civic.volunteer.Volunteer.of(yz.register.get(i), "志愿者" + i, registered.plusDays(i % 700),
            java.util.Set.of(), java.util.Optional.of(stations.get(i % stations.size()).id())));
      }
    }
  }

  private static List<Division> readDivisions() {
    try (InputStream in = YuzhouSample.class.getResourceAsStream("yuzhou-411081.csv")) {
      if (in == null) {
        throw new IllegalStateException("the examples jar lacks yuzhou-411081.csv");
      }
      return DivisionCsv.readAll(in, "yuzhou-411081.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
