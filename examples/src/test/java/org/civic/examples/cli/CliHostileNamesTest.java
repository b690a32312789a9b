package org.civic.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile names through the command line, as an official would meet them: a county whose station
 * is named {@code =1+1} and whose township is named {@code <script>alert(1)</script>}. The CSV
 * report writes the station as the text {@code '=1+1}; the HTML report has no {@code script}
 * element, and shows the township's name as text.
 */
class CliHostileNamesTest {

  @TempDir
  Path dir;

  private Path county() throws IOException {
    String json;
    try (InputStream in = CliHostileNamesTest.class.getResourceAsStream("fuzz-county.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(json).contains("\"大刘庄村新时代文明实践站\"", "\"神垕镇\"");
    Path file = dir.resolve("hostile.json");
    Files.writeString(file, json.replace("\"大刘庄村新时代文明实践站\"", "\"=1+1\"")
        .replace("\"神垕镇\"", "\"<script>alert(1)</script>\""));
    return file;
  }

  private int run(String... args) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    return CivicCli.run(args, new PrintStream(sink, true, StandardCharsets.UTF_8),
        new PrintStream(sink, true, StandardCharsets.UTF_8));
  }

  @Test
  void aStationNamedAsAFormulaIsTextInTheCsvReport() throws IOException {
    Path out = dir.resolve("csv");
    assertThat(run("report", county().toString(), "--period", "2024", "--format", "csv", "--out", out.toString()))
        .isZero();
    List<String> cells = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path f : files.toList()) {
        for (String line : Files.readString(f, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n")) {
          cells.addAll(List.of(line.split(",", -1)));
        }
      }
    }
    assertThat(cells).contains("'=1+1").doesNotContain("=1+1");
  }

  @Test
  void aTownshipNamedAsAScriptIsTextInTheHtmlReport() throws IOException {
    Path out = dir.resolve("html");
    assertThat(run("report", county().toString(), "--period", "2024", "--format", "html", "--out", out.toString()))
        .isZero();
    String html;
    try (Stream<Path> files = Files.list(out)) {
      html = Files.readString(files.filter(f -> f.toString().endsWith(".html")).findFirst().orElseThrow());
    }
    assertThat(html).doesNotContainIgnoringCase("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }
}
