package org.civic.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.civic.json.CivicJson;
import org.civic.json.Dataset;
import org.civic.site.Site;
import org.civic.site.SiteLevel;
import org.civic.site.Staffing;
import org.civic.testkit.AssessmentTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  /**
   * The bundled files are byte for byte what {@link YuzhouSample#main} writes today — so a change to
   * the generator or the writer that changes them fails here until they are regenerated (the recipe
   * is in {@link YuzhouSample}). The gzipped register is compared uncompressed: its compressed bytes
   * are deterministic on one JDK (no time or name in the header) but depend on the JDK's zlib.
   */
  @Test
  void theBundledFilesAreWhatTodaysWriterWrites(@TempDir Path dir) throws IOException {
    YuzhouSample.main(new String[] {dir.toString()});
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("yuzhou-2024.json", "yuzhou-2024-volunteers.jsonl.gz");
    }
    assertThat(bundledBytes("yuzhou-2024.json")).as("yuzhou-2024.json: regenerate with YuzhouSample")
        .isEqualTo(Files.readAllBytes(dir.resolve("yuzhou-2024.json")));
    byte[] register = gunzip(Files.readAllBytes(dir.resolve("yuzhou-2024-volunteers.jsonl.gz")));
    assertThat(gunzip(bundledBytes("yuzhou-2024-volunteers.jsonl.gz")))
        .as("yuzhou-2024-volunteers.jsonl.gz: regenerate with YuzhouSample").isEqualTo(register);
    String text = new String(register, StandardCharsets.UTF_8);
    assertThat(text.lines()).as("every line a record as the writer writes it, none starting with a space")
        .hasSize(1 + YuzhouSample.REGISTERED).allSatisfy(l -> assertThat(l).startsWith("{\"type\":"));
  }

  private static byte[] bundledBytes(String name) throws IOException {
    try (InputStream in = YuzhouSampleTest.class.getResourceAsStream("/org/civic/examples/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  private static byte[] gunzip(byte[] gz) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
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
