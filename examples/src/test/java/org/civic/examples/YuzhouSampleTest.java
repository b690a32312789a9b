package org.civic.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.civic.json.CivicJson;
import org.civic.json.Dataset;
import org.civic.site.Site;
import org.civic.site.SiteLevel;
import org.civic.site.Staffing;
import org.civic.testkit.AssessmentTables;
import org.junit.jupiter.api.Test;

/** The bundled sample is what {@link YuzhouSample} generates, with its staffing (编制) and assessment table (测评体系). */
class YuzhouSampleTest {

  private static Dataset bundled() throws IOException {
    try (InputStream in = YuzhouSampleTest.class.getResourceAsStream("/org/civic/examples/yuzhou-2024.json")) {
      return CivicJson.strict().readDataset(in, "yuzhou-2024.json").dataset();
    }
  }

  @Test
  void theBundledFileIsTheGeneratorsSample() throws IOException {
    Dataset d = bundled();
    YuzhouSample yz = YuzhouSample.build();
    assertThat(d.sites()).isEqualTo(yz.sites);
    assertThat(d.assessmentTables()).containsExactly(yz.table).containsExactly(AssessmentTables.bijieShaped());
  }

  @Test
  void theCenterHasTheSourcesElevenApprovedStaffAndEveryPostItsOwn() throws IOException {
    Dataset d = bundled();
    Site center = d.sites().stream().filter(s -> s.level() == SiteLevel.CENTER).findFirst().orElseThrow();
    assertThat(center.facts().staffing()).contains(Staffing.approved(YuzhouSample.CENTER_APPROVED_STAFF))
        .contains(Staffing.approved(11));
    assertThat(d.sites().stream().filter(s -> s.level() == SiteLevel.POST))
        .hasSize(18).allSatisfy(p -> assertThat(p.facts().staffing()).isPresent());
    assertThat(d.sites().stream().filter(s -> s.level() == SiteLevel.STATION))
        .allSatisfy(s -> assertThat(s.facts().staffing()).isEmpty());
  }
}
