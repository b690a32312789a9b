package org.civic.team;

import org.civic.internal.IdContract;

/** {@link TeamId} keeps the contract of every civic id. */
class TeamIdTest extends IdContract<TeamId> {

  @Override
  protected Class<TeamId> type() {
    return TeamId.class;
  }

  @Override
  protected TeamId of(String value) {
    return TeamId.of(value);
  }

  @Override
  protected String value(TeamId id) {
    return id.value();
  }

  @Override
  protected String kind() {
    return "team";
  }
}
