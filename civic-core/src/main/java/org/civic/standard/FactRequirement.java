package org.civic.standard;

import org.civic.site.SiteFacts;
import org.civic.site.SiteLevel;

/**
 * A requirement that needs only a site's level and facts, so a whole-hierarchy check can skip
 * making a site object per site. civic's own; not for hosts (package-private).
 */
interface FactRequirement extends Requirement {

  /** Returns the outcome for a site of a level with these facts. */
  Outcome outcome(SiteLevel level, SiteFacts facts);
}
