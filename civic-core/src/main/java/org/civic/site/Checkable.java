package org.civic.site;

import java.util.Optional;

/**
 * Anything a standard can check — 可检查对象: a level and the facts. civic's {@link Site}
 * is one; a host's own site class implements this interface to be checked as it is (and to
 * carry the {@code @MeetsStandard} constraint).
 */
public interface Checkable {

  /** Returns the site's level, which picks the thresholds. */
  SiteLevel level();

  /** Returns what is known of the site. */
  SiteFacts facts();

  /** Returns the site's id, if it has one; requirements on activities need it. */
  default Optional<SiteId> siteId() {
    return Optional.empty();
  }
}
