package org.civic.site;

import org.civic.internal.IdContract;

/** {@link SiteId} keeps the contract of every civic id. */
class SiteIdTest extends IdContract<SiteId> {

  @Override
  protected Class<SiteId> type() {
    return SiteId.class;
  }

  @Override
  protected SiteId of(String value) {
    return SiteId.of(value);
  }

  @Override
  protected String value(SiteId id) {
    return id.value();
  }

  @Override
  protected String kind() {
    return "site";
  }
}
