package org.civic.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.civic.activity.Activity;
import org.civic.division.Division;
import org.civic.assessment.AssessmentTable;
import org.civic.assessment.Inspection;
import org.civic.assessment.Mark;
import org.civic.assessment.SubItem;
import org.civic.assessment.Subject;
import org.civic.order.ServiceOrder;
import org.civic.site.Site;
import org.civic.site.SiteLevel;
import org.civic.standard.SixHaves;
import org.civic.team.GridGroup;
import org.civic.team.GridId;
import org.civic.team.Organisation;
import org.civic.team.OrganisationId;
import org.civic.team.Leader;
import org.civic.team.LeaderRole;
import org.civic.team.Team;
import org.civic.team.TeamCategory;
import org.civic.team.TeamFormula;
import org.civic.team.TeamId;
import org.civic.team.TeamLadder;
import org.civic.team.TeamPlacement;
import org.civic.team.TeamRule;
import org.civic.team.TeamRules;
import org.civic.team.TeamTier;
import org.civic.testkit.AssessmentTables;
import org.civic.testkit.RandomActivities;
import org.civic.testkit.RandomOrganisations;
import org.civic.testkit.RandomAssessments;
import org.civic.testkit.RandomFacts;
import org.civic.testkit.RandomHierarchies;
import org.civic.testkit.RandomVolunteers;

/** The package's fixture: generated datasets with every kind of record. */
final class Samples {

  private Samples() {}

  static Dataset dataset(long seed, int size) {
    SplittableRandom r = new SplittableRandom(seed);
    RandomHierarchies.Sample h = RandomHierarchies.generate(r, size, 0.8);
    List<Site> sites = RandomFacts.withFacts(r, h.sites(), 0.3);
    List<Team> teams = new ArrayList<>();
    List<GridGroup> grids = new ArrayList<>();
    List<Activity> activities = List.of();
    List<ServiceOrder> orders = List.of();
    RandomVolunteers.Sample v = new RandomVolunteers.Sample(List.of(), List.of());
    if (!sites.isEmpty()) {
      Site top = sites.get(0);
      teams.add(Team.builder(TeamId.of("brigade"), "志愿服务总队", TeamTier.BRIGADE, top.id())
          .leader(new Leader("书记", LeaderRole.COUNTY_PARTY_SECRETARY)).members(1 + r.nextInt(50)).build());
      teams.add(Team.builder(TeamId.of("branch-host"), "茶文化分队", TeamTier.BRANCH, top.id())
          .category(TeamCategory.of("tea-culture", "茶文化", "Tea culture")).parent(TeamId.of("brigade"))
          .leader(new Leader("馆长", LeaderRole.of("museum-head", "馆长", "Museum head"))).members(7).build());
      for (int i = 0; i < Math.min(sites.size(), 5); i++) {
        Site s = sites.get(r.nextInt(sites.size()));
        Team.Builder b = Team.builder(TeamId.of("squad-" + i), s.name() + "小队", TeamTier.SQUAD, s.id())
            .parent(TeamId.of("brigade")).members(r.nextInt(20));
        if (r.nextBoolean()) {
          b.category(TeamCategory.ELEVEN.get(r.nextInt(11)));
        }
        teams.add(b.build());
      }
      // Tiers beyond the default three: a built-in one and a county's own.
      teams.add(Team.builder(TeamId.of("battalion"), "大队", TeamTier.BATTALION, top.id()).parent(TeamId.of("brigade"))
          .members(r.nextInt(9)).build());
      teams.add(Team.builder(TeamId.of("work-group"), "工作组", TeamTier.of("work-group", "工作组", "Work group"), top.id())
          .parent(TeamId.of("battalion")).members(r.nextInt(9)).build());
      List<Site> local = sites.stream()
          .filter(s -> s.level() == SiteLevel.STATION || s.level() == SiteLevel.POST).toList();
      for (int i = 0; i < Math.min(local.size(), 4); i++) {
        Site s = local.get(r.nextInt(local.size()));
        grids.add(GridGroup.of(GridId.of("grid-" + i), s.name() + "第" + (i + 1) + "网格小组", s.id(),
            r.nextBoolean() ? Optional.of("信息员" + i) : Optional.empty(), r.nextInt(12)));
      }
      v = RandomVolunteers.generate(r, sites, 1 + r.nextInt(20), 0, 2024);
      int n = 1 + r.nextInt(10);
      int people = n + r.nextInt(n + 1);
      activities = RandomActivities.log(r, sites, 2024, n, Math.max((people + n - 1) / n, Math.min(people, 3)), people);
      orders = RandomActivities.orders(r, sites, 2024, r.nextInt(6));
      // national numbers and service records from a stream of their own, so that every other record of
      // a seed is what it was before datasets had service records
      SplittableRandom own = new SplittableRandom(~seed);
      v = RandomVolunteers.generate(own, sites, teams.stream().map(Team::id).toList(), v.volunteers().size(),
          own.nextInt(12), 2024);
    }
    StandardProfile profile = new StandardProfile("某省六有标准", "2024",
        SixHaves.profile().withVenueArea(SiteLevel.STATION, 15 + r.nextInt(10) / 2.0)
            .withRequiredRules(SiteLevel.POST, java.util.Set.of("安全管理制度", "信息员工作职责")));
    Optional<StandardProfile> chosen = r.nextBoolean() ? Optional.of(profile) : Optional.empty();
    // Staffing (编制) and assessment tables from a random of their own, so the draws above stay as they were.
    SplittableRandom extra = new SplittableRandom(seed ^ 0x5EEDL);
    List<Site> staffed = new ArrayList<>();
    for (Site s : sites) {
      boolean staffable = s.level() == SiteLevel.CENTER || s.level() == SiteLevel.POST;
      staffed.add(staffable && extra.nextBoolean()
          ? s.withFacts(s.facts().withStaffing(RandomAssessments.staffing(extra))) : s);
    }
    List<AssessmentTable> tables = extra.nextInt(3) == 0 ? List.of()
        : List.of(RandomAssessments.table(extra), AssessmentTables.bijieShaped());
    // Organisations (1+N) from a random of their own too: a register, and some teams and activities naming them.
    SplittableRandom orgs = new SplittableRandom(seed ^ 0x0E6L);
    List<Organisation> organisations = h.divisions().isEmpty() ? List.of()
        : RandomOrganisations.register(orgs, h.divisions().stream().map(Division::code).toList(), orgs.nextInt(3),
            orgs.nextInt(4), orgs.nextInt(2));
    List<OrganisationId> ids = organisations.stream().map(Organisation::id).toList();
    return new Dataset(h.divisions(), staffed, RandomOrganisations.join(orgs, teams, ids, 0.3), grids, organisations,
        v.volunteers(), RandomOrganisations.takePart(orgs, activities, ids, 0.4), orders, chosen,
        teamRules(new SplittableRandom(seed ^ 0x7EA4L)), tables, inspections(new SplittableRandom(seed ^ 0x1A5L), tables,
        staffed, teams), v.records());
  }

  /** Assessors' visits to some sites and teams under each table: a mark for some of its sub-items. */
  static List<Inspection> inspections(SplittableRandom r, List<AssessmentTable> tables, List<Site> sites,
      List<Team> teams) {
    List<Inspection> out = new ArrayList<>();
    for (AssessmentTable t : tables) {
      for (int i = r.nextInt(4); i > 0 && !sites.isEmpty(); i--) {
        boolean team = !teams.isEmpty() && r.nextInt(3) == 0;
        String subject = team ? teams.get(r.nextInt(teams.size())).id().value()
            : sites.get(r.nextInt(sites.size())).id().value();
        java.util.Map<String, Mark> marks = new java.util.LinkedHashMap<>();
        for (SubItem sub : t.subItems()) {
          if (marks.isEmpty() || r.nextBoolean()) {
            marks.put(sub.id(), Mark.of(java.math.BigDecimal.valueOf(r.nextLong(0, 4 * sub.points().longValue() + 1), 2)
                .multiply(java.math.BigDecimal.valueOf(25)).min(sub.points()), r.nextBoolean() ? "" : "现场查看台账"));
          }
        }
        out.add(Inspection.of(t.id(), team ? Subject.Kind.TEAM : Subject.Kind.SITE, subject,
            java.time.LocalDate.of(2024, 1 + r.nextInt(12), 1 + r.nextInt(28)),
            r.nextBoolean() ? Optional.empty() : Optional.of("县测评组"), marks));
      }
    }
    return out;
  }

  /** Team rules half the time: any formula, ladder, placements, per-level rules and grid levels. */
  static Optional<TeamRules> teamRules(SplittableRandom r) {
    if (r.nextBoolean()) {
      return Optional.empty();
    }
    int k = r.nextInt(15);
    TeamRules rules = TeamRules.of(TeamFormula.parse(k == 0 ? "1+N" : "1+" + k + "+N"));
    if (r.nextBoolean()) {
      rules = rules.withLadder(r.nextBoolean()
          ? TeamLadder.of(List.of(TeamTier.BRIGADE, TeamTier.BATTALION, TeamTier.BRANCH, TeamTier.SQUAD,
              TeamTier.of("work-group", "工作组", "Work group")), TeamTier.BRANCH)
          : TeamLadder.withoutBranches(List.of(TeamTier.BRIGADE, TeamTier.DETACHMENT, TeamTier.SERVICE_POINT)));
    }
    java.util.EnumSet<TeamPlacement> placements = java.util.EnumSet.noneOf(TeamPlacement.class);
    for (TeamPlacement p : TeamPlacement.values()) {
      if (r.nextBoolean()) {
        placements.add(p);
      }
    }
    if (!placements.isEmpty()) {
      rules = rules.withPlacements(placements);
    }
    if (r.nextBoolean()) {
      rules = rules.withBrigade(new TeamRule(r.nextInt(60), r.nextBoolean() ? Optional.empty()
          : Optional.of(LeaderRole.of("secretary-general", "秘书长", "Secretary-general"))));
    }
    if (r.nextBoolean()) {
      rules = rules.withSquadRule(SiteLevel.STATION, TeamRule.of(r.nextInt(12), LeaderRole.VILLAGE_SECRETARY))
          .withSquadRule(SiteLevel.POINT, new TeamRule(r.nextInt(4), Optional.empty()));
    }
    java.util.EnumSet<SiteLevel> grids = java.util.EnumSet.noneOf(SiteLevel.class);
    for (SiteLevel l : SiteLevel.values()) {
      if (r.nextInt(3) == 0) {
        grids.add(l);
      }
    }
    return Optional.of(rules.withGridsRequiredAt(grids).withTeamRequiredAt(r.nextBoolean() ? grids : Set.of()));
  }
}
