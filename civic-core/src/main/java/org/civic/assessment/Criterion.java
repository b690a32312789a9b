package org.civic.assessment;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.civic.internal.Ids;
import org.civic.standard.Requirement;
import org.jspecify.annotations.Nullable;

/**
 * How a sub-item is judged — 评分依据: by the outcome of a requirement of the site's standard
 * ({@link #rule}, such as {@code six-haves.venue} or {@code staffing}, or a team-structure rule
 * such as {@code team.size}), by a measured share or count reaching a threshold
 * ({@link #shareAtLeast}, {@link #countAtLeast}: "staff volunteers ≥ 70%", "an activity in each
 * of 12 months"), or by an assessor's marks ({@link #assessed}: the points an inspector gave).
 * The measures a table names are the host's (or civic's, such as
 * {@link Measurement#MONTHS_WITH_ACTIVITIES}); the {@link Evidence} of an assessment carries
 * their values.
 *
 * <p>Immutable and thread-safe.
 */
public final class Criterion {

  /** The kinds of basis — 评分依据的种类. */
  public enum Basis {
    /** The outcome of a requirement: met when it PASSes (依规则). */
    RULE,
    /** A measured share reaching a percentage (比例达标). */
    SHARE,
    /** A measured count reaching a number (数量达标). */
    COUNT,
    /** An assessor's points (评审打分). */
    ASSESSED
  }

  private static final Criterion ASSESSED = new Criterion(Basis.ASSESSED, null, null);

  private final Basis basis;
  private final @Nullable String reference;
  private final @Nullable BigDecimal threshold;

  private Criterion(Basis basis, @Nullable String reference, @Nullable BigDecimal threshold) {
    this.basis = basis;
    this.reference = reference;
    this.threshold = threshold;
  }

  /**
   * Obtains a criterion met when a requirement passes.
   *
   * @param requirementId the requirement's id, such as {@code six-haves.venue}, not null
   * @return the criterion, not null
   * @throws IllegalArgumentException if the id is not kebab-case
   */
  public static Criterion rule(String requirementId) {
    return new Criterion(Basis.RULE, Requirement.checkId(requirementId), null);
  }

  /**
   * Obtains a criterion met when a measured share reaches a percentage, exactly (no rounding).
   *
   * @param measure the measure's kebab-case id, such as {@code staff-volunteer-share}, not null
   * @param percent the least percentage, 0 to 100, not null
   * @return the criterion, not null
   * @throws IllegalArgumentException if the id is not kebab-case or the percentage is out of range
   */
  public static Criterion shareAtLeast(String measure, BigDecimal percent) {
    Ids.checkKebabCase("measure", measure, "staff-volunteer-share");
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("share threshold of " + measure + " must be 0 to 100 percent: "
          + percent.toPlainString());
    }
    return new Criterion(Basis.SHARE, measure, strip(percent));
  }

  /**
   * Obtains a criterion met when a measured share reaches a whole percentage.
   *
   * @param measure the measure's kebab-case id, not null
   * @param percent the least percentage, 0 to 100
   * @return the criterion, not null
   * @throws IllegalArgumentException if the id is not kebab-case or the percentage is out of range
   */
  public static Criterion shareAtLeast(String measure, int percent) {
    return shareAtLeast(measure, BigDecimal.valueOf(percent));
  }

  /**
   * Obtains a criterion met when a measured count reaches a number.
   *
   * @param measure the measure's kebab-case id, such as {@code months-with-activities}, not null
   * @param least the least count, 0 or more
   * @return the criterion, not null
   * @throws IllegalArgumentException if the id is not kebab-case or the count is negative
   */
  public static Criterion countAtLeast(String measure, long least) {
    Ids.checkKebabCase("measure", measure, "months-with-activities");
    if (least < 0) {
      throw new IllegalArgumentException("count threshold of " + measure + " must not be negative: " + least);
    }
    return new Criterion(Basis.COUNT, measure, BigDecimal.valueOf(least));
  }

  /** Returns the criterion judged by an assessor's marks ({@link Mark}). */
  public static Criterion assessed() {
    return ASSESSED;
  }

  private static BigDecimal strip(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** Returns the kind of basis. */
  public Basis basis() {
    return basis;
  }

  /** Returns the requirement's id (RULE) or the measure's (SHARE, COUNT); empty for ASSESSED. */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /** Returns the threshold: a percentage (SHARE) or a count (COUNT); empty for the others. */
  public Optional<BigDecimal> threshold() {
    return Optional.ofNullable(threshold);
  }

  /** Returns the threshold as text, such as {@code ≥ 70%} or {@code ≥ 12}; empty for the others. */
  Optional<String> thresholdText() {
    if (threshold == null) {
      return Optional.empty();
    }
    return Optional.of("≥ " + threshold.toPlainString() + (basis == Basis.SHARE ? "%" : ""));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Criterion other && basis == other.basis && Objects.equals(reference, other.reference)
        && Objects.equals(threshold, other.threshold);
  }

  @Override
  public int hashCode() {
    return Objects.hash(basis, reference, threshold);
  }

  /** Returns such as {@code RULE six-haves.venue}, {@code SHARE staff-volunteer-share ≥ 70%}, {@code ASSESSED}. */
  @Override
  public String toString() {
    return basis + (reference == null ? "" : " " + reference) + thresholdText().map(t -> " " + t).orElse("");
  }
}
