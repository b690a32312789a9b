package org.civic.benchmarks.ab;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.civic.activity.Activity;
import org.civic.activity.ActivityLog;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionCsv;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.Hierarchy;
import org.civic.hierarchy.HierarchyBuilder;
import org.civic.json.CivicJson;
import org.civic.json.ReadReport;
import org.civic.json.RecordSink;
import org.civic.metric.ActivityRollup;
import org.civic.metric.IncrementalRollup;
import org.civic.metric.MetricSet;
import org.civic.metric.MonthlyFigures;
import org.civic.metric.Period;
import org.civic.metric.VolunteerIndex;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.standard.ComplianceResults;
import org.civic.standard.Outcome;
import org.civic.standard.SixHaves;
import org.civic.standard.Standard;
import org.civic.volunteer.VolunteerId;

/**
 * The workloads {@link Interleaved} times, each loaded once per build in a class loader of that
 * build's own: so this class links against whichever civic it is loaded with, and must use only
 * API that both builds of a comparison have (the reading, roll-up and six-haves entry points of
 * 0.1.0). Each is a {@link LongSupplier} — a JDK type both loaders share — made with the data
 * directory (its setup, untimed), whose {@code getAsLong()} is one timed shot returning a checksum
 * of the result, so that the two builds' answers can be compared before their times are.
 *
 * <p>One unit: {@code ab.sh} names a workload and {@link Interleaved} loads it as {@code
 * Workloads$<name>} in each build's class loader, and the workloads share their data's setups
 * ({@code Indexed}, {@code Shared}, the organisations added to a log) — a file of many small
 * classes, each one shot of one benchmark.
 */
public final class Workloads {

  private Workloads() {}

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void requireClean(ReadReport report, String what) {
    if (!report.errors().isEmpty()) {
      throw new IllegalStateException(what + ": " + report.errors().get(0));
    }
  }

  /** Reads activities.jsonl (in memory) into an activity log. */
  static long ingest(byte[] activities, CivicJson json) {
    ActivityLog.Builder b = ActivityLog.builder(activities.length / 150);
    requireClean(json.readLines(new ByteArrayInputStream(activities), "activities.jsonl", RecordSink.none(), b),
        "activities");
    ActivityLog log = b.build();
    int n = log.size();
    return n * 1_000_003L + log.get(n - 1).beneficiaries() + log.get(n / 2).volunteers().size();
  }

  /** The national hierarchy (with six-haves facts) from divisions.jsonl and sites.jsonl. */
  static Hierarchy hierarchy(Path data) {
    HierarchyBuilder builder = Hierarchy.builder();
    for (String file : List.of("divisions.jsonl", "sites.jsonl")) {
      try (InputStream in = Files.newInputStream(data.resolve(file))) {
        requireClean(CivicJson.lenient().withParserThreads(2).readLines(in, file, RecordSink.into(builder)), file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return builder.build();
  }

  /**
   * {@code HierarchyBenchmark.loadAndBuild}: the national division list (the testkit's gzipped CSV,
   * read from this checkout into memory in setup) parsed into a builder with a main site on every
   * city, county and township and on every village (as {@code NationalSites} names them), and
   * built.
   */
  public static final class LoadAndBuild implements LongSupplier {
    private static final Path CSV = Path.of("civic-testkit/src/main/resources/org/civic/testkit/divisions-2021.csv.gz");
    private final byte[] gzipped;

    public LoadAndBuild(Path data) {
      if (!Files.isRegularFile(CSV)) {
        throw new IllegalStateException("run from the root of a checkout: " + CSV + " is missing");
      }
      gzipped = bytes(CSV);
    }

    @Override
    public long getAsLong() {
      HierarchyBuilder builder = Hierarchy.builder();
      DivisionCsv.Result read = DivisionCsv.read(new ByteArrayInputStream(gzipped), "divisions-2021.csv.gz", d -> {
        builder.addDivision(d);
        SiteId id = SiteId.of("s" + d.code());
        switch (d.level()) {
          case CITY, COUNTY -> builder.addSite(Site.center(id, d.name() + SiteLevel.CENTER.chinese(), d.code()));
          case TOWNSHIP -> builder.addSite(Site.post(id, d.name() + SiteLevel.POST.chinese(), d.code()));
          case VILLAGE -> builder.addSite(Site.station(id, d.name() + SiteLevel.STATION.chinese(), d.code()));
          default -> { }
        }
      });
      if (!read.isClean()) {
        throw new IllegalStateException(read.problems().get(0).toString());
      }
      Hierarchy h = builder.build();
      return h.siteCount() * 1_000_003L + h.divisionCount()
          + h.siteOf(DivisionCode.parse("110101001001")).orElseThrow().name().length();
    }
  }

  /** The national divisions and sites, with their six-haves facts, from JSON Lines (in memory), on two parser threads, built. */
  public static final class HierarchyFromJson implements LongSupplier {
    private final byte[] divisions;
    private final byte[] sites;

    public HierarchyFromJson(Path data) {
      divisions = bytes(data.resolve("divisions.jsonl"));
      sites = bytes(data.resolve("sites.jsonl"));
    }

    @Override
    public long getAsLong() {
      HierarchyBuilder builder = Hierarchy.builder();
      CivicJson json = CivicJson.lenient().withParserThreads(2);
      requireClean(json.readLines(new ByteArrayInputStream(divisions), "divisions.jsonl", RecordSink.into(builder)),
          "divisions");
      requireClean(json.readLines(new ByteArrayInputStream(sites), "sites.jsonl", RecordSink.into(builder)), "sites");
      Hierarchy h = builder.build();
      return h.siteCount() * 1_000_003L + h.divisionCount()
          + h.siteOf(DivisionCode.parse("110101001001")).orElseThrow().facts().hashCode();
    }
  }

  /** The national sites with their facts from JSON Lines (in memory) on the calling thread, each record counted: the reading alone. */
  public static final class SitesOneThread implements LongSupplier {
    private final byte[] sites;

    public SitesOneThread(Path data) {
      sites = bytes(data.resolve("sites.jsonl"));
    }

    @Override
    public long getAsLong() {
      long[] sum = new long[1];
      RecordSink sink = new RecordSink() {
        @Override
        public void site(Site site) {
          sum[0] += site.name().length() + site.facts().hashCode();
        }
      };
      requireClean(CivicJson.lenient().readLines(new ByteArrayInputStream(sites), "sites.jsonl", sink), "sites");
      return sum[0];
    }
  }

  /** {@code JsonIngestBenchmark.civicIngestToLog}: JSON Lines into a log, on the calling thread. */
  public static final class Ingest implements LongSupplier {
    private final byte[] activities;

    public Ingest(Path data) {
      activities = bytes(data.resolve("activities.jsonl"));
    }

    @Override
    public long getAsLong() {
      return ingest(activities, CivicJson.lenient());
    }
  }

  /** {@code civicIngestToLogTwoThreads}: the same on two parser threads. */
  public static final class IngestTwoThreads implements LongSupplier {
    private final byte[] activities;

    public IngestTwoThreads(Path data) {
      activities = bytes(data.resolve("activities.jsonl"));
    }

    @Override
    public long getAsLong() {
      return ingest(activities, CivicJson.lenient().withParserThreads(2));
    }
  }

  /** The activities and the hierarchy a roll-up is made of, read once. */
  private static final class Indexed {
    final Hierarchy hierarchy;
    final ActivityLog log;

    Indexed(Path data) {
      hierarchy = hierarchy(data);
      ActivityLog.Builder b = ActivityLog.builder();
      try (InputStream in = Files.newInputStream(data.resolve("activities.jsonl"))) {
        requireClean(CivicJson.lenient().withParserThreads(2).readLines(in, "activities.jsonl", RecordSink.none(), b),
            "activities");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      log = b.build();
    }
  }

  /** {@code RollupBenchmark.rollupIndexBuild}: {@code ActivityRollup.of} on a log read in setup. */
  public static final class Index implements LongSupplier {
    private final Indexed data;

    public Index(Path dir) {
      data = new Indexed(dir);
    }

    @Override
    public long getAsLong() {
      return ActivityRollup.of(data.hierarchy, data.log, List.of(), VolunteerIndex.growing()).activityCount();
    }
  }

  /**
   * {@code ActivityRollup.of} on a copy of the log read in setup ({@code ActivityLog.builder()
   * .addAll(log).build()}, in the shot): each shot numbers a new log's distinct sites and
   * volunteers, as a host's first roll-up of a log does, without the read that {@link ReadAndIndex}
   * adds.
   */
  public static final class IndexNewLog implements LongSupplier {
    private final Indexed data;

    public IndexNewLog(Path dir) {
      data = new Indexed(dir);
    }

    @Override
    public long getAsLong() {
      ActivityLog copy = ActivityLog.builder().addAll(data.log).build();
      return ActivityRollup.of(data.hierarchy, copy, List.of(), VolunteerIndex.growing()).activityCount();
    }
  }

  /**
   * The log read in setup with one to three participating organisations an activity (the national
   * files name none), drawn from 20,000 (seed 7): 2,000,000 references at reduced scale.
   */
  private static ActivityLog withOrganisations(ActivityLog log) {
    org.civic.team.OrganisationId[] pool = new org.civic.team.OrganisationId[20_000];
    for (int i = 0; i < pool.length; i++) {
      pool[i] = org.civic.team.OrganisationId.of("o" + i);
    }
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2030-01-01T00:00:00Z"), java.time.ZoneOffset.UTC);
    ActivityLog.Builder b = ActivityLog.builder(log.size());
    for (Activity a : log.asList()) {
      Activity.Builder with = a.toBuilder();
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        with.organisation(pool[random.nextInt(pool.length)]);
      }
      b.add(with.build(clock));
    }
    return b.build();
  }

  /** {@link Index} on a log whose activities name organisations ({@link #withOrganisations}). */
  public static final class IndexWithOrganisations implements LongSupplier {
    private final Hierarchy hierarchy;
    private final ActivityLog log;

    public IndexWithOrganisations(Path dir) {
      Indexed data = new Indexed(dir);
      hierarchy = data.hierarchy;
      log = withOrganisations(data.log);
    }

    @Override
    public long getAsLong() {
      return ActivityRollup.of(hierarchy, log, List.of(), VolunteerIndex.growing()).activityCount();
    }
  }

  /**
   * {@code ActivityRollup.of} from objects: the log read in setup made into {@link Activity}
   * objects once (each with ids of its own, as a host that parsed them would hold), then each shot
   * indexes that collection — making it a log, then numbering and indexing it as {@link
   * IndexNewLog} does from a log. Issue 18 item 3 asks this within 2× of {@link IndexNewLog}.
   */
  public static final class IndexFromObjects implements LongSupplier {
    private final Hierarchy hierarchy;
    private final List<Activity> activities;

    public IndexFromObjects(Path dir) {
      Indexed data = new Indexed(dir);
      hierarchy = data.hierarchy;
      activities = new ArrayList<>(data.log.asList());
    }

    @Override
    public long getAsLong() {
      return ActivityRollup.of(hierarchy, activities, List.of(), VolunteerIndex.growing()).activityCount();
    }
  }

  /**
   * The end-to-end benchmark's first two steps: the activity file (held in memory) read into a log
   * on two parser threads, then {@code ActivityRollup.of} — which numbers the new log's distinct
   * sites and volunteers, work {@link Index} does only once.
   */
  public static final class ReadAndIndex implements LongSupplier {
    private final Hierarchy hierarchy;
    private final byte[] activities;

    public ReadAndIndex(Path dir) {
      hierarchy = hierarchy(dir);
      activities = bytes(dir.resolve("activities.jsonl"));
    }

    @Override
    public long getAsLong() {
      ActivityLog.Builder b = ActivityLog.builder();
      requireClean(CivicJson.lenient().withParserThreads(2).readLines(new ByteArrayInputStream(activities),
          "activities.jsonl", RecordSink.none(), b), "activities");
      return ActivityRollup.of(hierarchy, b.build(), List.of(), VolunteerIndex.growing()).activityCount();
    }
  }

  /** {@code RollupBenchmark.civicFullRollup}: every division, every month of 2024, on a roll-up made in setup. */
  public static final class Rollup implements LongSupplier {
    private final Hierarchy hierarchy;
    private final ActivityRollup rollup;

    public Rollup(Path dir) {
      Indexed data = new Indexed(dir);
      hierarchy = data.hierarchy;
      rollup = ActivityRollup.of(data.hierarchy, data.log, List.of(), VolunteerIndex.growing());
    }

    @Override
    public long getAsLong() {
      ActivityRollup.MonthlyTable table = rollup.monthly(2024);
      long sum = 0;
      for (Division root : hierarchy.roots()) {
        MonthlyFigures f = table.figures(root.code(), Month.DECEMBER);
        sum += f.activities() * 31 + f.serviceMinutes();
      }
      return sum;
    }
  }

  /**
   * The end-to-end benchmark's roll-up of the monthly table: every division × month of 2024 with
   * its exact distinct volunteers ({@code monthly(2024).cells()}), counted afresh each time.
   */
  public static final class MonthlyCells implements LongSupplier {
    private final ActivityRollup rollup;

    public MonthlyCells(Path dir) {
      Indexed data = new Indexed(dir);
      rollup = ActivityRollup.of(data.hierarchy, data.log, List.of(), VolunteerIndex.growing());
    }

    @Override
    public long getAsLong() {
      return rollup.monthly(2024).cells().mapToLong(c -> c.volunteers() * 31 + c.figures().activities()).sum();
    }
  }

  /**
   * The end-to-end benchmark's other roll-up: every county's figures for the year 2024 ({@code
   * metrics(county, Period.year(2024))}, a scan of the county's rows with its distinct volunteers),
   * on a roll-up made in setup.
   */
  public static final class CountyYears implements LongSupplier {
    private final ActivityRollup rollup;
    private final Division[] counties;

    public CountyYears(Path dir) {
      Indexed data = new Indexed(dir);
      rollup = ActivityRollup.of(data.hierarchy, data.log, List.of(), VolunteerIndex.growing());
      counties = data.hierarchy.divisions().filter(d -> d.level() == DivisionLevel.COUNTY).toArray(Division[]::new);
    }

    @Override
    public long getAsLong() {
      Period year = Period.year(2024);
      long sum = 0;
      for (Division county : counties) {
        MetricSet m = rollup.metrics(county.code(), year);
        sum += m.volunteers().count() * 31 + m.activities();
      }
      return sum;
    }
  }

  /** An incremental roll-up's checksum: the provinces' December 2024, activities and distinct volunteers. */
  private static long provincesDecember(Hierarchy hierarchy, IncrementalRollup rollup) {
    long sum = 0;
    for (Division root : hierarchy.roots()) {
      MetricSet m = rollup.metrics(root.code(), YearMonth.of(2024, Month.DECEMBER));
      sum += m.activities() * 31 + m.volunteers().count();
    }
    return sum;
  }

  /**
   * {@code IncrementalBenchmark.civicIncrementalAdd} on the files: an {@code IncrementalRollup}
   * preloaded (in setup) with all but the log's last {@value #HELD_OUT} activities, which each shot
   * adds {@value #SHOT} at a time, one {@code add} each, in the log's order (random sites and
   * months), going round when all are in, then reads the provinces' December (the checksum; a
   * millisecond or two). A shot's time ÷ {@value #SHOT} is about one add's.
   */
  public static final class IncrementalAdds implements LongSupplier {
    static final int HELD_OUT = 1 << 18;
    static final int SHOT = 1 << 16;
    private final Hierarchy hierarchy;
    private final IncrementalRollup rollup;
    private final List<Activity> fresh;
    private int next;

    public IncrementalAdds(Path dir) {
      this(new Indexed(dir), VolunteerIndex.growing());
    }

    private IncrementalAdds(Indexed data, VolunteerIndex index) {
      this(data.hierarchy, data.log.asList(), index);
    }

    /** Preloads a roll-up with all but the last {@link #HELD_OUT} activities, which the shots add. */
    IncrementalAdds(Hierarchy hierarchy, List<Activity> all, VolunteerIndex index) {
      this.hierarchy = hierarchy;
      int held = Math.min(HELD_OUT, all.size() / 2);
      rollup = new IncrementalRollup(hierarchy, index);
      // batches of 2^17, so that the log's rows are not all objects at once (two builds' full logs)
      for (int from = 0; from < all.size() - held; from += 1 << 17) {
        rollup.addActivities(all.subList(from, Math.min(from + (1 << 17), all.size() - held)));
      }
      fresh = List.copyOf(all.subList(all.size() - held, all.size()));
    }

    @Override
    public long getAsLong() {
      for (int i = 0; i < SHOT; i++) {
        rollup.add(fresh.get(next));
        next = (next + 1) % fresh.size();
      }
      return provincesDecember(hierarchy, rollup);
    }
  }

  /**
   * {@code IncrementalBenchmark.civicPreloadYear} on the files: a new {@code IncrementalRollup}
   * given the whole log (read in setup, its rows made objects once) in one batch.
   */
  public static final class IncrementalPreload implements LongSupplier {
    private final Hierarchy hierarchy;
    private final List<Activity> activities;

    public IncrementalPreload(Path dir) {
      Indexed data = new Indexed(dir);
      hierarchy = data.hierarchy;
      activities = List.copyOf(data.log.asList());
    }

    @Override
    public long getAsLong() {
      return provincesDecember(hierarchy,
          new IncrementalRollup(hierarchy, VolunteerIndex.growing()).addActivities(activities));
    }
  }

  /**
   * {@link IncrementalPreload} of activities that name organisations ({@link #withOrganisations});
   * the checksum counts the provinces' December organisations too.
   */
  public static final class IncrementalPreloadWithOrganisations implements LongSupplier {
    private final Hierarchy hierarchy;
    private final List<Activity> activities;

    public IncrementalPreloadWithOrganisations(Path dir) {
      Indexed data = new Indexed(dir);
      hierarchy = data.hierarchy;
      activities = List.copyOf(withOrganisations(data.log).asList());
    }

    @Override
    public long getAsLong() {
      IncrementalRollup rollup = new IncrementalRollup(hierarchy, VolunteerIndex.growing()).addActivities(activities);
      long organisations = 0;
      for (Division root : hierarchy.roots()) {
        organisations += rollup.metrics(root.code(), YearMonth.of(2024, Month.DECEMBER)).organisations().size();
      }
      return provincesDecember(hierarchy, rollup) * 31 + organisations;
    }
  }

  /**
   * The log read in setup made {@code Activity} objects laid out as {@code NationalData}'s (and so
   * the JMH benchmarks') are: one {@code VolunteerId}, {@code TeamId} and {@code SiteId} for each
   * volunteer, team and site, shared by all its activities (a host that keeps its registers' ids),
   * so that reading an id is a walk to a shared object, not to one made beside its activity; and
   * the {@code HashMap} register index those benchmarks used until Dec 7 2026 (they now use {@code
   * VolunteerIndex.of}; kept here so that A/B rows stay comparable with earlier ones).
   */
  private static final class Shared {
    final Hierarchy hierarchy;
    final List<Activity> activities;
    final VolunteerIndex index;
    /** The register: each volunteer once, in the order of {@link #index}'s numbers. */
    final List<VolunteerId> register;

    Shared(Path dir) {
      Indexed data = new Indexed(dir);
      hierarchy = data.hierarchy;
      java.util.Map<String, VolunteerId> register = new java.util.HashMap<>();
      java.util.Map<String, SiteId> sites = new java.util.HashMap<>();
      java.util.Map<String, org.civic.team.TeamId> teams = new java.util.HashMap<>();
      java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2030-01-01T00:00:00Z"), java.time.ZoneOffset.UTC);
      List<Activity> shared = new ArrayList<>(data.log.size());
      for (Activity a : data.log.asList()) {
        Activity.Builder b = Activity.builder(a.id(), a.date(), sites.computeIfAbsent(a.site().value(), k -> a.site()))
            .beneficiaries(a.beneficiaries()).serviceTime(a.serviceTime()).materials(a.materials())
            .consultations(a.consultations()).sessions(a.sessions()).organisations(a.organisations());
        a.teams().forEach(t -> b.team(teams.computeIfAbsent(t.value(), k -> t)));
        a.category().ifPresent(b::category);
        a.theme().ifPresent(b::theme);
        List<VolunteerId> vs = new ArrayList<>(a.volunteers().size());
        for (VolunteerId v : a.volunteers()) {
          vs.add(register.computeIfAbsent(v.value(), k -> v));
        }
        shared.add(b.volunteers(vs).build(clock));
      }
      activities = List.copyOf(shared);
      java.util.Map<VolunteerId, Integer> numbers = new java.util.HashMap<>(register.size() * 2);
      register.values().forEach(v -> numbers.put(v, numbers.size()));
      index = numbers::get;
      this.register = List.copyOf(register.values());
    }
  }

  /** {@link IncrementalPreload} on {@link Shared} objects and the {@code HashMap} register index. */
  public static final class IncrementalPreloadShared implements LongSupplier {
    private final Shared data;

    public IncrementalPreloadShared(Path dir) {
      data = new Shared(dir);
    }

    @Override
    public long getAsLong() {
      return provincesDecember(data.hierarchy,
          new IncrementalRollup(data.hierarchy, data.index).addActivities(data.activities));
    }
  }

  /**
   * {@link IncrementalAdds} on {@link Shared} objects and the {@code HashMap} register index, as
   * {@code IncrementalBenchmark.civicIncrementalAdd} added them until Dec 7 2026 ({@code -p
   * volunteerIndex=hashmap} now): the activities held out added one at a time, round robin, to a
   * roll-up preloaded with the rest.
   */
  public static final class IncrementalAddsShared implements LongSupplier {
    private final IncrementalAdds adds;

    public IncrementalAddsShared(Path dir) {
      Shared data = new Shared(dir);
      adds = new IncrementalAdds(data.hierarchy, data.activities, data.index);
    }

    @Override
    public long getAsLong() {
      return adds.getAsLong();
    }
  }

  /**
   * {@link IncrementalAddsShared} with civic's own register index, {@code VolunteerIndex.of} of the
   * same register, in place of the host's {@code HashMap}.
   */
  public static final class IncrementalAddsRegister implements LongSupplier {
    private final IncrementalAdds adds;

    public IncrementalAddsRegister(Path dir) {
      Shared data = new Shared(dir);
      adds = new IncrementalAdds(data.hierarchy, data.activities, VolunteerIndex.of(data.register));
    }

    @Override
    public long getAsLong() {
      return adds.getAsLong();
    }
  }

  /**
   * {@link IndexFromObjects} on {@link Shared} objects and the {@code HashMap} register index, as
   * {@code RollupBenchmark.rollupIndexBuild} indexed them until Dec 7 2026.
   */
  public static final class IndexFromObjectsShared implements LongSupplier {
    private final Shared data;

    public IndexFromObjectsShared(Path dir) {
      data = new Shared(dir);
    }

    @Override
    public long getAsLong() {
      return ActivityRollup.of(data.hierarchy, data.activities, List.of(), data.index).activityCount();
    }
  }

  /** {@code SixHavesBenchmark.civicCheckAll}: the six haves over every site of the nation. */
  public static final class SixHavesCheck implements LongSupplier {
    private final Hierarchy hierarchy;
    private final Standard standard = SixHaves.standard();

    public SixHavesCheck(Path dir) {
      hierarchy = hierarchy(dir);
    }

    @Override
    public long getAsLong() {
      ComplianceResults results = standard.check(hierarchy);
      long fails = 0;
      for (Division root : hierarchy.roots()) {
        for (String requirement : SixHaves.IDS) {
          fails = fails * 7 + results.summary(root.code()).counts(requirement).count(Outcome.FAIL);
        }
      }
      return fails;
    }
  }
}
