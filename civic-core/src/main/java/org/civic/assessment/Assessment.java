package org.civic.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.civic.standard.Message;
import org.civic.standard.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * The assessment of one site or team against a table — 测评得分: a line per sub-item with the
 * points given or taken and why ({@link AssessmentLine}), the points by kind, the total and the
 * star rating.
 *
 * <p>The total is the table's starting score, plus the SCORE points given, plus the BONUS points
 * given up to the table's cap, minus the DEDUCTION points taken; a total below 0 is 0. It never
 * exceeds the table's {@link AssessmentTable#maxTotal()}. Exact: no rounding anywhere.
 *
 * <p>Immutable and thread-safe.
 */
public final class Assessment {

  private final AssessmentTable table;
  private final Subject subject;
  private final List<AssessmentLine> lines;
  private final BigDecimal score;
  private final BigDecimal bonus;
  private final BigDecimal deductions;
  private final BigDecimal total;

  Assessment(AssessmentTable table, Subject subject, List<AssessmentLine> lines) {
    this.table = table;
    this.subject = subject;
    this.lines = List.copyOf(lines);
    BigDecimal s = BigDecimal.ZERO;
    BigDecimal b = BigDecimal.ZERO;
    BigDecimal d = BigDecimal.ZERO;
    for (AssessmentLine l : lines) {
      switch (l.kind()) {
        case SCORE -> s = s.add(l.points());
        case BONUS -> b = b.add(l.points());
        default -> d = d.add(l.points());
      }
    }
    this.score = s;
    BigDecimal given = b;
    this.bonus = table.bonusCap().map(given::min).orElse(given);
    this.deductions = d;
    this.total = table.base().add(score).add(bonus).subtract(deductions).max(BigDecimal.ZERO);
  }

  /** Returns the table. */
  public AssessmentTable table() {
    return table;
  }

  /** Returns the site or team assessed. */
  public Subject subject() {
    return subject;
  }

  /** Returns a line per sub-item, in the table's order. */
  public List<AssessmentLine> lines() {
    return lines;
  }

  /** Returns the lines with an outcome, in the table's order. */
  public List<AssessmentLine> lines(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    return lines.stream().filter(l -> l.outcome() == outcome).toList();
  }

  /** Returns the SCORE points given. */
  public BigDecimal score() {
    return score;
  }

  /** Returns the BONUS points given, up to the table's cap. */
  public BigDecimal bonus() {
    return bonus;
  }

  /** Returns the DEDUCTION points taken. */
  public BigDecimal deductions() {
    return deductions;
  }

  /** Returns the total: starting score + score + bonus − deductions, at least 0. */
  public BigDecimal total() {
    return total;
  }

  /** Returns the star rating the total earns under the table's thresholds: 0 (unrated, or no thresholds) to 5. */
  public int stars() {
    return table.stars().map(s -> s.stars(total)).orElse(0);
  }

  /** Tells whether some sub-item lacked its evidence, so the total may rise on review. */
  public boolean incomplete() {
    return lines.stream().anyMatch(l -> l.outcome() == Outcome.INCOMPLETE);
  }

  /**
   * Returns a one-line summary in a language, such as "神垕镇新时代文明实践所：92 分（满分 100 分，加分
   * 5 分，扣分 3 分），四星".
   *
   * @param locale the language, not null
   * @return the text, not null
   */
  public String summary(Locale locale) {
    return Message.of(AssessmentLine.BUNDLE, "assessment.summary", subject.name(), Points.format(total),
        Points.format(table.maxPoints()), Points.format(bonus), Points.format(deductions), stars()).text(locale);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Assessment other && table.equals(other.table) && subject.equals(other.subject)
        && lines.equals(other.lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(table.id(), subject, lines);
  }

  /** Returns such as {@code Assessment[bijie-2021 site yz-103 … (POST): 92 ★4]}. */
  @Override
  public String toString() {
    return "Assessment[" + table.id() + " " + subject + ": " + Points.format(total)
        + (table.stars().isPresent() ? " ★" + stars() : "") + "]";
  }
}
