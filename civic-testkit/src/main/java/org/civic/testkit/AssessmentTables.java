package org.civic.testkit;

import java.util.EnumSet;
import java.util.List;
import org.civic.assessment.AssessmentTable;
import org.civic.assessment.Criterion;
import org.civic.assessment.Item;
import org.civic.assessment.Measurement;
import org.civic.assessment.StarThresholds;
import org.civic.assessment.SubItem;
import org.civic.site.SiteLevel;
import org.civic.standard.SixHaves;

/**
 * Assessment tables shaped after the published ones — 测评体系样例 — for tests, examples and as
 * starting points. Only the figures the sources give are the sources'; every name, point and
 * threshold the sources do not give is civic's illustration, and each method says which is which.
 * A province ships its own table as civic JSON.
 *
 * <p>Stateless and thread-safe; each call returns an equal, immutable table.
 */
public final class AssessmentTables {

  /** The measure id of the share of staff who are registered volunteers (在职人员注册志愿者比例). */
  public static final String STAFF_VOLUNTEER_SHARE = "staff-volunteer-share";
  /** The measure id of the share of party members who are registered volunteers (党员注册志愿者比例). */
  public static final String PARTY_MEMBER_VOLUNTEER_SHARE = "party-member-volunteer-share";

  private AssessmentTables() {}

  /**
   * A table shaped after Bijie's 2021 assessment (毕节): <b>9 items, 29 sub-items, 100 points plus
   * bonus</b> — those three figures are the source's. Everything else is civic's illustration: the
   * items' and sub-items' names and points, the two bonus sub-items of 5 points in item 9 (the
   * source says "plus bonus" without a figure), the levels it rates (posts and stations) and the
   * star thresholds 60 / 70 / 80 / 90 / 100.
   * The sub-items that civic can judge read the six haves ({@code six-haves.*}) and the measure
   * {@value Measurement#MONTHS_WITH_ACTIVITIES}; the others are an assessor's marks.
   *
   * @return the table, {@code bijie-shaped-2021}, not null
   */
  public static AssessmentTable bijieShaped() {
    return AssessmentTable.builder("bijie-shaped-2021", "新时代文明实践所站测评细则（仿毕节 2021 年结构）", "2021")
        .englishName("Assessment of practice posts and stations (after Bijie's 2021 structure)")
        .levels(EnumSet.of(SiteLevel.POST, SiteLevel.STATION))
        .maxPoints(100)
        .item(item("1", "阵地建设", "Venues",
            rule("1.1", "有场所", "Has a venue", 4, SixHaves.VENUE),
            rule("1.2", "有标识", "Has signage", 3, SixHaves.SIGNAGE),
            assessed("1.3", "场所常态开放", "Open regularly", 2),
            assessed("1.4", "功能室使用", "Function rooms in use", 2)))
        .item(item("2", "队伍建设", "Teams",
            rule("2.1", "有队伍", "Has a team", 4, SixHaves.TEAM),
            assessed("2.2", "志愿者注册", "Volunteers registered", 3),
            assessed("2.3", "队伍培训", "Team training", 2),
            assessed("2.4", "志愿网格", "Volunteer grids", 2)))
        .item(item("3", "项目活动", "Projects and activities",
            rule("3.1", "有项目", "Has projects", 4, SixHaves.PROJECTS),
            SubItem.score("3.2", "每月开展活动", 6, Criterion.countAtLeast(Measurement.MONTHS_WITH_ACTIVITIES, 12))
                .withEnglishName("An activity every month"),
            assessed("3.3", "活动记录", "Activity records", 2),
            assessed("3.4", "活动公示", "Activities posted publicly", 2)))
        .item(item("4", "制度建设", "Rules",
            rule("4.1", "有制度", "Has written rules", 4, SixHaves.RULES),
            assessed("4.2", "制度执行", "Rules followed", 3),
            assessed("4.3", "档案管理", "Records kept", 2)))
        .item(item("5", "展示宣传", "Display and publicity",
            rule("5.1", "有展示", "Has a display", 4, SixHaves.DISPLAY),
            assessed("5.2", "宣传报道", "Reported in the media", 3),
            assessed("5.3", "网络平台", "Online platforms", 2)))
        .item(item("6", "四单运行", "Four orders",
            assessed("6.1", "群众点单", "Residents order", 3),
            assessed("6.2", "中心配单", "Orders matched", 3),
            assessed("6.3", "社会评单", "Orders rated", 3)))
        .item(item("7", "理论宣讲", "Theory propagation",
            assessed("7.1", "宣讲场次", "Sessions held", 4),
            assessed("7.2", "覆盖人群", "People reached", 4)))
        .item(item("8", "群众评价", "Residents' view",
            assessed("8.1", "群众满意度", "Satisfaction", 8),
            assessed("8.2", "群众参与", "Participation", 4)))
        .item(item("9", "组织保障与特色", "Support and specialities",
            assessed("9.1", "经费保障", "Funds in place", 9),
            assessed("9.2", "责任落实", "Responsibilities met", 8),
            SubItem.bonus("9.3", "特色品牌", 5, Criterion.assessed()).withEnglishName("A signature brand (bonus)"),
            SubItem.bonus("9.4", "创新做法", 5, Criterion.assessed()).withEnglishName("An innovation (bonus)")))
        .stars(StarThresholds.of(60, 70, 80, 90, 100))
        .build();
  }

  /**
   * A deduction table shaped after a district's (某区): <b>starts at 100</b> and <b>requires staff
   * volunteers ≥ 70%, party-member volunteers ≥ 80% and a monthly activity at every post and
   * station</b> — those figures are the source's. The points deducted (10 each), the names and the
   * measure ids ({@value #STAFF_VOLUNTEER_SHARE}, {@value #PARTY_MEMBER_VOLUNTEER_SHARE},
   * {@value Measurement#MONTHS_WITH_ACTIVITIES}) are civic's illustration.
   *
   * @return the table, {@code district-deductions}, not null
   */
  public static AssessmentTable districtShaped() {
    return AssessmentTable.builder("district-deductions", "新时代文明实践扣分细则（仿某区）", "2021")
        .englishName("Deductions (after a district's table)")
        .base(100)
        .item(item("1", "队伍建设", "Teams",
            SubItem.deduction("1.1", "工作人员志愿者占比不低于70%", 10,
                Criterion.shareAtLeast(STAFF_VOLUNTEER_SHARE, 70)).withEnglishName("Staff volunteers at least 70%"),
            SubItem.deduction("1.2", "党员志愿者占比不低于80%", 10,
                Criterion.shareAtLeast(PARTY_MEMBER_VOLUNTEER_SHARE, 80))
                .withEnglishName("Party-member volunteers at least 80%")))
        .item(item("2", "活动开展", "Activities",
            SubItem.deduction("2.1", "所站每月开展活动", 10,
                Criterion.countAtLeast(Measurement.MONTHS_WITH_ACTIVITIES, 12))
                .withEnglishName("An activity every month at each post and station")
                .withLevels(EnumSet.of(SiteLevel.POST, SiteLevel.STATION))))
        .build();
  }

  /**
   * A star table shaped after Shishi's (石狮): rates <b>posts and stations</b> one to five stars on
   * <b>venue, signage, team, rules, management, activities and specialities</b> — the seven
   * criteria are the source's, and its funding (post 5★ 150,000, 4★ 100,000, 3★ 50,000; station
   * 5★ 100,000, 4★ 50,000, 3★ 30,000; one and two stars nothing) is
   * {@link org.civic.standard.FundingPolicy#shishi()}. The points of each criterion and the star
   * thresholds 60 / 70 / 80 / 90 / 95 are civic's illustration (the source does not publish them).
   *
   * @return the table, {@code shishi-stars}, not null
   */
  public static AssessmentTable shishiShaped() {
    return AssessmentTable.builder("shishi-stars", "新时代文明实践所站星级评定（仿石狮）", "2021")
        .englishName("Star rating of posts and stations (after Shishi)")
        .levels(EnumSet.of(SiteLevel.POST, SiteLevel.STATION))
        .item(item("1", "场所", "Venue", rule("1.1", "有场所", "Has a venue", 15, SixHaves.VENUE)))
        .item(item("2", "标识", "Signage", rule("2.1", "有标识", "Has signage", 10, SixHaves.SIGNAGE)))
        .item(item("3", "队伍", "Team", rule("3.1", "有队伍", "Has a team", 15, SixHaves.TEAM)))
        .item(item("4", "制度", "Rules", rule("4.1", "有制度", "Has written rules", 10, SixHaves.RULES)))
        .item(item("5", "管理", "Management", assessed("5.1", "日常管理", "Day-to-day management", 15)))
        .item(item("6", "活动", "Activities",
            SubItem.score("6.1", "每月开展活动", 25, Criterion.countAtLeast(Measurement.MONTHS_WITH_ACTIVITIES, 12))
                .withEnglishName("An activity every month")))
        .item(item("7", "特色", "Specialities", assessed("7.1", "特色亮点", "Specialities", 10)))
        .stars(StarThresholds.of(60, 70, 80, 90, 95))
        .build();
  }

  private static Item item(String id, String name, String english, SubItem... subItems) {
    return Item.of(id, name, List.of(subItems)).withEnglishName(english);
  }

  private static SubItem rule(String id, String name, String english, long points, String requirementId) {
    return SubItem.score(id, name, points, Criterion.rule(requirementId)).withEnglishName(english);
  }

  private static SubItem assessed(String id, String name, String english, long points) {
    return SubItem.score(id, name, points, Criterion.assessed()).withEnglishName(english);
  }
}
