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
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.Hierarchy;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.standard.CheckResult;
import org.civic.standard.Evaluation;
import org.civic.standard.FundingPolicy;
import org.civic.standard.Message;
import org.civic.standard.Outcome;

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

  /** The id of the star-participation check's results ({@link #participation}). */
  public static final String STAR_PARTICIPATION = "assessment.star-participation";
  /** Shishi's rule: at least 30% of a town's villages take part in the star rating (创星). */
  public static final int SHISHI_PARTICIPATION_PERCENT = 30;

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

  /**
   * Checks that enough of each township's villages take part in the star rating — Shishi's rule
   * that at least 30% of a town's villages do ({@link #SHISHI_PARTICIPATION_PERCENT}). A village
   * takes part when its station is assessed here and rated one star or more; every village of the
   * township counts in the denominator, with a station or not. One result per township on or under
   * the division that has villages, in hierarchy order, at the township's post if it has one; its
   * evidence names the villages, those taking part and the threshold.
   *
   * @param hierarchy the hierarchy these assessments were made on, not null
   * @param division a division of it (a county, or one township), not null
   * @param minimumPercent the least share of villages, 0 to 100
   * @return the results, not null
   * @throws IllegalArgumentException if the division is not in the hierarchy or the share is not 0 to 100
   */
  public List<CheckResult> participation(Hierarchy hierarchy, DivisionCode division, int minimumPercent) {
    Objects.requireNonNull(hierarchy, "hierarchy");
    Objects.requireNonNull(division, "division");
    if (hierarchy.division(division).isEmpty()) {
      throw new IllegalArgumentException("division " + division + " is not in the hierarchy");
    }
    if (minimumPercent < 0 || minimumPercent > 100) {
      throw new IllegalArgumentException("the share of villages must be 0 to 100 percent, got " + minimumPercent);
    }
    List<CheckResult> results = new ArrayList<>();
    for (Division t : hierarchy.descendants(division, DivisionLevel.TOWNSHIP).toList()) {
      long villages = hierarchy.children(t.code()).stream().filter(d -> d.level() == DivisionLevel.VILLAGE).count();
      if (villages == 0) {
        continue;
      }
      long taking = hierarchy.sitesUnder(t.code(), SiteLevel.STATION)
          .filter(s -> Optional.ofNullable(bySite.get(s.id())).map(a -> a.stars() >= 1).orElse(false))
          .map(s -> s.division()).distinct().count();
      boolean pass = taking * 100 >= (long) minimumPercent * villages;
      String key = STAR_PARTICIPATION + "." + (pass ? "pass" : "fail");
      Evaluation e = Evaluation.of(pass ? Outcome.PASS : Outcome.FAIL,
              Message.civic(key, t.name(), taking, villages, minimumPercent))
          .withEvidence("township", t.code()).withEvidence("villages", villages).withEvidence("taking part", taking)
          .withThreshold("villages rated ≥ 1 star ≥ " + minimumPercent + "%");
      results.add(CheckResult.of(STAR_PARTICIPATION, "participation", hierarchy.siteOf(t.code()).map(Site::id),
          SiteLevel.POST, e));
    }
    return results;
  }

  @Override
  public String toString() {
    return "Assessments[" + table.id() + ", " + bySite.size() + " sites]";
  }
}
