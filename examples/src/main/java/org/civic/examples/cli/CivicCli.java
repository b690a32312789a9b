package org.civic.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civic.activity.Activity;
import org.civic.assessment.Assessment;
import org.civic.assessment.AssessmentTable;
import org.civic.assessment.Assessments;
import org.civic.assessment.Evidence;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.BuildResult;
import org.civic.hierarchy.Hierarchy;
import org.civic.json.CivicJson;
import org.civic.json.Dataset;
import org.civic.json.ReadReport;
import org.civic.json.RecordSink;
import org.civic.json.StandardProfile;
import org.civic.metric.ActivityRollup;
import org.civic.metric.MetricSet;
import org.civic.metric.Period;
import org.civic.metric.VolunteerIndex;
import org.civic.order.ServiceOrder;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;
import org.civic.report.CsvRenderer;
import org.civic.report.HoursExport;
import org.civic.report.HtmlRenderer;
import org.civic.report.JsonRenderer;
import org.civic.report.MarkdownRenderer;
import org.civic.report.Report;
import org.civic.report.ReportBuilder;
import org.civic.report.ReportStyle;
import org.civic.site.Site;
import org.civic.standard.ComplianceResults;
import org.civic.standard.FundingPolicy;
import org.civic.standard.Outcome;
import org.civic.standard.Scoring;
import org.civic.standard.SixHaves;
import org.civic.standard.Standard;
import org.civic.team.GridGroup;
import org.civic.team.Team;
import org.civic.team.TeamFormula;
import org.civic.team.TeamRules;
import org.civic.team.TeamStructure;
import org.civic.team.TeamStructureReport;
import org.civic.volunteer.ServiceLog;
import org.civic.volunteer.ServiceRecord;
import org.civic.volunteer.ServiceReview;
import org.civic.volunteer.Volunteer;
import org.civic.volunteer.VolunteerStars;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The civic command-line tool — civic 命令行工具: {@code check}, {@code report} and {@code stats}
 * over civic JSON datasets ({@code .json}) and JSON Lines streams ({@code .jsonl}). Exit code 0
 * when all is well, 1 when the input has problems (printed, each with file, line, column and JSON
 * Pointer), 2 for a usage error.
 *
 * <pre>
 * java -jar examples/target/civic-cli.jar check county.json
 * java -jar examples/target/civic-cli.jar report county.json --period 2024 --format html --locale zh --out out/
 * java -jar examples/target/civic-cli.jar stats national.jsonl --period 2024-Q1
 * </pre>
 */
@Command(name = "civic", mixinStandardHelpOptions = true, version = "civic 0.1.0-SNAPSHOT",
    description = "Checks, reports on and counts New Era Civilization Practice data (新时代文明实践) in civic JSON.",
    subcommands = {CivicCli.Check.class, CivicCli.ReportCommand.class, CivicCli.Stats.class})
public final class CivicCli implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * Runs the tool and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the tool without exiting — for tests and for hosts that embed it.
   *
   * @param args the arguments
   * @param out where results go
   * @param err where problems and progress go
   * @return the exit code: 0 ok, 1 bad input, 2 usage error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cl = new CommandLine(new CivicCli());
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cl.setExecutionExceptionHandler((e, line, parse) -> {
      line.getErr().println("civic: " + e.getMessage());
      return 1;
    });
    return cl.execute(args);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 2;
  }

  /** Hours to one decimal, half-up, from exact minutes. */
  static String hours(java.time.Duration d) {
    return java.math.BigDecimal.valueOf(d.toMinutes())
        .divide(java.math.BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /** Options shared by the subcommands. */
  static class Common {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "civic JSON (.json) or JSON Lines (.jsonl) files")
    List<Path> files = new ArrayList<>();

    @Option(names = "--locale", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE})")
    String locale;

    @Option(names = "--strict", description = "stop at the first bad record (default: keep every good record)")
    boolean strict;

    @Option(names = "--progress-every", defaultValue = "1000000",
        description = "print a progress line every N records of JSON Lines (default: ${DEFAULT-VALUE})")
    long progressEvery;

    Locale locale() {
      return "en".equals(locale) ? Locale.ENGLISH : Locale.CHINA;
    }
  }

  /** Everything read from the files, as one dataset, and every problem. */
  static final class Input {
    final Dataset data;
    final List<Problem> problems;
    final List<Problem> warnings;

    private Input(Dataset data, List<Problem> problems, List<Problem> warnings) {
      this.data = data;
      this.problems = problems;
      this.warnings = warnings;
    }

    static Input read(Common c, PrintWriter err) throws IOException {
      Dataset.Builder data = Dataset.builder();
      List<Problem> problems = new ArrayList<>();
      List<Problem> warnings = new ArrayList<>();
      CivicJson json = c.strict ? CivicJson.strict() : CivicJson.lenient();
      for (Path file : c.files) {
        try (InputStream stream = Files.newInputStream(file)) {
          ReadReport report;
          if (file.toString().endsWith(".jsonl")) {
            report = json.readLines(stream, file.toString(), withProgress(data, err, c.progressEvery));
          } else {
            CivicJson.DatasetResult r = json.readDataset(stream, file.toString());
            data.addAll(r.dataset());
            report = r.report();
          }
          problems.addAll(report.errors());
          warnings.addAll(report.warnings());
        } catch (org.civic.json.CivicJsonException e) {
          problems.addAll(e.problems());
        }
      }
      return new Input(data.build(), problems, warnings);
    }

    /** Hands each record on to the dataset, and prints a progress line every so many records. */
    static RecordSink withProgress(Dataset.Builder data, PrintWriter err, long every) {
      long start = System.nanoTime();
      long[] n = {0};
      return new RecordSink() {
        private void tick() {
          if (++n[0] % every == 0) {
            double s = (System.nanoTime() - start) / 1e9;
            err.printf("read %,d records, %,.0f records/s%n", n[0], n[0] / s);
          }
        }

        @Override
        public void division(Division d) {
          data.division(d);
          tick();
        }

        @Override
        public void site(Site s) {
          data.site(s);
          tick();
        }

        @Override
        public void team(Team t) {
          data.team(t);
          tick();
        }

        @Override
        public void grid(GridGroup g) {
          data.grid(g);
          tick();
        }

        @Override
        public void volunteer(Volunteer v) {
          data.volunteer(v);
          tick();
        }

        @Override
        public void activity(Activity a) {
          data.activity(a);
          tick();
        }

        @Override
        public void order(ServiceOrder o) {
          data.order(o);
          tick();
        }

        @Override
        public void profile(StandardProfile p) {
          data.profile(p);
          tick();
        }

        @Override
        public void assessmentTable(AssessmentTable t) {
          data.assessmentTable(t);
          tick();
        }

        @Override
        public void serviceRecord(ServiceRecord r) {
          data.serviceRecord(r);
          tick();
        }
      };
    }

    Hierarchy hierarchy() {
      BuildResult built = Hierarchy.builder().addDivisions(data.divisions()).addSites(data.sites()).buildLenient();
      problems.addAll(built.problems().stream().filter(p -> !problems.contains(p)).toList());
      return built.hierarchy();
    }

    Standard standard() {
      return data.profile().map(StandardProfile::toStandard).orElseGet(SixHaves::standard);
    }

    /**
     * Assesses the sites under a division against each assessment table of the files: evidence from
     * the checks and, given a roll-up, the months with activities of a year; an assessor's marks
     * are not in the files, so those sub-items stay awaiting review.
     */
    List<Assessments> assessments(Hierarchy h, DivisionCode top, ComplianceResults results,
        Optional<ActivityRollup> rollup, Year year) {
      return data.assessmentTables().stream().map(t -> Assessments.of(t, h, top, site -> {
        Evidence e = Evidence.of(results.forSite(site.id()));
        return rollup.map(r -> e.withMonthsWithActivities(r, site.id(), year)).orElse(e);
      })).toList();
    }

    /** Rolls up the activities and orders of known sites; each one on an unknown site is a problem. */
    ActivityRollup rollup(Hierarchy h) {
      List<Activity> known = new ArrayList<>();
      for (Activity a : data.activities()) {
        if (h.site(a.site()).isPresent()) {
          known.add(a);
        } else {
          problems.add(unknownSite("activity", a.id(), a.site().value()));
        }
      }
      List<ServiceOrder> knownOrders = new ArrayList<>();
      for (ServiceOrder o : data.orders()) {
        if (h.site(o.site()).isPresent()) {
          knownOrders.add(o);
        } else {
          problems.add(unknownSite("order", o.id(), o.site().value()));
        }
      }
      return ActivityRollup.of(h, known, knownOrders, VolunteerIndex.growing());
    }

    /**
     * The volunteers and their service records as a log; every record of an unknown volunteer or
     * site, every day past 24 approved hours and every volunteer registered twice is a problem.
     */
    ServiceLog serviceLog(Hierarchy h) {
      List<ServiceRecord> known = new ArrayList<>();
      for (int i = 0; i < data.serviceRecords().size(); i++) {
        ServiceRecord r = data.serviceRecords().get(i);
        if (h.site(r.site()).isPresent()) {
          known.add(r);
        } else {
          problems.add(unknownSite("service", "record " + i + " (" + r.volunteer() + " " + r.date() + ")",
              r.site().value()));
        }
      }
      ServiceLog.Lenient built = ServiceLog.builder().addVolunteers(data.volunteers()).addRecords(known).buildLenient();
      problems.addAll(built.problems());
      return built.log();
    }

    private static Problem unknownSite(String kind, String id, String site) {
      return Problem.of(kind + ".unknown-site", org.civic.problem.Location.ofSubject(id),
          kind + " " + id + " names site " + site + ", which is not among the sites read").withExpected("a known site");
    }

    /**
     * Checks the teams and grid groups of the top center's division; a team tree that cannot be
     * built adds its problems. Empty findings when there is no center.
     */
    TeamStructureReport teams(Hierarchy h, TeamFormula formula, boolean gridsRequired) {
      TeamRules rules = TeamRules.of(formula);
      if (gridsRequired) {
        rules = rules.withGridsRequiredAt(java.util.Set.of(org.civic.site.SiteLevel.STATION));
      }
      java.util.Optional<Site> center = h.sites().filter(s -> s.level() == org.civic.site.SiteLevel.CENTER)
          .min(java.util.Comparator.comparingInt(s -> s.division().level().depth()));
      if (center.isEmpty()) {
        problems.add(Problem.of("team.no-center", org.civic.problem.Location.unknown(),
            "no center among the sites read, so no county to check the teams of").withExpected("a CENTER site"));
        return new TeamStructureReport(List.of());
      }
      try {
        return TeamStructure.check(h, center.get().division(), data.teams(), data.grids(), rules);
      } catch (ProblemException e) {
        problems.addAll(e.problems());
        return new TeamStructureReport(List.of());
      }
    }

    int printProblems(PrintWriter err) {
      warnings.forEach(w -> err.println("warning: " + w));
      problems.forEach(p -> err.println("error: " + p));
      if (!problems.isEmpty()) {
        err.printf("%d problem%s found%n", problems.size(), problems.size() == 1 ? "" : "s");
      }
      return problems.isEmpty() ? 0 : 1;
    }
  }

  /** Checks files: the JSON, the hierarchy, the six haves and, with a formula, the teams and grids. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Read the files, report every problem (file:line:column /pointer), check the six haves, "
          + "rate the sites by the files' assessment tables and, given --formula, check the teams and volunteer grids"
          + " of the top center.")
  static final class Check implements Callable<Integer> {
    @CommandLine.Mixin
    Common common;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--formula", description = "check the teams against a formula such as 1+12+N, with the default "
        + "rules (a post's team ≥ 10, a station's ≥ 5, every grid group with an information officer)")
    String formula;

    @Option(names = "--grids-required", description = "with --formula: every station must have a volunteer grid group")
    boolean gridsRequired;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Input in = Input.read(common, err);
      Hierarchy h = in.hierarchy();
      TeamStructureReport teams = null;
      if (formula != null) {
        teams = in.teams(h, TeamFormula.parse(formula), gridsRequired);
      }
      ServiceLog log = in.serviceLog(h);
      int code = in.printProblems(err);
      ComplianceResults results = in.standard().check(h);
      ServiceReview review = log.review(LocalDate.MIN, LocalDate.MAX);
      long sites = h.siteCount();
      long failing = h.sites().filter(s -> !results.forSite(s.id()).violations().isEmpty()).count();
      if ("json".equals(format)) {
        out.printf("{\"divisions\":%d,\"sites\":%d,\"sitesFailing\":%d,\"problems\":%d,\"serviceRecords\":%d,"
                + "\"serviceRecordsPending\":%d%s}%n", h.divisionCount(), sites, failing, in.problems.size(),
            review.records(), review.pending(), teams == null ? "" : ",\"teams\":" + in.data.teams().size()
                + ",\"grids\":" + in.data.grids().size() + ",\"teamDeviations\":" + teams.violations().size());
      } else {
        out.printf("%d divisions, %d sites, %d activities, %d orders; %d sites fall short of %s%n", h.divisionCount(),
            sites, in.data.activities().size(), in.data.orders().size(), failing, in.standard().name());
        if (review.records() > 0) {
          out.printf("%d service records: %d approved, %d awaiting review, %d rejected; %s of %s hours recorded count%n",
              review.records(), review.approved(), review.pending(), review.rejected(),
              hours(review.approvedTime()), hours(review.recordedTime()));
        }
        results.results(Outcome.FAIL).limit(20).forEach(r ->
            out.println("  " + r.siteId().orElseThrow() + " " + r.requirementId() + ": " + r.message(common.locale())));
        if (teams != null) {
          long officers = in.data.grids().stream().filter(g -> g.officer().isPresent()).count();
          out.printf("%d teams (%s), %d grid groups (%d with an information officer); %d deviations%n",
              in.data.teams().size(), formula, in.data.grids().size(), officers, teams.violations().size());
          teams.violations().stream().limit(20).forEach(r ->
              out.println("  " + r.siteId().map(Object::toString).orElse("-") + " " + r.requirementId() + ": "
                  + r.message(common.locale())));
        }
        if (!h.roots().isEmpty()) {
          // No roll-up here: the year is not read.
          for (Assessments a : in.assessments(h, h.roots().get(0).code(), results, Optional.empty(), Year.of(2024))) {
            AssessmentTable t = a.table();
            out.printf("assessment %s (%d items, %d sub-items): %d sites rated on the checks alone, %d awaiting"
                + " marks or measures%n", t.id(), t.items().size(), t.subItems().size(), a.all().size(),
                a.all().stream().filter(Assessment::incomplete).count());
          }
        }
      }
      out.flush();
      return code;
    }
  }

  /** Writes a county's report. */
  @Command(name = "report", mixinStandardHelpOptions = true,
      description = "Write the report of the top division of the files for a period.")
  static final class ReportCommand implements Callable<Integer> {
    @CommandLine.Mixin
    Common common;

    @Option(names = "--period", required = true, description = "2024, 2024-Q1, 2024-03, 2024-03-05 or 2024-01-01/2024-06-30")
    String period;

    @Option(names = "--format", defaultValue = "html", description = "html, md, csv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", defaultValue = ".", description = "the folder to write to (default: the current one)")
    Path outDir;

    @Option(names = "--stars", defaultValue = "national",
        description = "volunteer star thresholds: national (100/300/600/1000/1500 h), zhangjiagang (30/60/100/200/300 h) "
            + "or five hour counts such as 50/100/200/400/800 (default: ${DEFAULT-VALUE})")
    String stars;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Period p = Period.parse(period);
      Optional<VolunteerStars> chosen = stars(stars);
      if (chosen.isEmpty()) {
        err.println("civic: --stars " + stars + " is not national, zhangjiagang or five ascending hour counts a/b/c/d/e");
        return 2;
      }
      VolunteerStars thresholds = chosen.get();
      Input in = Input.read(common, err);
      Hierarchy h = in.hierarchy();
      ActivityRollup rollup = in.rollup(h);
      ServiceLog log = in.serviceLog(h);
      int code = in.printProblems(err);
      if (h.roots().isEmpty()) {
        err.println("civic: the files hold no division to report on");
        return 1;
      }
      Division top = h.roots().get(0);
      ComplianceResults results = in.standard().check(h);
      ReportBuilder builder = ReportBuilder.of(h, top.code(), p).compliance(results)
          .activities(rollup, in.data.volunteers().size()).funding(FundingPolicy.defaults(), Scoring.defaults());
      if (!in.data.grids().isEmpty()) {
        builder.grids(in.data.grids());
      }
      in.assessments(h, top.code(), results, Optional.of(rollup), Year.of(p.from().getYear())).stream().findFirst()
          .ifPresent(a -> builder.assessment(a, FundingPolicy.defaults()));
      boolean hours = !in.data.serviceRecords().isEmpty();
      if (hours) {
        builder.serviceHours(log, thresholds);
      }
      Report report = builder.build();
      ReportStyle style = "en".equals(common.locale) ? ReportStyle.english() : ReportStyle.chinese();
      Files.createDirectories(outDir);
      String base = "report-" + top.code().countyCode() + "-" + p + "." + common.locale;
      switch (format) {
        case "md" -> write(out, outDir.resolve(base + ".md"), MarkdownRenderer.render(report, style));
        case "json" -> write(out, outDir.resolve(base + ".json"), JsonRenderer.render(report, style));
        case "csv" -> {
          for (Map.Entry<String, String> f : CsvRenderer.render(report, style, true).entrySet()) {
            write(out, outDir.resolve(base + "-" + f.getKey()), f.getValue());
          }
          if (hours) {
            for (Map.Entry<String, String> f : HoursExport.csv(log, h, p, thresholds, style, true).entrySet()) {
              write(out, outDir.resolve(base + "-" + f.getKey()), f.getValue());
            }
          }
        }
        case "html" -> write(out, outDir.resolve(base + ".html"), HtmlRenderer.render(report, style));
        default -> {
          err.println("civic: unknown format " + format + " (expected html, md, csv or json)");
          return 2;
        }
      }
      return code;
    }

    /** The thresholds named by --stars, if the text names any. */
    static Optional<VolunteerStars> stars(String text) {
      switch (text) {
        case "national":
          return Optional.of(VolunteerStars.national());
        case "zhangjiagang":
          return Optional.of(VolunteerStars.zhangjiagang());
        default:
          try {
            return Optional.of(VolunteerStars.parse(text));
          } catch (IllegalArgumentException e) {
            return Optional.empty();
          }
      }
    }

    private static void write(PrintWriter out, Path file, String text) throws IOException {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      out.println("wrote " + file);
    }
  }

  /** Counts figures. */
  @Command(name = "stats", mixinStandardHelpOptions = true,
      description = "Count volunteers, person-times, activities and orders of the top division for a period.")
  static final class Stats implements Callable<Integer> {
    @CommandLine.Mixin
    Common common;

    @Option(names = "--period", required = true, description = "2024, 2024-Q1, 2024-03, … or a range from/to")
    String period;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Period p = Period.parse(period);
      Input in = Input.read(common, err);
      Hierarchy h = in.hierarchy();
      ActivityRollup rollup = in.rollup(h);
      ServiceLog log = in.serviceLog(h);
      int code = in.printProblems(err);
      if (h.roots().isEmpty()) {
        err.println("civic: the files hold no division to count");
        return 1;
      }
      for (Division root : h.roots()) {
        MetricSet m = rollup.metrics(root.code(), p);
        ServiceReview review = log.review(h, root.code(), p.from(), p.to());
        if ("json".equals(format)) {
          out.printf("{\"division\":\"%s\",\"period\":\"%s\",\"activities\":%d,\"volunteers\":%d,\"personTimes\":%d,"
                  + "\"beneficiaries\":%d,\"ordersPlaced\":%d,\"ordersDelivered\":%d,\"approvedServiceMinutes\":%d,"
                  + "\"serviceRecordsPending\":%d}%n", root.code(), p, m.activities(),
              m.volunteers().count(), m.personTimes(), m.beneficiaries(), m.ordersPlaced(), m.ordersDelivered(),
              review.approvedTime().toMinutes(), review.pending());
        } else {
          out.printf("%s %s, %s: %,d activities, %,d volunteers took part %,d times, %,d served, %,d orders (%,d delivered)%n",
              root.code(), root.name(), p, m.activities(), m.volunteers().count(), m.personTimes(), m.beneficiaries(),
              m.ordersPlaced(), m.ordersDelivered());
          if (review.records() > 0) {
            out.printf("  service records: %s hours approved, %,d awaiting review, %,d rejected%n",
                hours(review.approvedTime()), review.pending(), review.rejected());
          }
        }
      }
      out.flush();
      return code;
    }
  }
}
