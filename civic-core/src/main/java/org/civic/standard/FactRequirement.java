package org.civic.standard;

import org.civic.hierarchy.internal.FactColumns;
import org.civic.site.SiteFacts;
import org.civic.site.SiteLevel;
import org.jspecify.annotations.Nullable;

/**
 * A requirement that needs only a site's level and facts, so a whole-hierarchy check can skip
 * making a site object per site, and read the facts' columns where it can. civic's own; not for
 * hosts (package-private).
 */
interface FactRequirement extends Requirement {

  /** Returns the outcome for a site of a level with these facts. */
  Outcome outcome(SiteLevel level, SiteFacts facts);

  /** Returns a check over one hierarchy's fact columns, or null to use the objects. */
  default @Nullable ColumnCheck columns(FactColumns columns) {
    return null;
  }

  /** Checks the site at a position from the columns. */
  interface ColumnCheck {
    /** Returns the outcome's ordinal, or -1 if the columns cannot say (use the objects). */
    int outcome(int site, int level);
  }
}
