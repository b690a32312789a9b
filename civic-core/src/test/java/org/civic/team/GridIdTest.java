package org.civic.team;

import org.civic.internal.IdContract;

/** {@link GridId} keeps the contract of every civic id. */
class GridIdTest extends IdContract<GridId> {

  @Override
  protected Class<GridId> type() {
    return GridId.class;
  }

  @Override
  protected GridId of(String value) {
    return GridId.of(value);
  }

  @Override
  protected String value(GridId id) {
    return id.value();
  }

  @Override
  protected String kind() {
    return "grid";
  }
}
