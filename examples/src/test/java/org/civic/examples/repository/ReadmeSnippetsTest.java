package org.civic.examples.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.civic.division.DivisionCode;
import org.civic.examples.YuzhouSample;
import org.civic.hierarchy.Hierarchy;
import org.civic.metric.ActivityRollup;
import org.civic.metric.VolunteerIndex;
import org.civic.report.Block;
import org.civic.report.Section;
import org.civic.report.Text;
import org.civic.site.Site;
import org.civic.site.SiteLevel;
import org.civic.standard.ComplianceResults;
import org.civic.standard.SixHaves;
import org.civic.team.TeamFormula;
import org.civic.team.TeamRules;
import org.civic.team.TeamStructure;
import org.civic.team.TeamStructureReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The root README's Java examples compile against the current API, and those that can run do.
 *
 * <p>Each {@code ```java} block of {@code README.md} becomes the body of a static method
 * {@code run(…) throws Exception} in a class of its own, with {@link #IMPORTS} imported: the types a
 * reader of the README is assumed to have imported. The variables a block uses without declaring
 * them are the method's parameters, from {@link #GIVENS}: a README example may assume any of
 * them ({@code hierarchy}, {@code county}, {@code activities} …), and a new one is added there, with
 * its type and, if it can have one, a value. Every block is compiled with the test's class path; a
 * failure names the block's first line in the README and the compiler's messages, each at its README
 * line.
 *
 * <p>A block then runs, on the bundled Yuzhou sample ({@link YuzhouSample}), when every variable it
 * assumes has a value here and it names no file ({@code Path.of}): the others (reading a file,
 * writing {@code report.html} into the working directory) are only compiled.
 */
class ReadmeSnippetsTest {

  /** The imports every README block may rely on. Add a type here when the README starts using it. */
  static final List<String> IMPORTS = List.of(
      "java.io.InputStream", "java.nio.file.Files", "java.nio.file.Path", "java.util.EnumSet", "java.util.List",
      "java.util.Locale", "java.time.Duration", "java.time.LocalDate", "java.util.Map", "java.util.Optional",
      "java.util.Set", "java.time.Year",
      "jakarta.validation.Validation", "jakarta.validation.Validator",
      "org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator",
      "org.civic.hierarchy.BuildResult",
      "org.civic.activity.Activity", "org.civic.activity.ActivityLog",
      "org.civic.assessment.Assessment", "org.civic.assessment.AssessmentTable", "org.civic.assessment.Assessments",
      "org.civic.assessment.Criterion", "org.civic.assessment.Evidence", "org.civic.assessment.Item",
      "org.civic.assessment.Mark", "org.civic.assessment.Measurement", "org.civic.assessment.StarThresholds",
      "org.civic.assessment.SubItem", "org.civic.assessment.Subject",
      "org.civic.division.DivisionCode", "org.civic.division.DivisionCsv", "org.civic.division.DivisionLevel",
      "org.civic.division.TownshipKind",
      "org.civic.hierarchy.Coverage", "org.civic.hierarchy.CoveragePolicy", "org.civic.hierarchy.Hierarchy",
      "org.civic.hierarchy.HierarchyBuilder",
      "org.civic.json.CivicJson", "org.civic.json.ReadReport", "org.civic.json.RecordSink",
      "org.civic.metric.ActivityRollup", "org.civic.metric.MetricSet", "org.civic.metric.Period",
      "org.civic.metric.VolunteerIndex", "org.civic.metric.MonthlyCell", "org.civic.metric.IncrementalRollup",
      "java.time.YearMonth",
      "org.civic.order.ServiceOrder",
      "org.civic.report.HtmlRenderer", "org.civic.report.Report", "org.civic.report.ReportBuilder",
      "org.civic.report.ReportStyle", "org.civic.report.Section",
      "org.civic.site.Site", "org.civic.site.SiteId", "org.civic.site.SiteLevel",
      "org.civic.standard.ComplianceResults", "org.civic.standard.Evaluation", "org.civic.standard.FundingPolicy",
      "org.civic.standard.Message", "org.civic.standard.Outcome", "org.civic.standard.Requirement",
      "org.civic.standard.Scoring", "org.civic.standard.SiteCompliance", "org.civic.standard.SixHaves",
      "org.civic.standard.Standard", "org.civic.standard.StaffingRequirement",
      "org.civic.team.GridCounts", "org.civic.team.GridGroup", "org.civic.team.Organisation",
      "org.civic.team.OrganisationRegister", "org.civic.team.Team", "org.civic.team.TeamFormula",
      "org.civic.team.TeamLadder", "org.civic.team.TeamPlacement", "org.civic.team.TeamRules",
      "org.civic.team.TeamStructure", "org.civic.team.TeamStructureReport", "org.civic.team.TeamTier",
      "org.civic.volunteer.VolunteerId",
      "org.civic.report.HoursExport", "org.civic.team.TeamId", "org.civic.volunteer.NationalVolunteerNumber",
      "org.civic.volunteer.Recorder", "org.civic.volunteer.ServiceLog", "org.civic.volunteer.ServiceRecord",
      "org.civic.volunteer.Volunteer", "org.civic.volunteer.VolunteerStars");

  /** A variable README blocks may use without declaring it: its type, and how to get a value (null: none). */
  record Given(String name, String type, Function<Sample, Object> value) {}

  /** The givens, in the order they become parameters. */
  static final List<Given> GIVENS = List.of(
      new Given("hierarchy", "Hierarchy", s -> s.hierarchy),
      new Given("county", "DivisionCode", s -> YuzhouSample.YUZHOU),
      new Given("township", "DivisionCode", s -> DivisionCode.parse("411081103000")),
      new Given("station", "Site", s -> s.station),
      new Given("countyTeams", "List<Team>", s -> s.yuzhou.teams),
      new Given("countyGrids", "List<GridGroup>", s -> s.yuzhou.grids),
      new Given("countyOrganisations", "List<Organisation>", s -> s.yuzhou.organisations),
      new Given("teams", "TeamStructureReport", s -> s.teams),
      new Given("registeredIds", "List<VolunteerId>", s -> s.yuzhou.register),
      new Given("activities", "List<Activity>", s -> s.yuzhou.activities),
      new Given("orders", "List<ServiceOrder>", s -> s.yuzhou.orders),
      new Given("newActivity", "Activity", s -> s.yuzhou.activities.get(0)),
      new Given("results", "ComplianceResults", s -> s.results),
      new Given("rollup", "ActivityRollup", s -> s.rollup),
      new Given("mySection", "Section", s -> s.mySection),
      new Given("in", "InputStream", null),
      new Given("path", "Path", null));

  /** The values the givens take when a block runs: the bundled Yuzhou sample. */
  static final class Sample {
    final YuzhouSample yuzhou = YuzhouSample.build();
    final Hierarchy hierarchy = Hierarchy.builder().addDivisions(yuzhou.divisions).addSites(yuzhou.sites).build();
    final Site station = hierarchy.sitesUnder(YuzhouSample.YUZHOU, SiteLevel.STATION).findFirst().orElseThrow();
    final TeamStructureReport teams = TeamStructure.check(hierarchy, YuzhouSample.YUZHOU, yuzhou.teams,
        TeamRules.of(TeamFormula.parse("1+12+N")));
    final ComplianceResults results = SixHaves.standard().check(hierarchy);
    final ActivityRollup rollup = ActivityRollup.of(hierarchy, yuzhou.activities, yuzhou.orders,
        VolunteerIndex.of(yuzhou.register));
    final Section mySection = new Section("tea-culture", Text.of("茶文化体验", "Tea culture"),
        List.of(new Block.Paragraph(Text.of("全年接待游客 3.2 万人次。", "32,000 visitors this year."))));
  }

  /** A {@code ```java} block: its text and the README line of its first line. */
  record Snippet(int line, String code) {}

  static List<Snippet> blocks(List<String> readme) {
    List<Snippet> blocks = new ArrayList<>();
    for (int i = 0; i < readme.size(); i++) {
      if (readme.get(i).strip().equals("```java")) {
        int start = i + 1;
        int end = start;
        while (end < readme.size() && !readme.get(end).strip().equals("```")) {
          end++;
        }
        blocks.add(new Snippet(start + 1, String.join("\n", readme.subList(start, end))));
        i = end;
      }
    }
    return blocks;
  }

  /** The block's code without comments and string literals, where its names are looked for. */
  private static String names(String code) {
    return code.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("//[^\n]*", "");
  }

  /** The givens a block uses and does not declare itself. */
  static List<Given> givensOf(Snippet b) {
    String code = names(b.code());
    return GIVENS.stream()
        .filter(g -> Pattern.compile("(?<![.\\w])" + g.name() + "\\b").matcher(code).find())
        .filter(g -> !Pattern.compile("\\b[A-Z][\\w.]*(?:<[^=;()]*>)?\\s+" + g.name() + "\\s*[=;]").matcher(code).find())
        .toList();
  }

  static boolean runnable(Snippet b) {
    return !b.code().contains("Path.of(") && givensOf(b).stream().allMatch(g -> g.value() != null);
  }

  /** The compilation unit of block {@code n}; its body starts on line {@link #HEADER_LINES} + 1. */
  static String unit(int n, Snippet b) {
    String header = "package readme;\n"
        + IMPORTS.stream().map(i -> "import " + i + ";").collect(Collectors.joining(" ")) + "\n"
        + "final class Block" + n + " {\n"
        + "  static void run(" + givensOf(b).stream().map(g -> g.type() + " " + g.name()).collect(Collectors.joining(", "))
        + ") throws Exception {\n";
    return header + b.code() + "\n  }\n}\n";
  }

  /** Lines before a block's code in its unit. */
  static final int HEADER_LINES = 4;

  @Test
  void everyJavaBlockOfTheReadmeCompilesAndTheSelfContainedOnesRun(@TempDir Path dir) throws Exception {
    Path readme = Repository.root().resolve("README.md");
    List<Snippet> blocks = blocks(Files.readAllLines(readme, StandardCharsets.UTF_8));
    assertThat(blocks).as("```java blocks in %s", readme).hasSizeGreaterThanOrEqualTo(5);

    Path src = Files.createDirectories(dir.resolve("src/readme"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Map<Path, Snippet> byFile = new LinkedHashMap<>();
    for (int n = 0; n < blocks.size(); n++) {
      Path file = src.resolve("Block" + n + ".java");
      Files.writeString(file, unit(n, blocks.get(n)), StandardCharsets.UTF_8);
      byFile.put(file.toAbsolutePath().normalize(), blocks.get(n));
    }

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK's compiler (the tests run on a JDK)").isNotNull();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean compiled;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ENGLISH, StandardCharsets.UTF_8)) {
      String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      compiled = javac.getTask(null, files, diagnostics,
          List.of("-classpath", classPath, "-d", classes.toString(), "-proc:none", "-encoding", "UTF-8"), null,
          files.getJavaFileObjectsFromPaths(byFile.keySet())).call();
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      Snippet b = d.getSource() == null ? null : byFile.get(Path.of(d.getSource().toUri()).toAbsolutePath().normalize());
      long line = b == null ? -1 : b.line() + d.getLineNumber() - HEADER_LINES - 1;
      errors.add("README.md:" + line + " (the block at line " + (b == null ? "?" : b.line()) + "): "
          + d.getMessage(Locale.ENGLISH));
    }
    assertThat(errors).as("README blocks that do not compile (imports and givens: see ReadmeSnippetsTest)").isEmpty();
    assertThat(compiled).isTrue();

    Sample sample = new Sample();
    int ran = 0;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      for (int n = 0; n < blocks.size(); n++) {
        Snippet b = blocks.get(n);
        if (!runnable(b)) {
          continue;
        }
        List<Given> givens = givensOf(b);
        Method run = Arrays.stream(loader.loadClass("readme.Block" + n).getDeclaredMethods())
            .filter(m -> m.getName().equals("run")).findFirst().orElseThrow();
        run.setAccessible(true);
        Object[] args = givens.stream().map(g -> g.value().apply(sample)).toArray();
        PrintStream out = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)); // what blocks print
        try {
          run.invoke(null, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
          throw new AssertionError("the README block at line " + b.line() + " failed on the Yuzhou sample", e.getCause());
        } finally {
          System.setOut(out);
        }
        ran++;
      }
    }
    assertThat(ran).as("README blocks run").isGreaterThanOrEqualTo(2);
  }

  /**
   * Each example the README tells a reader to run ({@code -Dexec.mainClass=…}) is a class of the
   * examples with a {@code main}, and each Maven profile its commands name ({@code -P…}) is one
   * the examples' pom has: a command that names neither runs something else, or nothing, without
   * an error (the Flink example's command once ran the quick start's).
   */
  @Test
  void theExamplesTheReadmesCommandsNameExist() throws Exception {
    String readme = Files.readString(Repository.root().resolve("README.md"));
    String pom = Files.readString(Repository.root().resolve("examples/pom.xml"));
    java.util.regex.Matcher main = Pattern.compile("-Dexec\\.mainClass=([\\w.]+)").matcher(readme);
    int mains = 0;
    while (main.find()) {
      Class<?> c = Class.forName(main.group(1));
      assertThat(c.getMethod("main", String[].class)).as(main.group(1)).isNotNull();
      mains++;
    }
    assertThat(mains).as("-Dexec.mainClass in the README").isPositive();
    java.util.regex.Matcher profile = Pattern.compile("\\./mvnw [^\\n`]*?-P(\\w+)").matcher(readme);
    int profiles = 0;
    while (profile.find()) {
      assertThat(pom).as("profile %s", profile.group(1)).contains("<id>" + profile.group(1) + "</id>");
      profiles++;
    }
    assertThat(profiles).as("-P in the README's commands").isPositive();
  }

  @Test
  void givensAreFoundByUseAndLeftOutWhereTheBlockDeclaresThem() {
    Snippet uses = new Snippet(1, "MetricSet year = rollup.metrics(county, Period.year(2024)); // the orders\n"
        + "String s = \"hierarchy\";");
    assertThat(givensOf(uses)).extracting(Given::name).containsExactly("county", "rollup");
    Snippet declares = new Snippet(1, "CivicJson.DatasetResult county = x(in);\nActivityRollup rollup = y(county);");
    assertThat(givensOf(declares)).extracting(Given::name).containsExactly("in");
    assertThat(runnable(declares)).isFalse();
    assertThat(runnable(new Snippet(1, "DivisionCsv.read(Path.of(\"x.csv\"), d -> { });"))).isFalse();
    assertThat(runnable(uses)).isTrue();
  }
}
