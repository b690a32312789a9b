package org.civic.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.civic.activity.Activity;
import org.civic.assessment.AssessmentTable;
import org.civic.assessment.Assessments;
import org.civic.assessment.Criterion;
import org.civic.assessment.Evidence;
import org.civic.assessment.Item;
import org.civic.assessment.Mark;
import org.civic.assessment.Measurement;
import org.civic.assessment.StarThresholds;
import org.civic.assessment.SubItem;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.metric.ActivityRollup;
import org.civic.metric.Period;
import org.civic.metric.VolunteerIndex;
import org.civic.order.MenuItem;
import org.civic.order.ServiceOrder;
import org.civic.site.Display;
import org.civic.site.Projects;
import org.civic.site.RuleDocuments;
import org.civic.site.Signage;
import org.civic.site.Site;
import org.civic.site.SiteFacts;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.site.TeamFacts;
import org.civic.site.Venue;
import org.civic.standard.ComplianceResults;
import org.civic.standard.FundingPolicy;
import org.civic.standard.Scoring;
import org.civic.standard.SixHaves;
import org.civic.team.Leader;
import org.civic.team.LeaderRole;
import org.civic.team.Team;
import org.civic.team.TeamCategory;
import org.civic.team.TeamFormula;
import org.civic.team.TeamId;
import org.civic.team.TeamRules;
import org.civic.team.TeamStructure;
import org.civic.team.TeamTier;
import org.civic.volunteer.NationalVolunteerNumber;
import org.civic.volunteer.Recorder;
import org.civic.volunteer.ServiceLog;
import org.civic.volunteer.ServiceRecord;
import org.civic.volunteer.Volunteer;
import org.civic.volunteer.VolunteerId;
import org.civic.volunteer.VolunteerStars;

/** The package's fixture: a small fixed county with every kind of record, for golden files. */
final class SmallCounty {

  static final DivisionCode COUNTY = DivisionCode.parse("411081");

  private SmallCounty() {}

  private static Division division(String code, String name) {
    return new Division(DivisionCode.parse(code), name);
  }

  static Report report() {
    return builder().build();
  }

  /** The builder of {@link #report()}, every section of civic's asked for, for a test to add to. */
  static ReportBuilder builder() {
    return builder(UnaryOperator.identity());
  }

  /**
   * The builder of {@link #report()} with every name that comes from the data — of divisions,
   * sites, teams, leaders and volunteers — passed through a function first (the hostile-name
   * tests make them hostile).
   */
  static ReportBuilder builder(UnaryOperator<String> name) {
    Hierarchy h = hierarchy(name);
    List<Team> teams = List.of(
        Team.builder(TeamId.of("brigade"), name.apply("禹州市志愿服务总队"), TeamTier.BRIGADE, SiteId.of("c"))
            .leader(new Leader(name.apply("王某"), LeaderRole.COUNTY_PARTY_SECRETARY)).members(42).build(),
        Team.builder(TeamId.of("b-legal"), name.apply("法律服务分队"), TeamTier.BRANCH, SiteId.of("c")).parent(TeamId.of("brigade"))
            .category(TeamCategory.LEGAL).leader(new Leader(name.apply("李某"), LeaderRole.DEPARTMENT_HEAD)).members(20).build(),
        Team.builder(TeamId.of("b-theory"), name.apply("理论宣讲分队"), TeamTier.BRANCH, SiteId.of("c")).parent(TeamId.of("brigade"))
            .leader(new Leader(name.apply("周某"), LeaderRole.DEPARTMENT_HEAD)).members(15).build(),
        Team.builder(TeamId.of("t-p-001"), name.apply("颍川街道志愿服务队"), TeamTier.SQUAD, SiteId.of("p-001")).parent(TeamId.of("brigade"))
            .leader(new Leader(name.apply("赵某"), LeaderRole.TOWNSHIP_PARTY_SECRETARY)).members(12).build(),
        Team.builder(TeamId.of("t-p-103"), name.apply("神垕镇志愿服务队"), TeamTier.SQUAD, SiteId.of("p-103")).parent(TeamId.of("brigade"))
            .leader(new Leader(name.apply("钱某"), LeaderRole.TOWNSHIP_PARTY_SECRETARY)).members(9).build(),
        Team.builder(TeamId.of("t-s-001001"), name.apply("东街社区志愿服务队"), TeamTier.SQUAD, SiteId.of("s-001001")).parent(TeamId.of("brigade"))
            .leader(new Leader(name.apply("孙某"), LeaderRole.VILLAGE_SECRETARY)).members(6).build(),
        Team.builder(TeamId.of("t-s-103201"), name.apply("大刘庄村志愿服务队"), TeamTier.SQUAD, SiteId.of("s-103201")).parent(TeamId.of("brigade"))
            .leader(new Leader(name.apply("吴某"), LeaderRole.TOWNSHIP_PARTY_SECRETARY)).members(5).build());
    Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    TeamCategory[] categories = {TeamCategory.THEORY, TeamCategory.CULTURE, TeamCategory.NEIGHBOURHOOD, TeamCategory.LEGAL,
        TeamCategory.SPORTS};
    String[] where = {"s-001001", "s-103201", "p-001", "p-103", "c", "s-103202"};
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      List<VolunteerId> vs = new ArrayList<>();
      for (int k = 0; k < 2 + i % 5; k++) {
        vs.add(VolunteerId.of("v" + ((i * 7 + k * 3) % 30)));
      }
      activities.add(Activity.builder("a-" + i, LocalDate.of(2024, 1 + i % 12, 1 + i % 27), SiteId.of(where[i % where.length]))
          .category(categories[i % categories.length]).theme(categories[i % categories.length].chinese()).volunteers(vs)
          .beneficiaries(20 + i * 3).serviceTime(Duration.ofHours(2L * vs.size())).sessions(1).build(clock));
    }
    MenuItem law = new MenuItem("m-law", "法律咨询", "法治");
    List<ServiceOrder> orders = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Instant t = Instant.parse("2024-03-01T08:00:00Z").plus(Duration.ofDays(i * 20L));
      ServiceOrder o = ServiceOrder.place("o-" + i, SiteId.of(where[i % 4]), law, t);
      if (i % 5 != 0) {
        o = o.match(TeamId.of("b-legal"), t.plus(Duration.ofHours(3 + i)));
        if (i % 3 != 0) {
          o = o.deliver("a-" + i, t.plus(Duration.ofDays(2))).rate(3 + i % 3, Optional.empty(), t.plus(Duration.ofDays(3)));
        }
      }
      orders.add(o);
    }
    VolunteerIndex index = VolunteerIndex.of(java.util.stream.IntStream.range(0, 60).mapToObj(i -> VolunteerId.of("v" + i)).toList());
    ActivityRollup rollup = ActivityRollup.of(h, activities, orders, index);
    ComplianceResults compliance = SixHaves.standard().check(h);
    Assessments assessments = Assessments.of(starTable(), h, COUNTY, site -> {
      Evidence e = Evidence.of(compliance.forSite(site.id()))
          .withMonthsWithActivities(rollup, site.id(), java.time.Year.of(2024));
      return switch (site.id().value()) {
        case "p-001" -> e.withMark("3.1", Mark.of(20, "台账齐全"));
        case "p-103" -> e.withMark("3.1", Mark.of(12, "台账不全"));
        case "s-001001" -> e.withMark("3.1", Mark.of(new BigDecimal("17.5"), "群众满意率 88%"));
        case "s-103201" -> e.withMark("3.1", Mark.of(5, "活动记录缺失"));
        default -> e;
      };
    });
    return ReportBuilder.of(h, COUNTY, Period.year(2024))
        .compliance(compliance)
        .teams(teams, TeamStructure.check(h, COUNTY, teams, TeamRules.of(TeamFormula.parse("1+2+N"))))
        .activities(rollup).registeredVolunteers(60)
        .funding(FundingPolicy.defaults(), Scoring.defaults())
        .assessment(assessments, FundingPolicy.shishi())
        .serviceHours(serviceLog(name), VolunteerStars.national());
  }

  /** The county's divisions and sites, every name passed through a function. */
  static Hierarchy hierarchy(UnaryOperator<String> name) {
    List<Division> divisions = List.of(
        division("411081000000", name.apply("禹州市")),
        division("411081001000", name.apply("颍川街道")), division("411081001001", name.apply("东街社区")), division("411081001002", name.apply("西街社区")),
        division("411081103000", name.apply("神垕镇")), division("411081103201", name.apply("大刘庄村")), division("411081103202", name.apply("小刘庄村")),
        division("411081103203", name.apply("白峪村")),
        division("411081204000", name.apply("磨街乡")), division("411081204201", name.apply("磨街村")));
    SiteFacts full = SiteFacts.unknown().withVenue(Venue.of(30, 2)).withSignage(new Signage(true, true))
        .withTeam(TeamFacts.led("村党支部书记", 8)).withProjects(new Projects(2, 6))
        .withRules(RuleDocuments.of("安全管理制度", "信息员工作职责")).withDisplay(new Display(2, true));
    SiteFacts small = full.withVenue(Venue.of(12, 1)).withRules(RuleDocuments.of("信息员工作职责"));
    List<Site> sites = List.of(
        Site.center(SiteId.of("c"), name.apply("禹州市新时代文明实践中心"), COUNTY).withFacts(full.withVenue(Venue.of(1200, 16))
            .withTeam(TeamFacts.led("县委书记", 42))),
        Site.post(SiteId.of("p-001"), name.apply("颍川街道新时代文明实践所"), DivisionCode.parse("411081001000")).withFacts(full.withTeam(TeamFacts.led("乡镇党委书记", 12))),
        Site.post(SiteId.of("p-103"), name.apply("神垕镇新时代文明实践所"), DivisionCode.parse("411081103000")).withFacts(full.withTeam(TeamFacts.led("乡镇党委书记", 9))),
        Site.station(SiteId.of("s-001001"), name.apply("东街社区新时代文明实践站"), DivisionCode.parse("411081001001")).withFacts(full),
        Site.station(SiteId.of("s-103201"), name.apply("大刘庄村新时代文明实践站"), DivisionCode.parse("411081103201")).withFacts(small),
        Site.station(SiteId.of("s-103202"), name.apply("小刘庄村新时代文明实践站"), DivisionCode.parse("411081103202")),
        Site.point(SiteId.of("tea"), name.apply("茶馆文化体验点"), DivisionCode.parse("411081103201"), SiteId.of("s-103201")));
    return Hierarchy.builder().addDivisions(divisions).addSites(sites).build();
  }

  /** A hostile name: a spreadsheet formula with a comma and quotes in it. */
  static final String HOSTILE = "=HYPERLINK(\"http://x.invalid\",\"点我\"),张三";

  /**
   * The register of 60 volunteers and one with a hostile name, and a year of service records:
   * kept by sites and teams, volunteers' own reports pending, approved in part and rejected; v0
   * past the national one-star line (108 hours).
   */
  static ServiceLog serviceLog() {
    return serviceLog(UnaryOperator.identity());
  }

  /** {@link #serviceLog()} with the volunteers' names passed through a function. */
  static ServiceLog serviceLog(UnaryOperator<String> name) {
    String[] where = {"s-001001", "s-103201", "p-001", "p-103", "c", "s-103202"};
    List<Volunteer> volunteers = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      volunteers.add(Volunteer.of(VolunteerId.of("v" + i), name.apply("志愿者" + i), LocalDate.of(2021, 1 + i % 12, 1), Set.of(),
          Optional.of(SiteId.of(where[i % where.length]))));
    }
    volunteers.set(0, volunteers.get(0).withNationalNumber(NationalVolunteerNumber.of("ZY-41108120210001")));
    volunteers.add(Volunteer.of(VolunteerId.of("v60"), name.apply(HOSTILE), LocalDate.of(2022, 5, 1), Set.of(), Optional.empty()));
    List<ServiceRecord> records = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      ServiceRecord r = ServiceRecord.of(VolunteerId.of("v" + (i % 12)), LocalDate.of(2024, 1 + i % 12, 1 + i % 27),
          SiteId.of(where[i % where.length]), Duration.ofMinutes(60L * (2 + i % 4) + (i % 2) * 30));
      records.add(i % 3 == 0 ? r.withRecorder(Recorder.ofTeam(TeamId.of("b-legal"))) : r);
    }
    for (int m = 1; m <= 12; m++) {
      records.add(ServiceRecord.of(VolunteerId.of("v0"), LocalDate.of(2024, m, 28), SiteId.of("c"), Duration.ofHours(9))
          .withRecorder(Recorder.ofTeam(TeamId.of("brigade"))));
    }
    ServiceRecord own = ServiceRecord.reported(VolunteerId.of("v60"), LocalDate.of(2024, 6, 1), SiteId.of("p-103"),
        Duration.ofHours(20)).withRecorder(Recorder.ofTeam(TeamId.of("t-p-103")));
    records.add(own.approve(Duration.ofHours(18)));
    records.add(own.withActivity("a-3"));
    records.add(ServiceRecord.reported(VolunteerId.of("v5"), LocalDate.of(2024, 7, 2), SiteId.of("s-103201"),
        Duration.ofHours(5)).reject("活动当天未签到"));
    records.add(ServiceRecord.of(VolunteerId.of("v7"), LocalDate.of(2023, 12, 31), SiteId.of("c"), Duration.ofHours(20)));
    return ServiceLog.builder().addVolunteers(volunteers).addRecords(records).build();
  }

  /** A small star table of posts and stations (illustrative names, points and thresholds). */
  static AssessmentTable starTable() {
    return AssessmentTable.builder("small-stars", "所站星级评定表（示例）", "2024")
        .englishName("Star rating of posts and stations (example)")
        .levels(EnumSet.of(SiteLevel.POST, SiteLevel.STATION))
        .item(Item.of("1", "阵地", List.of(
            SubItem.score("1.1", "有场所", 20, Criterion.rule(SixHaves.VENUE)).withEnglishName("Has a venue"),
            SubItem.score("1.2", "有制度", 20, Criterion.rule(SixHaves.RULES)).withEnglishName("Has written rules")))
            .withEnglishName("Venue"))
        .item(Item.of("2", "活动", List.of(
            SubItem.score("2.1", "每月开展活动", 40, Criterion.countAtLeast(Measurement.MONTHS_WITH_ACTIVITIES, 12))
                .withEnglishName("An activity every month"),
            SubItem.bonus("2.2", "有展示", 5, Criterion.rule(SixHaves.DISPLAY)).withEnglishName("Has a display")))
            .withEnglishName("Activities"))
        .item(Item.of("3", "管理", List.of(
            SubItem.score("3.1", "日常管理", 20, Criterion.assessed()).withEnglishName("Day-to-day management")))
            .withEnglishName("Management"))
        .stars(StarThresholds.of(20, 40, 60, 80, 95))
        .build();
  }
}
