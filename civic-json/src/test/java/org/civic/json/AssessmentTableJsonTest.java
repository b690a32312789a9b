package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.civic.assessment.AssessmentTable;
import org.civic.problem.Problem;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.Staffing;
import org.civic.testkit.AssessmentTables;
import org.civic.testkit.RandomAssessments;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Assessment tables (测评体系) and staffing (编制) in civic JSON: a province ships its table as a file. */
class AssessmentTableJsonTest {

  private static byte[] example() throws IOException {
    try (InputStream in = AssessmentTableJsonTest.class.getResourceAsStream("/examples/assessment-table.jsonl")) {
      return in.readAllBytes();
    }
  }

  @Test
  void theDocsExampleIsTheDistrictShapedTableWrittenAsALine() throws IOException {
    Dataset.Builder data = Dataset.builder();
    ReadReport report = CivicJson.strict().readLines(new ByteArrayInputStream(example()), "assessment-table.jsonl", data);
    assertThat(report.isClean()).isTrue();
    assertThat(data.build().assessmentTables()).containsExactly(AssessmentTables.districtShaped());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (LinesWriter w = CivicJson.strict().linesWriter(out)) {
      w.write(AssessmentTables.districtShaped());
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(new String(example(), StandardCharsets.UTF_8));
    String page = Files.readString(Path.of("..", "docs", "json-format.md"), StandardCharsets.UTF_8);
    assertThat(page).contains(new String(example(), StandardCharsets.UTF_8).split("\n")[1]);
  }

  @Test
  void theSourceShapedAndGeneratedTablesReadBackEqual() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    SplittableRandom random = new SplittableRandom(17);
    List<AssessmentTable> tables = new java.util.ArrayList<>(List.of(AssessmentTables.bijieShaped(),
        AssessmentTables.districtShaped(), AssessmentTables.shishiShaped()));
    for (int i = 0; i < 50; i++) {
      AssessmentTable t = RandomAssessments.table(random);
      if (tables.stream().noneMatch(x -> x.id().equals(t.id()))) {
        tables.add(t);
      }
    }
    Dataset d = Dataset.empty().withAssessmentTables(tables);
    ByteArrayOutputStream doc = new ByteArrayOutputStream();
    CivicJson.strict().writeDataset(d, doc);
    assertThat(CivicJson.strict().readDataset(new ByteArrayInputStream(doc.toByteArray()), "t.json").dataset())
        .isEqualTo(d);
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    try (LinesWriter w = CivicJson.strict().linesWriter(lines)) {
      w.writeAll(d);
    }
    Dataset.Builder back = Dataset.builder();
    CivicJson.strict().readLines(new ByteArrayInputStream(lines.toByteArray()), "t.jsonl", back);
    assertThat(back.build()).isEqualTo(d);
    for (AssessmentTable t : tables) {
      assertThat(mapper.readValue(mapper.writeValueAsString(t), AssessmentTable.class)).isEqualTo(t);
    }
  }

  @Test
  void staffingIsASiteFactInTheLayout() {
    Site center = Site.center(SiteId.of("yz"), "禹州市新时代文明实践中心", org.civic.division.DivisionCode.parse("411081"))
        .withFacts(org.civic.site.SiteFacts.unknown().withStaffing(new Staffing(11, 1, 2)));
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    String json = mapper.writeValueAsString(center);
    assertThat(json).contains("\"staffing\":{\"approved\":11,\"directors\":1,\"deputyDirectors\":2}");
    assertThat(mapper.readValue(json, Site.class)).isEqualTo(center);
    Site yz = mapper.readValue(json.replace(",\"directors\":1,\"deputyDirectors\":2", ""), Site.class);
    assertThat(yz.facts().staffing()).contains(Staffing.approved(11));
  }

  @Test
  void aTableWhosePointsDoNotAddUpIsLocatedWithTheModelsReason() {
    String doc = "{\"format\":\"civic/1\",\"assessmentTables\":[{\"id\":\"t\",\"name\":\"表\",\"version\":\"1\","
        + "\"maxPoints\":100,\"items\":[{\"id\":\"1\",\"name\":\"项\",\"subItems\":[{\"id\":\"1.1\",\"name\":\"细则\","
        + "\"kind\":\"SCORE\",\"points\":99.5,\"criterion\":{\"basis\":\"ASSESSED\"}}]}]}]}";
    CivicJson.DatasetResult r = CivicJson.lenient().readDataset(
        new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "t.json");
    assertThat(r.dataset().assessmentTables()).isEmpty();
    Problem p = r.report().errors().get(0);
    assertThat(p.id()).isEqualTo("json.invalid-record");
    assertThat(p.where().jsonPointer()).contains("/assessmentTables/0");
    assertThat(p.message()).contains("add up to 99.5");
    Throwable strict = catchThrowable(() -> CivicJson.strict().readDataset(
        new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "t.json"));
    assertThat(strict).isInstanceOf(CivicJsonException.class);
  }
}
