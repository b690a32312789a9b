package org.civic.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.civic.site.SiteFacts;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.standard.Fixtures.Subject;
import org.junit.jupiter.api.Test;

class StandardTest {

  private static final Requirement LOGO = Requirement.of("henan.provincial-logo", site -> site.facts().signage()
      .map(s -> s.unifiedLogo()
          ? Evaluation.pass(Message.literal("省级统一标识已悬挂"))
          : Evaluation.fail(Message.literal("缺少省级统一标识")).withEvidence("unifiedLogo", false))
      .orElse(Evaluation.incomplete(Message.literal("标识情况未知"))));

  @Test
  void aHostAddsItsOwnRequirementAsALambda() {
    Standard s = SixHaves.standard().withRequirement(LOGO);
    assertThat(s.requirements()).hasSize(7);
    SiteCompliance c = s.check(new Subject(SiteLevel.STATION, Fixtures.atThreshold(SiteLevel.STATION)));
    assertThat(c.violations()).extracting(CheckResult::requirementId).containsExactly("henan.provincial-logo");
    assertThat(c.violations().get(0).message(Locale.ENGLISH)).isEqualTo("缺少省级统一标识");
    assertThat(c.violations().get(0).property()).isEqualTo("provincial-logo");
    assertThat(c.outcome("henan.provincial-logo")).contains(Outcome.FAIL);
    assertThat(c.outcome("nope")).isEmpty();
    assertThat(s.without("henan.provincial-logo").requirements()).hasSize(6);
    assertThat(s.without("nope")).isSameAs(s);
    assertThat(s.requirement(SixHaves.VENUE)).isPresent();
  }

  @Test
  void idsAreStableKebabCaseAndUnique() {
    assertThatThrownBy(() -> Requirement.of("Henan Logo", x -> null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"Henan Logo\"");
    assertThatThrownBy(() -> SixHaves.standard().withRequirement(Requirement.of(SixHaves.VENUE, x -> null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> Standard.of(" ", "1", List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRequirementThatReturnsNothingIsNamed() {
    Requirement broken = Requirement.of("host.broken", x -> null);
    assertThatThrownBy(() -> broken.evaluate(new Subject(SiteLevel.POST, SiteFacts.unknown())))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("host.broken");
  }

  @Test
  void functioningNeedsActivitiesNotJustAPlaque() {
    LocalDate from = LocalDate.of(2024, 1, 1);
    LocalDate to = LocalDate.of(2024, 12, 31);
    Map<String, Long> held = Map.of("busy", 14L, "plaque-only", 0L);
    ActivityCounter counter = (site, f, t) -> held.containsKey(site.value())
        ? OptionalLong.of(held.get(site.value())) : OptionalLong.empty();
    Requirement r = Functioning.activities(12, from, to, counter);
    SiteFacts perfect = Fixtures.atThreshold(SiteLevel.STATION);
    Standard s = SixHaves.standard().withRequirement(r);
    SiteCompliance plaque = s.check(new Subject(SiteLevel.STATION, perfect, Optional.of(SiteId.of("plaque-only"))));
    assertThat(plaque.violations()).extracting(CheckResult::requirementId).containsExactly(Functioning.ACTIVITIES);
    assertThat(plaque.violations().get(0).message(Locale.CHINA))
        .isEqualTo("2024-01-01 至 2024-12-31 仅开展活动 0 次，少于要求的 12 次。");
    assertThat(r.outcome(new Subject(SiteLevel.STATION, perfect, Optional.of(SiteId.of("busy"))))).isEqualTo(Outcome.PASS);
    assertThat(r.outcome(new Subject(SiteLevel.STATION, perfect, Optional.of(SiteId.of("new"))))).isEqualTo(Outcome.INCOMPLETE);
    assertThat(r.outcome(new Subject(SiteLevel.STATION, perfect))).isEqualTo(Outcome.INCOMPLETE);
    assertThatThrownBy(() -> Functioning.activities(0, from, to, counter)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Functioning.activities(1, to, from, counter)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before it starts");
  }

  @Test
  void scoresAndStars() {
    Scoring scoring = Scoring.defaults();
    Subject perfect = new Subject(SiteLevel.STATION, Fixtures.atThreshold(SiteLevel.STATION));
    Score full = scoring.score(SixHaves.standard().check(perfect));
    assertThat(full).isEqualTo(Score.of(6, 6));
    assertThat(scoring.stars(full)).isEqualTo(5);
    assertThat(scoring.stars(Score.of(5, 6))).isEqualTo(4);
    assertThat(scoring.stars(Score.of(4, 5))).isEqualTo(4);
    assertThat(scoring.stars(Score.of(1, 6))).isZero();
    assertThat(scoring.stars(Score.of(0, 0))).isZero();
    assertThat(Score.of(2, 3).percent(1)).isEqualByComparingTo("66.7");
    Scoring weighted = scoring.withWeight(SixHaves.VENUE, 4).withStarThresholds(10, 30, 50, 70, 90);
    Score venueOnly = weighted.score(SixHaves.standard().check(new Subject(SiteLevel.STATION,
        SiteFacts.unknown().withVenue(org.civic.site.Venue.of(30, 2)))));
    assertThat(venueOnly).isEqualTo(Score.of(4, 9));
    assertThat(weighted.stars(venueOnly)).isEqualTo(2);
    assertThatThrownBy(() -> scoring.withStarThresholds(50, 40, 60, 80, 100)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> scoring.withWeight(SixHaves.VENUE, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Score.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fundingDefaultsFromTheSource() {
    FundingPolicy p = FundingPolicy.defaults();
    assertThat(p.annual(SiteLevel.CENTER, 0)).isEqualTo(600_000);
    assertThat(p.annual(SiteLevel.POST, 5)).isEqualTo(30_000);
    assertThat(p.annual(SiteLevel.STATION, 0)).isEqualTo(10_000);
    assertThat(p.annual(SiteLevel.STATION, 3)).isEqualTo(10_000);
    assertThat(p.annual(SiteLevel.STATION, 4)).isEqualTo(15_000);
    assertThat(p.annual(SiteLevel.STATION, 5)).isEqualTo(30_000);
    assertThat(p.annual(SiteLevel.POINT, 5)).isZero();
    FundingPolicy shishi = FundingPolicy.none().withStarBonus(SiteLevel.POST, 5, 150_000)
        .withStarBonus(SiteLevel.STATION, 3, 30_000);
    assertThat(shishi.annual(SiteLevel.POST, 5)).isEqualTo(150_000);
    assertThat(shishi.annual(SiteLevel.CENTER, 0)).isZero();
    assertThatThrownBy(() -> p.annual(SiteLevel.POST, 6)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.withBase(SiteLevel.POST, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Shishi's star funding, the second profile beside the pilot county's: stars 3–5 funded, 1–2 not, no base. */
  @Test
  void shishisStarFundingOfPostsAndStations() {
    FundingPolicy shishi = FundingPolicy.shishi();
    assertThat(shishi.annual(SiteLevel.POST, 5)).isEqualTo(150_000);
    assertThat(shishi.annual(SiteLevel.POST, 4)).isEqualTo(100_000);
    assertThat(shishi.annual(SiteLevel.POST, 3)).isEqualTo(50_000);
    assertThat(shishi.annual(SiteLevel.STATION, 5)).isEqualTo(100_000);
    assertThat(shishi.annual(SiteLevel.STATION, 4)).isEqualTo(50_000);
    assertThat(shishi.annual(SiteLevel.STATION, 3)).isEqualTo(30_000);
    for (int stars = 0; stars <= 2; stars++) {
      assertThat(shishi.annual(SiteLevel.POST, stars)).isZero();
      assertThat(shishi.annual(SiteLevel.STATION, stars)).isZero();
    }
    for (int stars = 0; stars <= 5; stars++) {
      assertThat(shishi.annual(SiteLevel.CENTER, stars)).isZero();
      assertThat(shishi.annual(SiteLevel.POINT, stars)).isZero();
    }
    assertThat(FundingPolicy.defaults().annual(SiteLevel.STATION, 5)).as("the pilot county's stays").isEqualTo(30_000);
  }

  @Test
  void outcomeCountsAddUpAndTakeShares() {
    OutcomeCounts a = OutcomeCounts.of(3, 1, 0, 2);
    OutcomeCounts b = OutcomeCounts.of(1, 2, 1, 0);
    assertThat(a.plus(b)).isEqualTo(OutcomeCounts.of(4, 3, 1, 2));
    assertThat(a.plus(OutcomeCounts.empty())).isEqualTo(a);
    assertThat(a.percent(Outcome.PASS, 1)).isEqualByComparingTo("75.0");
    assertThat(a.percent(Outcome.NOT_APPLICABLE, 2)).isEqualByComparingTo("33.33");
    assertThatThrownBy(() -> OutcomeCounts.empty().percent(Outcome.FAIL, 1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> a.percent(Outcome.PASS, -1)).isInstanceOf(IllegalArgumentException.class);
    OutcomeCounts huge = OutcomeCounts.of(Long.MAX_VALUE / 2, Long.MAX_VALUE / 2, 0, 0);
    assertThat(huge.percent(Outcome.PASS, 1)).isEqualByComparingTo("50.0"); // count × 100 exceeds a long
    assertThatThrownBy(() -> huge.plus(OutcomeCounts.of(Long.MAX_VALUE, 0, 0, 0))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> OutcomeCounts.of(Long.MAX_VALUE, 1, 0, 0).applicable()).isInstanceOf(ArithmeticException.class);
  }
}
