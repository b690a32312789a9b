package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped schemas accept what civic writes and reject what civic rejects. */
class SchemaTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private static Schema schema(String name) {
    InputStream in = CivicJson.class.getResourceAsStream("schema/" + name);
    assertThat(in).as(name).isNotNull();
    return REGISTRY.getSchema(in);
  }

  /**
   * The schemas' package is opened to everyone: a class loader sees resources of a named module
   * only in such a package, and so does a host module reading them with
   * {@code CivicJson.class.getResourceAsStream}.
   */
  @Test
  void theSchemasAreReadableFromOutsideTheModule() throws Exception {
    for (String name : List.of("dataset.schema.json", "line.schema.json")) {
      URL url = CivicJson.class.getClassLoader().getResource("org/civic/json/schema/" + name);
      assertThat(url).as(name).isNotNull();
      try (InputStream in = url.openStream()) {
        assertThat(MAPPER.readTree(in).path("$schema").asString()).as(name).contains("2020-12");
      }
    }
  }

  @Test
  void everyWrittenDocumentMatchesTheDatasetSchema() {
    Schema schema = schema("dataset.schema.json");
    for (long seed = 0; seed < 40; seed++) {
      Dataset d = Samples.dataset(seed, 3);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      CivicJson.strict().writeDataset(d, out);
      JsonNode doc = MAPPER.readTree(out.toByteArray());
      assertThat(schema.validate(doc)).as("seed %d", seed).isEmpty();
    }
  }

  @Test
  void everyWrittenLineMatchesTheLineSchema() {
    Schema schema = schema("line.schema.json");
    for (long seed = 0; seed < 20; seed++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (LinesWriter w = CivicJson.strict().linesWriter(out)) {
        w.writeAll(Samples.dataset(seed, 3));
      }
      for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
        assertThat(schema.validate(MAPPER.readTree(line))).as(line).isEmpty();
      }
    }
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() {
    Schema schema = schema("dataset.schema.json");
    String[] bad = {
        "{\"divisions\":[]}",
        "{\"format\":\"civic/2\"}",
        "{\"format\":\"civic/1\",\"divisions\":[{\"code\":\"41108\",\"name\":\"禹州市\"}]}",
        "{\"format\":\"civic/1\",\"sites\":[{\"id\":\"s\",\"name\":\"站\",\"level\":\"HUT\",\"division\":\"411081103201\"}]}",
        "{\"format\":\"civic/1\",\"activities\":[{\"id\":\"a\",\"date\":\"2024-01-01\",\"site\":\"s\",\"beneficiaries\":-1}]}",
        "{\"format\":\"civic/1\",\"colour\":1}",
        "{\"format\":\"civic/1\",\"teams\":[{\"id\":\"t\",\"name\":\"队\",\"tier\":\"platoon\",\"site\":\"s\",\"members\":1}]}",
        "{\"format\":\"civic/1\",\"grids\":[{\"id\":\"g\",\"name\":\"网格\",\"members\":1}]}",
        "{\"format\":\"civic/1\",\"grids\":[{\"id\":\"g\",\"name\":\"网格\",\"site\":\"s\",\"officer\":\" \",\"members\":1}]}",
        "{\"format\":\"civic/1\",\"volunteers\":[{\"id\":\"v\",\"name\":\"赵某\",\"registered\":\"2021-03-05\","
            + "\"nationalNumber\":\"ZY 1\"}]}",
        "{\"format\":\"civic/1\",\"serviceRecords\":[{\"volunteer\":\"v\",\"date\":\"2024-03-05\",\"site\":\"s\","
            + "\"serviceMinutes\":60,\"status\":\"REJECTED\"}]}",
        "{\"format\":\"civic/1\",\"serviceRecords\":[{\"volunteer\":\"v\",\"date\":\"2024-03-05\",\"site\":\"s\","
            + "\"serviceMinutes\":60,\"reason\":\"未签到\"}]}",
        "{\"format\":\"civic/1\",\"serviceRecords\":[{\"volunteer\":\"v\",\"date\":\"2024-03-05\",\"site\":\"s\","
            + "\"serviceMinutes\":60,\"status\":\"REPORTED\",\"approvedMinutes\":30}]}",
        "{\"format\":\"civic/1\",\"serviceRecords\":[{\"volunteer\":\"v\",\"date\":\"2024-03-05\",\"site\":\"s\","
            + "\"serviceMinutes\":1441}]}",
        "{\"format\":\"civic/1\",\"serviceRecords\":[{\"volunteer\":\"v\",\"date\":\"2024-03-05\",\"site\":\"s\","
            + "\"serviceMinutes\":60,\"recordedBy\":{\"team\":\"t\",\"site\":\"s\"}}]}",
        "{\"format\":\"civic/1\",\"serviceRecords\":[{\"volunteer\":\"v\",\"date\":\"2024-03-05\",\"site\":\"s\","
            + "\"serviceMinutes\":60,\"recordedBy\":{}}]}",
    };
    for (String doc : bad) {
      assertThat(schema.validate(MAPPER.readTree(doc))).as(doc).isNotEmpty();
      ReadReport report = CivicJson.lenient().readDataset(
          new java.io.ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "x").report();
      assertThat(report.isClean()).as(doc).isFalse();
    }
  }
}
