package org.civic.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.Locale;
import org.civic.assessment.AssessmentTable;
import org.civic.assessment.Assessments;
import org.civic.assessment.Evidence;
import org.civic.assessment.Inspection;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.Coverage;
import org.civic.hierarchy.Hierarchy;
import org.civic.json.CivicJson;
import org.civic.json.Dataset;
import org.civic.metric.ActivityRollup;
import org.civic.metric.MetricSet;
import org.civic.metric.Period;
import org.civic.metric.VolunteerIndex;
import org.civic.report.HtmlRenderer;
import org.civic.report.MarkdownRenderer;
import org.civic.report.Report;
import org.civic.report.ReportBuilder;
import org.civic.report.ReportStyle;
import org.civic.site.Site;
import org.civic.site.SiteLevel;
import org.civic.standard.CheckResult;
import org.civic.standard.ComplianceResults;
import org.civic.standard.ComplianceSummary;
import org.civic.standard.FundingPolicy;
import org.civic.standard.Outcome;
import org.civic.standard.Scoring;
import org.civic.standard.SixHaves;
import org.civic.team.GridCounts;
import org.civic.team.OrganisationCounts;
import org.civic.team.OrganisationRegister;
import org.civic.standard.StaffingRequirement;
import org.civic.team.TeamFormula;
import org.civic.team.TeamRules;
import org.civic.team.TeamStructure;
import org.civic.team.TeamStructureReport;
import org.civic.volunteer.Volunteer;

/**
 * The README's first command: Yuzhou (禹州市) end to end — load the bundled civic JSON (made by
 * {@link YuzhouSample}), six-haves check, staffing (编制) check, team-structure and volunteer-grid
 * check, the participating organisations (1+N), aggregate, assess every post and station against the dataset's assessment table (测评) —
 * then a short summary on the console and the full report (Markdown and HTML, Chinese and English) under
 * {@code target/civic-report/}.
 */
public final class YuzhouReport {

  private YuzhouReport() {}

  /**
   * Runs the example.
   *
   * @param args optionally the output folder (default {@code target/civic-report})
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = Path.of(args.length > 0 ? args[0] : "target/civic-report");
    // Load the bundled civic JSON: the county dataset, and the volunteer register as JSON Lines.
    Dataset yz;
    try (InputStream in = YuzhouReport.class.getResourceAsStream("yuzhou-2024.json")) {
      yz = CivicJson.strict().readDataset(in, "yuzhou-2024.json").dataset();
    }
    Dataset.Builder volunteers = Dataset.builder();
    try (InputStream in = new GZIPInputStream(YuzhouReport.class.getResourceAsStream("yuzhou-2024-volunteers.jsonl.gz"))) {
      CivicJson.strict().readLines(in, "yuzhou-2024-volunteers.jsonl", volunteers);
    }
    List<Volunteer> register = volunteers.build().volunteers();

    Hierarchy h = yz.toHierarchy();
    ComplianceResults compliance = SixHaves.standard().check(h);
    TeamStructureReport teams = TeamStructure.check(h, YuzhouSample.YUZHOU, yz.teams(), yz.grids(),
        TeamRules.of(TeamFormula.parse("1+12+N")));
    ActivityRollup rollup = ActivityRollup.of(h, yz.activities(), yz.orders(),
        VolunteerIndex.of(register.stream().map(Volunteer::id).toList()));
    Period year = Period.year(2024);

    out.println("civic — 禹州市 (411081), 2024");
    Coverage towns = h.coverage(YuzhouSample.YUZHOU, DivisionLevel.TOWNSHIP);
    Coverage villages = h.coverage(YuzhouSample.YUZHOU, DivisionLevel.VILLAGE);
    out.printf("  coverage  townships %d, posts %d: %s | villages %d, stations %d: %s%n",
        towns.total(), towns.built(), towns.format(1), villages.total(), villages.built(), villages.format(2));
    ComplianceSummary summary = compliance.summary(YuzhouSample.YUZHOU);
    out.print("  six haves (pass rate over sites checked):");
    summary.byRequirement().forEach((id, c) -> out.printf(" %s %s", id.substring(id.indexOf('.') + 1),
        c.applicable() == 0 ? "—" : c.percent(Outcome.PASS, 1) + "%"));
    out.println();
    out.println("  worst problems:");
    compliance.results(Outcome.FAIL).limit(3).forEach(r -> out.println("    " + r.siteId().orElseThrow() + ": "
        + r.message(Locale.CHINA)));
    List<CheckResult> deviations = teams.violations();
    out.printf("  teams (1+12+N): %d deviations%s%n", deviations.size(),
        deviations.isEmpty() ? "" : ", e.g. " + deviations.get(0).message(Locale.CHINA));
    OrganisationRegister organisations = yz.toOrganisationRegister();
    OrganisationCounts listed = organisations.counts(h, YuzhouSample.YUZHOU, yz.teams());
    GridCounts grids = GridCounts.of(h, YuzhouSample.YUZHOU, yz.grids());
    out.printf("  volunteer grids: %d groups at %d stations, %d without an information officer%n", grids.groups(),
        grids.stationsWithGroups(), grids.withoutOfficer());
    MetricSet m = rollup.metrics(YuzhouSample.YUZHOU, year);
    out.printf("  volunteers: %,d registered, %,d took part, %,d person-times; %,d activities, %,d served%n",
        register.size(), m.volunteers().count(), m.personTimes(), m.activities(), m.beneficiaries());
    out.printf("  organisations (1+N): %d social organisations registered, %d in teams, %d took part in activities%n",
        listed.socialOrganisations(), listed.inTeams(), m.organisations().size());
    out.printf("  four orders: %,d placed, %,d delivered (%s), mean rating %s%n", m.ordersPlaced(), m.ordersDelivered(),
        m.deliveryRate().format(1), m.rating().value(2));

    // Staffing (编制): the center's approved posts against the proposal's 6–8, and the posts' 2–3.
    StaffingRequirement staffing = StaffingRequirement.defaults().withLeadership(SiteLevel.CENTER, 0, 0);
    Site center = h.sitesUnder(YuzhouSample.YUZHOU, SiteLevel.CENTER).findFirst().orElseThrow();
    long postsStaffed = h.sitesUnder(YuzhouSample.YUZHOU, SiteLevel.POST)
        .filter(s -> staffing.outcome(s) == Outcome.PASS).count();
    out.printf("  staffing: %s | posts with 2-3 approved staff or more: %d of %d%n",
        staffing.evaluate(center).message().text(Locale.CHINA), postsStaffed, towns.built());

    // Assessment (测评): the dataset's table; evidence from the checks, the activities and an inspection.
    AssessmentTable table = yz.assessmentTables().get(0);
    Year y2024 = Year.of(2024);
    // The assessors' marks come with the dataset (inspection records), one visit per site.
    Map<String, Inspection> visits = new HashMap<>();
    yz.inspections().stream().filter(i -> i.table().equals(table.id())).forEach(i -> visits.put(i.subject(), i));
    Assessments assessments = Assessments.of(table, h, YuzhouSample.YUZHOU, site -> {
      Evidence e = Evidence.of(compliance.forSite(site.id())).withMonthsWithActivities(rollup, site.id(), y2024);
      Inspection visit = visits.get(site.id().value());
      return visit == null ? e : visit.addTo(e);
    });
    out.printf("  assessment (%s, %s points + %s bonus): posts mean %s, stations mean %s; 5-star stations %d,"
            + " unrated %d%n", table.id(), table.maxPoints(), table.maxBonus(),
        assessments.mean(SiteLevel.POST, 1).orElseThrow(), assessments.mean(SiteLevel.STATION, 1).orElseThrow(),
        assessments.count(SiteLevel.STATION, 5), assessments.count(SiteLevel.STATION, 0));

    Report report = ReportBuilder.of(h, YuzhouSample.YUZHOU, year)
        .compliance(compliance)
        .teams(yz.teams(), teams)
        .grids(yz.grids())
        .organisations(organisations)
        .activities(rollup).registeredVolunteers(register.size())
        .funding(FundingPolicy.defaults(), Scoring.defaults())
        .assessment(assessments, FundingPolicy.defaults())
        .build();
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("yuzhou-2024.zh.md"), MarkdownRenderer.render(report, ReportStyle.chinese()));
    Files.writeString(dir.resolve("yuzhou-2024.zh.html"), HtmlRenderer.render(report, ReportStyle.chinese()));
    Files.writeString(dir.resolve("yuzhou-2024.en.md"), MarkdownRenderer.render(report, ReportStyle.english()));
    Files.writeString(dir.resolve("yuzhou-2024.en.html"), HtmlRenderer.render(report, ReportStyle.english()));
    out.println("  report: " + dir.resolve("yuzhou-2024.zh.html").toAbsolutePath());
  }
}
