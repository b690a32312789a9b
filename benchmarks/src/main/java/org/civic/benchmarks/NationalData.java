package org.civic.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.civic.activity.Activity;
import org.civic.division.Division;
import org.civic.hierarchy.Hierarchy;
import org.civic.json.CivicJson;
import org.civic.json.LinesWriter;
import org.civic.order.MenuItem;
import org.civic.order.ServiceOrder;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.team.Leader;
import org.civic.team.LeaderRole;
import org.civic.team.Team;
import org.civic.team.TeamCategory;
import org.civic.team.TeamId;
import org.civic.team.TeamTier;
import org.civic.testkit.NationalDivisions;
import org.civic.testkit.RandomFacts;
import org.civic.volunteer.Volunteer;
import org.civic.volunteer.VolunteerId;

/**
 * The one deterministic national dataset every benchmark runs on (issue 9), in memory and as
 * civic/1 JSON Lines files under {@code benchmarks/target/national-<scale>/}.
 *
 * <p>Everything derives from {@link #SEED} (42); each part draws from its own random stream, so a
 * benchmark that asks only for the activities gets the same activities as one that asks for
 * everything:
 *
 * <ul>
 *   <li><b>Hierarchy</b> ({@link NationalSites}): the 663,128 divisions of the bundled 2021 list;
 *       a center on each of the 3,609 cities and counties, a post on each of the 41,355
 *       townships, a station on 599,326 of the 618,133 villages (a seeded 3% have none): 644,290
 *       main sites, ids {@code "s"} + the 12-digit code.
 *   <li><b>Six-haves facts</b>: {@code RandomFacts.facts(random, 0.1)} for every site, drawn in
 *       code order ({@link #sitesWithFacts}).
 *   <li><b>Teams</b> ("1+11+N"): at each center a brigade (总队) and 11 branches (分队), one per
 *       category of {@link TeamCategory#ELEVEN}; 3 squads (小队) at each post; 1 squad at each
 *       station. Branches and squads have their center's brigade as parent (the brigade of the
 *       nearest city or county). 766,699 teams, ids {@code "t" + code + "-g" | "-b<k>" | "-s<k>"}.
 *   <li><b>Volunteers</b>: {@code "v" + n}, each registered 2019–2023 at a uniformly drawn home
 *       site and a member of one of its teams.
 *   <li><b>Activities</b> in 2024 ({@link NationalActivities}): uniform site and day, 1–10
 *       volunteers from the register, a category, and the site's team for that category (a center's
 *       branch of the category, a post's squad, the station's squad).
 *   <li><b>Service orders</b> placed in 2024 at uniform sites, from a menu of 5 items, matched to
 *       the site's first team, about 10% cancelled, 10% rejected and re-dispatched to the
 *       center's brigade, 10% left in progress, the rest delivered, most of those rated.
 * </ul>
 *
 * <p>The sizes depend on the {@link Scale}, from the system property {@code civic.scale}
 * ({@code reduced}, the default, or {@code full}). Every part is made on first use and kept.
 * Not thread-safe, except that the activities are made in parallel.
 */
public final class NationalData {

  /** The seed everything derives from. */
  public static final long SEED = 42;

  /** The year of activities and orders. */
  public static final int YEAR = 2024;

  /** The probability that a six-haves fact is unknown. */
  public static final double UNKNOWN_FACT_SHARE = 0.1;

  /** Changes whenever the generator changes, so old files are not reused. */
  static final String VERSION = "national-data v1";

  private static final String PROPERTY = "civic.scale";

  private static final List<MenuItem> MENU = List.of(new MenuItem("m-policy", "政策宣讲", "政策"),
      new MenuItem("m-skills", "技能培训", "技能"), new MenuItem("m-law", "法律咨询", "法治"),
      new MenuItem("m-civility", "文明劝导", "文明"), new MenuItem("m-origin", "初心故事会", "初心"));

  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};

  /**
   * The size of the data. The hierarchy, facts and teams are always national; the volunteers,
   * activities and orders shrink at {@link #REDUCED}.
   */
  public enum Scale {
    /** One sixth of the volunteers, activities and orders: the default, for a run under 10 min. */
    REDUCED(166_667, 1_000_000, 100_000),
    /** The national size of issue 9: 1,000,000 volunteers, 6,000,000 activities. */
    FULL(1_000_000, 6_000_000, 600_000);

    private final int volunteers;
    private final int activities;
    private final int orders;

    Scale(int volunteers, int activities, int orders) {
      this.volunteers = volunteers;
      this.activities = activities;
      this.orders = orders;
    }

    /** Returns the number of volunteers. */
    public int volunteers() {
      return volunteers;
    }

    /** Returns the number of activities. */
    public int activities() {
      return activities;
    }

    /** Returns the number of service orders. */
    public int orders() {
      return orders;
    }

    /** Returns the lower-case name: {@code reduced} or {@code full}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the scale named by the system property {@code civic.scale}, {@link #REDUCED} if it
     * is not set. The run script passes it to JMH's forks with {@code -jvmArgsPrepend}.
     *
     * @throws IllegalArgumentException if the property names no scale
     */
    public static Scale current() {
      return of(System.getProperty(PROPERTY, "reduced"));
    }

    /**
     * Returns the scale with a name, case-insensitive.
     *
     * @throws IllegalArgumentException if no scale has that name
     */
    public static Scale of(String name) {
      for (Scale s : values()) {
        if (s.id().equalsIgnoreCase(name.strip())) {
          return s;
        }
      }
      throw new IllegalArgumentException(PROPERTY + " must be reduced or full, not " + name);
    }

    /** The parameters that decide the files' content. */
    String parameters() {
      return VERSION + " scale=" + id() + " seed=" + SEED + " year=" + YEAR + " sites=" + NationalSites.SITE_COUNT
          + " volunteers=" + volunteers + " activities=" + activities + " orders=" + orders
          + " maxVolunteersPerActivity=" + NationalActivities.MAX_VOLUNTEERS;
    }
  }

  private final Scale scale;
  private List<Division> divisions;
  private List<Site> sites;
  private List<Site> sitesWithFacts;
  /** Per site, in site order: the team ids the site's activities are held by (see {@link #teamFor}). */
  private TeamId[][] siteTeams;
  /** Per site, in site order: the brigade of its center. */
  private TeamId[] siteBrigades;
  private List<Team> teams;
  private List<VolunteerId> volunteerIds;
  private List<Volunteer> volunteers;
  private List<Activity> activities;
  private List<ServiceOrder> orders;

  private NationalData(Scale scale) {
    this.scale = scale;
  }

  /**
   * Returns the data of a scale; nothing is made until it is asked for.
   *
   * @param scale the scale, not null
   * @return the data, not null
   */
  public static NationalData of(Scale scale) {
    return new NationalData(java.util.Objects.requireNonNull(scale, "scale"));
  }

  /** Returns the data of {@link Scale#current()}. */
  public static NationalData current() {
    return of(Scale.current());
  }

  /** Returns the scale. */
  public Scale scale() {
    return scale;
  }

  /** Returns the 663,128 divisions, in code order. */
  public List<Division> divisions() {
    if (divisions == null) {
      divisions = List.copyOf(NationalDivisions.all());
    }
    return divisions;
  }

  /** Returns the 644,290 main sites without facts, in code order. */
  public List<Site> sites() {
    if (sites == null) {
      List<Site> out = new ArrayList<>(NationalSites.SITE_COUNT);
      for (Division d : divisions()) {
        Site s = NationalSites.mainSiteOf(d);
        if (s != null) {
          out.add(s);
        }
      }
      if (out.size() != NationalSites.SITE_COUNT) {
        throw new IllegalStateException("expected " + NationalSites.SITE_COUNT + " sites, got " + out.size());
      }
      sites = List.copyOf(out);
    }
    return sites;
  }

  /** Returns the main sites, each with random six-haves facts, in code order. */
  public List<Site> sitesWithFacts() {
    if (sitesWithFacts == null) {
      sitesWithFacts = List.copyOf(RandomFacts.withFacts(new SplittableRandom(seed(1)), sites(), UNKNOWN_FACT_SHARE));
    }
    return sitesWithFacts;
  }

  /** Builds the hierarchy of the divisions and the sites without facts (strict, checked). */
  public Hierarchy hierarchy() {
    return NationalSites.check(Hierarchy.builder().addDivisions(divisions()).addSites(sites()).build());
  }

  /** Builds the hierarchy of the divisions and the sites with facts (strict, checked). */
  public Hierarchy hierarchyWithFacts() {
    return NationalSites.check(Hierarchy.builder().addDivisions(divisions()).addSites(sitesWithFacts()).build());
  }

  /** Returns the site ids, in code order. */
  public List<SiteId> siteIds() {
    return sites().stream().map(Site::id).toList();
  }

  /** Returns the teams: per site in code order, a center's brigade then its 11 branches. */
  public List<Team> teams() {
    if (teams == null) {
      makeTeams();
    }
    return teams;
  }

  /** Returns the register's ids, {@code "v" + n} for n below the scale's volunteer count. */
  public List<VolunteerId> volunteerIds() {
    if (volunteerIds == null) {
      volunteerIds = NationalActivities.pool(scale.volunteers());
    }
    return volunteerIds;
  }

  /** Returns the volunteers, in id order. */
  public List<Volunteer> volunteers() {
    if (volunteers == null) {
      teams();
      List<VolunteerId> ids = volunteerIds();
      List<Site> s = sites();
      SplittableRandom random = new SplittableRandom(seed(3));
      LocalDate first = LocalDate.of(YEAR - 5, 1, 1);
      Volunteer[] out = new Volunteer[ids.size()];
      for (int i = 0; i < out.length; i++) {
        int home = random.nextInt(s.size());
        TeamId[] options = siteTeams[home];
        TeamId team = options.length == 12 && random.nextInt(4) == 0 ? siteBrigades[home]
            : options[random.nextInt(options.length)];
        out[i] = Volunteer.of(ids.get(i), "志愿者" + i, first.plusDays(random.nextInt(5 * 365)), Set.of(team),
            Optional.of(s.get(home).id()));
      }
      volunteers = List.of(out);
    }
    return volunteers;
  }

  /** Returns the scale's activities in {@link #YEAR}, in id order ({@code "a" + i}). */
  public List<Activity> activities() {
    if (activities == null) {
      teams();
      activities = NationalActivities.generate(seed(4), YEAR, scale.activities(), siteIds(), volunteerIds(),
          this::teamFor);
    }
    return activities;
  }

  /** Returns the scale's service orders placed in {@link #YEAR}, in id order ({@code "o" + i}). */
  public List<ServiceOrder> orders() {
    if (orders == null) {
      teams();
      List<Site> s = sites();
      SplittableRandom random = new SplittableRandom(seed(5));
      Instant start = LocalDate.of(YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
      int seconds = LocalDate.of(YEAR, 1, 1).lengthOfYear() * 24 * 3600;
      ServiceOrder[] out = new ServiceOrder[scale.orders()];
      for (int i = 0; i < out.length; i++) {
        int site = random.nextInt(s.size());
        Instant t = start.plusSeconds(random.nextInt(seconds));
        ServiceOrder o = ServiceOrder.place("o" + i, s.get(site).id(), MENU.get(random.nextInt(MENU.size())), t);
        int path = random.nextInt(10);
        if (path == 0) {
          out[i] = o.cancel("群众取消", t.plusSeconds(600));
          continue;
        }
        t = t.plusSeconds(600 + random.nextInt(3 * 24 * 3600));
        o = o.match(siteTeams[site][0], t);
        if (path == 1) {
          t = t.plusSeconds(3600);
          o = o.reject("人手不足", t).match(siteBrigades[site], t.plusSeconds(1800));
          t = t.plusSeconds(1800);
        }
        if (path == 2) {
          out[i] = o;
          continue;
        }
        t = t.plusSeconds(3600 + random.nextInt(7 * 24 * 3600));
        o = o.deliver("a-o" + i, t);
        if (path < 8) {
          o = o.rate(1 + random.nextInt(5), random.nextBoolean() ? Optional.of("满意") : Optional.empty(),
              t.plusSeconds(3600));
        }
        out[i] = o;
      }
      orders = List.of(out);
    }
    return orders;
  }

  /**
   * Returns the team that holds an activity of a category at a site: a center's branch of that
   * category, one of a post's 3 squads, a station's squad.
   */
  TeamId teamFor(int site, int category) {
    TeamId[] options = siteTeams[site];
    return options.length == 12 ? options[1 + category] : options[category % options.length];
  }

  private void makeTeams() {
    List<Site> s = sites();
    List<Team> out = new ArrayList<>(800_000);
    siteTeams = new TeamId[s.size()][];
    siteBrigades = new TeamId[s.size()];
    SplittableRandom random = new SplittableRandom(seed(2));
    TeamId brigade = null;
    long brigadePrefix = -1;
    Division[] byCode = divisionsBySite();
    for (int i = 0; i < s.size(); i++) {
      Site site = s.get(i);
      Division d = byCode[i];
      String base = "t" + d.code();
      if (site.level() == SiteLevel.CENTER) {
        brigade = TeamId.of(base + "-g");
        // A center's townships share the first 6 digits; a city's own townships have 00 county digits.
        brigadePrefix = d.code().value() / 1_000_000;
        TeamId[] ids = new TeamId[12];
        ids[0] = brigade;
        out.add(Team.builder(brigade, d.name() + "新时代文明实践志愿服务" + TeamTier.BRIGADE.chinese(), TeamTier.BRIGADE,
                site.id())
            .leader(new Leader(leader(random), LeaderRole.COUNTY_PARTY_SECRETARY))
            .members(30 + random.nextInt(171))
            .build());
        for (int k = 0; k < 11; k++) {
          TeamCategory category = TeamCategory.ELEVEN.get(k);
          ids[1 + k] = TeamId.of(base + "-b" + (k + 1));
          out.add(Team.builder(ids[1 + k], d.name() + category.chinese() + TeamTier.BRANCH.chinese(), TeamTier.BRANCH,
                  site.id())
              .category(category)
              .parent(brigade)
              .leader(new Leader(leader(random), LeaderRole.DEPARTMENT_HEAD))
              .members(10 + random.nextInt(51))
              .build());
        }
        siteTeams[i] = ids;
        siteBrigades[i] = brigade;
        continue;
      }
      if (brigade == null || d.code().value() / 1_000_000 != brigadePrefix) {
        throw new IllegalStateException("no center before " + d);
      }
      int squads = site.level() == SiteLevel.POST ? 3 : 1;
      LeaderRole role = site.level() == SiteLevel.POST ? LeaderRole.TOWNSHIP_PARTY_SECRETARY
          : LeaderRole.VILLAGE_SECRETARY;
      TeamId[] ids = new TeamId[squads];
      for (int k = 0; k < squads; k++) {
        ids[k] = TeamId.of(base + "-s" + (k + 1));
        out.add(Team.builder(ids[k], d.name() + "志愿服务" + TeamTier.SQUAD.chinese() + (squads > 1 ? k + 1 : ""),
                TeamTier.SQUAD, site.id())
            .parent(brigade)
            .leader(new Leader(leader(random), role))
            .members(5 + random.nextInt(26))
            .build());
      }
      siteTeams[i] = ids;
      siteBrigades[i] = brigade;
    }
    teams = List.copyOf(out);
  }

  /** Returns each site's division, in site order. */
  private Division[] divisionsBySite() {
    List<Site> s = sites();
    Division[] out = new Division[s.size()];
    int i = 0;
    for (Division d : divisions()) {
      if (i < out.length && s.get(i).division().equals(d.code())) {
        out[i++] = d;
      }
    }
    if (i != out.length) {
      throw new IllegalStateException("sites out of division order");
    }
    return out;
  }

  private static String leader(SplittableRandom random) {
    return SURNAMES[random.nextInt(SURNAMES.length)] + "某";
  }

  /** The seed of part {@code part}: each part its own random stream. */
  private static long seed(int part) {
    return NationalSites.mix64(SEED * 1_000_003 + part);
  }

  // ---------------------------------------------------------------- files

  /**
   * The JSON Lines files of a scale, each starting with the civic/1 header line of
   * {@code CivicJson.strict().linesWriter}: divisions, sites (with facts), teams, volunteers,
   * activities, orders.
   *
   * @param directory the directory: {@code benchmarks/target/national-<scale>/}
   */
  public record DataFiles(Path directory) {
    /** Returns the divisions file. */
    public Path divisions() {
      return directory.resolve("divisions.jsonl");
    }

    /** Returns the sites file: every main site with its facts. */
    public Path sites() {
      return directory.resolve("sites.jsonl");
    }

    /** Returns the teams file. */
    public Path teams() {
      return directory.resolve("teams.jsonl");
    }

    /** Returns the volunteers file. */
    public Path volunteers() {
      return directory.resolve("volunteers.jsonl");
    }

    /** Returns the activities file. */
    public Path activities() {
      return directory.resolve("activities.jsonl");
    }

    /** Returns the orders file. */
    public Path orders() {
      return directory.resolve("orders.jsonl");
    }

    /** Returns the side file: the parameters, then each file's name and size. */
    public Path info() {
      return directory.resolve("dataset.info");
    }

    List<Path> all() {
      return List.of(divisions(), sites(), teams(), volunteers(), activities(), orders());
    }
  }

  /**
   * Returns the directory the files of a scale live in: {@code national-<scale>} under
   * {@code -Dcivic.bench.dir}, else under {@code benchmarks/target} (from the repository root) or
   * {@code target} (from the module).
   */
  public static Path directory(Scale scale) {
    String dir = System.getProperty("civic.bench.dir");
    Path base;
    if (dir != null) {
      base = Paths.get(dir);
    } else {
      Path module = Paths.get("benchmarks", "target");
      base = Files.isDirectory(module) ? module : Paths.get("target");
    }
    return base.resolve("national-" + scale.id());
  }

  /**
   * Returns the files of this data's scale, writing them first unless they are already there
   * with the same parameters and sizes (the side file {@code dataset.info}).
   */
  public DataFiles files() {
    DataFiles f = new DataFiles(directory(scale));
    try {
      if (upToDate(f)) {
        return f;
      }
      Files.createDirectories(f.directory());
      Files.deleteIfExists(f.info());
      long t0 = System.nanoTime();
      write(f.divisions(), w -> divisions().forEach(w::write));
      write(f.sites(), w -> sitesWithFacts().forEach(w::write));
      write(f.teams(), w -> teams().forEach(w::write));
      write(f.volunteers(), w -> volunteers().forEach(w::write));
      write(f.activities(), w -> activities().forEach(w::write));
      write(f.orders(), w -> orders().forEach(w::write));
      List<String> info = new ArrayList<>();
      info.add(scale.parameters());
      for (Path p : f.all()) {
        info.add(p.getFileName() + " " + Files.size(p));
      }
      Files.write(f.info(), info, StandardCharsets.UTF_8);
      System.out.printf(Locale.ROOT, "Wrote %s in %.1f s%n", f.directory(), (System.nanoTime() - t0) / 1e9);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean upToDate(DataFiles f) throws IOException {
    if (!Files.isRegularFile(f.info())) {
      return false;
    }
    List<String> lines = Files.readAllLines(f.info(), StandardCharsets.UTF_8);
    List<Path> all = f.all();
    if (lines.size() != all.size() + 1 || !lines.get(0).equals(scale.parameters())) {
      return false;
    }
    for (int i = 0; i < all.size(); i++) {
      Path p = all.get(i);
      if (!Files.isRegularFile(p) || !lines.get(i + 1).equals(p.getFileName() + " " + Files.size(p))) {
        return false;
      }
    }
    return true;
  }

  private static void write(Path file, Consumer<LinesWriter> records) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20);
        LinesWriter w = CivicJson.strict().linesWriter(out)) {
      records.accept(w);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Makes the data of {@code civic.scale} (or of the first argument, {@code reduced} or
   * {@code full}), writes its files unless they are up to date, and prints the counts and sizes.
   *
   * @param args optional: the scale
   * @throws IOException if a size cannot be read
   */
  public static void main(String[] args) throws IOException {
    Scale scale = args.length > 0 ? Scale.of(args[0]) : Scale.current();
    NationalData data = of(scale);
    long t0 = System.nanoTime();
    DataFiles f = data.files();
    System.out.printf(Locale.ROOT, "national data, scale %s (%s), files ready in %.1f s:%n", scale.id(),
        scale.parameters(), (System.nanoTime() - t0) / 1e9);
    for (Path p : f.all()) {
      System.out.printf(Locale.ROOT, "  %-60s %,15d bytes%n", p, Files.size(p));
    }
    if (data.divisions != null) {
      System.out.printf(Locale.ROOT, "  %,d divisions, %,d sites, %,d teams, %,d volunteers, %,d activities, %,d"
              + " orders%n", data.divisions.size(), data.sites.size(), data.teams.size(), data.volunteers.size(),
          data.activities.size(), data.orders.size());
    }
  }
}
