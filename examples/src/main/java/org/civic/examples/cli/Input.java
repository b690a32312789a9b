package org.civic.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.civic.activity.Activity;
import org.civic.activity.ActivityLog;
import org.civic.assessment.AssessmentTable;
import org.civic.assessment.Assessments;
import org.civic.assessment.Inspection;
import org.civic.assessment.Evidence;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionCsv;
import org.civic.hierarchy.BuildResult;
import org.civic.hierarchy.Hierarchy;
import org.civic.json.CivicJson;
import org.civic.json.CivicJsonException;
import org.civic.json.Dataset;
import org.civic.json.ReadReport;
import org.civic.json.RecordSink;
import org.civic.json.StandardProfile;
import org.civic.metric.ActivityRollup;
import org.civic.metric.VolunteerIndex;
import org.civic.order.ServiceOrder;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;
import org.civic.site.Site;
import org.civic.site.SiteLevel;
import org.civic.standard.ComplianceResults;
import org.civic.standard.SixHaves;
import org.civic.standard.Standard;
import org.civic.team.GridGroup;
import org.civic.team.Organisation;
import org.civic.team.Team;
import org.civic.team.TeamFormula;
import org.civic.team.TeamRules;
import org.civic.team.TeamStructure;
import org.civic.team.TeamStructureReport;
import org.civic.volunteer.ServiceLog;
import org.civic.volunteer.ServiceRecord;
import org.civic.volunteer.Volunteer;

/**
 * Everything the command line's files hold — 输入: the records as one dataset, the activities as
 * one {@link ActivityLog} (JSON Lines go straight into its columns, parsed on the parser threads;
 * a dataset document's activities are added to it), and every problem found. The roll-ups index
 * the log, as a national ingest does, never a list of activity objects.
 *
 * <p>Not thread-safe: one per command.
 */
final class Input {

  final Dataset data;
  final ActivityLog activities;
  final List<Problem> problems;
  final List<Problem> warnings;

  private Input(Dataset data, ActivityLog activities, List<Problem> problems, List<Problem> warnings) {
    this.data = data;
    this.activities = activities;
    this.problems = problems;
    this.warnings = warnings;
  }

  /**
   * What to read and how, from the shared options.
   *
   * @param progress whether to print the progress line
   * @param terminal whether standard error is a terminal (the line is rewritten in place)
   * @param everyRecords print the line each time this many more records were read; 0: once a second
   */
  record How(List<Path> files, boolean strict, Charset charset, int threads, boolean progress, boolean terminal,
      long everyRecords, PrintWriter err) {}

  /**
   * Reads the files: civic JSON ({@code .json}), JSON Lines ({@code .jsonl}) and division lists
   * ({@code .csv}, in the charset given), each also gzipped ({@code .gz}).
   */
  static Input read(How how) throws IOException {
    Dataset.Builder data = Dataset.builder();
    ActivityLog.Builder log = ActivityLog.builder();
    long[] records = {0};
    Progress progress = Progress.of(how.progress(), how.terminal(), how.everyRecords(), how.err(),
        () -> records[0] + log.size());
    List<Problem> problems = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    CivicJson json = (how.strict() ? CivicJson.strict() : CivicJson.lenient()).withParserThreads(how.threads());
    RecordSink sink = counting(data, records, progress);
    for (Path file : how.files()) {
      String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
      boolean gz = name.endsWith(".gz");
      String kind = gz ? name.substring(0, name.length() - 3) : name;
      try (InputStream raw = progress.counting(Files.newInputStream(file));
          InputStream stream = gz ? new GZIPInputStream(raw, 1 << 16) : raw) {
        if (kind.endsWith(".csv")) {
          DivisionCsv.Result r = DivisionCsv.read(stream, file.toString(), how.charset(), sink::division);
          problems.addAll(r.problems());
        } else if (kind.endsWith(".jsonl")) {
          ReadReport report = json.readLines(stream, file.toString(), sink, log);
          problems.addAll(report.errors());
          warnings.addAll(report.warnings());
        } else {
          CivicJson.DatasetResult r = json.readDataset(stream, file.toString());
          data.addAll(r.dataset());
          records[0] += r.report().records() - r.dataset().activities().size();   // those count in the log
          problems.addAll(r.report().errors());
          warnings.addAll(r.report().warnings());
        }
      } catch (CivicJsonException e) {
        problems.addAll(e.problems());
      }
    }
    Dataset d = data.build();
    for (Activity a : d.activities()) {
      log.add(a);
    }
    progress.finish();
    return new Input(d, log.build(), problems, warnings);
  }

  /**
   * Hands each record on to the dataset and counts it for the progress line. It overrides every
   * method of {@link RecordSink} (CivicCliTest checks), so no record type is dropped.
   */
  static RecordSink counting(Dataset.Builder data, long[] records, Progress progress) {
    return new RecordSink() {
      private void tick() {
        records[0]++;
        progress.tick();
      }

      @Override
      public void division(Division d) {
        data.division(d);
        tick();
      }

      @Override
      public void site(Site s) {
        data.site(s);
        tick();
      }

      @Override
      public void team(Team t) {
        data.team(t);
        tick();
      }

      @Override
      public void grid(GridGroup g) {
        data.grid(g);
        tick();
      }

      @Override
      public void organisation(Organisation o) {
        data.organisation(o);
        tick();
      }

      @Override
      public void volunteer(Volunteer v) {
        data.volunteer(v);
        tick();
      }

      @Override
      public void activity(Activity a) {
        data.activity(a);
        tick();
      }

      @Override
      public void order(ServiceOrder o) {
        data.order(o);
        tick();
      }

      @Override
      public void profile(StandardProfile p) {
        data.profile(p);
        tick();
      }

      @Override
      public void teamRules(TeamRules r) {
        data.teamRules(r);
        tick();
      }

      @Override
      public void assessmentTable(AssessmentTable t) {
        data.assessmentTable(t);
        tick();
      }

      @Override
      public void inspection(Inspection i) {
        data.inspection(i);
        tick();
      }

      @Override
      public void serviceRecord(ServiceRecord r) {
        data.serviceRecord(r);
        tick();
      }
    };
  }

  /** The hierarchy of the good divisions and sites; each one left out is a problem. */
  Hierarchy hierarchy() {
    BuildResult built = data.toHierarchyLenient();
    problems.addAll(built.problems().stream().filter(p -> !problems.contains(p)).toList());
    return built.hierarchy();
  }

  Standard standard() {
    return data.profile().map(StandardProfile::toStandard).orElseGet(SixHaves::standard);
  }

  /**
   * Assesses the sites under a division against each assessment table of the files: evidence from
   * the checks, given a roll-up the months with activities of a year, and the assessors' marks of
   * the files' inspections (a site without a visit keeps those sub-items awaiting review).
   */
  List<Assessments> assessments(Hierarchy h, DivisionCode top, ComplianceResults results,
      Optional<ActivityRollup> rollup, Year year) {
    // the visits by table and site, looked up once a site, in the files' order (a later mark wins)
    java.util.Map<String, List<Inspection>> visits = new java.util.HashMap<>();
    for (Inspection i : data.inspections()) {
      if (i.kind() == org.civic.assessment.Subject.Kind.SITE) {
        visits.computeIfAbsent(i.table() + " " + i.subject(), k -> new ArrayList<>()).add(i);
      }
    }
    return data.assessmentTables().stream().map(t -> Assessments.of(t, h, top, site -> {
      Evidence e = Evidence.of(results.forSite(site.id()));
      Evidence marked = rollup.map(r -> e.withMonthsWithActivities(r, site.id(), year)).orElse(e);
      for (Inspection i : visits.getOrDefault(t.id() + " " + site.id().value(), List.of())) {
        marked = i.addTo(marked);
      }
      return marked;
    })).toList();
  }

  /**
   * Indexes the activity log and the orders of known sites; each activity or order on an unknown
   * site is a problem and is left out.
   */
  ActivityRollup rollup(Hierarchy h) {
    List<ServiceOrder> knownOrders = new ArrayList<>();
    for (ServiceOrder o : data.orders()) {
      if (h.site(o.site()).isPresent()) {
        knownOrders.add(o);
      } else {
        problems.add(unknownSite("order", o.id(), o.site().value()));
      }
    }
    try {
      return ActivityRollup.of(h, activities, knownOrders, VolunteerIndex.growing());
    } catch (ProblemException e) {
      // Only activities on unknown sites are left: name each, and index the rest.
      problems.addAll(e.problems());
      ActivityLog.Builder known = ActivityLog.builder(activities.size());
      for (int i = 0; i < activities.size(); i++) {
        Activity a = activities.get(i);
        if (h.site(a.site()).isPresent()) {
          known.add(a);
        }
      }
      return ActivityRollup.of(h, known.build(), knownOrders, VolunteerIndex.growing());
    }
  }

  /**
   * The volunteers and their service records as a log; every record of an unknown volunteer or
   * site, every day past 24 approved hours and every volunteer registered twice is a problem.
   */
  ServiceLog serviceLog(Hierarchy h) {
    List<ServiceRecord> known = new ArrayList<>();
    for (int i = 0; i < data.serviceRecords().size(); i++) {
      ServiceRecord r = data.serviceRecords().get(i);
      if (h.site(r.site()).isPresent()) {
        known.add(r);
      } else {
        problems.add(unknownSite("service", "record " + i + " (" + r.volunteer() + " " + r.date() + ")",
            r.site().value()));
      }
    }
    ServiceLog.Lenient built = ServiceLog.builder().addVolunteers(data.volunteers()).addRecords(known).buildLenient();
    problems.addAll(built.problems());
    return built.log();
  }

  private static Problem unknownSite(String kind, String id, String site) {
    return Problem.of(kind + ".unknown-site", Location.ofSubject(id),
        kind + " " + id + " names site " + site + ", which is not among the sites read").withExpected("a known site");
  }

  /**
   * Checks the teams and grid groups of the top center's division against the files' team rules
   * (or the defaults), the formula replaced if one is given, stations needing a grid group if
   * asked; a team naming an organisation the files' register does not list, and a team tree that
   * cannot be built, add their problems. Empty findings when there is no center.
   */
  TeamStructureReport teams(Hierarchy h, Optional<TeamFormula> formula, boolean gridsRequired) {
    TeamRules rules = data.teamRules().orElseGet(() -> TeamRules.of(formula.orElseThrow()));
    if (formula.isPresent()) {
      rules = rules.withFormula(formula.get());
    }
    if (gridsRequired) {
      Set<SiteLevel> levels = java.util.EnumSet.of(SiteLevel.STATION);
      levels.addAll(rules.gridsRequiredAt());
      rules = rules.withGridsRequiredAt(levels);
    }
    if (!data.organisations().isEmpty()) {
      problems.addAll(organisations().problems(data.teams()));
    }
    Optional<Site> center = h.sites().filter(s -> s.level() == SiteLevel.CENTER)
        .min(Comparator.comparingInt(s -> s.division().level().depth()));
    if (center.isEmpty()) {
      problems.add(Problem.of("team.no-center", Location.unknown(),
          "no center among the sites read, so no county to check the teams of").withExpected("a CENTER site"));
      return new TeamStructureReport(List.of());
    }
    try {
      return TeamStructure.check(h, center.get().division(), data.teams(), data.grids(), rules);
    } catch (ProblemException e) {
      problems.addAll(e.problems());
      return new TeamStructureReport(List.of());
    }
  }

  /**
   * The register of the files' participating organisations; an id listed twice is a problem
   * (organisation.duplicate-id), and the first listing is kept.
   */
  org.civic.team.OrganisationRegister organisations() {
    java.util.Map<org.civic.team.OrganisationId, Organisation> first = new java.util.LinkedHashMap<>();
    for (Organisation o : data.organisations()) {
      if (first.putIfAbsent(o.id(), o) != null) {
        problems.add(Problem.of("organisation.duplicate-id", Location.ofSubject(o.id().value()),
            "organisation " + o.id() + " is listed twice; the first listing is kept")
            .withExpected("each organisation listed once"));
      }
    }
    return org.civic.team.OrganisationRegister.of(first.values());
  }

  /** Prints the warnings and problems; returns 1 if there was a problem, else 0. */
  int printProblems(PrintWriter err, Paint paint) {
    warnings.forEach(w -> err.println(paint.warning("warning:") + " " + w));
    problems.forEach(p -> err.println(paint.error("error:") + " " + p));
    if (!problems.isEmpty()) {
      err.printf("%d problem%s found%n", problems.size(), problems.size() == 1 ? "" : "s");
    }
    return problems.isEmpty() ? 0 : 1;
  }
}
