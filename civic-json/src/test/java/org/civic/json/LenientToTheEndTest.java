package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.BuildResult;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;
import org.civic.site.SiteId;
import org.junit.jupiter.api.Test;

/**
 * A lenient read stays lenient to the end: a damaged dataset read leniently ends in the hierarchy of
 * its good part and a list of problems, not in an exception.
 */
class LenientToTheEndTest {

  /** A county whose second township's code is mistyped: the township is rejected, its post is orphaned. */
  static final String DAMAGED = """
      {"format":"civic/1",
       "divisions":[{"code":"411081000000","name":"禹州市"},{"code":"411081100000","name":"火龙镇"},
                    {"code":"41108110300x","name":"神垕镇"},{"code":"411081100201","name":"某村"}],
       "sites":[{"id":"yz","name":"禹州市新时代文明实践中心","level":"CENTER","division":"411081000000"},
                {"id":"yz-100","name":"火龙镇新时代文明实践所","level":"POST","division":"411081100000"},
                {"id":"yz-103","name":"神垕镇新时代文明实践所","level":"POST","division":"411081103000"}],
       "volunteers":[{"id":"v-1","name":"赵某","registered":"2021-03-05"}],
       "serviceRecords":[{"volunteer":"v-1","date":"2024-03-05","site":"yz-100","serviceMinutes":60},
                         {"volunteer":"v-9","date":"2024-03-05","site":"yz-100","serviceMinutes":60}]}
      """;

  @Test
  void aDamagedDatasetEndsInAHierarchyAndAProblemListNotAnException() {
    CivicJson.DatasetResult read = CivicJson.lenient()
        .readDataset(new ByteArrayInputStream(DAMAGED.getBytes(StandardCharsets.UTF_8)), "damaged.json");
    assertThat(read.report().errors()).extracting(Problem::id).contains("division.invalid-code");
    assertThatThrownBy(() -> read.dataset().toHierarchy()).as("the strict build still refuses it")
        .isInstanceOf(ProblemException.class);

    BuildResult built = read.dataset().toHierarchyLenient();
    assertThat(built.hierarchy().site(SiteId.of("yz-100"))).isPresent();
    assertThat(built.hierarchy().site(SiteId.of("yz-103"))).as("on the rejected township").isEmpty();
    assertThat(built.hierarchy().division(DivisionCode.parse("411081100201"))).isPresent();
    assertThat(built.problems()).isNotEmpty()
        .allSatisfy(p -> assertThat(p.where().subject()).isPresent())
        .anySatisfy(p -> assertThat(p.where().subject()).hasValue("yz-103"));
    assertThat(read.report().errors()).as("the read located the same problems in the file")
        .anySatisfy(p -> assertThat(p.where().subject()).hasValue("yz-103"));

    var log = read.dataset().toServiceLogLenient();
    assertThat(log.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("v-9"));
    assertThat(log.log().records()).hasSize(1);
  }
}
