package org.civic.team;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.civic.site.Site;

/**
 * A register of participating organisations — 参与组织名录: the registered volunteer organisations,
 * social organisations and other social forces of a county or province (the "N" of "1+N"), by id.
 * It counts them per division ({@link #counts}) and finds the teams that name an organisation it
 * does not list ({@link #problems}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * OrganisationRegister register = OrganisationRegister.of(dataset.organisations());
 * register.counts(hierarchy, DivisionCode.parse("411081"), dataset.teams()).socialOrganisations(); // 213
 * rollup.metrics(township, Period.year(2024)).organisations().size();   // distinct participants that year
 * }</pre>
 */
public final class OrganisationRegister {

  private final Map<OrganisationId, Organisation> byId;

  private OrganisationRegister(Map<OrganisationId, Organisation> byId) {
    this.byId = byId;
  }

  /**
   * Makes a register.
   *
   * @param organisations the organisations, each id once, not null
   * @return the register, in the order given, not null
   * @throws IllegalArgumentException if an id appears twice, naming it
   */
  public static OrganisationRegister of(Collection<Organisation> organisations) {
    Objects.requireNonNull(organisations, "organisations");
    Map<OrganisationId, Organisation> map = new LinkedHashMap<>();
    for (Organisation o : organisations) {
      if (map.putIfAbsent(Objects.requireNonNull(o, "organisation").id(), o) != null) {
        throw new IllegalArgumentException("organisation " + o.id() + " appears twice in the register");
      }
    }
    return new OrganisationRegister(java.util.Collections.unmodifiableMap(map));
  }

  /** Returns the organisation with an id, if the register lists it. */
  public Optional<Organisation> get(OrganisationId id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /** Returns the organisations, in the order they were given. */
  public List<Organisation> asList() {
    return List.copyOf(byId.values());
  }

  /** Returns how many organisations the register lists. */
  public int size() {
    return byId.size();
  }

  /**
   * Counts the organisations of a division and everything under it: those registered there, by
   * kind, and the distinct organisations named by teams at its sites (listed or not).
   *
   * @param hierarchy the hierarchy, not null
   * @param division a division of it, not null
   * @param teams teams, not null; teams at sites outside the division (or the hierarchy) are not
   *     counted
   * @return the counts, not null
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public OrganisationCounts counts(Hierarchy hierarchy, DivisionCode division, Collection<Team> teams) {
    Objects.requireNonNull(hierarchy, "hierarchy");
    Objects.requireNonNull(division, "division");
    Objects.requireNonNull(teams, "teams");
    if (hierarchy.division(division).isEmpty()) {
      throw new IllegalArgumentException("division " + division + " is not in the hierarchy");
    }
    Map<OrganisationKind, Long> kinds = new EnumMap<>(OrganisationKind.class);
    for (Organisation o : byId.values()) {
      if (within(division, o.division())) {
        kinds.merge(o.kind(), 1L, Long::sum);
      }
    }
    Set<OrganisationId> inTeams = new HashSet<>();
    for (Team t : teams) {
      Optional<Site> site = hierarchy.site(t.site());
      if (site.isPresent() && within(division, site.get().division())) {
        inTeams.addAll(t.organisations());
      }
    }
    return new OrganisationCounts(kinds.getOrDefault(OrganisationKind.VOLUNTEER_ORGANISATION, 0L),
        kinds.getOrDefault(OrganisationKind.SOCIAL_ORGANISATION, 0L), kinds.getOrDefault(OrganisationKind.OTHER, 0L),
        inTeams.size());
  }

  private static boolean within(DivisionCode division, DivisionCode d) {
    return d.equals(division) || division.isAncestorOf(d);
  }

  /**
   * Finds each team that names an organisation the register does not list: one problem
   * ({@code team.unknown-organisation}) per team and organisation, naming both.
   *
   * @param teams the teams, not null
   * @return the problems, in team order, not null
   */
  public List<Problem> problems(Collection<Team> teams) {
    Objects.requireNonNull(teams, "teams");
    List<Problem> problems = new ArrayList<>();
    for (Team t : teams) {
      for (OrganisationId o : t.organisations()) {
        if (!byId.containsKey(o)) {
          problems.add(Problem.of("team.unknown-organisation", Location.ofSubject(t.id().value()),
              "team " + t.id() + " names organisation " + o + ", which the register does not list")
              .withExpected("an organisation of the register"));
        }
      }
    }
    return problems;
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof OrganisationRegister r && byId.equals(r.byId);
  }

  @Override
  public int hashCode() {
    return byId.hashCode();
  }

  @Override
  public String toString() {
    return "OrganisationRegister[" + byId.size() + " organisations]";
  }
}
