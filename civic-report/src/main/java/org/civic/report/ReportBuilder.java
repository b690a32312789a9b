package org.civic.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.civic.assessment.Assessments;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.Coverage;
import org.civic.hierarchy.CoveragePolicy;
import org.civic.hierarchy.Hierarchy;
import org.civic.metric.ActivityRollup;
import org.civic.metric.MetricSet;
import org.civic.metric.Period;
import org.civic.metric.Ratio;
import org.civic.report.Block.Chart;
import org.civic.report.Block.ChartKind;
import org.civic.report.Block.Paragraph;
import org.civic.report.Block.Series;
import org.civic.report.Block.Table;
import org.civic.report.internal.Labels;
import org.civic.site.Site;
import org.civic.site.SiteLevel;
import org.civic.standard.CheckResult;
import org.civic.standard.ComplianceResults;
import org.civic.standard.ComplianceSummary;
import org.civic.standard.FundingPolicy;
import org.civic.standard.Outcome;
import org.civic.standard.OutcomeCounts;
import org.civic.standard.Scoring;
import org.civic.team.GridCounts;
import org.civic.team.GridGroup;
import org.civic.team.OrganisationRegister;
import org.civic.team.Team;
import org.civic.team.TeamCategory;
import org.civic.team.TeamLadder;
import org.civic.team.TeamNode;
import org.civic.team.TeamStructureReport;
import org.civic.team.TeamTier;
import org.civic.team.TeamTree;
import org.civic.volunteer.ServiceLog;
import org.civic.volunteer.VolunteerStars;
import org.jspecify.annotations.Nullable;

/**
 * Builds a county's {@link Report} — 汇报构建器 — from what civic computed: coverage from the
 * hierarchy; six-haves outcomes, funding from the compliance results; team structure; volunteer
 * grids; participating organisations (1+N); volunteer, activity and four-orders figures from the roll-up; assessment totals and star
 * ratings (测评); the "14534" annual figures; service hours from the service log; and any sections
 * of the host's own. Each part appears when its input was given.
 *
 * <p>Not thread-safe; the report it builds is immutable.
 *
 * <pre>{@code
 * Report report = ReportBuilder.of(hierarchy, DivisionCode.parse("411081"), Period.year(2024))
 *     .compliance(SixHaves.standard().check(hierarchy))
 *     .teams(teams, TeamStructure.check(hierarchy, county, teams, rules))
 *     .activities(rollup).registeredVolunteers(94_066)
 *     .funding(FundingPolicy.defaults(), Scoring.defaults())
 *     .build();
 * String html = HtmlRenderer.render(report, ReportStyle.chinese());
 * }</pre>
 */
public final class ReportBuilder {

  private final Hierarchy hierarchy;
  private final DivisionCode division;
  private final Period period;
  private CoveragePolicy coveragePolicy = CoveragePolicy.all();
  private @Nullable ComplianceResults compliance;
  private @Nullable Collection<Team> teams;
  private @Nullable TeamStructureReport teamReport;
  private @Nullable Collection<GridGroup> grids;
  private @Nullable OrganisationRegister organisations;
  private @Nullable ActivityRollup rollup;
  private long registered = -1;
  private @Nullable FundingPolicy funding;
  private @Nullable Scoring scoring;
  private @Nullable Assessments assessments;
  private @Nullable FundingPolicy assessmentFunding;
  private final List<SectionContributor> contributors = new ArrayList<>();
  private @Nullable ServiceLog serviceLog;
  private @Nullable VolunteerStars stars;

  private ReportBuilder(Hierarchy hierarchy, DivisionCode division, Period period) {
    this.hierarchy = hierarchy;
    this.division = division;
    this.period = period;
  }

  /**
   * Starts a report on a division for a period.
   *
   * @param hierarchy the hierarchy, not null
   * @param division a division of it (a county, or a city without counties), not null
   * @param period the period, not null
   * @return the builder, not null
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public static ReportBuilder of(Hierarchy hierarchy, DivisionCode division, Period period) {
    Objects.requireNonNull(hierarchy, "hierarchy");
    Objects.requireNonNull(division, "division");
    Objects.requireNonNull(period, "period");
    if (!hierarchy.contains(division)) {
      throw new IllegalArgumentException("division " + division + " is not in the hierarchy");
    }
    return new ReportBuilder(hierarchy, division, period);
  }

  /** Sets which divisions count in coverage denominators (default: all). */
  public ReportBuilder coveragePolicy(CoveragePolicy policy) {
    this.coveragePolicy = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /** Adds the six-haves section from compliance results on the same hierarchy. */
  public ReportBuilder compliance(ComplianceResults results) {
    this.compliance = Objects.requireNonNull(results, "results");
    return this;
  }

  /** Adds the team section: the teams and their structure check. */
  public ReportBuilder teams(Collection<Team> teams, TeamStructureReport report) {
    this.teams = List.copyOf(Objects.requireNonNull(teams, "teams"));
    this.teamReport = Objects.requireNonNull(report, "report");
    return this;
  }

  /**
   * Adds the volunteer-grid section (志愿网格): grid groups, those with an information officer
   * (信息员) and the stations with a group, per township and for the whole division. Check the
   * groups with {@code TeamStructure.check(hierarchy, county, teams, grids, rules)} for the
   * deviations, which the team section lists.
   *
   * @param grids the grid groups, not null; groups at sites outside the division are not counted
   * @return this builder
   */
  public ReportBuilder grids(Collection<GridGroup> grids) {
    this.grids = List.copyOf(Objects.requireNonNull(grids, "grids"));
    return this;
  }

  /**
   * Adds the participating-organisations section (参与组织, the "N" of "1+N"): per township and in
   * all, the organisations the register lists by kind, those named by the division's teams (when
   * {@link #teams} was given) and those that took part in its activities in the period (when
   * {@link #activities} was given), the active ones by kind, and any organisation activities named
   * that the register does not list.
   *
   * @param register the organisations, not null
   * @return this builder
   */
  public ReportBuilder organisations(OrganisationRegister register) {
    this.organisations = Objects.requireNonNull(register, "register");
    return this;
  }

  /**
   * Adds the volunteer, activity, four-orders and annual sections.
   *
   * @param rollup the activity and order figures, not null
   * @return this builder
   */
  public ReportBuilder activities(ActivityRollup rollup) {
    this.rollup = Objects.requireNonNull(rollup, "rollup");
    return this;
  }

  /**
   * Adds the number of volunteers registered in the division (注册志愿者人数) — everyone on its
   * register, whether or not they took part in the period — as the first row of the volunteer
   * figures, beside those who took part. Left out, the row is left out.
   *
   * @param registeredVolunteers how many volunteers are registered in the division, 0 or more
   * @return this builder
   * @throws IllegalArgumentException if the number is negative
   */
  public ReportBuilder registeredVolunteers(long registeredVolunteers) {
    if (registeredVolunteers < 0) {
      throw new IllegalArgumentException("registered volunteers must not be negative: " + registeredVolunteers);
    }
    this.registered = registeredVolunteers;
    return this;
  }

  /** Adds the funding section (needs {@link #compliance} for the star ratings). */
  public ReportBuilder funding(FundingPolicy policy, Scoring scoring) {
    this.funding = Objects.requireNonNull(policy, "policy");
    this.scoring = Objects.requireNonNull(scoring, "scoring");
    return this;
  }

  /**
   * Adds the assessment section (测评情况): the table rated by, per level the sites assessed, their
   * mean total and star ratings, the points lost per item, and the lowest totals with the reasons.
   *
   * @param assessments the assessments of the sites on and under the division, not null
   * @return this builder
   */
  public ReportBuilder assessment(Assessments assessments) {
    this.assessments = Objects.requireNonNull(assessments, "assessments");
    this.assessmentFunding = null;
    return this;
  }

  /**
   * Adds the assessment section with the funds the star ratings earn under a policy, such as
   * Shishi's ({@link FundingPolicy#shishi()}).
   *
   * @param assessments the assessments of the sites on and under the division, not null
   * @param funding the funding policy the stars are funded by, not null
   * @return this builder
   */
  public ReportBuilder assessment(Assessments assessments, FundingPolicy funding) {
    this.assessments = Objects.requireNonNull(assessments, "assessments");
    this.assessmentFunding = Objects.requireNonNull(funding, "funding");
    return this;
  }

  /**
   * Adds the service-hours section (志愿服务时长): the review of the period's service records on
   * and under the division (pending, approved, rejected; hours recorded and approved), the star
   * volunteers of the register under the given thresholds, and the top ten volunteers by approved
   * hours. Only approved time counts. The full lists are in {@link HoursExport}.
   *
   * @param log the volunteers and their service records, not null
   * @param stars the star thresholds, such as {@link VolunteerStars#national()} or a county's own, not null
   * @return this builder
   */
  public ReportBuilder serviceHours(ServiceLog log, VolunteerStars stars) {
    this.serviceLog = Objects.requireNonNull(log, "log");
    this.stars = Objects.requireNonNull(stars, "stars");
    return this;
  }

  /**
   * Adds a host's own section after civic's: the contributor builds it when the report is built.
   *
   * @param contributor builds the section from the report's context, not null
   * @return this builder
   */
  public ReportBuilder section(SectionContributor contributor) {
    contributors.add(Objects.requireNonNull(contributor, "contributor"));
    return this;
  }

  /**
   * Builds the report.
   *
   * @return the report, not null
   * @throws IllegalStateException if funding was asked for without compliance results
   */
  public Report build() {
    if (funding != null && compliance == null) {
      throw new IllegalStateException("the funding section needs compliance results for the star ratings");
    }
    Division d = hierarchy.division(division).orElseThrow();
    List<Section> sections = new ArrayList<>();
    sections.add(coverage(d));
    if (compliance != null) {
      sections.add(compliance());
    }
    if (teams != null && teamReport != null) {
      sections.add(teams());
    }
    if (grids != null) {
      sections.add(grids());
    }
    if (organisations != null) {
      sections.add(OrganisationSection.build(hierarchy, division, period, organisations,
          teams == null ? List.of() : teams, Optional.ofNullable(rollup)));
    }
    if (rollup != null) {
      sections.add(VolunteerSection.build(rollup, division, period, registered, organisations != null));
      sections.add(orders());
    }
    if (funding != null) {
      sections.add(funding());
    }
    if (assessments != null) {
      sections.add(AssessmentSection.build(assessments, assessmentFunding));
    }
    if (rollup != null) {
      sections.add(annual());
    }
    if (serviceLog != null && stars != null) {
      sections.add(ServiceHoursSection.build(hierarchy, division, period, serviceLog, stars));
    }
    ReportContext context = new ReportContext(hierarchy, division, period, Optional.ofNullable(compliance),
        Optional.ofNullable(rollup));
    for (SectionContributor s : contributors) {
      sections.add(Objects.requireNonNull(s.build(context), "a section contributor returned no section"));
    }
    return new Report(Labels.text("report.title", d.name(), period.toString()), division, period, sections);
  }

  private Section coverage(Division d) {
    Map<DivisionLevel, Coverage> byLevel = hierarchy.coverageByLevel(division, coveragePolicy);
    List<List<Cell>> rows = new ArrayList<>();
    for (DivisionLevel level : DivisionLevel.values()) {
      Coverage c = byLevel.get(level);
      if (level.depth() < d.level().depth() || c.isEmpty() || !Labels.has("level." + level)) {
        continue;
      }
      rows.add(List.of(Cell.text(Labels.text("level." + level)), Cell.count(c.total(), Unit.ITEMS),
          Cell.count(c.built(), Unit.ITEMS), Cell.rate(Ratio.of(c.built(), c.total()))));
    }
    Table levels = new Table("coverage-by-level", Labels.text("coverage.levels"), List.of(Labels.text("coverage.level"),
        Labels.text("coverage.total"), Labels.text("coverage.built"), Labels.text("coverage.rate")), rows);
    List<List<Cell>> towns = new ArrayList<>();
    List<Text> names = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    for (Division t : hierarchy.children(division)) {
      if (t.level() != DivisionLevel.TOWNSHIP) {
        continue;
      }
      Coverage c = hierarchy.coverage(t.code(), DivisionLevel.VILLAGE, coveragePolicy);
      boolean post = hierarchy.siteOf(t.code()).isPresent();
      towns.add(List.of(Cell.text(t.name()), Cell.text(post ? Text.of("✓", "✓") : Text.of("—", "—")),
          Cell.count(c.total(), Unit.ITEMS), Cell.count(c.built(), Unit.ITEMS), Cell.rate(Ratio.of(c.built(), c.total()))));
      names.add(Text.same(t.name()));
      rates.add(c.isEmpty() ? 0.0 : 100.0 * c.built() / c.total());
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(levels);
    if (!towns.isEmpty()) {
      blocks.add(new Table("coverage-by-township", Labels.text("coverage.by-township"), List.of(
          Labels.text("coverage.township"), Labels.text("coverage.post"), Labels.text("coverage.total"),
          Labels.text("coverage.built"), Labels.text("coverage.rate")), towns));
      blocks.add(new Chart("coverage-chart", Labels.text("coverage.chart"), ChartKind.BARS, names,
          List.of(new Series(Labels.text("coverage.rate"), rates)), true));
    }
    return new Section("coverage", Labels.text("coverage.title"), blocks);
  }

  private static Text requirementName(String id) {
    return Labels.has("req." + id) ? Labels.text("req." + id) : Text.same(id);
  }

  private Section compliance() {
    ComplianceSummary summary = compliance.summary(division);
    List<List<Cell>> rows = new ArrayList<>();
    List<Text> names = new ArrayList<>();
    Map<Outcome, List<Double>> values = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      values.put(o, new ArrayList<>());
    }
    List<String[]> worst = new ArrayList<>();
    long[] incomplete = {0};
    long[] outcomes = {0};
    summary.byRequirement().forEach((id, c) -> {
      incomplete[0] += c.count(Outcome.INCOMPLETE);
      for (Outcome o : Outcome.values()) {
        outcomes[0] += c.count(o);
      }
      rows.add(List.of(Cell.text(requirementName(id)), Cell.count(c.count(Outcome.PASS), Unit.ITEMS),
          Cell.count(c.count(Outcome.FAIL), Unit.ITEMS), Cell.count(c.count(Outcome.INCOMPLETE), Unit.ITEMS),
          Cell.count(c.count(Outcome.NOT_APPLICABLE), Unit.ITEMS),
          Cell.rate(Ratio.of(c.count(Outcome.PASS), c.applicable()))));
      names.add(requirementName(id));
      for (Outcome o : Outcome.values()) {
        values.get(o).add((double) c.count(o));
      }
      if (c.count(Outcome.FAIL) > 0) {
        worst.add(new String[] {id, Long.toString(c.count(Outcome.FAIL))});
      }
    });
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Table("six-haves", Labels.text("compliance.table"), List.of(Labels.text("compliance.requirement"),
        Labels.text("compliance.pass"), Labels.text("compliance.fail"), Labels.text("compliance.incomplete"),
        Labels.text("compliance.not-applicable"), Labels.text("compliance.rate")), rows));
    List<Series> series = new ArrayList<>();
    for (Outcome o : Outcome.values()) {
      series.add(new Series(Labels.text("compliance." + o.key()), values.get(o)));
    }
    blocks.add(new Chart("six-haves-chart", Labels.text("compliance.chart"), ChartKind.STACKED_BARS, names, series,
        false));
    worst.sort((a, b) -> Long.compare(Long.parseLong(b[1]), Long.parseLong(a[1])));
    if (worst.isEmpty()) {
      // "all meet the standard" only when they do: none falls short, and none lacks the facts to tell
      blocks.add(new Paragraph(outcomes[0] == 0 ? Labels.text("compliance.no-site")
          : incomplete[0] > 0 ? Labels.text("compliance.none-but-incomplete", incomplete[0])
          : Labels.text("compliance.none")));
    } else {
      List<List<Cell>> top = new ArrayList<>();
      for (String[] w : worst.subList(0, Math.min(3, worst.size()))) {
        top.add(List.of(Cell.text(requirementName(w[0])), Cell.count(Long.parseLong(w[1]), Unit.ITEMS)));
      }
      blocks.add(new Table("worst", Labels.text("compliance.worst"),
          List.of(Labels.text("compliance.requirement"), Labels.text("compliance.fail")), top));
    }
    return new Section("six-haves", Labels.text("compliance.title"), blocks);
  }

  private Section teams() {
    TeamTree tree = teamReport.tree().size() > 0 ? teamReport.tree() : TeamTree.of(teams);
    TeamLadder ladder = tree.ladder();
    List<List<Cell>> rows = new ArrayList<>();
    for (TeamNode root : tree.roots()) {
      rows.add(List.of(Cell.text(root.team().name()), Cell.text(tier(root.team().tier())),
          Cell.count(root.totalMembers(), Unit.PEOPLE)));
      // The "K": the branch tier's teams at the center, each on its own row with its subtree.
      Map<TeamTier, long[]> local = new LinkedHashMap<>();
      ladder.tiers().forEach(t -> local.put(t, new long[2]));
      for (TeamNode child : root.children()) {
        boolean branch = ladder.branchTier().map(child.team().tier()::equals).orElse(false)
            && hierarchy.site(child.team().site()).map(s -> s.level() == SiteLevel.CENTER).orElse(false);
        if (branch) {
          rows.add(List.of(Cell.text("　" + child.team().name()), Cell.text(tier(child.team().tier())),
              Cell.count(child.totalMembers(), Unit.PEOPLE)));
        } else {
          countLocal(child, local);
        }
      }
      // The "N", at any depth: how many teams of each tier, and their own members.
      local.forEach((t, n) -> {
        if (n[0] > 0) {
          String key = "teams.count." + t.id();
          Text label = Labels.has(key) ? Labels.text(key, n[0]) : Labels.text("teams.count", n[0], t.chinese(), t.english());
          rows.add(List.of(Cell.text(label), Cell.text(tier(t)), Cell.count(n[1], Unit.PEOPLE)));
        }
      });
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Table("team-structure", Labels.text("teams.table"),
        List.of(Labels.text("teams.team"), Labels.text("teams.tier"), Labels.text("teams.members")), rows));
    List<CheckResult> deviations = teamReport.violations();
    if (deviations.isEmpty()) {
      blocks.add(new Paragraph(Labels.text("teams.conforms")));
    } else {
      List<List<Cell>> dev = new ArrayList<>();
      for (CheckResult r : deviations) {
        dev.add(List.of(Cell.text(Text.of(r.message(java.util.Locale.CHINA), r.message(java.util.Locale.ENGLISH)))));
      }
      blocks.add(new Table("team-deviations", Labels.text("teams.deviations"), List.of(Labels.text("teams.finding")),
          dev));
    }
    return new Section("teams", Labels.text("teams.title"), blocks);
  }

  private static void countLocal(TeamNode node, Map<TeamTier, long[]> local) {
    long[] n = local.computeIfAbsent(node.team().tier(), t -> new long[2]);
    n[0]++;
    n[1] += node.team().members();
    node.children().forEach(c -> countLocal(c, local));
  }

  private static Text tier(TeamTier tier) {
    return Text.of(tier.chinese(), tier.english());
  }

  private Section grids() {
    List<List<Cell>> rows = new ArrayList<>();
    for (Division child : hierarchy.children(division)) {
      GridCounts c = GridCounts.of(hierarchy, child.code(), grids);
      if (c.groups() > 0 || c.stations() > 0) {
        rows.add(gridRow(Text.of(child.name(), child.name()), c));
      }
    }
    GridCounts all = GridCounts.of(hierarchy, division, grids);
    rows.add(gridRow(Labels.text("grids.total"), all));
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(Labels.text("grids.summary", all.groups(), all.withOfficer(), all.stationsWithGroups(),
        all.stations())));
    blocks.add(new Table("grids", Labels.text("grids.table"), List.of(Labels.text("grids.division"),
        Labels.text("grids.groups"), Labels.text("grids.officers"), Labels.text("grids.stations-with"),
        Labels.text("grids.stations"), Labels.text("grids.rate")), rows));
    return new Section("grids", Labels.text("grids.title"), blocks);
  }

  private static List<Cell> gridRow(Text name, GridCounts c) {
    return List.of(Cell.text(name), Cell.count(c.groups(), Unit.ITEMS), Cell.count(c.withOfficer(), Unit.ITEMS),
        Cell.count(c.stationsWithGroups(), Unit.ITEMS), Cell.count(c.stations(), Unit.ITEMS),
        Cell.rate(Ratio.of(c.stationsWithGroups(), c.stations())));
  }

  /** A figure's row: its label and its value (for this builder's sections and theirs). */
  static List<Cell> figure(String key, Cell value) {
    return List.of(Cell.text(Labels.text(key)), value);
  }

  private Section orders() {
    MetricSet m = rollup.metrics(division, period);
    List<List<Cell>> rows = List.of(
        figure("orders.placed", Cell.count(m.ordersPlaced(), Unit.NONE)),
        figure("orders.matched", Cell.count(m.ordersMatched(), Unit.NONE)),
        figure("orders.delivered", Cell.count(m.ordersDelivered(), Unit.NONE)),
        figure("orders.rated", Cell.count(m.ordersRated(), Unit.NONE)),
        figure("orders.match-rate", Cell.rate(m.matchRate())),
        figure("orders.delivery-rate", Cell.rate(m.deliveryRate())),
        figure("orders.mean-rating", Cell.text(m.rating().isEmpty() ? "—" : m.rating().format(2))));
    return new Section("orders", Labels.text("orders.title"), List.of(new Table("orders", Labels.text("orders.table"),
        List.of(Labels.text("volunteers.figure"), Labels.text("volunteers.value")), rows)));
  }

  private Section funding() {
    Map<SiteLevel, long[]> byLevel = new EnumMap<>(SiteLevel.class);
    hierarchy.sitesUnder(division, SiteLevel.CENTER).forEach(s -> add(byLevel, s));
    for (SiteLevel level : SiteLevel.values()) {
      if (level != SiteLevel.CENTER) {
        hierarchy.sitesUnder(division, level).forEach(s -> add(byLevel, s));
      }
    }
    List<List<Cell>> rows = new ArrayList<>();
    long total = 0;
    long sites = 0;
    for (Map.Entry<SiteLevel, long[]> e : byLevel.entrySet()) {
      rows.add(List.of(Cell.text(Labels.text("site." + e.getKey())), Cell.count(e.getValue()[0], Unit.ITEMS),
          Cell.yuan(e.getValue()[1])));
      total += e.getValue()[1];
      sites += e.getValue()[0];
    }
    rows.add(List.of(Cell.text(Labels.text("funding.total")), Cell.count(sites, Unit.ITEMS), Cell.yuan(total)));
    return new Section("funding", Labels.text("funding.title"), List.of(new Table("funding", Labels.text("funding.table"),
        List.of(Labels.text("funding.level"), Labels.text("funding.sites"), Labels.text("funding.amount")), rows)));
  }

  private void add(Map<SiteLevel, long[]> byLevel, Site s) {
    int stars = compliance.stars(s.id(), scoring);
    long[] cell = byLevel.computeIfAbsent(s.level(), k -> new long[2]);
    cell[0]++;
    cell[1] += funding.annual(s.level(), stars);
  }

  private Section annual() {
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(task("annual.theory", sum(TeamCategory.THEORY, TeamCategory.THEORY_POLICY)));
    long sites = hierarchy.sitesUnder(division, SiteLevel.CENTER).count() + hierarchy.sitesUnder(division, SiteLevel.SUB_CENTER).count()
        + hierarchy.sitesUnder(division, SiteLevel.POST).count() + hierarchy.sitesUnder(division, SiteLevel.STATION).count()
        + hierarchy.sitesUnder(division, SiteLevel.POINT).count();
    rows.add(List.of(Cell.text(Labels.text("annual.venues")), Cell.text(Labels.text("annual.venues-note", sites)),
        Cell.text("—"), Cell.text("—")));
    rows.add(task("annual.volunteer", rollup.metrics(division, period)));
    rows.add(task("annual.culture", sum(TeamCategory.CULTURE, TeamCategory.ARTS_SERVICE, TeamCategory.SPORTS)));
    rows.add(task("annual.governance", sum(TeamCategory.NEIGHBOURHOOD)));
    return new Section("annual-14534", Labels.text("annual.title"), List.of(new Table("annual-tasks",
        Labels.text("annual.table"), List.of(Labels.text("annual.task"), Labels.text("annual.activities"),
            Labels.text("annual.sessions"), Labels.text("annual.people")), rows)));
  }

  private MetricSet sum(TeamCategory... categories) {
    MetricSet m = MetricSet.empty();
    for (TeamCategory c : categories) {
      m = m.plus(rollup.metrics(division, period, c));
    }
    return m;
  }

  private static List<Cell> task(String key, MetricSet m) {
    return List.of(Cell.text(Labels.text(key)), Cell.count(m.activities(), Unit.EVENTS),
        Cell.count(m.sessions(), Unit.NONE), Cell.count(m.beneficiaries(), Unit.PERSON_TIMES));
  }
}
