package org.civic.assessment;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.civic.site.SiteLevel;
import org.civic.standard.CheckResult;
import org.civic.standard.Message;
import org.civic.standard.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * One sub-item of one assessment — 测评明细: which sub-item, its outcome, the points given or
 * taken, the evidence judged by and the threshold applied, and a message in the caller's language
 * that says why — the same shape as a {@link CheckResult}.
 *
 * <p>Outcomes: PASS — the sub-item is met (its points given, or nothing taken); FAIL — it is not
 * (points withheld, or taken); INCOMPLETE — its evidence is missing, so it gives and takes nothing
 * and needs review; NOT_APPLICABLE — it does not apply at the subject's level. A sub-item judged by
 * marks is PASS when it gives its full points (takes none), FAIL otherwise.
 *
 * <p>Immutable and thread-safe.
 */
public final class AssessmentLine {

  /** The bundle of the lines' messages, in Chinese and English. */
  static final String BUNDLE = "org.civic.assessment.Messages";

  private final String itemId;
  private final SubItem subItem;
  private final Outcome outcome;
  private final BigDecimal points;
  private final Map<String, String> evidence;
  private final @Nullable String threshold;
  /** What the line was judged on, for the message: a check result, a measurement, a mark or nothing. */
  private final @Nullable Object basis;

  private AssessmentLine(String itemId, SubItem subItem, Outcome outcome, BigDecimal points,
      Map<String, String> evidence, @Nullable String threshold, @Nullable Object basis) {
    this.itemId = itemId;
    this.subItem = subItem;
    this.outcome = outcome;
    this.points = points;
    this.evidence = evidence;
    this.threshold = threshold;
    this.basis = basis;
  }

  /** Judges one sub-item on the evidence. */
  static AssessmentLine judge(Item item, SubItem s, SiteLevel level, Evidence evidence) {
    Map<String, String> ev = new LinkedHashMap<>();
    ev.put("criterion", s.criterion().toString());
    if (!s.appliesTo(level)) {
      return line(item, s, Outcome.NOT_APPLICABLE, BigDecimal.ZERO, ev, null, null);
    }
    Criterion c = s.criterion();
    String threshold = c.thresholdText().orElse(null);
    switch (c.basis()) {
      case RULE: {
        CheckResult r = evidence.result(c.reference().orElseThrow()).orElse(null);
        if (r == null) {
          return line(item, s, Outcome.INCOMPLETE, BigDecimal.ZERO, ev, threshold, null);
        }
        ev.put("outcome", r.outcome().name());
        r.evidence().forEach(ev::putIfAbsent);
        String t = r.threshold().orElse(threshold);
        Outcome o = r.outcome();
        return o == Outcome.PASS || o == Outcome.FAIL ? met(item, s, o == Outcome.PASS, ev, t, r)
            : line(item, s, o, BigDecimal.ZERO, ev, t, r);
      }
      case SHARE:
      case COUNT: {
        String measure = c.reference().orElseThrow();
        Measurement m = evidence.measure(measure).orElse(null);
        if (m == null) {
          return line(item, s, Outcome.INCOMPLETE, BigDecimal.ZERO, ev, threshold, null);
        }
        if (m.isShare() != (c.basis() == Criterion.Basis.SHARE)) {
          throw new IllegalArgumentException("sub-item " + s.id() + " compares " + measure + " as a "
              + (c.basis() == Criterion.Basis.SHARE ? "share" : "count") + ", but the evidence gives "
              + (m.isShare() ? "a share " : "a count ") + m + ": expected a " + (m.isShare() ? "count" : "share"));
        }
        ev.put(measure, m.toString());
        return met(item, s, m.reaches(c.threshold().orElseThrow()), ev, threshold, m);
      }
      default: {
        Mark mark = evidence.mark(s.id()).orElse(null);
        if (mark == null) {
          return line(item, s, Outcome.INCOMPLETE, BigDecimal.ZERO, ev, null, null);
        }
        if (mark.points().compareTo(s.points()) > 0) {
          throw new IllegalArgumentException("the mark of sub-item " + s.id() + " gives " + Points.format(mark.points())
              + " points: expected at most its " + Points.format(s.points()));
        }
        ev.put("mark", Points.format(mark.points()));
        if (!mark.note().isEmpty()) {
          ev.put("note", mark.note());
        }
        boolean full = s.kind() == PointKind.DEDUCTION ? mark.points().signum() == 0
            : mark.points().compareTo(s.points()) == 0;
        return line(item, s, full ? Outcome.PASS : Outcome.FAIL, mark.points(), ev, null, mark);
      }
    }
  }

  private static AssessmentLine met(Item item, SubItem s, boolean met, Map<String, String> ev,
      @Nullable String threshold, Object basis) {
    boolean counts = s.kind() == PointKind.DEDUCTION ? !met : met;
    return line(item, s, met ? Outcome.PASS : Outcome.FAIL, counts ? s.points() : BigDecimal.ZERO, ev, threshold,
        basis);
  }

  private static AssessmentLine line(Item item, SubItem s, Outcome o, BigDecimal points, Map<String, String> ev,
      @Nullable String threshold, @Nullable Object basis) {
    return new AssessmentLine(item.id(), s, o, points, Collections.unmodifiableMap(ev), threshold, basis);
  }

  /** Returns the id of the sub-item's item. */
  public String itemId() {
    return itemId;
  }

  /** Returns the sub-item. */
  public SubItem subItem() {
    return subItem;
  }

  /** Returns the outcome. */
  public Outcome outcome() {
    return outcome;
  }

  /** Returns how the points count: given (SCORE, BONUS) or taken (DEDUCTION). */
  public PointKind kind() {
    return subItem.kind();
  }

  /** Returns the points given (SCORE, BONUS) or taken (DEDUCTION), 0 to the sub-item's points. */
  public BigDecimal points() {
    return points;
  }

  /**
   * Returns the points this line lost the subject: a SCORE sub-item's points not given, or a
   * DEDUCTION's points taken; 0 for a BONUS (a bonus not earned is not a loss) and for INCOMPLETE
   * and NOT_APPLICABLE lines.
   */
  public BigDecimal lost() {
    if (outcome == Outcome.INCOMPLETE || outcome == Outcome.NOT_APPLICABLE) {
      return BigDecimal.ZERO;
    }
    return switch (subItem.kind()) {
      case SCORE -> subItem.points().subtract(points);
      case BONUS -> BigDecimal.ZERO;
      default -> points;
    };
  }

  /** Returns the evidence judged by, in order: the criterion, then what it read. */
  public Map<String, String> evidence() {
    return evidence;
  }

  /** Returns the threshold applied, if any. */
  public Optional<String> threshold() {
    return Optional.ofNullable(threshold);
  }

  /**
   * Returns the message in a language: the sub-item, the points given or taken, and why.
   *
   * @param locale the language, not null
   * @return the text, not null
   */
  public String message(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    String why;
    if (basis instanceof CheckResult r) {
      why = r.message(locale);
    } else if (basis instanceof Measurement m) {
      Criterion c = subItem.criterion();
      why = Message.of(BUNDLE, "assessment.basis.measure", c.reference().orElseThrow(), m.toString(),
          threshold == null ? "" : threshold).text(locale);
    } else if (basis instanceof Mark mark) {
      why = Message.of(BUNDLE, "assessment.basis.mark", mark.note().isEmpty() ? "—" : mark.note()).text(locale);
    } else {
      why = subItem.criterion().basis() == Criterion.Basis.ASSESSED
          ? Message.of(BUNDLE, "assessment.basis.no-mark").text(locale)
          : Message.of(BUNDLE, "assessment.basis.missing", subItem.criterion().reference().orElse("")).text(locale);
    }
    String key = outcome == Outcome.INCOMPLETE || outcome == Outcome.NOT_APPLICABLE
        ? "assessment.line." + outcome.key()
        : "assessment.line." + subItem.kind().key() + "." + outcome.key();
    return Message.of(BUNDLE, key, subItem.id() + " " + subItem.name(locale), Points.format(points),
        Points.format(subItem.points()), why, Points.format(lost())).text(locale);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AssessmentLine other && itemId.equals(other.itemId) && subItem.equals(other.subItem)
        && outcome == other.outcome && points.equals(other.points) && evidence.equals(other.evidence)
        && Objects.equals(threshold, other.threshold) && Objects.equals(basis, other.basis);
  }

  @Override
  public int hashCode() {
    return Objects.hash(itemId, subItem.id(), outcome, points, evidence, threshold);
  }

  /** Returns such as {@code 1.2 PASS +5} or {@code 7.1 FAIL -10}. */
  @Override
  public String toString() {
    String sign = subItem.kind() == PointKind.DEDUCTION ? "-" : "+";
    return subItem.id() + " " + outcome + " " + sign + Points.format(points);
  }
}
