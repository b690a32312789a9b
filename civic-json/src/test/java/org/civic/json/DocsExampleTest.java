package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.Hierarchy;
import org.civic.site.SiteId;
import org.civic.standard.Outcome;
import org.civic.standard.SixHaves;
import org.civic.standard.Standard;
import org.junit.jupiter.api.Test;

/** The example of docs/json-format.md reads cleanly and means what the page says. */
class DocsExampleTest {

  private static byte[] example() throws IOException {
    try (InputStream in = DocsExampleTest.class.getResourceAsStream("/examples/small-county.json")) {
      return in.readAllBytes();
    }
  }

  @Test
  void theDocsPageShowsTheTestedExample() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "json-format.md"), StandardCharsets.UTF_8);
    assertThat(page).contains(new String(example(), StandardCharsets.UTF_8));
  }

  @Test
  void theExampleReadsCleanlyAndWorks() throws IOException {
    CivicJson.DatasetResult r = CivicJson.strict().readDataset(new java.io.ByteArrayInputStream(example()), "small-county.json");
    assertThat(r.report().isClean()).isTrue();
    Hierarchy h = r.dataset().toHierarchy();
    assertThat(h.coverage(DivisionCode.parse("411081"), DivisionLevel.TOWNSHIP).format(1)).isEqualTo("100.0%");
    Standard s = r.dataset().profile().orElseThrow().toStandard();
    assertThat(s.check(h).outcome(SiteId.of("yz-103-201"), SixHaves.VENUE)).isEqualTo(Outcome.FAIL);
    assertThat(s.check(h).forSite(SiteId.of("yz-103-201")).violations().get(0).message(Locale.CHINA))
        .contains("12.5 平方米");
    assertThat(r.dataset().orders().get(0).rating()).hasValue(5);
  }
}
