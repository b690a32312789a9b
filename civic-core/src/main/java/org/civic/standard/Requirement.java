package org.civic.standard;

import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.civic.internal.Ids;
import org.civic.site.Checkable;

/**
 * One requirement of a {@link Standard} — 要求: a stable kebab-case id (such as
 * {@code six-haves.venue}, also the prefix of its message keys and the name reports use) and an
 * evaluation of a site. A host adds its own with {@link #of(String, Function)}; a lambda is
 * enough:
 *
 * <pre>{@code
 * Requirement logo = Requirement.of("henan.provincial-logo", site -> site.facts().signage()
 *     .map(s -> s.unifiedLogo()
 *         ? Evaluation.pass(Message.literal("省级统一标识已悬挂"))
 *         : Evaluation.fail(Message.literal("缺少省级统一标识")))
 *     .orElse(Evaluation.incomplete(Message.literal("标识情况未知"))));
 * }</pre>
 *
 * <p>Implementations must be thread-safe and deterministic: the same site always gets the same
 * evaluation. {@link #outcome} may be overridden to skip building messages on hot paths.
 */
public interface Requirement {

  /** The pattern of requirement ids: lower-case words joined by {@code -} and {@code .}. */
  Pattern ID = Ids.KEBAB_CASE;

  /** Returns the stable id. */
  String id();

  /**
   * Evaluates a site.
   *
   * @param site the site, not null
   * @return the evaluation, not null
   */
  Evaluation evaluate(Checkable site);

  /**
   * Returns only the outcome of evaluating a site; the same as {@code evaluate(site).outcome()}.
   *
   * @param site the site, not null
   * @return the outcome, not null
   */
  default Outcome outcome(Checkable site) {
    return evaluate(site).outcome();
  }

  /**
   * Returns the name of the property a constraint violation points at — the fact the
   * requirement reads, such as {@code venue}. Defaults to the last segment of the id.
   */
  default String property() {
    String id = id();
    return id.substring(id.lastIndexOf('.') + 1);
  }

  /**
   * Obtains a requirement from an id and an evaluation function.
   *
   * @param id the stable kebab-case id, such as {@code henan.provincial-logo}, not null
   * @param evaluation evaluates a site, not null; must not return null
   * @return the requirement, not null
   * @throws IllegalArgumentException if the id is not kebab-case words joined by dots
   */
  static Requirement of(String id, Function<? super Checkable, Evaluation> evaluation) {
    checkId(id);
    Objects.requireNonNull(evaluation, "evaluation");
    return new Requirement() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Evaluation evaluate(Checkable site) {
        return Objects.requireNonNull(evaluation.apply(site),
            () -> "requirement " + id + " returned no evaluation");
      }

      @Override
      public String toString() {
        return "Requirement[" + id + "]";
      }
    };
  }

  /**
   * Checks a requirement id.
   *
   * @param id the id, not null
   * @return the id
   * @throws IllegalArgumentException if it is not kebab-case words joined by dots
   */
  static String checkId(String id) {
    return Ids.checkKebabCase("requirement", id, "six-haves.venue");
  }
}
