package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.civic.problem.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The corpus under src/test/resources/bad/: every bad input and the exact problem reported. */
class BadInputTest {

  record Case(String file, String id, String pointer, long line) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Case> corpus() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = BadInputTest.class.getResourceAsStream("/bad/expected.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        cases.add(new Case(f[0], f[1], f[2], Long.parseLong(f[3])));
      }
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
    return cases.stream();
  }

  private static ReadReport read(CivicJson json, Case c) throws IOException {
    try (InputStream in = BadInputTest.class.getResourceAsStream("/bad/" + c.file())) {
      assertThat(in).as(c.file()).isNotNull();
      return c.file().endsWith(".jsonl")
          ? json.readLines(in, c.file(), new RecordSink() {})
          : json.readDataset(in, c.file()).report();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void leniently_theExactProblemIsReported(Case c) throws IOException {
    ReadReport report = read(CivicJson.lenient(), c);
    List<Problem> all = new ArrayList<>(report.errors());
    all.addAll(report.warnings());
    assertThat(all).as("%s: %s", c.file(), all).anySatisfy(p -> {
      assertThat(p.id()).isEqualTo(c.id());
      assertThat(p.where().jsonPointer().orElse("")).isEqualTo(c.pointer());
      assertThat(p.where().line()).hasValue(c.line());
      assertThat(p.where().source()).contains(c.file());
      assertThat(p.expected()).isPresent();
    });
  }

  static Stream<Case> linesCorpus() throws IOException {
    return corpus().filter(c -> c.file().endsWith(".jsonl"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("linesCorpus")
  void jsonLines_theFastPathReportsWhatReadingEachLineAloneReports(Case c) throws IOException {
    byte[] bytes;
    try (InputStream in = BadInputTest.class.getResourceAsStream("/bad/" + c.file())) {
      bytes = in.readAllBytes();
    }
    FastPathTest.assertSameLenientAndStrict(bytes);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void strictly_itIsAnErrorAndCivicsOwnException(Case c) {
    Throwable thrown = catchThrowable(() -> read(CivicJson.strict(), c));
    assertThat(thrown).as(c.file()).isInstanceOf(CivicJsonException.class);
    assertThat(((CivicJsonException) thrown).problems()).anySatisfy(p -> assertThat(p.id()).isEqualTo(c.id()));
  }
}
