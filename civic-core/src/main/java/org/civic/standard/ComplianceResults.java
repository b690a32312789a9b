package org.civic.standard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.hierarchy.internal.HierarchyAccess;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.jspecify.annotations.Nullable;

/**
 * The results of a {@link Standard} on every site of a {@link Hierarchy} — 达标检查结果. Holds
 * one outcome per site and requirement (a byte each); full results with messages and evidence
 * are made on request, by evaluating the site again (requirements are deterministic).
 *
 * <p>Roll-ups: {@link #summary(DivisionCode)} counts each outcome per requirement over a
 * division's subtree, optionally for one site level; scores, star ratings and funding follow
 * from the outcomes.
 *
 * <p>Immutable and thread-safe.
 */
public final class ComplianceResults {

  private static final Outcome[] OUTCOMES = Outcome.values();

  private final Standard standard;
  private final Hierarchy hierarchy;
  private final byte[] outcomes;
  private final int width;

  ComplianceResults(Standard standard, Hierarchy hierarchy, byte[] outcomes) {
    this.standard = standard;
    this.hierarchy = hierarchy;
    this.outcomes = outcomes;
    this.width = standard.requirements().size();
  }

  /** Returns the standard checked. */
  public Standard standard() {
    return standard;
  }

  /** Returns the hierarchy checked. */
  public Hierarchy hierarchy() {
    return hierarchy;
  }

  /**
   * Returns the outcome of one requirement on one site.
   *
   * @param site the site's id, not null
   * @param requirementId the requirement's id, not null
   * @return the outcome, not null
   * @throws IllegalArgumentException if the site is not in the hierarchy or the requirement not
   *     in the standard
   */
  public Outcome outcome(SiteId site, String requirementId) {
    int s = position(site);
    int r = requirementIndex(requirementId);
    return OUTCOMES[outcomes[s * width + r]];
  }

  /**
   * Returns the full results of one site, with messages and evidence.
   *
   * @param site the site's id, not null
   * @return the results, not null
   * @throws IllegalArgumentException if the site is not in the hierarchy
   */
  public SiteCompliance forSite(SiteId site) {
    Site s = HierarchyAccess.get().site(hierarchy, position(site));
    return standard.check(s);
  }

  /**
   * Returns every result with an outcome, site by site in hierarchy order, made lazily.
   *
   * @param outcome the outcome, such as {@link Outcome#FAIL} for every violation, not null
   * @return the results, not null
   */
  public Stream<CheckResult> results(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    HierarchyAccess.Accessor access = HierarchyAccess.get();
    List<Requirement> rs = standard.requirements();
    return IntStream.range(0, hierarchy.siteCount()).boxed().flatMap(s -> {
      boolean any = false;
      for (int r = 0; r < width; r++) {
        any |= outcomes[s * width + r] == outcome.ordinal();
      }
      if (!any) {
        return Stream.empty();
      }
      Site site = access.site(hierarchy, s);
      return IntStream.range(0, width)
          .filter(r -> outcomes[s * width + r] == outcome.ordinal())
          .mapToObj(r -> CheckResult.of(rs.get(r), Optional.of(site.id()), site.level(),
              rs.get(r).evaluate(site)));
    });
  }

  /**
   * Counts each outcome per requirement over every site of the hierarchy.
   *
   * @return the summary, not null
   */
  public ComplianceSummary summary() {
    ComplianceSummary all = null;
    for (org.civic.division.Division root : hierarchy.roots()) {
      ComplianceSummary s = summary(root.code());
      all = all == null ? s : all.plus(s);
    }
    return all != null ? all : summarizeNothing();
  }

  private ComplianceSummary summarizeNothing() {
    Map<String, OutcomeCounts> none = new LinkedHashMap<>();
    standard.requirements().forEach(r -> none.put(r.id(), OutcomeCounts.empty()));
    return ComplianceSummary.of(none);
  }

  /**
   * Counts each outcome per requirement over the sites on and under a division.
   *
   * @param division a division of the hierarchy, not null
   * @return the summary, not null
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public ComplianceSummary summary(DivisionCode division) {
    return summarize(division, null);
  }

  /**
   * Counts each outcome per requirement over the sites of one level on and under a division —
   * "how many stations in this township lack a rules document".
   *
   * @param division a division of the hierarchy, not null
   * @param level the site level, not null
   * @return the summary, not null
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public ComplianceSummary summary(DivisionCode division, SiteLevel level) {
    return summarize(division, Objects.requireNonNull(level, "level"));
  }

  private ComplianceSummary summarize(DivisionCode division, @Nullable SiteLevel level) {
    Objects.requireNonNull(division, "division");
    HierarchyAccess.Accessor access = HierarchyAccess.get();
    long range = access.siteRange(hierarchy, division);
    long[][] counts = new long[width][4];
    for (int s = HierarchyAccess.from(range); s < HierarchyAccess.to(range); s++) {
      if (level != null && access.siteLevel(hierarchy, s) != level) {
        continue;
      }
      for (int r = 0; r < width; r++) {
        counts[r][outcomes[s * width + r]]++;
      }
    }
    Map<String, OutcomeCounts> byRequirement = new LinkedHashMap<>();
    for (int r = 0; r < width; r++) {
      byRequirement.put(standard.requirements().get(r).id(), OutcomeCounts.ofArray(counts[r]));
    }
    return ComplianceSummary.of(byRequirement);
  }

  /**
   * Returns a site's score under a scoring.
   *
   * @param site the site's id, not null
   * @param scoring the weights and star thresholds, not null
   * @return the score, not null
   * @throws IllegalArgumentException if the site is not in the hierarchy
   */
  public Score score(SiteId site, Scoring scoring) {
    Objects.requireNonNull(scoring, "scoring");
    int s = position(site);
    long earned = 0;
    long possible = 0;
    for (int r = 0; r < width; r++) {
      Outcome o = OUTCOMES[outcomes[s * width + r]];
      if (o == Outcome.NOT_APPLICABLE) {
        continue;
      }
      int weight = scoring.weight(standard.requirements().get(r).id());
      possible += weight;
      if (o == Outcome.PASS) {
        earned += weight;
      }
    }
    return Score.of(earned, possible);
  }

  /**
   * Returns a site's star rating (0 for unrated, 1–5) under a scoring.
   *
   * @param site the site's id, not null
   * @param scoring the weights and star thresholds, not null
   * @return the stars, 0 to 5
   * @throws IllegalArgumentException if the site is not in the hierarchy
   */
  public int stars(SiteId site, Scoring scoring) {
    return scoring.stars(score(site, scoring));
  }

  /**
   * Returns the annual funding of every site on and under a division, stars from a scoring.
   *
   * @param division a division of the hierarchy, not null
   * @param policy the funding policy, not null
   * @param scoring the scoring that gives each site its stars, not null
   * @return the total in yuan
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public long funding(DivisionCode division, FundingPolicy policy, Scoring scoring) {
    Objects.requireNonNull(scoring, "scoring");
    return policy.total(hierarchy, division, id -> stars(id, scoring));
  }

  private int position(SiteId site) {
    Objects.requireNonNull(site, "site");
    int s = HierarchyAccess.get().sitePosition(hierarchy, site);
    if (s < 0) {
      throw new IllegalArgumentException("site " + site + " is not in the hierarchy");
    }
    return s;
  }

  private int requirementIndex(String id) {
    Objects.requireNonNull(id, "requirementId");
    List<Requirement> rs = standard.requirements();
    for (int r = 0; r < rs.size(); r++) {
      if (rs.get(r).id().equals(id)) {
        return r;
      }
    }
    throw new IllegalArgumentException("standard " + standard.name() + " has no requirement " + id);
  }

  @Override
  public String toString() {
    return "ComplianceResults[" + standard + " on " + hierarchy + "]";
  }
}
