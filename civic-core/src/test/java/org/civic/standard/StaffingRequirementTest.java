package org.civic.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.civic.site.SiteFacts;
import org.civic.site.SiteLevel;
import org.civic.site.Staffing;
import org.junit.jupiter.api.Test;

/** The staffing requirement (编制) with the source's figures: center 6–8 with 1 director and 2 deputies, post 2–3. */
class StaffingRequirementTest {

  private static Fixtures.Subject site(SiteLevel level, Staffing staffing) {
    return new Fixtures.Subject(level, SiteFacts.unknown().withStaffing(staffing));
  }

  @Test
  void theProposalsFiguresAreTheDefaults() {
    StaffingRequirement r = StaffingRequirement.defaults();
    assertThat(r.id()).isEqualTo("staffing");
    assertThat(r.least(SiteLevel.CENTER)).contains(6);
    assertThat(r.most(SiteLevel.CENTER)).contains(8);
    assertThat(r.least(SiteLevel.POST)).contains(2);
    assertThat(r.most(SiteLevel.POST)).contains(3);
    assertThat(r.least(SiteLevel.STATION)).isEmpty();
  }

  @Test
  void judgesACentersAndAPostsApprovedStaff() {
    StaffingRequirement r = StaffingRequirement.defaults();
    assertThat(r.evaluate(site(SiteLevel.CENTER, new Staffing(6, 1, 2))).outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.evaluate(site(SiteLevel.CENTER, new Staffing(8, 1, 2))).outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.evaluate(site(SiteLevel.CENTER, new Staffing(5, 1, 2))).outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.evaluate(site(SiteLevel.CENTER, new Staffing(7, 1, 1))).outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.evaluate(site(SiteLevel.CENTER, Staffing.none())).outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.evaluate(site(SiteLevel.POST, Staffing.approved(2))).outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.evaluate(site(SiteLevel.POST, Staffing.approved(1))).outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.evaluate(site(SiteLevel.STATION, Staffing.approved(1))).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(r.evaluate(new Fixtures.Subject(SiteLevel.POST, SiteFacts.unknown())).outcome())
        .isEqualTo(Outcome.INCOMPLETE);
    for (Staffing s : new Staffing[] {Staffing.approved(1), Staffing.approved(2), Staffing.approved(9)}) {
      for (SiteLevel l : SiteLevel.values()) {
        assertThat(r.outcome(site(l, s))).isEqualTo(r.evaluate(site(l, s)).outcome());
      }
    }
  }

  /** Yuzhou's center was approved with 11 posts (核定编制数11个): more than the proposal's 8 still passes. */
  @Test
  void yuzhousElevenApprovedPostsPassWithTheEvidence() {
    Evaluation e = StaffingRequirement.defaults().withLeadership(SiteLevel.CENTER, 0, 0)
        .evaluate(site(SiteLevel.CENTER, Staffing.approved(11)));
    assertThat(e.outcome()).isEqualTo(Outcome.PASS);
    assertThat(e.evidence()).containsEntry("approved", "11");
    assertThat(e.threshold()).contains("approved ≥ 6 (proposal 6–8)");
    assertThat(e.message().text(Locale.CHINA)).isEqualTo("核定编制 11 名，多于拟定的 6–8 名，达到要求。");
    assertThat(e.message().text(Locale.ENGLISH))
        .isEqualTo("11 approved staff posts, more than the proposed 6–8: the requirement is met.");
    Evaluation leaders = StaffingRequirement.defaults().evaluate(site(SiteLevel.CENTER, new Staffing(6, 1, 1)));
    assertThat(leaders.message().text(Locale.CHINA)).isEqualTo("核定编制 6 名，其中主任 1 名、副主任 1 名，应设主任 1 名、副主任 2 名。");
  }

  @Test
  void aProvinceSetsItsOwnFiguresAndItsStandardIncludesTheRequirement() {
    StaffingRequirement r = StaffingRequirement.none().withRange(SiteLevel.STATION, 1, 2)
        .withLeadership(SiteLevel.STATION, 1, 0);
    assertThat(r.evaluate(site(SiteLevel.STATION, new Staffing(1, 1, 0))).outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.evaluate(site(SiteLevel.CENTER, Staffing.approved(11))).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(StaffingRequirement.defaults().without(SiteLevel.POST).least(SiteLevel.POST)).isEmpty();
    assertThat(StaffingRequirement.defaults().without(SiteLevel.STATION)).isSameAs(StaffingRequirement.defaults());
    Standard standard = SixHaves.standard().withRequirement(StaffingRequirement.defaults());
    SiteCompliance one = standard.check(site(SiteLevel.POST, Staffing.approved(3)));
    assertThat(one.outcome(StaffingRequirement.ID)).contains(Outcome.PASS);
    assertThat(r).isEqualTo(StaffingRequirement.none().withRange(SiteLevel.STATION, 1, 2)
        .withLeadership(SiteLevel.STATION, 1, 0)).hasSameHashCodeAs(StaffingRequirement.none()
        .withRange(SiteLevel.STATION, 1, 2).withLeadership(SiteLevel.STATION, 1, 0));
  }

  @Test
  void badFiguresAreRefused() {
    assertThatThrownBy(() -> StaffingRequirement.none().withRange(SiteLevel.POST, 3, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3-2");
    assertThatThrownBy(() -> StaffingRequirement.none().withLeadership(SiteLevel.POST, 1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("withRange(POST");
    assertThatThrownBy(() -> StaffingRequirement.defaults().withLeadership(SiteLevel.POST, -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StaffingRequirement.defaults().evaluate(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void everyMessageIsInBothLanguages() throws IOException {
    Properties en = load("org/civic/standard/Staffing_en.properties");
    Properties zh = load("org/civic/standard/Staffing_zh.properties");
    Properties base = load("org/civic/standard/Staffing.properties");
    assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames()).isEqualTo(base.stringPropertyNames())
        .containsExactlyInAnyOrder("staffing.pass", "staffing.pass-above", "staffing.fail", "staffing.fail-leadership",
            "staffing.incomplete", "staffing.not-applicable");
    zh.stringPropertyNames().forEach(k -> assertThat(zh.getProperty(k)).as(k).containsPattern("\\p{IsHan}"));
  }

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = StaffingRequirementTest.class.getResourceAsStream("/" + resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
