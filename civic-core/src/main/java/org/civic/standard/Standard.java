package org.civic.standard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.civic.hierarchy.Hierarchy;
import org.civic.hierarchy.internal.FactColumns;
import org.civic.hierarchy.internal.HierarchyAccess;
import org.civic.site.Checkable;
import org.civic.site.SiteFacts;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.jspecify.annotations.Nullable;

/**
 * A standard — 标准: a named, versioned list of {@link Requirement}s, such as the built-in six
 * haves ({@link SixHaves#standard()}) or a province's profile of it. A host adds its own
 * requirements with {@link #withRequirement} and drops one with {@link #without}; no
 * subclassing.
 *
 * <pre>{@code
 * Standard henan = SixHaves.profile()
 *     .withVenueArea(SiteLevel.STATION, 20)
 *     .toStandard("河南省六有标准", "2024")
 *     .withRequirement(logo);
 * SiteCompliance one = henan.check(site);                 // passes / violations / incomplete / inapplicable
 * ComplianceResults all = henan.check(hierarchy);         // every site, rolled up on request
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Standard {

  private final String name;
  private final String version;
  private final List<Requirement> requirements;

  private Standard(String name, String version, List<Requirement> requirements) {
    this.name = name;
    this.version = version;
    this.requirements = requirements;
  }

  /**
   * Obtains a standard.
   *
   * @param name the name, such as {@code 六有}, not null or blank
   * @param version the version, such as {@code 2024.1}, not null or blank
   * @param requirements the requirements in order, with distinct ids, not null
   * @return the standard, not null
   * @throws IllegalArgumentException if a name is blank or two requirements share an id
   */
  public static Standard of(String name, String version, List<? extends Requirement> requirements) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(requirements, "requirements");
    if (name.isBlank() || version.isBlank()) {
      throw new IllegalArgumentException("a standard needs a name and a version");
    }
    Set<String> ids = new HashSet<>();
    for (Requirement r : requirements) {
      Requirement.checkId(Objects.requireNonNull(r, "requirement").id());
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("standard " + name + " has requirement " + r.id() + " twice");
      }
    }
    return new Standard(name, version, List.copyOf(requirements));
  }

  /** Returns the name. */
  public String name() {
    return name;
  }

  /** Returns the version. */
  public String version() {
    return version;
  }

  /** Returns the requirements, in order. */
  public List<Requirement> requirements() {
    return requirements;
  }

  /**
   * Returns the requirement with an id.
   *
   * @param id the id, not null
   * @return the requirement, or empty
   */
  public Optional<Requirement> requirement(String id) {
    Objects.requireNonNull(id, "id");
    return requirements.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Returns a copy of this standard with one more requirement at the end.
   *
   * @param requirement the requirement, with an id not yet used, not null
   * @return the copy, not null
   * @throws IllegalArgumentException if the id is already used
   */
  public Standard withRequirement(Requirement requirement) {
    List<Requirement> more = new ArrayList<>(requirements);
    more.add(Objects.requireNonNull(requirement, "requirement"));
    return of(name, version, more);
  }

  /**
   * Returns a copy of this standard without a requirement.
   *
   * @param id the requirement's id, not null
   * @return the copy, or this standard if it has no such requirement
   */
  public Standard without(String id) {
    Objects.requireNonNull(id, "id");
    List<Requirement> fewer = requirements.stream().filter(r -> !r.id().equals(id)).toList();
    return fewer.size() == requirements.size() ? this : new Standard(name, version, fewer);
  }

  /**
   * Returns a copy of this standard with another name and version.
   *
   * @param name the name, not null or blank
   * @param version the version, not null or blank
   * @return the copy, not null
   */
  public Standard named(String name, String version) {
    return of(name, version, requirements);
  }

  /**
   * Checks one site against every requirement.
   *
   * @param site the site (civic's {@code Site} or a host's {@link Checkable}), not null
   * @return the results, in the standard's order, not null
   */
  public SiteCompliance check(Checkable site) {
    Objects.requireNonNull(site, "site");
    Optional<SiteId> id = site.siteId();
    List<CheckResult> results = new ArrayList<>(requirements.size());
    for (Requirement r : requirements) {
      results.add(CheckResult.of(r, id, site.level(), r.evaluate(site)));
    }
    return new SiteCompliance(id, site.level(), results);
  }

  /**
   * Checks every site of a hierarchy. The outcomes are kept compactly (a byte per site and
   * requirement); full results with messages and evidence are made on request.
   *
   * @param hierarchy the hierarchy, not null
   * @return the results, not null
   */
  public ComplianceResults check(Hierarchy hierarchy) {
    Objects.requireNonNull(hierarchy, "hierarchy");
    HierarchyAccess.Accessor access = HierarchyAccess.get();
    int sites = hierarchy.siteCount();
    int n = requirements.size();
    Requirement[] rs = requirements.toArray(new Requirement[0]);
    FactRequirement[] fast = new FactRequirement[n];
    boolean allFast = true;
    for (int r = 0; r < n; r++) {
      fast[r] = rs[r] instanceof FactRequirement f ? f : null;
      allFast &= fast[r] != null;
    }
    FactColumns columns = access.factColumns(hierarchy);
    FactRequirement.ColumnCheck[] byColumn = new FactRequirement.ColumnCheck[n];
    for (int r = 0; r < n; r++) {
      byColumn[r] = fast[r] != null && columns != null ? fast[r].columns(columns) : null;
    }
    byte[] outcomes = new byte[sites * n];
    for (int s = 0, o = 0; s < sites; s++) {
      SiteLevel level = access.siteLevel(hierarchy, s);
      int l = level.ordinal();
      PositionedSite view = allFast ? null : new PositionedSite(access, hierarchy, s);
      SiteFacts facts = null; // made from the columns when a requirement needs them, once per site
      for (int r = 0; r < n; r++) {
        int outcome = byColumn[r] != null ? byColumn[r].outcome(s, l) : -1;
        if (outcome < 0 && fast[r] != null) {
          if (facts == null) {
            facts = view != null ? view.facts() : access.siteFacts(hierarchy, s);
          }
          outcome = fast[r].outcome(level, facts).ordinal();
        } else if (outcome < 0) {
          outcome = rs[r].outcome(view).ordinal();
        }
        outcomes[o++] = (byte) outcome;
      }
    }
    return new ComplianceResults(this, hierarchy, outcomes);
  }

  @Override
  public String toString() {
    return "Standard[" + name + " " + version + ", " + requirements.size() + " requirements]";
  }

  /** A light view of the site at a position of a hierarchy; its id is read only if asked. */
  private static final class PositionedSite implements Checkable {
    private final HierarchyAccess.Accessor access;
    private final Hierarchy hierarchy;
    private final int position;
    private @Nullable SiteFacts facts;

    PositionedSite(HierarchyAccess.Accessor access, Hierarchy hierarchy, int position) {
      this.access = access;
      this.hierarchy = hierarchy;
      this.position = position;
    }

    @Override
    public SiteLevel level() {
      return access.siteLevel(hierarchy, position);
    }

    @Override
    public SiteFacts facts() {
      SiteFacts f = facts;
      if (f == null) {
        f = access.siteFacts(hierarchy, position); // made from the columns: once per site, not per requirement
        facts = f;
      }
      return f;
    }

    @Override
    public Optional<SiteId> siteId() {
      return Optional.of(access.siteId(hierarchy, position));
    }
  }
}
