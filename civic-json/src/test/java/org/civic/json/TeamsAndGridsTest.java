package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.civic.problem.Problem;
import org.civic.site.SiteId;
import org.civic.team.GridGroup;
import org.civic.team.GridId;
import org.civic.team.Team;
import org.civic.team.TeamId;
import org.civic.team.TeamTier;
import org.junit.jupiter.api.Test;

/** Team tiers as data and volunteer grid groups in civic JSON: written, read back, and located when bad. */
class TeamsAndGridsTest {

  private static final String HEADER = "{\"type\":\"header\",\"format\":\"civic/1\"}\n";

  private static Dataset.Builder lines(String body, List<Problem> errors) {
    Dataset.Builder data = Dataset.builder();
    ReadReport r = CivicJson.lenient().readLines(
        new ByteArrayInputStream((HEADER + body).getBytes(StandardCharsets.UTF_8)), "t.jsonl", data);
    errors.addAll(r.errors());
    return data;
  }

  @Test
  void tiersAreWrittenAsIdsAndACountysOwnAsANamedObject() {
    Team battalion = Team.builder(TeamId.of("d1"), "澄江镇志愿服务大队", TeamTier.BATTALION, SiteId.of("p1"))
        .parent(TeamId.of("b")).members(12).build();
    Team own = Team.builder(TeamId.of("w1"), "工作组", TeamTier.of("work-group", "工作组", "Work group"), SiteId.of("p1"))
        .parent(TeamId.of("d1")).members(3).build();
    GridGroup grid = GridGroup.of(GridId.of("g1"), "第一网格小组", SiteId.of("s1"), Optional.of("孙某"), 5);
    GridGroup noOfficer = GridGroup.of(GridId.of("g2"), "第二网格小组", SiteId.of("s1"), Optional.empty(), 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (LinesWriter w = CivicJson.strict().linesWriter(out)) {
      w.write(battalion).write(own).write(grid).write(noOfficer);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("\"tier\":\"battalion\"")
        .contains("\"tier\":{\"id\":\"work-group\",\"zh\":\"工作组\",\"en\":\"Work group\"}")
        .contains("{\"type\":\"grid\",\"id\":\"g1\",\"name\":\"第一网格小组\",\"site\":\"s1\",\"officer\":\"孙某\",\"members\":5}")
        .contains("{\"type\":\"grid\",\"id\":\"g2\",\"name\":\"第二网格小组\",\"site\":\"s1\",\"members\":0}");
    Dataset.Builder data = Dataset.builder();
    ReadReport r = CivicJson.strict().readLines(new ByteArrayInputStream(out.toByteArray()), "t.jsonl", data);
    assertThat(r.isClean()).isTrue();
    assertThat(data.build().teams()).containsExactly(battalion, own);
    assertThat(data.build().grids()).containsExactly(grid, noOfficer);
  }

  @Test
  void theEarlierTierNamesAreStillRead() {
    List<Problem> errors = new java.util.ArrayList<>();
    Dataset d = lines("{\"type\":\"team\",\"id\":\"b\",\"name\":\"总队\",\"tier\":\"BRIGADE\",\"site\":\"c\",\"members\":1}\n"
        + "{\"type\":\"team\",\"id\":\"s\",\"name\":\"小队\",\"tier\":\"SQUAD\",\"site\":\"c\",\"parent\":\"b\",\"members\":1}\n"
        + "{\"type\":\"team\",\"id\":\"f\",\"name\":\"分队\",\"tier\":\"branch\",\"site\":\"c\",\"parent\":\"b\",\"members\":1}\n",
        errors).build();
    assertThat(errors).isEmpty();
    assertThat(d.teams()).extracting(Team::tier).containsExactly(TeamTier.BRIGADE, TeamTier.SQUAD, TeamTier.BRANCH);
  }

  @Test
  void badTiersAndGridsAreLocated() {
    List<Problem> errors = new java.util.ArrayList<>();
    Dataset d = lines("{\"type\":\"team\",\"id\":\"x\",\"name\":\"队\",\"tier\":\"platoon\",\"site\":\"c\",\"members\":1}\n"
        + "{\"type\":\"team\",\"id\":\"y\",\"name\":\"队\",\"tier\":{\"id\":\"Work group\",\"zh\":\"工作组\",\"en\":\"W\"},"
        + "\"site\":\"c\",\"members\":1}\n"
        + "{\"type\":\"grid\",\"id\":\"g1\",\"name\":\"网格\",\"site\":\"s1\",\"officer\":\" \",\"members\":2}\n"
        + "{\"type\":\"grid\",\"id\":\"g2\",\"name\":\"网格\",\"members\":-1}\n"
        + "{\"type\":\"grid\",\"id\":\"g3\",\"name\":\"网格\",\"site\":\"s1\",\"members\":2,\"leader\":\"x\"}\n"
        + "{\"type\":\"grid\",\"id\":\"g4\",\"name\":\"网格\",\"site\":\"s1\",\"members\":2}\n", errors).build();
    assertThat(errors).extracting(p -> p.id() + " " + p.where().line().orElse(0))
        .containsExactly("json.unknown-tier 2", "json.invalid-record 3", "json.blank 4", "json.out-of-range 5",
            "json.missing-field 5");
    assertThat(errors.get(0).expected().orElseThrow()).contains("battalion").contains("{id, zh, en}");
    assertThat(errors.get(0).where().jsonPointer()).contains("/tier");
    assertThat(errors.get(2).where().jsonPointer()).contains("/officer");
    // Lenient: an unknown field is a warning, and the grid group is kept.
    assertThat(d.grids()).extracting(g -> g.id().value()).containsExactly("g3", "g4");
  }

  @Test
  void aDatasetHoldsItsGrids() {
    Dataset d = Dataset.builder().build();
    assertThat(d.grids()).isEmpty();
    assertThatThrownBy(() -> Dataset.builder().grid(null)).isInstanceOf(NullPointerException.class);
  }
}
