package org.civic.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.civic.examples.YuzhouSample;
import org.civic.json.CivicJson;
import org.civic.json.Dataset;
import org.civic.json.LinesWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The civic-cli jar as a user gets it (after {@code package}; Failsafe runs this): it holds the
 * tool and what the tool uses — no Hibernate Validator, no EL, no Bean Validation API, no testkit,
 * no sample data, none of the other example programs — keeps the Multi-Release manifest its
 * Jackson classes need, and runs: {@code --version}, a usage error, and {@code stats} on JSON Lines.
 */
class CliJarIT {

  private static final Path JAR = Path.of("target", "civic-cli.jar");

  private static List<String> entries() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      return jar.stream().map(e -> e.getName()).toList();
    }
  }

  @Test
  void theJarHoldsOnlyWhatTheToolUses() throws IOException {
    List<String> entries = entries();
    assertThat(entries).contains("org/civic/examples/cli/CivicCli.class", "org/civic/examples/cli/civic-cli.properties",
        "org/civic/json/CivicJson.class", "org/civic/report/HtmlRenderer.class", "picocli/CommandLine.class",
        "tools/jackson/databind/ObjectMapper.class", "org/roaringbitmap/RoaringBitmap.class",
        "META-INF/services/tools.jackson.databind.JacksonModule", "META-INF/LICENSE", "META-INF/NOTICE");
    assertThat(entries).noneMatch(e -> e.startsWith("org/hibernate/"))
        .noneMatch(e -> e.startsWith("org/glassfish/"))
        .noneMatch(e -> e.startsWith("jakarta/"))
        .noneMatch(e -> e.startsWith("org/jboss/"))
        .noneMatch(e -> e.startsWith("org/civic/testkit/"))
        .noneMatch(e -> e.endsWith(".csv.gz") || e.endsWith(".jsonl.gz") || e.endsWith("yuzhou-2024.json"))
        .noneMatch(e -> e.startsWith("org/civic/examples/") && !e.endsWith("/")
            && !e.startsWith("org/civic/examples/cli/"));
    assertThat(Files.size(JAR)).as("about the 4.4 MB the README gives (12.4 MB before #22)")
        .isBetween(3_500_000L, 5_000_000L);
  }

  @Test
  void theManifestKeepsMultiReleaseAndNamesTheMainClass() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      Manifest m = jar.getManifest();
      assertThat(m.getMainAttributes().getValue("Multi-Release")).isEqualTo("true");
      assertThat(m.getMainAttributes().getValue("Main-Class")).isEqualTo("org.civic.examples.cli.CivicCli");
      assertThat(jar.isMultiRelease()).isTrue();
    }
    assertThat(entries()).anyMatch(e -> e.startsWith("META-INF/versions/17/tools/jackson/"));
  }

  record Result(int code, String out, String err) {}

  private static Result java(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the tool ends").isTrue();
    return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void theJarRuns(@TempDir Path dir) throws Exception {
    Result version = java(dir, "--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("civic " + CivicCliTest.projectVersion());

    Result xml = java(dir, "check", "x.json", "--format", "xml");
    assertThat(xml.code()).isEqualTo(2);
    assertThat(xml.err()).contains("text, json").doesNotContain("\u001b[");

    YuzhouSample yz = YuzhouSample.build();
    Dataset d = new Dataset(yz.divisions, yz.sites, yz.teams, yz.grids, yz.organisations, List.of(), yz.activities,
        yz.orders, Optional.empty(), Optional.empty(), List.of(yz.table), List.of(), List.of());
    Path lines = dir.resolve("yuzhou.jsonl");
    try (OutputStream out = Files.newOutputStream(lines); LinesWriter w = CivicJson.strict().linesWriter(out)) {
      w.writeAll(d);
    }
    Result stats = java(dir, "stats", lines.toString(), "--period", "2024", "--format", "json");
    assertThat(stats.code()).as(stats.err()).isZero();
    assertThat(stats.out()).contains("\"activities\":2187,\"volunteers\":37985,\"personTimes\":57913");
    assertThat(stats.err()).as("no SLF4J warning, no progress line off a terminal").isEmpty();
    Result report = java(dir, "report", lines.toString(), "--period", "2024", "--format", "html", "--out", "out");
    assertThat(report.code()).as(report.err()).isZero();
    assertThat(dir.resolve("out").resolve("report-411081-2024.zh.html")).exists();
  }
}
