package org.civic.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.civic.assessment.Assessment;
import org.civic.assessment.AssessmentTable;
import org.civic.assessment.Assessments;
import org.civic.division.Division;
import org.civic.hierarchy.Hierarchy;
import org.civic.metric.ActivityRollup;
import org.civic.metric.MetricSet;
import org.civic.metric.Period;
import org.civic.report.CsvRenderer;
import org.civic.report.HoursExport;
import org.civic.report.HtmlRenderer;
import org.civic.report.JsonRenderer;
import org.civic.report.MarkdownRenderer;
import org.civic.report.Report;
import org.civic.report.ReportBuilder;
import org.civic.report.ReportStyle;
import org.civic.standard.ComplianceResults;
import org.civic.standard.FundingPolicy;
import org.civic.standard.Outcome;
import org.civic.standard.Scoring;
import org.civic.team.TeamFormula;
import org.civic.team.TeamStructureReport;
import org.civic.volunteer.ServiceLog;
import org.civic.volunteer.ServiceReview;
import org.civic.volunteer.VolunteerStars;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * The civic command-line tool — civic 命令行工具: {@code check}, {@code report} and {@code stats}
 * over civic JSON datasets ({@code .json}), JSON Lines streams ({@code .jsonl}) and division lists
 * ({@code .csv}), each also gzipped. Exit code 0 when all is well, 1 when the input has problems
 * (printed, each with file, line, column and JSON Pointer), 2 for a usage error — an unknown
 * option, or a value that is not one of the allowed ones (picocli names them).
 *
 * <p>Activities go into an {@link org.civic.activity.ActivityLog}, JSON Lines parsed on
 * {@code --threads} parser threads, and the roll-ups index that log: the national ingest path. On
 * a terminal the tool prints in colour and, on a long read, a progress line (records, MB read,
 * rate) to standard error; elsewhere neither, unless asked for ({@code --progress}).
 *
 * <pre>
 * java -jar examples/target/civic-cli.jar check county.json
 * java -jar examples/target/civic-cli.jar report county.json --period 2024 --format html --locale zh --out out/
 * java -jar examples/target/civic-cli.jar stats national.jsonl --period 2024-Q1
 * </pre>
 */
@Command(name = "civic", mixinStandardHelpOptions = true, versionProvider = CivicCli.Version.class,
    description = "Checks, reports on and counts New Era Civilization Practice data (新时代文明实践) in civic JSON.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all is well", "1:the input has problems (each printed with file:line:column /pointer)",
        "2:a usage error: an unknown option, or a value that is not allowed"},
    subcommands = {CivicCli.Check.class, CivicCli.ReportCommand.class, CivicCli.Stats.class})
public final class CivicCli implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Whether standard error is a terminal: the progress line's default and its form. */
  private final boolean terminal;
  private final Paint paint;

  private CivicCli(boolean terminal, Paint paint) {
    this.terminal = terminal;
    this.paint = paint;
  }

  /**
   * Runs the tool and exits with its code. On a terminal: colour and a progress line on long reads.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    boolean terminal = System.console() != null;
    System.exit(run(args, System.out, System.err, terminal, terminal ? Ansi.AUTO : Ansi.OFF));
  }

  /**
   * Runs the tool without exiting — for tests and for hosts that embed it. Never in colour, and the
   * progress line only when asked for.
   *
   * @param args the arguments
   * @param out where results go
   * @param err where problems and progress go
   * @return the exit code: 0 ok, 1 bad input, 2 usage error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, false, Ansi.OFF);
  }

  static int run(String[] args, PrintStream out, PrintStream err, boolean terminal, Ansi ansi) {
    CommandLine cl = new CommandLine(new CivicCli(terminal, new Paint(ansi)));
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
    cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cl.registerConverter(Period.class, text -> convert(text, Period::parse));
    cl.registerConverter(TeamFormula.class, text -> convert(text, TeamFormula::parse));
    cl.setExecutionExceptionHandler((e, line, parse) -> {
      String what = e instanceof NoSuchFileException f ? "no such file: " + f.getFile() : e.getMessage();
      line.getErr().println(new Paint(ansi).error("civic:") + " " + what);
      return 1;
    });
    return cl.execute(args);
  }

  /** A value's own parser as a picocli converter: its message, without a stack trace, and exit 2. */
  private static <T> T convert(String text, java.util.function.Function<String, T> parse) {
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      String why = e.getMessage() == null ? e.toString() : e.getMessage();
      throw new TypeConversionException(why.contains(text) ? why : "\"" + text + "\": " + why);
    }
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 2;
  }

  /** The version, from the build: {@code civic-cli.properties} is a filtered resource. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"civic " + version(),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }

    /** The project's version, as the build wrote it. */
    static String version() {
      Properties p = new Properties();
      try (InputStream in = CivicCli.class.getResourceAsStream("civic-cli.properties")) {
        if (in == null) {
          return "unknown (run from a build: civic-cli.properties is written by the build)";
        }
        p.load(in);
      } catch (IOException e) {
        return "unknown (" + e.getMessage() + ")";
      }
      return p.getProperty("version", "unknown");
    }
  }

  /** Hours to one decimal, half-up, from exact minutes. */
  static String hours(java.time.Duration d) {
    return java.math.BigDecimal.valueOf(d.toMinutes())
        .divide(java.math.BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /** The languages of the output. */
  enum Lang {
    zh(Locale.CHINA),
    en(Locale.ENGLISH);

    final Locale locale;

    Lang(Locale locale) {
      this.locale = locale;
    }
  }

  /** The forms of {@code check}'s and {@code stats}'s output. */
  enum TextOrJson {
    text,
    json
  }

  /** The forms of a report. */
  enum ReportFormat {
    html,
    md,
    csv,
    json
  }

  /** Options shared by the subcommands. */
  static class Common {
    @Parameters(arity = "1..*", paramLabel = "FILE",
        description = "civic JSON (.json), JSON Lines (.jsonl) or division lists (.csv), each also gzipped (.gz)")
    List<Path> files = new ArrayList<>();

    @Option(names = "--locale", defaultValue = "zh", description = "the language: ${COMPLETION-CANDIDATES} "
        + "(default: ${DEFAULT-VALUE})")
    Lang locale;

    @Option(names = "--strict", description = "stop at the first bad record (default: keep every good record)")
    boolean strict;

    @Option(names = "--charset", defaultValue = "UTF-8", description = "the charset of .csv division lists; "
        + "GB18030 reads the GBK that Excel and WPS save on Chinese Windows (default: ${DEFAULT-VALUE}; JSON is "
        + "always UTF-8)")
    Charset charset;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    int threads;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
        description = "JSON Lines parser threads, 1 to 64, or 0 for one per core (the default)")
    void threads(int n) {
      if (n < 0 || n > 64) {
        throw new CommandLine.ParameterException(mixee.commandLine(), "--threads must be 1 to 64 (0: one per core), "
            + "not " + n);
      }
      threads = n;
    }

    @Option(names = "--progress", negatable = true, description = "print a progress line (records, MB read, rate) "
        + "to standard error on long reads (default: only on a terminal)")
    Boolean progress;

    @Option(names = "--progress-every", hidden = true, defaultValue = "0",
        description = "with --progress: a line each time this many more records were read, not once a second")
    long progressEvery;

    Input read(CivicCli cli, PrintWriter err) throws IOException {
      int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
      return Input.read(new Input.How(files, strict, charset, Math.min(n, 64), progress == null ? cli.terminal : progress,
          cli.terminal, progressEvery, err));
    }
  }

  /** Checks files: the JSON, the hierarchy, the six haves and, with a formula, the teams and grids. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Read the files, report every problem (file:line:column /pointer), check the six haves, "
          + "rate the sites by the files' assessment tables and the assessors' marks and, given team rules in the "
          + "files or --formula, check the teams, their organisations and the volunteer grids of the top center.")
  static final class Check implements Callable<Integer> {
    @CommandLine.Mixin
    Common common;

    @ParentCommand
    CivicCli cli;

    @Option(names = "--format", defaultValue = "text",
        description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    TextOrJson format;

    @Option(names = "--formula", description = "check the teams against a formula such as 1+12+N: with the files' "
        + "team rules if they have them (the formula replaced), else the default rules (a post's team ≥ 10, a "
        + "station's ≥ 5, every grid group with an information officer); files with team rules are checked without it")
    TeamFormula formula;

    @Option(names = "--grids-required", description = "with team rules or --formula: every station must have a volunteer "
        + "grid group")
    boolean gridsRequired;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Input in = common.read(cli, err);
      Hierarchy h = in.hierarchy();
      TeamStructureReport teams = formula == null && in.data.teamRules().isEmpty() ? null
          : in.teams(h, Optional.ofNullable(formula), gridsRequired);
      ServiceLog log = in.serviceLog(h);
      int code = in.printProblems(err, cli.paint);
      ComplianceResults results = in.standard().check(h);
      ServiceReview review = log.review(LocalDate.MIN, LocalDate.MAX);
      long sites = h.siteCount();
      long failing = h.sites().filter(s -> !results.forSite(s.id()).violations().isEmpty()).count();
      Locale locale = common.locale.locale;
      if (format == TextOrJson.json) {
        out.printf("{\"divisions\":%d,\"sites\":%d,\"sitesFailing\":%d,\"problems\":%d,\"serviceRecords\":%d,"
                + "\"serviceRecordsPending\":%d%s}%n", h.divisionCount(), sites, failing, in.problems.size(),
            review.records(), review.pending(), teams == null ? "" : ",\"teams\":" + in.data.teams().size()
                + ",\"grids\":" + in.data.grids().size() + ",\"teamDeviations\":" + teams.violations().size());
      } else {
        out.printf("%d divisions, %d sites, %d activities, %d orders; %d sites fall short of %s%n", h.divisionCount(),
            sites, in.activities.size(), in.data.orders().size(), failing, in.standard().name());
        if (review.records() > 0) {
          out.printf("%d service records: %d approved, %d awaiting review, %d rejected; %s of %s hours recorded count%n",
              review.records(), review.approved(), review.pending(), review.rejected(),
              hours(review.approvedTime()), hours(review.recordedTime()));
        }
        var failures = results.results(Outcome.FAIL).toList();
        failures.stream().limit(LISTED).forEach(r ->
            out.println("  " + r.siteId().orElseThrow() + " " + r.requirementId() + ": " + r.message(locale)));
        more(out, failures.size());
        if (teams != null) {
          long officers = in.data.grids().stream().filter(g -> g.officer().isPresent()).count();
          out.printf("%d teams (%s), %d grid groups (%d with an information officer); %d deviations%n",
              in.data.teams().size(), formula != null ? formula : in.data.teamRules().orElseThrow().formula(),
              in.data.grids().size(), officers, teams.violations().size());
          teams.violations().stream().limit(LISTED).forEach(r ->
              out.println("  " + r.siteId().map(Object::toString).orElse("-") + " " + r.requirementId() + ": "
                  + r.message(locale)));
          more(out, teams.violations().size());
        }
        if (!h.roots().isEmpty()) {
          // No roll-up here: the year is not read.
          for (Assessments a : in.assessments(h, h.roots().get(0).code(), results, Optional.empty(), Year.of(2024))) {
            AssessmentTable t = a.table();
            long incomplete = a.all().stream().filter(Assessment::incomplete).count();
            out.printf("assessment %s (%d items, %d sub-items): %d sites scored on the checks and the files' marks,"
                + " %d of them complete and %d still awaiting marks or measures%n", t.id(), t.items().size(),
                t.subItems().size(), a.all().size(), a.all().size() - incomplete, incomplete);
          }
        }
      }
      out.flush();
      return code;
    }
  }

  /** How many findings of a kind {@code check} lists (the rest it counts). */
  static final int LISTED = 20;

  /** Says how many findings were left out of a list cut at {@link #LISTED}. */
  static void more(java.io.PrintWriter out, int findings) {
    if (findings > LISTED) {
      out.printf("  … and %,d more findings%n", findings - LISTED);
    }
  }

  /** The star thresholds {@code --stars} names: national, zhangjiagang or five hour counts. */
  static final class StarsConverter implements ITypeConverter<VolunteerStars> {
    @Override
    public VolunteerStars convert(String text) {
      return switch (text) {
        case "national" -> VolunteerStars.national();
        case "zhangjiagang" -> VolunteerStars.zhangjiagang();
        default -> CivicCli.convert(text, t -> {
          try {
            return VolunteerStars.parse(t);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + t + "\" is not national, zhangjiagang or five ascending hour "
                + "counts a/b/c/d/e (" + e.getMessage() + ")", e);
          }
        });
      };
    }
  }

  /** Writes a county's report. */
  @Command(name = "report", mixinStandardHelpOptions = true,
      description = "Write the report of the top division of the files for a period.")
  static final class ReportCommand implements Callable<Integer> {
    @CommandLine.Mixin
    Common common;

    @ParentCommand
    CivicCli cli;

    @Option(names = "--period", required = true, description = "2024, 2024-Q1, 2024-03, 2024-03-05 or 2024-01-01/2024-06-30")
    Period period;

    @Option(names = "--format", defaultValue = "html", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    ReportFormat format;

    @Option(names = "--out", defaultValue = ".", description = "the folder to write to (default: the current one)")
    Path outDir;

    @Option(names = "--stars", defaultValue = "national", converter = StarsConverter.class,
        description = "volunteer star thresholds: national (100/300/600/1000/1500 h), zhangjiagang (30/60/100/200/300 h) "
            + "or five hour counts such as 50/100/200/400/800 (default: ${DEFAULT-VALUE})")
    VolunteerStars stars;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Input in = common.read(cli, err);
      Hierarchy h = in.hierarchy();
      ActivityRollup rollup = in.rollup(h);
      ServiceLog log = in.serviceLog(h);
      org.civic.team.OrganisationRegister organisations = in.organisations();
      int code = in.printProblems(err, cli.paint);
      if (h.roots().isEmpty()) {
        err.println(cli.paint.error("civic:") + " the files hold no division to report on");
        return 1;
      }
      if (in.data.volunteers().isEmpty()) {
        // not a problem of the input (a register is kept apart), but a report of 0 registered
        // volunteers should not come as a surprise
        err.println(cli.paint.warning("warning:") + " the files hold no volunteer register: the report counts 0"
            + " registered volunteers (name the register's file too, such as a county's -volunteers.jsonl.gz)");
      }
      Division top = h.roots().get(0);
      ComplianceResults results = in.standard().check(h);
      ReportBuilder builder = ReportBuilder.of(h, top.code(), period).compliance(results)
          .activities(rollup).registeredVolunteers(in.data.volunteers().size())
          .funding(FundingPolicy.defaults(), Scoring.defaults());
      if (!in.data.grids().isEmpty()) {
        builder.grids(in.data.grids());
      }
      if (organisations.size() > 0) {
        builder.organisations(organisations);
      }
      in.assessments(h, top.code(), results, Optional.of(rollup), Year.of(period.from().getYear())).stream()
          .findFirst().ifPresent(a -> builder.assessment(a, FundingPolicy.defaults()));
      boolean hours = !in.data.serviceRecords().isEmpty();
      if (hours) {
        builder.serviceHours(log, stars);
      }
      Report report = builder.build();
      ReportStyle style = common.locale == Lang.en ? ReportStyle.english() : ReportStyle.chinese();
      Files.createDirectories(outDir);
      String base = "report-" + top.code().countyCode() + "-" + period + "." + common.locale;
      switch (format) {
        case md -> write(out, outDir.resolve(base + ".md"), MarkdownRenderer.render(report, style));
        case json -> write(out, outDir.resolve(base + ".json"), JsonRenderer.render(report, style));
        case csv -> {
          for (Map.Entry<String, String> f : CsvRenderer.render(report, style, true).entrySet()) {
            write(out, outDir.resolve(base + "-" + f.getKey()), f.getValue());
          }
          if (hours) {
            for (Map.Entry<String, String> f : HoursExport.csv(log, h, period, stars, style, true).entrySet()) {
              write(out, outDir.resolve(base + "-" + f.getKey()), f.getValue());
            }
          }
        }
        case html -> write(out, outDir.resolve(base + ".html"), HtmlRenderer.render(report, style));
      }
      return code;
    }

    private static void write(PrintWriter out, Path file, String text) throws IOException {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      out.println("wrote " + file);
    }
  }

  /** Counts figures. */
  @Command(name = "stats", mixinStandardHelpOptions = true,
      description = "Count volunteers, person-times, activities and orders of each top division for a period.")
  static final class Stats implements Callable<Integer> {
    @CommandLine.Mixin
    Common common;

    @ParentCommand
    CivicCli cli;

    @Option(names = "--period", required = true, description = "2024, 2024-Q1, 2024-03, … or a range from/to")
    Period period;

    @Option(names = "--format", defaultValue = "text",
        description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    TextOrJson format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Input in = common.read(cli, err);
      Hierarchy h = in.hierarchy();
      ActivityRollup rollup = in.rollup(h);
      ServiceLog log = in.serviceLog(h);
      int code = in.printProblems(err, cli.paint);
      if (h.roots().isEmpty()) {
        err.println(cli.paint.error("civic:") + " the files hold no division to count");
        return 1;
      }
      for (Division root : h.roots()) {
        MetricSet m = rollup.metrics(root.code(), period);
        ServiceReview review = log.review(h, root.code(), period.from(), period.to());
        if (format == TextOrJson.json) {
          out.printf("{\"division\":\"%s\",\"period\":\"%s\",\"activities\":%d,\"volunteers\":%d,\"personTimes\":%d,"
                  + "\"beneficiaries\":%d,\"serviceMinutes\":%d,\"ordersPlaced\":%d,\"ordersDelivered\":%d,"
                  + "\"approvedServiceMinutes\":%d,\"serviceRecordsPending\":%d}%n", root.code(), period, m.activities(),
              m.volunteers().count(), m.personTimes(), m.beneficiaries(), m.serviceTime().toMinutes(), m.ordersPlaced(),
              m.ordersDelivered(), review.approvedTime().toMinutes(), review.pending());
        } else {
          out.printf("%s %s, %s: %,d activities, %,d volunteers took part %,d times, %,d served, %,d orders (%,d delivered)%n",
              root.code(), root.name(), period, m.activities(), m.volunteers().count(), m.personTimes(),
              m.beneficiaries(), m.ordersPlaced(), m.ordersDelivered());
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
