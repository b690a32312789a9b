package org.civic.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.civic.site.Display;
import org.civic.site.Projects;
import org.civic.site.RuleDocuments;
import org.civic.site.Signage;
import org.civic.site.SiteFacts;
import org.civic.site.SiteLevel;
import org.civic.site.TeamFacts;
import org.civic.site.Venue;
import org.civic.standard.Fixtures.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SixHavesTest {

  private static final Standard SIX = SixHaves.standard();

  private static Outcome outcome(SiteLevel level, SiteFacts facts, String id) {
    Subject s = new Subject(level, facts);
    Requirement r = SIX.requirement(id).orElseThrow();
    Outcome fast = r.outcome(s);
    assertThat(r.evaluate(s).outcome()).as("outcome() and evaluate() agree").isEqualTo(fast);
    return fast;
  }

  @ParameterizedTest
  @EnumSource(SiteLevel.class)
  void exactlyAtEveryThresholdEverythingPasses(SiteLevel level) {
    SiteCompliance c = SIX.check(new Subject(level, Fixtures.atThreshold(level)));
    assertThat(c.violations()).isEmpty();
    assertThat(c.incomplete()).isEmpty();
    assertThat(c.passes().size() + c.inapplicable().size()).isEqualTo(6);
    assertThat(c.compliant()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = SiteLevel.class, names = "POINT", mode = EnumSource.Mode.EXCLUDE)
  void venueJustBelowTheAreaOrRoomsFails(SiteLevel level) {
    LevelThresholds t = SixHaves.profile().thresholds(level);
    SiteFacts at = Fixtures.atThreshold(level);
    BigDecimal below = t.venueArea().subtract(new BigDecimal("0.1"));
    assertThat(outcome(level, at.withVenue(new Venue(below, t.functionRooms())), SixHaves.VENUE))
        .isEqualTo(Outcome.FAIL);
    if (t.functionRooms() > 0) {
      assertThat(outcome(level, at.withVenue(new Venue(t.venueArea(), t.functionRooms() - 1)), SixHaves.VENUE))
          .isEqualTo(Outcome.FAIL);
    }
    assertThat(outcome(level, at.withVenue(Venue.none()), SixHaves.VENUE)).isEqualTo(Outcome.FAIL);
  }

  @Test
  void thePilotCountysAreas() {
    assertThat(SixHaves.profile().thresholds(SiteLevel.CENTER).venueArea()).isEqualByComparingTo("200");
    assertThat(SixHaves.profile().thresholds(SiteLevel.POST).venueArea()).isEqualByComparingTo("20");
    assertThat(SixHaves.profile().thresholds(SiteLevel.STATION).venueArea()).isEqualByComparingTo("15");
    assertThat(SixHaves.profile().thresholds(SiteLevel.POST).teamSize()).isEqualTo(10);
    assertThat(SixHaves.profile().thresholds(SiteLevel.STATION).teamSize()).isEqualTo(5);
    SiteFacts station = Fixtures.atThreshold(SiteLevel.STATION);
    assertThat(outcome(SiteLevel.STATION, station.withVenue(Venue.of(15, 1)), SixHaves.VENUE)).isEqualTo(Outcome.PASS);
    assertThat(outcome(SiteLevel.STATION, station.withVenue(Venue.of(14.99, 1)), SixHaves.VENUE)).isEqualTo(Outcome.FAIL);
    assertThat(outcome(SiteLevel.POST, station.withVenue(Venue.of(15, 1)), SixHaves.VENUE)).isEqualTo(Outcome.FAIL);
  }

  @Test
  void pointsNeedNoVenueOfTheirOwn() {
    assertThat(outcome(SiteLevel.POINT, SiteFacts.unknown(), SixHaves.VENUE)).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @ParameterizedTest
  @EnumSource(SiteLevel.class)
  void everyFactAtEveryLevel(SiteLevel level) {
    LevelThresholds t = SixHaves.profile().thresholds(level);
    SiteFacts at = Fixtures.atThreshold(level);
    assertThat(outcome(level, at.withSignage(Signage.none()), SixHaves.SIGNAGE)).isEqualTo(Outcome.FAIL);
    assertThat(outcome(level, at.withSignage(new Signage(true, false)), SixHaves.SIGNAGE)).isEqualTo(Outcome.PASS);
    assertThat(outcome(level, at.withTeam(TeamFacts.led("书记", t.teamSize() - 1)), SixHaves.TEAM)).isEqualTo(Outcome.FAIL);
    assertThat(outcome(level, at.withTeam(new TeamFacts(java.util.Optional.empty(), t.teamSize())), SixHaves.TEAM))
        .isEqualTo(Outcome.FAIL);
    assertThat(outcome(level, at.withProjects(new Projects(t.projects() - 1, 9)), SixHaves.PROJECTS)).isEqualTo(Outcome.FAIL);
    assertThat(outcome(level, at.withRules(RuleDocuments.of("信息员工作职责")), SixHaves.RULES)).isEqualTo(Outcome.FAIL);
    assertThat(outcome(level, at.withRules(RuleDocuments.of("《安全管理制度》", "信息员工作职责")), SixHaves.RULES))
        .isEqualTo(Outcome.PASS);
    assertThat(outcome(level, at.withDisplay(new Display(t.displayBoards() - 1, true)), SixHaves.DISPLAY))
        .isEqualTo(Outcome.FAIL);
    for (String id : SixHaves.IDS) {
      Outcome unknown = outcome(level, SiteFacts.unknown(), id);
      assertThat(unknown).isIn(Outcome.INCOMPLETE, Outcome.NOT_APPLICABLE);
    }
  }

  @Test
  void aProvinceOverridesThresholdsWithoutSubclassing() {
    Standard henan = SixHaves.profile()
        .withVenueArea(SiteLevel.STATION, 20)
        .withTeamSize(SiteLevel.STATION, 8)
        .withUnifiedLogoRequired(SiteLevel.STATION, true)
        .withRequiredRules(SiteLevel.STATION, Set.of("安全管理制度", "网格志愿小组工作职责"))
        .withPublicPostingRequired(SiteLevel.STATION, true)
        .withExemption(SiteLevel.STATION, SixHaves.PROJECTS, true)
        .toStandard("河南省六有标准", "2024");
    SiteFacts facts = Fixtures.atThreshold(SiteLevel.STATION);   // the default station's
    SiteCompliance c = henan.check(new Subject(SiteLevel.STATION, facts));
    assertThat(c.violations()).extracting(CheckResult::requirementId)
        .containsExactly(SixHaves.VENUE, SixHaves.SIGNAGE, SixHaves.TEAM, SixHaves.RULES, SixHaves.DISPLAY);
    assertThat(c.inapplicable()).extracting(CheckResult::requirementId).containsExactly(SixHaves.PROJECTS);
    assertThat(henan.name()).isEqualTo("河南省六有标准");
    assertThat(c.violations().get(3).message(Locale.CHINA)).isEqualTo("缺少必备制度：《网格志愿小组工作职责》。");
    assertThat(SixHaves.standard().check(new Subject(SiteLevel.STATION, facts)).violations()).isEmpty();
    assertThatThrownBy(() -> SixHaves.profile().withExemption(SiteLevel.POINT, "six-haves.nope", true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("six-haves.nope");
  }

  @Test
  void resultsCarryEvidenceThresholdAndBothLanguages() {
    SiteFacts facts = Fixtures.atThreshold(SiteLevel.STATION).withVenue(Venue.of(12, 1));
    CheckResult venue = SIX.check(new Subject(SiteLevel.STATION, facts)).violations().get(0);
    assertThat(venue.requirementId()).isEqualTo(SixHaves.VENUE);
    assertThat(venue.property()).isEqualTo("venue");
    assertThat(venue.evidence()).containsEntry("area", "12").containsEntry("functionRooms", "1");
    assertThat(venue.threshold()).contains("area ≥ 15 m², function rooms ≥ 1");
    assertThat(venue.message(Locale.CHINA)).isEqualTo("场所面积 12 平方米、功能室 1 间，未达到要求（不少于 15 平方米、1 间）。");
    assertThat(venue.message(Locale.ENGLISH))
        .isEqualTo("The venue of 12 m² with 1 function room falls short of the requirement (at least 15 m² and 1 room).");
    assertThat(venue.message(Locale.FRENCH)).as("unknown languages fall back to English")
        .isEqualTo(venue.message(Locale.ENGLISH));
  }
}
