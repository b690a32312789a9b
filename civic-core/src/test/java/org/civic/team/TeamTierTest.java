package org.civic.team;

import java.util.List;
import java.util.Optional;
import org.civic.internal.TermContract;

/** {@link TeamTier} keeps the contract of civic's open vocabularies, as {@link TeamCategory} does. */
class TeamTierTest extends TermContract<TeamTier> {

  @Override
  protected Class<TeamTier> type() {
    return TeamTier.class;
  }

  @Override
  protected TeamTier of(String id, String chinese, String english) {
    return TeamTier.of(id, chinese, english);
  }

  @Override
  protected List<TeamTier> builtIn() {
    return TeamTier.builtIn();
  }

  @Override
  protected Optional<TeamTier> byChinese(String chinese) {
    return TeamTier.byChinese(chinese);
  }

  @Override
  protected String id(TeamTier value) {
    return value.id();
  }

  @Override
  protected String chinese(TeamTier value) {
    return value.chinese();
  }

  @Override
  protected String english(TeamTier value) {
    return value.english();
  }

  @Override
  protected String what() {
    return "team tier";
  }

  @Override
  protected Object otherKind(String id) {
    return LeaderRole.of(id, "其他", "Other");
  }

  @org.junit.jupiter.api.Test
  void theBuiltInTiersAreTheSourcesNamesFromTheTopDown() {
    org.assertj.core.api.Assertions.assertThat(TeamTier.builtIn()).extracting(TeamTier::chinese)
        .containsExactly("总队", "支队", "大队", "分队", "小队", "服务点");
    org.assertj.core.api.Assertions.assertThat(TeamTier.byChinese("大队")).contains(TeamTier.BATTALION);
    org.assertj.core.api.Assertions.assertThat(TeamTier.BRIGADE.english()).isEqualTo("Brigade");
  }
}
