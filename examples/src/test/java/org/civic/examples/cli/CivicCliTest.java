package org.civic.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civic.examples.YuzhouSample;
import org.civic.json.CivicJson;
import org.civic.json.Dataset;
import org.civic.json.LinesWriter;
import org.civic.site.SiteId;
import org.civic.volunteer.NationalVolunteerNumber;
import org.civic.volunteer.ServiceRecord;
import org.civic.volunteer.Volunteer;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool as a user runs it: its main entry with arguments, exit codes and output. */
class CivicCliTest {

  @TempDir
  static Path dir;
  static Path county;
  static Path lines;

  @BeforeAll
  static void writeTheSample() throws IOException {
    YuzhouSample yz = YuzhouSample.build();
    Dataset d = new Dataset(yz.divisions, yz.sites, yz.teams, yz.grids, yz.organisations, java.util.List.of(),
        yz.activities, yz.orders, Optional.empty(), Optional.empty(), java.util.List.of(yz.table),
        YuzhouSample.inspections(yz.table, yz.sites), java.util.List.of());
    county = dir.resolve("yuzhou.json");
    try (OutputStream out = Files.newOutputStream(county)) {
      CivicJson.strict().writeDataset(d, out);
    }
    lines = dir.resolve("yuzhou.jsonl");
    try (OutputStream out = Files.newOutputStream(lines); LinesWriter w = CivicJson.strict().linesWriter(out)) {
      w.writeAll(d);
    }
  }

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = CivicCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void checkAGoodCounty() {
    Run r = run("check", county.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("706 divisions, 282 sites, 2187 activities, 2000 orders")
        .containsPattern("assessment bijie-shaped-2021 \\(9 items, 29 sub-items\\): 280 sites scored on the checks and"
            + " the files' marks, \\d+ of them complete and \\d+ still awaiting marks or measures")
        // 261 sites fall short: their first 20 findings listed, and the rest counted
        .contains("261 sites fall short of")
        .containsPattern("\n  … and [\\d,]+ more findings\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void theFilesTeamRulesAreUsedAndATeamNamingAnUnlistedOrganisationIsAProblem() throws IOException {
    YuzhouSample yz = YuzhouSample.build();
    java.util.List<org.civic.team.Team> teams = new java.util.ArrayList<>(yz.teams);
    org.civic.team.Team first = teams.get(1);
    teams.set(1, first.toBuilder().organisation(org.civic.team.OrganisationId.of("org-unlisted")).build());
    Dataset d = Dataset.builder().addAll(new Dataset(yz.divisions, yz.sites, teams, yz.grids, yz.organisations,
        java.util.List.of(), java.util.List.of(), java.util.List.of(), Optional.empty(),
        Optional.of(org.civic.team.TeamRules.of(org.civic.team.TeamFormula.parse("1+12+N"))
            .withGridsRequiredAt(java.util.Set.of(org.civic.site.SiteLevel.STATION))),
        java.util.List.of(), java.util.List.of(), java.util.List.of())).build();
    Path withRules = dir.resolve("rules.json");
    try (OutputStream out = Files.newOutputStream(withRules)) {
      CivicJson.strict().writeDataset(d, out);
    }
    Run r = run("check", withRules.toString(), "--locale", "en");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("team.unknown-organisation").contains(first.id().value()).contains("org-unlisted");
    assertThat(r.out()).containsPattern("\\d+ teams \\(1\\+12\\+N\\)")
        .contains("grid.site-has-grid"); // the files' rules require grid groups at stations
  }

  @Test
  void theCountingSinkHandsOnEveryKindOfRecord() throws ReflectiveOperationException {
    Class<?> counting = Input.counting(Dataset.builder(), new long[1], Progress.of(false, false, 1,
        new java.io.PrintWriter(java.io.Writer.nullWriter()), () -> 0)).getClass();
    for (java.lang.reflect.Method m : org.civic.json.RecordSink.class.getDeclaredMethods()) {
      if (java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      assertThat(counting.getDeclaredMethod(m.getName(), m.getParameterTypes())).as(m.getName()).isNotNull();
    }
  }

  @Test
  void checkTheTeamsAndGridsWithAFormula() {
    Run r = run("check", county.toString(), "--formula", "1+12+N", "--locale", "en");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("\\d+ teams \\(1\\+12\\+N\\), \\d+ grid groups \\(\\d+ with an information "
        + "officer\\); \\d+ deviations").contains("grid.officer").contains("has no information officer");
    Run required = run("check", county.toString(), "--formula", "1+12+N", "--grids-required", "--format", "json");
    assertThat(required.out()).contains("\"teams\":").contains("\"grids\":");
    Run wrong = run("check", county.toString(), "--formula", "1+11+N");
    assertThat(wrong.out()).contains("team.branches");
  }

  @Test
  void statsFromJsonLines() {
    Run r = run("stats", lines.toString(), "--period", "2024", "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"activities\":2187,\"volunteers\":37985,\"personTimes\":57913");
    Run progress = run("stats", lines.toString(), "--period", "2024", "--progress", "--progress-every", "1000");
    assertThat(progress.err()).containsPattern("read [0-9,]+ records, [0-9.]+ MB, [0-9,]+ records/s")
        .containsPattern("read 6,033 records, [0-9.]+ MB, [0-9,]+ records/s — done"); // 213 organisations, 280 inspections
    assertThat(run("stats", lines.toString(), "--period", "2024").err())
        .as("not a terminal, not asked: no progress line").isEmpty();
  }

  /** The same figures from every number of parser threads, and from the gzipped file. */
  @Test
  void statsFromJsonLinesOnAnyNumberOfThreadsAndGzipped() throws IOException {
    Path gz = dir.resolve("yuzhou.jsonl.gz");
    try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(lines, out);
    }
    String one = run("stats", lines.toString(), "--period", "2024", "--format", "json", "--threads", "1").out();
    assertThat(one).contains("\"activities\":2187,\"volunteers\":37985,\"personTimes\":57913");
    assertThat(run("stats", lines.toString(), "--period", "2024", "--format", "json", "--threads", "3").out())
        .isEqualTo(one);
    assertThat(run("stats", gz.toString(), "--period", "2024", "--format", "json").out()).isEqualTo(one);
  }

  @Test
  void aReportInEveryFormat() throws IOException {
    for (String format : new String[] {"html", "md", "csv", "json"}) {
      Path out = dir.resolve("out-" + format);
      Run r = run("report", county.toString(), "--period", "2024", "--format", format, "--locale", "en", "--out",
          out.toString());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).startsWith("wrote ");
      // the county's file alone has no register: said, not silently 0
      assertThat(r.err()).contains("warning: the files hold no volunteer register: the report counts 0 registered");
      try (var files = Files.list(out)) {
        assertThat(files.count()).isGreaterThanOrEqualTo(1);
      }
    }
    String html = Files.readString(dir.resolve("out-html").resolve("report-411081-2024.en.html"));
    assertThat(html).contains("<html lang=\"en\">").contains("Coverage of practice sites")
        .contains("Points lost by item").contains("Participating organisations (1+N)")
        .contains("The registers list 213 organisations");
  }

  @Test
  void badInputExitsWithOneAndEveryProblemPrinted() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\":\"civic/1\",\"divisions\":[{\"code\":\"41108x000000\",\"name\":\"禹州市\"},"
        + "{\"code\":\"411081103000\",\"name\":123}]}");
    Run r = run("check", bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("bad.json:1:").contains("/divisions/0/code").contains("/divisions/1/name")
        .contains("2 problems found");
    Run strict = run("check", "--strict", bad.toString());
    assertThat(strict.code()).isEqualTo(1);
    assertThat(run("check", dir.resolve("missing.json").toString()).code()).isEqualTo(1);
  }

  @Test
  void serviceRecordsAreCheckedCountedAndExported() throws IOException {
    YuzhouSample yz = YuzhouSample.build();
    SiteId site = yz.sites.get(1).id();
    VolunteerId zhao = VolunteerId.of("v-1");
    VolunteerId hostile = VolunteerId.of("v-2");
    List<Volunteer> volunteers = List.of(
        Volunteer.of(zhao, "赵某", LocalDate.of(2021, 3, 5), Set.of(), Optional.empty())
            .withNationalNumber(NationalVolunteerNumber.of("ZY-41108120210001")),
        Volunteer.of(hostile, "=1+2", LocalDate.of(2022, 1, 1), Set.of(), Optional.empty()));
    List<ServiceRecord> records = List.of(
        ServiceRecord.of(zhao, LocalDate.of(2024, 3, 5), site, Duration.ofHours(3)),
        ServiceRecord.reported(hostile, LocalDate.of(2024, 3, 5), site, Duration.ofHours(4)).approve(Duration.ofHours(2)),
        ServiceRecord.reported(hostile, LocalDate.of(2024, 4, 5), site, Duration.ofHours(2)),
        ServiceRecord.reported(zhao, LocalDate.of(2024, 4, 6), site, Duration.ofHours(1)).reject("活动当天未签到"));
    Path hours = dir.resolve("hours.json");
    write(hours, new Dataset(yz.divisions, yz.sites, List.of(), List.of(), List.of(), volunteers, List.of(), List.of(),
        Optional.empty(), Optional.empty(),
        List.of(), List.of(), records));

    Run check = run("check", hours.toString());
    assertThat(check.code()).as(check.err()).isZero();
    assertThat(check.out()).contains("4 service records: 2 approved, 1 awaiting review, 1 rejected; 5.0 of 10.0 hours "
        + "recorded count");
    Run stats = run("stats", hours.toString(), "--period", "2024", "--format", "json");
    assertThat(stats.out()).contains("\"approvedServiceMinutes\":300,\"serviceRecordsPending\":1}");
    assertThat(run("stats", hours.toString(), "--period", "2024-04").out())
        .contains("service records: 0.0 hours approved, 1 awaiting review, 1 rejected");

    Path out = dir.resolve("out-hours");
    Run report = run("report", hours.toString(), "--period", "2024", "--format", "csv", "--stars", "zhangjiagang",
        "--out", out.toString());
    assertThat(report.code()).as(report.err()).isZero();
    String byVolunteer = Files.readString(out.resolve("report-411081-2024.zh-hours-by-volunteer.csv"));
    assertThat(byVolunteer).contains("1,v-1,ZY-41108120210001,赵某,180,3.0,1,0\r\n")
        .contains("2,v-2,,'=1+2,120,2.0,1,0\r\n");
    assertThat(out.resolve("report-411081-2024.zh-service-hours-hours-ranking.csv")).exists();
    Run badStars = run("report", hours.toString(), "--period", "2024", "--stars", "1/2/3");
    assertThat(badStars.code()).isEqualTo(2);
    assertThat(badStars.err()).contains("--stars").contains("national, zhangjiagang or five ascending hour counts");

    Path bad = dir.resolve("hours-bad.json");
    write(bad, new Dataset(yz.divisions, yz.sites, List.of(), List.of(), List.of(), volunteers, List.of(), List.of(),
        Optional.empty(), Optional.empty(),
        List.of(), List.of(), List.of(ServiceRecord.of(VolunteerId.of("ghost"), LocalDate.of(2024, 3, 5), site, Duration.ofHours(1)),
            ServiceRecord.of(zhao, LocalDate.of(2024, 3, 5), SiteId.of("nowhere"), Duration.ofHours(1)))));
    Run badCheck = run("check", bad.toString());
    assertThat(badCheck.code()).isEqualTo(1);
    assertThat(badCheck.err()).contains("service.unknown-volunteer").contains("service.unknown-site")
        .contains("2 problems found");
  }

  private static void write(Path file, Dataset d) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      CivicJson.strict().writeDataset(d, out);
    }
  }

  @Test
  void usageErrorsAndHelp() {
    assertThat(run("report", county.toString()).code()).as("--period is required").isEqualTo(2);
    assertThat(run("frobnicate").code()).isEqualTo(2);
    Run help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Usage: civic").contains("check").contains("report").contains("stats");
    Run reportHelp = run("report", "--help");
    assertThat(reportHelp.out()).contains("--period").contains("--format").contains("--locale");
  }

  /** Enumerated options are picocli's to check: a bad value is a usage error naming the allowed ones. */
  @Test
  void aValueThatIsNotAllowedIsAUsageErrorNamingTheAllowedOnes() {
    Run xml = run("check", county.toString(), "--format", "xml");
    assertThat(xml.code()).isEqualTo(2);
    assertThat(xml.err()).contains("--format").contains("xml").contains("text, json");
    assertThat(xml.out()).isEmpty();
    Run fr = run("stats", lines.toString(), "--period", "2024", "--locale", "fr");
    assertThat(fr.code()).isEqualTo(2);
    assertThat(fr.err()).contains("--locale").contains("zh, en");
    Run pdf = run("report", county.toString(), "--period", "2024", "--format", "pdf");
    assertThat(pdf.code()).isEqualTo(2);
    assertThat(pdf.err()).contains("html, md, csv, json");
    Run threads = run("stats", lines.toString(), "--period", "2024", "--threads", "99");
    assertThat(threads.code()).isEqualTo(2);
    assertThat(threads.err()).contains("--threads must be 1 to 64");
    Run formula = run("check", county.toString(), "--formula", "1+x+N");
    assertThat(formula.code()).isEqualTo(2);
    assertThat(formula.err()).contains("--formula");
  }

  @Test
  void aBadPeriodIsAUsageErrorSayingWhy() {
    for (String bad : new String[] {"2024-13", "24", "2024-Q5", "2024-06-30/2024-01-01"}) {
      Run stats = run("stats", lines.toString(), "--period", bad);
      assertThat(stats.code()).as(bad).isEqualTo(2);
      assertThat(stats.err()).as(bad).contains("--period").contains(bad).doesNotContain("Exception");
      assertThat(run("report", county.toString(), "--period", bad).code()).as(bad).isEqualTo(2);
    }
  }

  @Test
  void versionIsTheProjectsVersionFromTheBuild() throws IOException {
    Run v = run("--version");
    assertThat(v.code()).isZero();
    assertThat(v.out()).startsWith("civic " + projectVersion() + System.lineSeparator()).contains("Java ");
    assertThat(CivicCli.Version.version()).isEqualTo(projectVersion());
  }

  /** The version in the root pom, as the build sees it. */
  static String projectVersion() throws IOException {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("civic-core")) && Files.isRegularFile(d.resolve("pom.xml"))) {
        java.util.regex.Matcher m = java.util.regex.Pattern
            .compile("<artifactId>civic-parent</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(Files.readString(d.resolve("pom.xml")));
        assertThat(m.find()).isTrue();
        return m.group(1);
      }
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }

  /** Colour only where it can be seen: never through run(…), in colour on a terminal. */
  @Test
  void colourOnlyOnATerminal() throws IOException {
    Path bad = dir.resolve("bad-colour.json");
    Files.writeString(bad, "{\"format\":\"civic/1\",\"divisions\":[{\"code\":\"41108x000000\",\"name\":\"禹州市\"}]}");
    Run plain = run("check", bad.toString());
    assertThat(plain.err()).contains("error: ").doesNotContain("\u001b[");
    assertThat(run("--help").out()).doesNotContain("\u001b[");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = CivicCli.run(new String[] {"check", bad.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), true, picocli.CommandLine.Help.Ansi.ON);
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("\u001b[").contains("error:");
  }

  /** A division list saved by Excel or WPS on Chinese Windows: GB18030, and --charset says so. */
  @Test
  void aGb18030DivisionListReadsWithCharsetAndIsExplainedWithout() throws IOException {
    String csv;
    try (var in = YuzhouSample.class.getResourceAsStream("yuzhou-411081.csv")) {
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path gbk = dir.resolve("yuzhou-gbk.csv");
    Files.write(gbk, csv.replace("\n", "\r\n").getBytes(java.nio.charset.Charset.forName("GB18030")));
    Run utf8 = run("check", gbk.toString());
    assertThat(utf8.code()).isEqualTo(1);
    assertThat(utf8.err()).contains("division-csv.encoding").contains("GB18030 (GBK)").contains("--charset GB18030");
    Run named = run("check", "--charset", "GB18030", gbk.toString(), "--format", "json");
    assertThat(named.code()).as(named.err()).isZero();
    assertThat(named.out()).startsWith("{\"divisions\":706,\"sites\":0,");
    Run plainUtf8 = run("check", dir.resolve("yuzhou.json").toString(), "--format", "json");
    assertThat(plainUtf8.out()).startsWith("{\"divisions\":706,");
    assertThat(run("check", "--charset", "NO-SUCH-CHARSET", gbk.toString()).code()).isEqualTo(2);
  }
}
