package org.civic.standard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Requirement} says of one site — 评价: an outcome, a message, the evidence it
 * used (such as {@code area → 18}) and the threshold it applied (such as {@code ≥ 15 m²}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Evaluation {

  private final Outcome outcome;
  private final Message message;
  private final Map<String, String> evidence;
  private final @Nullable String threshold;

  private Evaluation(Outcome outcome, Message message, Map<String, String> evidence,
      @Nullable String threshold) {
    this.outcome = outcome;
    this.message = message;
    this.evidence = evidence;
    this.threshold = threshold;
  }

  /**
   * Obtains an evaluation.
   *
   * @param outcome the outcome, not null
   * @param message the message, not null
   * @return the evaluation, without evidence or threshold, not null
   */
  public static Evaluation of(Outcome outcome, Message message) {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(message, "message");
    return new Evaluation(outcome, message, Map.of(), null);
  }

  /** Obtains a PASS with a message. */
  public static Evaluation pass(Message message) {
    return of(Outcome.PASS, message);
  }

  /** Obtains a FAIL with a message. */
  public static Evaluation fail(Message message) {
    return of(Outcome.FAIL, message);
  }

  /** Obtains an INCOMPLETE (facts missing) with a message. */
  public static Evaluation incomplete(Message message) {
    return of(Outcome.INCOMPLETE, message);
  }

  /** Obtains a NOT_APPLICABLE with a message. */
  public static Evaluation notApplicable(Message message) {
    return of(Outcome.NOT_APPLICABLE, message);
  }

  /**
   * Returns a copy of this evaluation with one more piece of evidence.
   *
   * @param name what the evidence is, such as {@code area}, not null
   * @param value its value as text, not null
   * @return the copy, not null
   */
  public Evaluation withEvidence(String name, Object value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Map<String, String> copy = new LinkedHashMap<>(evidence);
    copy.put(name, value.toString());
    return new Evaluation(outcome, message, Collections.unmodifiableMap(copy), threshold);
  }

  /**
   * Returns a copy of this evaluation with the threshold it applied.
   *
   * @param threshold the threshold as text, such as {@code ≥ 15 m²}, not null
   * @return the copy, not null
   */
  public Evaluation withThreshold(String threshold) {
    Objects.requireNonNull(threshold, "threshold");
    return new Evaluation(outcome, message, evidence, threshold);
  }

  /** Returns the outcome. */
  public Outcome outcome() {
    return outcome;
  }

  /** Returns the message. */
  public Message message() {
    return message;
  }

  /** Returns the evidence used, in the order added, unmodifiable. */
  public Map<String, String> evidence() {
    return evidence;
  }

  /** Returns the threshold applied, if any. */
  public Optional<String> threshold() {
    return Optional.ofNullable(threshold);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Evaluation other && outcome == other.outcome && message.equals(other.message)
        && evidence.equals(other.evidence) && Objects.equals(threshold, other.threshold);
  }

  @Override
  public int hashCode() {
    return Objects.hash(outcome, message, evidence, threshold);
  }

  @Override
  public String toString() {
    return outcome + " " + message + (evidence.isEmpty() ? "" : " " + evidence)
        + (threshold == null ? "" : " threshold " + threshold);
  }
}
