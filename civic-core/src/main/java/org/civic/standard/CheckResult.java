package org.civic.standard;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.jspecify.annotations.Nullable;

/**
 * The result of one requirement on one site — 检查结果: the requirement's id, the site, the
 * outcome, the evidence used, the threshold applied, and a message in the caller's language.
 * Six-haves checks, team-structure checks and a host's own requirements all answer with this
 * type, so reports render every finding with one piece of code.
 *
 * <p>Immutable and thread-safe.
 */
public final class CheckResult {

  private final String requirementId;
  private final String property;
  private final @Nullable SiteId siteId;
  private final SiteLevel level;
  private final Evaluation evaluation;

  private CheckResult(String requirementId, String property, @Nullable SiteId siteId, SiteLevel level,
      Evaluation evaluation) {
    this.requirementId = requirementId;
    this.property = property;
    this.siteId = siteId;
    this.level = level;
    this.evaluation = evaluation;
  }

  /**
   * Obtains a result.
   *
   * @param requirement the requirement that was checked, not null
   * @param siteId the site's id, empty for a site without one, not null
   * @param level the site's level, not null
   * @param evaluation what the requirement said, not null
   * @return the result, not null
   */
  public static CheckResult of(Requirement requirement, Optional<SiteId> siteId, SiteLevel level,
      Evaluation evaluation) {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(siteId, "siteId");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(evaluation, "evaluation");
    return new CheckResult(requirement.id(), requirement.property(), siteId.orElse(null), level, evaluation);
  }

  /**
   * Obtains a result of a check that is not a per-site {@link Requirement} — a structure check
   * over many records, such as the team-structure checks.
   *
   * @param requirementId the stable kebab-case id of the rule, not null
   * @param property the property the finding points at, not null
   * @param siteId the site concerned, if any, not null
   * @param level the level of the site concerned, not null
   * @param evaluation the finding, not null
   * @return the result, not null
   * @throws IllegalArgumentException if the id is not kebab-case
   */
  public static CheckResult of(String requirementId, String property, Optional<SiteId> siteId, SiteLevel level,
      Evaluation evaluation) {
    Requirement.checkId(requirementId);
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(siteId, "siteId");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(evaluation, "evaluation");
    return new CheckResult(requirementId, property, siteId.orElse(null), level, evaluation);
  }

  /** Returns the id of the requirement, such as {@code six-haves.venue}. */
  public String requirementId() {
    return requirementId;
  }

  /** Returns the property the requirement reads, such as {@code venue}. */
  public String property() {
    return property;
  }

  /** Returns the site's id, if the checked site has one. */
  public Optional<SiteId> siteId() {
    return Optional.ofNullable(siteId);
  }

  /** Returns the site's level. */
  public SiteLevel level() {
    return level;
  }

  /** Returns the outcome. */
  public Outcome outcome() {
    return evaluation.outcome();
  }

  /** Returns the evidence used. */
  public Map<String, String> evidence() {
    return evaluation.evidence();
  }

  /** Returns the threshold applied, if any. */
  public Optional<String> threshold() {
    return evaluation.threshold();
  }

  /** Returns the message, to be put in a language with {@link Message#text(Locale)}. */
  public Message message() {
    return evaluation.message();
  }

  /**
   * Returns the message in a language.
   *
   * @param locale the language, not null
   * @return the text, not null
   */
  public String message(Locale locale) {
    return evaluation.message().text(locale);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CheckResult other && requirementId.equals(other.requirementId)
        && property.equals(other.property) && Objects.equals(siteId, other.siteId)
        && level == other.level && evaluation.equals(other.evaluation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requirementId, property, siteId, level, evaluation);
  }

  @Override
  public String toString() {
    return requirementId + " " + (siteId == null ? level : siteId) + ": " + evaluation;
  }
}
