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

  @Test
  void aCountysTeamRulesShipAsOneRecordAndReadBackEqual() {
    // the pilot county's rules as a province would ship them: 1+10+N on 总队 > 大队 > 分队 > 小队, teams nested
    // strictly along the sites, a station's team at least 5 led by the village secretary, grids at stations
    String line = "{\"type\":\"teamRules\",\"formula\":\"1+10+N\","
        + "\"ladder\":{\"tiers\":[\"brigade\",\"battalion\",\"branch\",\"squad\"],\"branchTier\":\"branch\"},"
        + "\"placements\":[\"SAME_SITE\",\"PARENT_SITE\"],"
        + "\"brigade\":{\"minMembers\":40,\"leaderRole\":\"county-party-secretary\"},"
        + "\"squads\":{\"STATION\":{\"minMembers\":5,\"leaderRole\":\"village-secretary\"},\"POINT\":{\"minMembers\":3}},"
        + "\"gridsRequiredAt\":[\"STATION\"]}\n";
    List<Problem> errors = new java.util.ArrayList<>();
    Dataset d = lines(line, errors).build();
    assertThat(errors).isEmpty();
    org.civic.team.TeamRules expected = org.civic.team.TeamRules.of(org.civic.team.TeamFormula.parse("1+10+N"))
        .withLadder(org.civic.team.TeamLadder.of(List.of(TeamTier.BRIGADE, TeamTier.BATTALION, TeamTier.BRANCH,
            TeamTier.SQUAD), TeamTier.BRANCH))
        .withPlacements(java.util.EnumSet.of(org.civic.team.TeamPlacement.SAME_SITE,
            org.civic.team.TeamPlacement.PARENT_SITE))
        .withBrigade(org.civic.team.TeamRule.of(40, org.civic.team.LeaderRole.COUNTY_PARTY_SECRETARY))
        .withSquadRule(org.civic.site.SiteLevel.POINT, new org.civic.team.TeamRule(3, Optional.empty()))
        .withGridsRequiredAt(java.util.Set.of(org.civic.site.SiteLevel.STATION));
    assertThat(d.teamRules()).contains(expected);
    // written in full, read back equal: in a dataset document, as a line, and through the Jackson module
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CivicJson.strict().writeDataset(Dataset.builder().addAll(d).build(), out);
    assertThat(CivicJson.strict().readDataset(new ByteArrayInputStream(out.toByteArray()), "d.json").dataset()
        .teamRules()).contains(expected);
    tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder()
        .addModule(new CivicModule()).build();
    String json = mapper.writeValueAsString(expected);
    assertThat(json).startsWith("{\"formula\":\"1+10+N\",\"ladder\":{\"tiers\":[\"brigade\",\"battalion\",");
    assertThat(mapper.readValue(json, org.civic.team.TeamRules.class)).isEqualTo(expected);
    // a later record replaces an earlier one, as a later standard profile does
    Dataset twice = lines(line + line.replace("1+10+N", "1+12+N"), errors).build();
    assertThat(twice.teamRules().orElseThrow().formula()).isEqualTo(org.civic.team.TeamFormula.parse("1+12+N"));
  }
}
