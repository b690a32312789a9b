package org.civic.team;

import org.civic.internal.IdContract;

/** {@link OrganisationId} keeps the contract of every civic id. */
class OrganisationIdTest extends IdContract<OrganisationId> {

  @Override
  protected Class<OrganisationId> type() {
    return OrganisationId.class;
  }

  @Override
  protected OrganisationId of(String value) {
    return OrganisationId.of(value);
  }

  @Override
  protected String value(OrganisationId id) {
    return id.value();
  }

  @Override
  protected String kind() {
    return "organisation";
  }
}
