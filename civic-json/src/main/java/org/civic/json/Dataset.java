package org.civic.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civic.activity.Activity;
import org.civic.assessment.AssessmentTable;
import org.civic.assessment.Inspection;
import org.civic.division.Division;
import org.civic.hierarchy.BuildResult;
import org.civic.hierarchy.Hierarchy;
import org.civic.order.ServiceOrder;
import org.civic.site.Site;
import org.civic.team.GridGroup;
import org.civic.team.Organisation;
import org.civic.team.OrganisationRegister;
import org.civic.team.Team;
import org.civic.team.TeamRules;
import org.civic.volunteer.ServiceLog;
import org.civic.volunteer.ServiceRecord;
import org.civic.volunteer.Volunteer;
import org.jspecify.annotations.Nullable;

/**
 * A county's data as one document — 县级数据集 ({@code "format": "civic/1"}): divisions, sites
 * with their facts, teams, volunteer grid groups (志愿网格小组), participating organisations (参与组织),
 * volunteers, activities, service
 * orders, optionally the standard profile the county is checked against and its team rules (队伍组建规则),
 * the assessment tables and the assessors' marks (测评打分),
 * (测评体系) it is rated by, and volunteers' service records (志愿服务记录). Collect records into one
 * with {@link #builder()}, a
 * {@link RecordSink}:
 *
 * <pre>{@code
 * Dataset.Builder data = Dataset.builder();
 * ReadReport report = CivicJson.lenient().readLines(in, "county.jsonl", data);
 * Dataset county = data.build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param divisions the divisions, not null
 * @param sites the practice sites, not null
 * @param teams the volunteer teams, not null
 * @param grids the volunteer grid groups, not null
 * @param organisations the participating organisations (参与组织) of "1+N", not null
 * @param volunteers the registered volunteers, not null
 * @param activities the activities, not null
 * @param orders the service orders, not null
 * @param profile the standard profile, if any, not null
 * @param teamRules the county's team rules (队伍组建规则), if any, not null
 * @param assessmentTables the assessment tables, not null
 * @param inspections the assessors' visits with their marks (测评打分记录), not null
 * @param serviceRecords the service records, not null
 */
public record Dataset(List<Division> divisions, List<Site> sites, List<Team> teams, List<GridGroup> grids,
    List<Organisation> organisations, List<Volunteer> volunteers, List<Activity> activities, List<ServiceOrder> orders,
    Optional<StandardProfile> profile, Optional<TeamRules> teamRules, List<AssessmentTable> assessmentTables,
    List<Inspection> inspections, List<ServiceRecord> serviceRecords) {

  /**
   * Creates a dataset; the lists are copied.
   *
   * @throws NullPointerException if a list, an element or the profile is null
   */
  public Dataset {
    divisions = List.copyOf(divisions);
    sites = List.copyOf(sites);
    teams = List.copyOf(teams);
    grids = List.copyOf(grids);
    organisations = List.copyOf(organisations);
    volunteers = List.copyOf(volunteers);
    activities = List.copyOf(activities);
    orders = List.copyOf(orders);
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(teamRules, "teamRules");
    assessmentTables = List.copyOf(assessmentTables);
    inspections = List.copyOf(inspections);
    serviceRecords = List.copyOf(serviceRecords);
  }

  /**
   * Returns a copy of this dataset with its assessment tables replaced.
   *
   * @param tables the assessment tables, not null
   * @return the copy, not null
   */
  public Dataset withAssessmentTables(List<AssessmentTable> tables) {
    return new Dataset(divisions, sites, teams, grids, organisations, volunteers, activities, orders, profile, teamRules, tables,
        inspections, serviceRecords);
  }

  /** Returns an empty dataset. */
  public static Dataset empty() {
    return new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        Optional.empty(), Optional.empty(), List.of(), List.of(), List.of());
  }

  /**
   * Builds the service log of the volunteers and service records, strictly.
   *
   * @return the log, not null
   * @throws org.civic.problem.ProblemException listing every bad record
   */
  public ServiceLog toServiceLog() {
    return ServiceLog.builder().addVolunteers(volunteers).addRecords(serviceRecords).build();
  }

  /**
   * Builds the register of the participating organisations.
   *
   * @return the register, not null
   * @throws IllegalArgumentException if an organisation id appears twice (a dataset read by
   *     {@link CivicJson} never has that: the reader reports the second as a problem)
   */
  public OrganisationRegister toOrganisationRegister() {
    return OrganisationRegister.of(organisations);
  }

  /**
   * Starts collecting records into a dataset.
   *
   * @return an empty builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds the hierarchy of the divisions and sites, strictly. After a lenient read, use
   * {@link #toHierarchyLenient()}: a record the read kept can still be wrong as part of a hierarchy
   * (a site on a division that was rejected, two centers in a county).
   *
   * @return the hierarchy, not null
   * @throws org.civic.problem.ProblemException listing every bad record
   */
  public Hierarchy toHierarchy() {
    return Hierarchy.builder().addDivisions(divisions).addSites(sites).build();
  }

  /**
   * Builds the hierarchy of the divisions and sites leniently — the end of a lenient read: the
   * hierarchy of every good record, and a problem for each one left out or doubtful, never an
   * exception for bad records.
   *
   * <pre>{@code
   * CivicJson.DatasetResult read = CivicJson.lenient().readDataset(in, "county.json");
   * BuildResult built = read.dataset().toHierarchyLenient();
   * built.hierarchy();   // the good part
   * built.problems();    // what was left out; read.report().errors() has them too, located in the file
   * }</pre>
   *
   * @return the hierarchy of the good records and the problems, not null
   */
  public BuildResult toHierarchyLenient() {
    return Hierarchy.builder().addDivisions(divisions).addSites(sites).buildLenient();
  }

  /**
   * Builds the service log of the volunteers and service records leniently: the log of every good
   * record, and a problem for each one left out.
   *
   * @return the log of the good records and the problems, not null
   */
  public ServiceLog.Lenient toServiceLogLenient() {
    return ServiceLog.builder().addVolunteers(volunteers).addRecords(serviceRecords).buildLenient();
  }

  /**
   * Collects records into a {@link Dataset} — 数据集构建器: a {@link RecordSink} that keeps every
   * record it receives, in the order received, so a reader can fill it as it goes. A later
   * standard profile replaces an earlier one, as a later {@code "standard"} line does in a JSON
   * Lines stream. {@link #build()} returns what has been collected so far and may be called again.
   *
   * <p>Not thread-safe: a reader calls its sink on one thread.
   */
  public static final class Builder implements RecordSink {

    private final List<Division> divisions = new ArrayList<>();
    private final List<Site> sites = new ArrayList<>();
    private final List<Team> teams = new ArrayList<>();
    private final List<GridGroup> grids = new ArrayList<>();
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Volunteer> volunteers = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();
    private final List<ServiceOrder> orders = new ArrayList<>();
    private @Nullable StandardProfile profile;
    private @Nullable TeamRules teamRules;
    private final List<AssessmentTable> assessmentTables = new ArrayList<>();
    private final List<Inspection> inspections = new ArrayList<>();
    private final List<ServiceRecord> serviceRecords = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a division.
     *
     * @throws NullPointerException if the division is null
     */
    @Override
    public void division(Division division) {
      divisions.add(Objects.requireNonNull(division, "division"));
    }

    /**
     * Adds a site.
     *
     * @throws NullPointerException if the site is null
     */
    @Override
    public void site(Site site) {
      sites.add(Objects.requireNonNull(site, "site"));
    }

    /**
     * Adds a team.
     *
     * @throws NullPointerException if the team is null
     */
    @Override
    public void team(Team team) {
      teams.add(Objects.requireNonNull(team, "team"));
    }

    /**
     * Adds a volunteer grid group.
     *
     * @throws NullPointerException if the group is null
     */
    @Override
    public void grid(GridGroup grid) {
      grids.add(Objects.requireNonNull(grid, "grid"));
    }

    /**
     * Adds a participating organisation.
     *
     * @throws NullPointerException if the organisation is null
     */
    @Override
    public void organisation(Organisation organisation) {
      organisations.add(Objects.requireNonNull(organisation, "organisation"));
    }

    /**
     * Adds a volunteer.
     *
     * @throws NullPointerException if the volunteer is null
     */
    @Override
    public void volunteer(Volunteer volunteer) {
      volunteers.add(Objects.requireNonNull(volunteer, "volunteer"));
    }

    /**
     * Adds an activity.
     *
     * @throws NullPointerException if the activity is null
     */
    @Override
    public void activity(Activity activity) {
      activities.add(Objects.requireNonNull(activity, "activity"));
    }

    /**
     * Adds a service order.
     *
     * @throws NullPointerException if the order is null
     */
    @Override
    public void order(ServiceOrder order) {
      orders.add(Objects.requireNonNull(order, "order"));
    }

    /**
     * Sets the team rules, replacing any earlier ones.
     *
     * @throws NullPointerException if the rules are null
     */
    @Override
    public void teamRules(TeamRules rules) {
      this.teamRules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * Sets the standard profile, replacing any earlier one.
     *
     * @throws NullPointerException if the profile is null
     */
    @Override
    public void profile(StandardProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
    }

    /**
     * Adds an assessment table.
     *
     * @throws NullPointerException if the table is null
     */
    @Override
    public void assessmentTable(AssessmentTable table) {
      assessmentTables.add(Objects.requireNonNull(table, "table"));
    }

    /**
     * Adds an assessor's visit.
     *
     * @throws NullPointerException if the inspection is null
     */
    @Override
    public void inspection(Inspection inspection) {
      inspections.add(Objects.requireNonNull(inspection, "inspection"));
    }

    /**
     * Adds a service record.
     *
     * @throws NullPointerException if the record is null
     */
    @Override
    public void serviceRecord(ServiceRecord record) {
      serviceRecords.add(Objects.requireNonNull(record, "record"));
    }

    /**
     * Adds every record of a dataset, after those already collected; its profile, if it has
     * one, replaces any earlier one.
     *
     * @param dataset the dataset, not null
     * @return this builder, not null
     * @throws NullPointerException if the dataset is null
     */
    public Builder addAll(Dataset dataset) {
      Objects.requireNonNull(dataset, "dataset");
      divisions.addAll(dataset.divisions());
      sites.addAll(dataset.sites());
      teams.addAll(dataset.teams());
      grids.addAll(dataset.grids());
      organisations.addAll(dataset.organisations());
      volunteers.addAll(dataset.volunteers());
      activities.addAll(dataset.activities());
      orders.addAll(dataset.orders());
      dataset.profile().ifPresent(p -> profile = p);
      dataset.teamRules().ifPresent(r -> teamRules = r);
      assessmentTables.addAll(dataset.assessmentTables());
      inspections.addAll(dataset.inspections());
      serviceRecords.addAll(dataset.serviceRecords());
      return this;
    }

    /**
     * Returns the dataset of the records collected so far; later records do not change it.
     *
     * @return the dataset, not null
     */
    public Dataset build() {
      return new Dataset(divisions, sites, teams, grids, organisations, volunteers, activities, orders,
          Optional.ofNullable(profile), Optional.ofNullable(teamRules), assessmentTables,
          inspections, serviceRecords);
    }
  }
}
