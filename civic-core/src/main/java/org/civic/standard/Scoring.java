package org.civic.standard;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How results become a score and a star rating — 评分与星级. Each requirement has a weight
 * (default 1); a site's score is the weights of the requirements it passed over the weights of
 * those that apply (INCOMPLETE earns nothing; NOT_APPLICABLE is left out). Stars come from
 * thresholds on the score out of 100.
 *
 * <p>Defaults, documented here and chosen by civic (the source reports rate stations but give no
 * formula): every weight 1; one star from 20, two from 40, three from 60, four from 80, five at
 * 100 — so with the six haves a station meeting all six is five-star, five of six four-star; a
 * score under 20 is unrated (0 stars). A province with a scoring table (Bijie's 100 points,
 * Shishi's seven criteria) sets its own weights and thresholds.
 *
 * <p>Immutable and thread-safe.
 */
public final class Scoring {

  private static final List<BigDecimal> DEFAULT_STARS = List.of(
      BigDecimal.valueOf(20), BigDecimal.valueOf(40), BigDecimal.valueOf(60), BigDecimal.valueOf(80),
      BigDecimal.valueOf(100));
  private static final Scoring DEFAULTS = new Scoring(Map.of(), 1, DEFAULT_STARS);

  private final Map<String, Integer> weights;
  private final int defaultWeight;
  private final List<BigDecimal> starThresholds;

  private Scoring(Map<String, Integer> weights, int defaultWeight, List<BigDecimal> starThresholds) {
    this.weights = weights;
    this.defaultWeight = defaultWeight;
    this.starThresholds = starThresholds;
  }

  /** Returns the default scoring: weights 1, stars at 20 / 40 / 60 / 80 / 100. */
  public static Scoring defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy of this scoring with a requirement's weight.
   *
   * @param requirementId the requirement's id, not null
   * @param weight the weight, 0 or more
   * @return the copy, not null
   * @throws IllegalArgumentException if the weight is negative
   */
  public Scoring withWeight(String requirementId, int weight) {
    Requirement.checkId(requirementId);
    if (weight < 0) {
      throw new IllegalArgumentException("weight of " + requirementId + " must not be negative: " + weight);
    }
    Map<String, Integer> copy = new HashMap<>(weights);
    copy.put(requirementId, weight);
    return new Scoring(Map.copyOf(copy), defaultWeight, starThresholds);
  }

  /**
   * Returns a copy of this scoring with the scores (out of 100) at which one to five stars begin.
   *
   * @param oneToFive five thresholds, ascending, each 0 to 100
   * @return the copy, not null
   * @throws IllegalArgumentException if there are not five ascending thresholds in 0–100
   */
  public Scoring withStarThresholds(double... oneToFive) {
    if (oneToFive.length != 5) {
      throw new IllegalArgumentException("five star thresholds are needed, got " + oneToFive.length);
    }
    BigDecimal[] t = new BigDecimal[5];
    for (int i = 0; i < 5; i++) {
      if (!(oneToFive[i] >= 0 && oneToFive[i] <= 100) || (i > 0 && oneToFive[i] < oneToFive[i - 1])) {
        throw new IllegalArgumentException(
            "star thresholds must ascend within 0-100, got " + Arrays.toString(oneToFive));
      }
      t[i] = BigDecimal.valueOf(oneToFive[i]);
    }
    return new Scoring(weights, defaultWeight, List.of(t));
  }

  /** Returns the weight of a requirement. */
  public int weight(String requirementId) {
    Objects.requireNonNull(requirementId, "requirementId");
    return weights.getOrDefault(requirementId, defaultWeight);
  }

  /** Returns the star thresholds, one to five stars. */
  public List<BigDecimal> starThresholds() {
    return starThresholds;
  }

  /**
   * Returns the stars a score earns: 0 (unrated) to 5.
   *
   * @param score the score, not null
   * @return the stars, 0 to 5
   */
  public int stars(Score score) {
    Objects.requireNonNull(score, "score");
    int stars = 0;
    for (BigDecimal t : starThresholds) {
      if (score.reaches(t)) {
        stars++;
      }
    }
    return stars;
  }

  /**
   * Scores one site's results.
   *
   * @param results the site's results, not null
   * @return the score, not null
   */
  public Score score(SiteCompliance results) {
    long earned = 0;
    long possible = 0;
    for (CheckResult r : results.results()) {
      if (r.outcome() == Outcome.NOT_APPLICABLE) {
        continue;
      }
      int w = weight(r.requirementId());
      possible += w;
      if (r.outcome() == Outcome.PASS) {
        earned += w;
      }
    }
    return Score.of(earned, possible);
  }
}
