package org.civic.standard;

import java.util.Optional;
import org.civic.site.Checkable;
import org.civic.site.Display;
import org.civic.site.Projects;
import org.civic.site.RuleDocuments;
import org.civic.site.Signage;
import org.civic.site.SiteFacts;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.site.TeamFacts;
import org.civic.site.Venue;

/** The package's fixture: sites that meet the default six haves exactly at their thresholds. */
final class Fixtures {

  private Fixtures() {}

  record Subject(SiteLevel level, SiteFacts facts, Optional<SiteId> siteId) implements Checkable {
    Subject(SiteLevel level, SiteFacts facts) {
      this(level, facts, Optional.empty());
    }
  }

  /** Facts exactly at the default thresholds of a level. */
  static SiteFacts atThreshold(SiteLevel level) {
    LevelThresholds t = SixHaves.profile().thresholds(level);
    return SiteFacts.unknown()
        .withVenue(new Venue(t.venueArea().max(java.math.BigDecimal.ONE), t.functionRooms()))
        .withSignage(new Signage(true, false))
        .withTeam(TeamFacts.led("村党支部书记", t.teamSize()))
        .withProjects(new Projects(t.projects(), 0))
        .withRules(new RuleDocuments(t.requiredRules()))
        .withDisplay(new Display(t.displayBoards(), false));
  }
}
