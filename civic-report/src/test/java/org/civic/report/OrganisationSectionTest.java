package org.civic.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.civic.activity.Activity;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.metric.ActivityRollup;
import org.civic.metric.Period;
import org.civic.metric.VolunteerIndex;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.team.Organisation;
import org.civic.team.OrganisationId;
import org.civic.team.OrganisationKind;
import org.civic.team.OrganisationRegister;
import org.civic.team.Team;
import org.civic.team.TeamId;
import org.civic.team.TeamTier;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

/**
 * The participating-organisations section (1+N): the register by kind per township, organisations
 * in teams, those active in the period counted once however many activities name them, and an
 * active organisation no register lists.
 */
class OrganisationSectionTest {

  private static final DivisionCode COUNTY = DivisionCode.parse("411081");
  private static final DivisionCode TOWN = DivisionCode.parse("411081103000");
  private static final DivisionCode VILLAGE = DivisionCode.parse("411081103201");
  private static final java.time.Clock LATER = java.time.Clock.fixed(java.time.Instant.parse("2025-01-01T00:00:00Z"),
      java.time.ZoneOffset.UTC);

  private static Activity activity(String id, LocalDate date, String site, String... organisations) {
    Activity.Builder b = Activity.builder(id, date, SiteId.of(site)).volunteers(List.of(VolunteerId.of("v-" + id)))
        .beneficiaries(20).serviceTime(Duration.ofHours(2));
    for (String o : organisations) {
      b.organisation(OrganisationId.of(o));
    }
    return b.build(LATER);
  }

  @Test
  void countsTheRegisterTheTeamsAndTheActiveOrganisationsOnceEach() {
    Hierarchy h = Hierarchy.builder().addDivisions(List.of(new Division(COUNTY, "禹州市"), new Division(TOWN, "神垕镇"),
            new Division(VILLAGE, "神垕村")))
        .addSites(List.of(Site.center(SiteId.of("c"), "禹州市新时代文明实践中心", COUNTY),
            Site.post(SiteId.of("p"), "神垕镇新时代文明实践所", TOWN),
            Site.station(SiteId.of("s"), "神垕村新时代文明实践站", VILLAGE)))
        .build();
    OrganisationRegister register = OrganisationRegister.of(List.of(
        Organisation.of(OrganisationId.of("so-1"), "禹州市义工联合会", OrganisationKind.SOCIAL_ORGANISATION, COUNTY),
        Organisation.of(OrganisationId.of("so-2"), "禹州市书画协会", OrganisationKind.SOCIAL_ORGANISATION, TOWN),
        Organisation.of(OrganisationId.of("so-3"), "神垕镇老年协会", OrganisationKind.SOCIAL_ORGANISATION, TOWN),
        Organisation.of(OrganisationId.of("vo-1"), "禹州市青年志愿者协会", OrganisationKind.VOLUNTEER_ORGANISATION, COUNTY),
        Organisation.of(OrganisationId.of("ot-1"), "神垕镇中心小学", OrganisationKind.OTHER, TOWN)));
    List<Team> teams = List.of(
        Team.builder(TeamId.of("b"), "禹州市志愿服务总队", TeamTier.BRIGADE, SiteId.of("c")).members(30)
            .organisation(OrganisationId.of("so-1")).organisation(OrganisationId.of("vo-1")).build(),
        Team.builder(TeamId.of("t"), "神垕镇志愿服务分队", TeamTier.BRANCH, SiteId.of("p")).parent(TeamId.of("b"))
            .members(12).organisation(OrganisationId.of("so-2")).organisation(OrganisationId.of("so-1")).build());
    List<Activity> activities = List.of(
        activity("a1", LocalDate.of(2024, 3, 5), "s", "so-2", "so-3"),
        activity("a2", LocalDate.of(2024, 4, 5), "s", "so-2"),
        activity("a3", LocalDate.of(2024, 5, 5), "p", "ot-1", "gone-1"),
        activity("a4", LocalDate.of(2024, 6, 5), "c", "so-1"),
        activity("a5", LocalDate.of(2023, 6, 5), "c", "vo-1"));
    ActivityRollup rollup = ActivityRollup.of(h, activities, List.of(), VolunteerIndex.growing());
    assertThat(rollup.metrics(TOWN, Period.year(2024)).organisations()).extracting(OrganisationId::value)
        .containsExactly("gone-1", "ot-1", "so-2", "so-3");
    Report report = ReportBuilder.of(h, COUNTY, Period.year(2024)).organisations(register)
        .teams(teams, org.civic.team.TeamStructure.check(h, COUNTY, teams,
            org.civic.team.TeamRules.of(org.civic.team.TeamFormula.parse("1+N"))))
        .activities(rollup).registeredVolunteers(100).build();
    String zh = MarkdownRenderer.render(report, ReportStyle.chinese());
    assertThat(zh).contains("## 参与组织（1+N）")
        .contains("名录共有参与组织 5 个：志愿服务组织 1 个、社会组织 3 个、其他社会力量 1 个；其中 3 个参与志愿服务队伍。")
        // 神垕镇: so-2, so-3, ot-1 registered; so-2 and so-1 in its team; 4 active (gone-1 included)
        .contains("| 神垕镇 | 0个 | 2个 | 1个 | 2个 | 4个 |")
        .contains("| 合计 | 1个 | 3个 | 1个 | 3个 | 5个 |")
        .contains("| 社会组织 | 3个 | 3个 | 100.0% |")
        .contains("| 志愿服务组织 | 1个 | 0个 | 0.0% |")
        .doesNotContain("| 其他社会力量 | 0个 | 0个 |")
        .contains("活动中有 1 个组织未列入名录：gone-1。")
        .contains("| 参与组织 | 5个 |");
    String en = MarkdownRenderer.render(report, ReportStyle.english());
    assertThat(en).contains("## Participating organisations (1+N)")
        .contains("The registers list 5 organisations: 1 volunteer organisation, 3 social organisations and 1 other"
            + " social force; 3 take part in the teams.")
        .contains("An organisation that no register lists took part: gone-1.");
  }
}
