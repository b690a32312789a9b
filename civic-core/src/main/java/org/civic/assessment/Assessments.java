package org.civic.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.standard.FundingPolicy;

/**
 * The assessments of every site a table rates on and under a division — 测评结果汇总: per site,
 * and rolled up per level (how many sites, their mean total, how many at each star rating), with
 * the funding their stars earn under a {@link FundingPolicy} (the pilot county's
 * {@link FundingPolicy#defaults()}, Shishi's {@link FundingPolicy#shishi()}, or a host's).
 *
 * <pre>{@code
 * ComplianceResults results = standard.check(hierarchy);
 * Assessments all = Assessments.of(table, hierarchy, county,
 *     site -> Evidence.of(results.forSite(site.id())).withMonthsWithActivities(rollup, site.id(), Year.of(2024)));
 * all.count(SiteLevel.STATION, 5);                 // five-star stations
 * all.funding(FundingPolicy.shishi());             // yuan a year
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Assessments {

  private final AssessmentTable table;
  private final Map<SiteId, Assessment> bySite;
  private final Map<SiteId, SiteLevel> levels;

  private Assessments(AssessmentTable table, Map<SiteId, Assessment> bySite, Map<SiteId, SiteLevel> levels) {
    this.table = table;
    this.bySite = bySite;
    this.levels = levels;
  }

  /**
   * Assesses every site of the levels the table rates on and under a division, in hierarchy order
   * (centers, sub-centers, posts, stations, points).
   *
   * @param table the table, not null
   * @param hierarchy the hierarchy, not null
   * @param division a division of it, not null
   * @param evidence gives each site's evidence, not null; must not return null
   * @return the assessments, not null
   * @throws IllegalArgumentException if the division is not in the hierarchy, or the table refuses
   *     a site's evidence (see {@link AssessmentTable#assess})
   */
  public static Assessments of(AssessmentTable table, Hierarchy hierarchy, DivisionCode division,
      Function<? super Site, Evidence> evidence) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(hierarchy, "hierarchy");
    Objects.requireNonNull(division, "division");
    Objects.requireNonNull(evidence, "evidence");
    if (hierarchy.division(division).isEmpty()) {
      throw new IllegalArgumentException("division " + division + " is not in the hierarchy");
    }
    Map<SiteId, Assessment> bySite = new LinkedHashMap<>();
    Map<SiteId, SiteLevel> levels = new LinkedHashMap<>();
    for (SiteLevel level : SiteLevel.values()) {
      if (!table.rates(level)) {
        continue;
      }
      hierarchy.sitesUnder(division, level).forEach(site -> {
        Evidence e = Objects.requireNonNull(evidence.apply(site), () -> "no evidence for site " + site.id());
        bySite.put(site.id(), table.assess(Subject.of(site), e));
        levels.put(site.id(), site.level());
      });
    }
    return new Assessments(table, bySite, levels);
  }

  /** Returns the table. */
  public AssessmentTable table() {
    return table;
  }

  /** Returns every assessment, in hierarchy order. */
  public List<Assessment> all() {
    return List.copyOf(bySite.values());
  }

  /** Returns the assessments of one level, in hierarchy order. */
  public List<Assessment> all(SiteLevel level) {
    Objects.requireNonNull(level, "level");
    List<Assessment> out = new ArrayList<>();
    bySite.forEach((id, a) -> {
      if (levels.get(id) == level) {
        out.add(a);
      }
    });
    return out;
  }

  /** Returns the assessment of a site, if the table rates it. */
  public Optional<Assessment> forSite(SiteId site) {
    return Optional.ofNullable(bySite.get(Objects.requireNonNull(site, "site")));
  }

  /** Returns the star rating of a site: 0 if unrated or not assessed. */
  public int stars(SiteId site) {
    return forSite(site).map(Assessment::stars).orElse(0);
  }

  /** Returns how many sites of a level were assessed. */
  public long count(SiteLevel level) {
    Objects.requireNonNull(level, "level");
    return levels.values().stream().filter(l -> l == level).count();
  }

  /**
   * Returns how many sites of a level earned a star rating.
   *
   * @param level the level, not null
   * @param stars 0 (unrated) to 5
   * @return the count
   * @throws IllegalArgumentException if stars is out of range
   */
  public long count(SiteLevel level, int stars) {
    if (stars < 0 || stars > 5) {
      throw new IllegalArgumentException("stars must be 0 to 5: " + stars);
    }
    return all(level).stream().filter(a -> a.stars() == stars).count();
  }

  /**
   * Returns the mean total of a level's sites, rounded half-up at a scale.
   *
   * @param level the level, not null
   * @param scale digits after the decimal point, 0 or more
   * @return the mean, or empty if no site of the level was assessed
   * @throws IllegalArgumentException if the scale is negative
   */
  public Optional<BigDecimal> mean(SiteLevel level, int scale) {
    if (scale < 0) {
      throw new IllegalArgumentException("scale must not be negative: " + scale);
    }
    List<Assessment> of = all(level);
    if (of.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Assessment a : of) {
      sum = sum.add(a.total());
    }
    return Optional.of(sum.divide(BigDecimal.valueOf(of.size()), scale, RoundingMode.HALF_UP));
  }

  /**
   * Returns the annual funds the assessed sites earn under a policy: each site's base for its level
   * plus the bonus for its stars. Sites the table does not rate are not counted.
   *
   * @param policy the funding policy, not null
   * @return yuan a year
   */
  public long funding(FundingPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    long total = 0;
    for (Map.Entry<SiteId, Assessment> e : bySite.entrySet()) {
      total = Math.addExact(total, policy.annual(levels.get(e.getKey()), e.getValue().stars()));
    }
    return total;
  }

  /**
   * Returns the annual funds the assessed sites of one level earn under a policy.
   *
   * @param policy the funding policy, not null
   * @param level the level, not null
   * @return yuan a year
   */
  public long funding(FundingPolicy policy, SiteLevel level) {
    Objects.requireNonNull(policy, "policy");
    long total = 0;
    for (Assessment a : all(level)) {
      total = Math.addExact(total, policy.annual(level, a.stars()));
    }
    return total;
  }

  @Override
  public String toString() {
    return "Assessments[" + table.id() + ", " + bySite.size() + " sites]";
  }
}
