package org.civic.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.civic.examples.YuzhouSample;
import org.civic.json.CivicJson;
import org.civic.json.Dataset;
import org.civic.json.LinesWriter;
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
    Dataset d = new Dataset(yz.divisions, yz.sites, yz.teams, yz.grids, java.util.List.of(), yz.activities, yz.orders,
        Optional.empty(), java.util.List.of(yz.table));
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
        .contains("assessment bijie-shaped-2021 (9 items, 29 sub-items): 280 sites rated on the checks alone");
    assertThat(r.err()).isEmpty();
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
    Run progress = run("stats", lines.toString(), "--period", "2024", "--progress-every", "1000");
    assertThat(progress.err()).containsPattern("read 4,000 records, [0-9,]+ records/s");
  }

  @Test
  void aReportInEveryFormat() throws IOException {
    for (String format : new String[] {"html", "md", "csv", "json"}) {
      Path out = dir.resolve("out-" + format);
      Run r = run("report", county.toString(), "--period", "2024", "--format", format, "--locale", "en", "--out",
          out.toString());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).startsWith("wrote ");
      try (var files = Files.list(out)) {
        assertThat(files.count()).isGreaterThanOrEqualTo(1);
      }
    }
    String html = Files.readString(dir.resolve("out-html").resolve("report-411081-2024.en.html"));
    assertThat(html).contains("<html lang=\"en\">").contains("Coverage of practice sites")
        .contains("Points lost by item");
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
  void usageErrorsAndHelp() {
    assertThat(run("report", county.toString()).code()).as("--period is required").isEqualTo(2);
    assertThat(run("frobnicate").code()).isEqualTo(2);
    Run help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Usage: civic").contains("check").contains("report").contains("stats");
    Run reportHelp = run("report", "--help");
    assertThat(reportHelp.out()).contains("--period").contains("--format").contains("--locale");
  }
}
