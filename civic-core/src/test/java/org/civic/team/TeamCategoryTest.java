package org.civic.team;

import java.util.List;
import java.util.Optional;
import org.civic.internal.TermContract;

/** {@link TeamCategory} keeps the contract of civic's open vocabularies, as {@link LeaderRole} does. */
class TeamCategoryTest extends TermContract<TeamCategory> {

  @Override
  protected Class<TeamCategory> type() {
    return TeamCategory.class;
  }

  @Override
  protected TeamCategory of(String id, String chinese, String english) {
    return TeamCategory.of(id, chinese, english);
  }

  @Override
  protected List<TeamCategory> builtIn() {
    return TeamCategory.builtIn();
  }

  @Override
  protected Optional<TeamCategory> byChinese(String chinese) {
    return TeamCategory.byChinese(chinese);
  }

  @Override
  protected String id(TeamCategory value) {
    return value.id();
  }

  @Override
  protected String chinese(TeamCategory value) {
    return value.chinese();
  }

  @Override
  protected String english(TeamCategory value) {
    return value.english();
  }

  @Override
  protected String what() {
    return "team category";
  }

  @Override
  protected Object otherKind(String id) {
    return LeaderRole.of(id, "其他", "Other");
  }

  @org.junit.jupiter.api.Test
  void theElevenComeFirst_thenYuzhousBranchesNotAmongThem() {
    org.assertj.core.api.Assertions.assertThat(TeamCategory.ELEVEN).hasSize(11);
    org.assertj.core.api.Assertions.assertThat(TeamCategory.YUZHOU_BRANCHES).hasSize(10);
    org.assertj.core.api.Assertions.assertThat(TeamCategory.builtIn().subList(0, 11)).isEqualTo(TeamCategory.ELEVEN);
    org.assertj.core.api.Assertions.assertThat(TeamCategory.builtIn())
        .containsAll(TeamCategory.YUZHOU_BRANCHES).hasSize(19).doesNotHaveDuplicates();
  }
}
