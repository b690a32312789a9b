package org.civic.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civic.activity.Activity;
import org.civic.division.Division;
import org.civic.hierarchy.Hierarchy;
import org.civic.order.ServiceOrder;
import org.civic.site.Site;
import org.civic.team.Team;
import org.civic.volunteer.Volunteer;

/**
 * A county's data as one document — 县级数据集 ({@code "format": "civic/1"}): divisions, sites
 * with their facts, teams, volunteers, activities, service orders and, optionally, the standard
 * profile the county is checked against.
 *
 * <p>Immutable and thread-safe.
 *
 * @param divisions the divisions, not null
 * @param sites the practice sites, not null
 * @param teams the volunteer teams, not null
 * @param volunteers the registered volunteers, not null
 * @param activities the activities, not null
 * @param orders the service orders, not null
 * @param profile the standard profile, if any, not null
 */
public record Dataset(List<Division> divisions, List<Site> sites, List<Team> teams, List<Volunteer> volunteers,
    List<Activity> activities, List<ServiceOrder> orders, Optional<StandardProfile> profile) {

  /** Creates a dataset; the lists are copied. */
  public Dataset {
    divisions = List.copyOf(divisions);
    sites = List.copyOf(sites);
    teams = List.copyOf(teams);
    volunteers = List.copyOf(volunteers);
    activities = List.copyOf(activities);
    orders = List.copyOf(orders);
    Objects.requireNonNull(profile, "profile");
  }

  /** Returns an empty dataset. */
  public static Dataset empty() {
    return new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty());
  }

  /**
   * Builds the hierarchy of the divisions and sites, strictly.
   *
   * @return the hierarchy, not null
   * @throws org.civic.problem.ProblemException listing every bad record
   */
  public Hierarchy toHierarchy() {
    return Hierarchy.builder().addDivisions(divisions).addSites(sites).build();
  }
}
