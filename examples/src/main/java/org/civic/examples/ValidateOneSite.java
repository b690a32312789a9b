package org.civic.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.civic.division.DivisionCode;
import org.civic.site.Display;
import org.civic.site.Projects;
import org.civic.site.RuleDocuments;
import org.civic.site.Signage;
import org.civic.site.Site;
import org.civic.site.SiteFacts;
import org.civic.site.SiteId;
import org.civic.site.TeamFacts;
import org.civic.site.Venue;
import org.civic.standard.SiteCompliance;
import org.civic.standard.SixHaves;

/** Checks one station against the six haves (六有) and prints each finding in Chinese and English. */
public final class ValidateOneSite {

  private ValidateOneSite() {}

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    // A station with a small venue, no unified logo, a team of four and one rule document.
    Site station = Site.station(SiteId.of("yz-103201"), "大刘庄村新时代文明实践站", DivisionCode.parse("411081103201"))
        .withFacts(SiteFacts.unknown()
            .withVenue(Venue.of(12, 1))
            .withSignage(new Signage(true, false))
            .withTeam(TeamFacts.led("村党支部书记", 4))
            .withProjects(new Projects(2, 8))
            .withRules(RuleDocuments.of("信息员工作职责")));   // display: not known yet
    SiteCompliance result = SixHaves.standard().check(station);
    result.results().forEach(r -> out.printf("%-10s %-20s %s%n           %s%n", r.outcome(), r.requirementId(),
        r.message(Locale.CHINA), r.message(Locale.ENGLISH)));
    out.println(result.compliant() ? "compliant" : result.violations().size() + " violations, "
        + result.incomplete().size() + " facts missing");
  }
}
