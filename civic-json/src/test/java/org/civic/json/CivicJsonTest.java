package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civic.problem.Problem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dataset document reader's own checks, and its settings: an empty input, something after the
 * dataset, a missing format, a bad record reported once, syntax and limit errors by id and with
 * the parser's first line as the message, and the references checked on every path (the Jackson
 * module's too).
 */
class CivicJsonTest {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static List<Problem> errors(CivicJson json, String text) {
    ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    if (json.isStrict()) {
      CivicJsonException e = catchThrowableOfType(CivicJsonException.class, () -> json.readDataset(in, "d.json"));
      return e == null ? List.of() : e.problems();
    }
    return json.readDataset(in, "d.json").report().errors();
  }

  private static List<String> ids(List<Problem> problems) {
    return problems.stream().map(Problem::id).toList();
  }

  private static String written(Dataset d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CivicJson.strict().writeDataset(d, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void settingsAreKeptAndCheckedAtTheirBounds() {
    assertThat(CivicJson.strict().isStrict()).isTrue();
    assertThat(CivicJson.lenient().isStrict()).isFalse();
    assertThat(CivicJson.strict().parserThreads()).isZero();
    CivicJson two = CivicJson.lenient().withParserThreads(2);
    assertThat(two.parserThreads()).isEqualTo(2);
    assertThat(two.isStrict()).isFalse();
    assertThat(CivicJson.strict().withParserThreads(0).parserThreads()).isZero();
    assertThat(CivicJson.strict().withParserThreads(64).parserThreads()).isEqualTo(64);
    assertThat(CivicJson.strict().withParserThreads(64).isStrict()).isTrue();
    assertThatThrownBy(() -> CivicJson.strict().withParserThreads(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be 0 to 64: -1");
    assertThatThrownBy(() -> CivicJson.strict().withParserThreads(65)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be 0 to 64: 65");
    assertThat(CivicJson.lenient().withLimits(CivicJson.defaultConstraints(), 2).isStrict()).isFalse();
    assertThatThrownBy(() -> CivicJson.strict().withLimits(CivicJson.defaultConstraints(), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1");
  }

  @Test
  void anEmptyInputOrMoreAfterTheDatasetIsReported() {
    for (CivicJson json : List.of(CivicJson.strict(), CivicJson.lenient())) {
      assertThat(ids(errors(json, ""))).containsExactly("json.empty");
      assertThat(ids(errors(json, "{\"format\":\"civic/1\"} {}"))).containsExactly("json.trailing");
      assertThat(ids(errors(json, "{\"format\":\"civic/1\"}\n"))).isEmpty();
    }
  }

  @Test
  void aMissingFormatIsReportedUnlessTheDocumentIsNoObjectAtAll() {
    for (CivicJson json : List.of(CivicJson.strict(), CivicJson.lenient())) {
      List<Problem> noFormat = errors(json, "{\"divisions\":[]}");
      assertThat(ids(noFormat)).containsExactly("json.format");
      assertThat(noFormat.get(0).expected()).contains("\"format\": \"civic/1\"");
      assertThat(ids(errors(json, "[]"))).containsExactly("json.wrong-type");
    }
  }

  @Test
  void aBadRecordIsReportedOnceAndTheGoodOnesKept() {
    String text = "{\"format\":\"civic/1\",\"divisions\":[{\"code\":\"411081\",\"name\":\"禹州市\"},"
        + "{\"code\":\"41108\",\"name\":\"x\"},{\"code\":\"411081001000\",\"name\":\"钧台街道\"}]}";
    List<Problem> strict = errors(CivicJson.strict(), text);
    assertThat(strict).hasSize(1);
    assertThat(strict.get(0).where().jsonPointer()).contains("/divisions/1/code");
    CivicJson.DatasetResult lenient = CivicJson.lenient().readDataset(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "d.json");
    assertThat(lenient.report().errors()).hasSize(1);
    assertThat(lenient.dataset().divisions()).hasSize(2);
    assertThat(lenient.report().rejected()).hasSize(1);
  }

  @Test
  void syntaxAndLimitErrorsHaveTheirIdsAndTheParsersFirstLine() {
    List<Problem> syntax = errors(CivicJson.strict(), "{\"format\":\"civic/1\",\"divisions\":[}");
    assertThat(ids(syntax)).containsExactly("json.syntax");
    assertThat(syntax.get(0).expected()).contains("well-formed UTF-8 JSON");
    assertThat(syntax.get(0).message()).doesNotContain("\n").doesNotStartWith("tools.jackson")
        .contains("Unexpected close marker '}'");
    assertThat(syntax.get(0).where().line()).hasValue(1);

    CivicJson shallow = CivicJson.strict().withLimits(CivicJson.defaultConstraints().rebuild().maxNestingDepth(2).build(),
        1 << 20);
    List<Problem> limit = errors(shallow, "{\"format\":\"civic/1\",\"divisions\":[{\"code\":\"411081\",\"name\":\"禹州市\"}]}");
    assertThat(ids(limit)).containsExactly("json.limit");
    assertThat(limit.get(0).expected()).contains("input within civic's bounds");
    assertThat(limit.get(0).message()).doesNotContain("\n").doesNotStartWith("tools.jackson");

    List<Problem> twice = errors(CivicJson.strict(), "{\"format\":\"civic/1\",\"format\":\"civic/1\"}");
    assertThat(ids(twice)).containsExactly("json.duplicate-key");
    assertThat(twice.get(0).expected()).contains("each key once per object");
  }

  @Test
  void referencesAreCheckedOnEveryPathTheJacksonModulesToo() throws Exception {
    // a dataset whose sites' divisions were left out
    Dataset d = Samples.dataset(7, 3);
    assertThat(d.sites()).isNotEmpty();
    ObjectNode tree = (ObjectNode) PLAIN.readTree(written(d));
    tree.putArray("divisions");
    String text = PLAIN.writeValueAsString(tree);
    List<Problem> strict = errors(CivicJson.strict(), text);
    assertThat(strict).isNotEmpty();
    assertThat(ids(errors(CivicJson.lenient(), text))).isEqualTo(ids(strict));
    JsonMapper mapper = JsonMapper.builder().addModule(new CivicModule()).build();
    assertThatThrownBy(() -> mapper.readValue(text, Dataset.class)).isInstanceOf(DatabindException.class)
        .hasMessageContaining("cannot read a civic dataset").hasMessageContaining(strict.get(0).id());
    // and the whole dataset reads back through the module
    assertThat(mapper.readValue(written(d), Dataset.class)).isEqualTo(d);
  }
}
