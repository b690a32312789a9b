package org.civic.assessment;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.standard.CheckResult;
import org.civic.standard.Evaluation;
import org.civic.standard.Message;
import org.civic.standard.Outcome;
import org.civic.standard.SixHaves;
import org.civic.standard.StaffingRequirement;

/**
 * The package's fixture: two small tables, one additive and one of deductions, with every kind of
 * criterion. Their items, names and points are illustrative (civic's), not a source's; the
 * source-shaped tables (Bijie's 9 items and 29 sub-items, the district's deductions, Shishi's
 * star table) are civic-testkit's {@code AssessmentTables}, tested there.
 */
final class Fixtures {

  private Fixtures() {}

  static final String STAFF_SHARE = "staff-volunteer-share";
  static final String PARTY_SHARE = "party-member-volunteer-share";

  /** Additive: 40 points, bonus 10 capped at 8; stars at 10 / 20 / 30 / 35 / 40. */
  static AssessmentTable additive() {
    return AssessmentTable.builder("county-test", "某县测评表", "2024").englishName("A county's table")
        .maxPoints(40).bonusCap(8)
        .item(Item.of("1", "阵地建设", List.of(
            SubItem.score("1.1", "有场所", 10, Criterion.rule(SixHaves.VENUE)).withEnglishName("Venue"),
            SubItem.score("1.2", "有标识", 5, Criterion.rule(SixHaves.SIGNAGE)))).withEnglishName("Venues"))
        .item(Item.of("2", "活动开展", List.of(
            SubItem.score("2.1", "每月开展活动", 10, Criterion.countAtLeast(Measurement.MONTHS_WITH_ACTIVITIES, 12)),
            SubItem.score("2.2", "在职人员参与志愿服务", 5, Criterion.shareAtLeast(STAFF_SHARE, 70))
                .withLevels(EnumSet.of(SiteLevel.POST, SiteLevel.STATION)))))
        .item(Item.of("3", "评审", List.of(
            SubItem.score("3.1", "群众满意度", 10, Criterion.assessed()),
            SubItem.bonus("3.2", "特色品牌", 5, Criterion.assessed()),
            SubItem.bonus("3.3", "编制落实", 5, Criterion.rule(StaffingRequirement.ID)))))
        .stars(StarThresholds.of(10, 20, 30, 35, 40))
        .build();
  }

  /** Deductions from 100: shares 70% and 80%, a monthly activity at posts and stations, and an assessor's deduction of up to 70. */
  static AssessmentTable deductions() {
    return AssessmentTable.builder("district-test", "某区扣分表", "2024").base(100)
        .item(Item.of("1", "队伍", List.of(
            SubItem.deduction("1.1", "在职人员注册志愿者不低于70%", 10, Criterion.shareAtLeast(STAFF_SHARE, 70)),
            SubItem.deduction("1.2", "党员注册志愿者不低于80%", 10, Criterion.shareAtLeast(PARTY_SHARE, 80)))))
        .item(Item.of("2", "活动", List.of(
            SubItem.deduction("2.1", "所站每月开展活动", 20,
                Criterion.countAtLeast(Measurement.MONTHS_WITH_ACTIVITIES, 12))
                .withLevels(EnumSet.of(SiteLevel.POST, SiteLevel.STATION)),
            SubItem.deduction("2.2", "督查发现问题", 70, Criterion.assessed()))))
        .build();
  }

  static CheckResult result(String requirementId, Outcome outcome) {
    return CheckResult.of(requirementId, "x", Optional.of(SiteId.of("s1")), SiteLevel.STATION,
        Evaluation.of(outcome, Message.literal(requirementId + " " + outcome)).withEvidence("seen", outcome));
  }

  static Subject station() {
    return Subject.site(SiteId.of("s1"), "某村新时代文明实践站", SiteLevel.STATION);
  }
}
