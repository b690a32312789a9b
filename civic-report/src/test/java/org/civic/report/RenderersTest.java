package org.civic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A golden file per renderer on a small fixed county, under {@code src/test/resources/golden/}.
 *
 * <p>A missing or different golden file fails the test. To write them after a deliberate change
 * to a renderer (or to create a new one), run the tests with the system property
 * {@code civic.updateGolden} set to {@code true} — {@code ./mvnw -pl civic-report -am verify
 * -Dcivic.updateGolden=true} — then review the diff and commit the files. Only that property
 * writes them: a plain run never does, so a test cannot pass by comparing the output with itself.
 */
class RenderersTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("civic.updateGolden");
  private static final String HOW_TO_UPDATE =
      "run ./mvnw -pl civic-report -am verify -Dcivic.updateGolden=true to write it, then review the diff";

  private static void golden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (UPDATE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file %s is missing: %s", file, HOW_TO_UPDATE).exists();
    assertThat(actual).as("%s differs from its golden file (after a deliberate change, %s)", name, HOW_TO_UPDATE)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** A golden file that is not there fails, and is not written, without the property. */
  @Test
  void aMissingGoldenFileFailsAndIsNotWritten() {
    Assumptions.assumeFalse(UPDATE, "civic.updateGolden is set: golden files are being written");
    String name = "no-such-report.md";
    assertThatThrownBy(() -> golden(name, "# report\n")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("golden file").hasMessageContaining("is missing")
        .hasMessageContaining("-Dcivic.updateGolden=true");
    assertThat(GOLDEN.resolve(name)).doesNotExist();
  }

  @Test
  void markdown() throws IOException {
    golden("report.zh.md", MarkdownRenderer.render(SmallCounty.report(), ReportStyle.chinese()));
    golden("report.en.md", MarkdownRenderer.render(SmallCounty.report(), ReportStyle.english()));
  }

  @Test
  void html() throws IOException {
    golden("report.zh.html", HtmlRenderer.render(SmallCounty.report(), ReportStyle.chinese()));
    golden("report.en.html", HtmlRenderer.render(SmallCounty.report(), ReportStyle.english()));
  }

  @Test
  void json() throws IOException {
    golden("report.zh.json", JsonRenderer.render(SmallCounty.report(), ReportStyle.chinese()));
  }

  @Test
  void csv() throws IOException {
    Map<String, String> files = CsvRenderer.render(SmallCounty.report(), ReportStyle.chinese(), true);
    assertThat(files.keySet()).contains("coverage-coverage-by-level.csv", "six-haves-six-haves.csv");
    StringBuilder all = new StringBuilder();
    files.forEach((name, content) -> {
      assertThat(content).startsWith("\uFEFF").endsWith("\r\n");
      all.append("==> ").append(name).append(" <==\n").append(content.substring(1).replace("\r\n", "\n"));
    });
    golden("report.zh.csv.txt", all.toString());
    assertThat(CsvRenderer.render(SmallCounty.report(), ReportStyle.chinese(), false).values())
        .allSatisfy(c -> assertThat(c).doesNotStartWith("\uFEFF"));
  }

  @Test
  void theSameInputGivesByteIdenticalOutput() {
    Report a = SmallCounty.report();
    Report b = SmallCounty.report();
    assertThat(a).isEqualTo(b);
    for (ReportStyle style : new ReportStyle[] {ReportStyle.chinese(), ReportStyle.english()}) {
      assertThat(HtmlRenderer.render(a, style)).isEqualTo(HtmlRenderer.render(b, style));
      assertThat(MarkdownRenderer.render(a, style)).isEqualTo(MarkdownRenderer.render(b, style));
      assertThat(JsonRenderer.render(a, style)).isEqualTo(JsonRenderer.render(b, style));
      assertThat(CsvRenderer.render(a, style, true)).isEqualTo(CsvRenderer.render(b, style, true));
    }
  }

  @Test
  void numbersAsTheReportsWriteThem() {
    String md = MarkdownRenderer.render(SmallCounty.report(), ReportStyle.chinese());
    assertThat(md).contains("| 乡镇（实践所） | 3个 | 2个 | 66.7% |");
    assertThat(md).contains("人次");
    assertThat(md).contains("万元");
    String two = MarkdownRenderer.render(SmallCounty.report(), ReportStyle.chinese().withPercentScale(2));
    assertThat(two).contains("| 乡镇（实践所） | 3个 | 2个 | 66.67% |");
  }
}
