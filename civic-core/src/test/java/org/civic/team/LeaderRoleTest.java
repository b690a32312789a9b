package org.civic.team;

import java.util.List;
import java.util.Optional;
import org.civic.internal.TermContract;

/** {@link LeaderRole} keeps the contract of civic's open vocabularies, as {@link TeamCategory} does. */
class LeaderRoleTest extends TermContract<LeaderRole> {

  @Override
  protected Class<LeaderRole> type() {
    return LeaderRole.class;
  }

  @Override
  protected LeaderRole of(String id, String chinese, String english) {
    return LeaderRole.of(id, chinese, english);
  }

  @Override
  protected List<LeaderRole> builtIn() {
    return LeaderRole.builtIn();
  }

  @Override
  protected Optional<LeaderRole> byChinese(String chinese) {
    return LeaderRole.byChinese(chinese);
  }

  @Override
  protected String id(LeaderRole value) {
    return value.id();
  }

  @Override
  protected String chinese(LeaderRole value) {
    return value.chinese();
  }

  @Override
  protected String english(LeaderRole value) {
    return value.english();
  }

  @Override
  protected String what() {
    return "leader role";
  }

  @Override
  protected Object otherKind(String id) {
    return TeamCategory.of(id, "其他", "Other");
  }
}
