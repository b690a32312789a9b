package org.civic.testkit.properties.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.civic.assessment.Assessment;
import org.civic.assessment.AssessmentLine;
import org.civic.assessment.AssessmentTable;
import org.civic.assessment.Criterion;
import org.civic.assessment.Evidence;
import org.civic.assessment.Mark;
import org.civic.assessment.PointKind;
import org.civic.assessment.SubItem;
import org.civic.assessment.Subject;
import org.civic.standard.Outcome;
import org.civic.testkit.AssessmentTables;
import org.civic.testkit.RandomAssessments;
import org.junit.jupiter.api.Test;

/** Properties of assessments over generated tables and evidence (generators in civic-testkit). */
class AssessmentPropertiesTest {

  private static final int EXAMPLES = 500;

  @Test
  void scoresStayWithinTheirTablesBounds() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      AssessmentTable table = RandomAssessments.table(random);
      Assessment a = table.assess(RandomAssessments.subject(random), RandomAssessments.evidence(random, table));
      assertThat(a.total()).isBetween(BigDecimal.ZERO, table.maxTotal());
      assertThat(a.score()).isBetween(BigDecimal.ZERO, table.maxPoints().subtract(table.base()));
      assertThat(a.bonus()).isBetween(BigDecimal.ZERO, table.maxBonus());
      assertThat(a.deductions()).isBetween(BigDecimal.ZERO, table.points(PointKind.DEDUCTION));
      assertThat(a.stars()).isBetween(0, 5);
      for (AssessmentLine l : a.lines()) {
        assertThat(l.points()).isBetween(BigDecimal.ZERO, l.subItem().points());
        assertThat(l.lost()).isBetween(BigDecimal.ZERO, l.subItem().points());
        if (l.outcome() == Outcome.INCOMPLETE || l.outcome() == Outcome.NOT_APPLICABLE) {
          assertThat(l.points()).isEqualByComparingTo(BigDecimal.ZERO);
        }
      }
    });
  }

  @Test
  void theTotalIsTheStartPlusWhatWasGivenMinusWhatWasTakenAtLeastZero() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      AssessmentTable table = RandomAssessments.table(random);
      Assessment a = table.assess(RandomAssessments.subject(random), RandomAssessments.evidence(random, table));
      BigDecimal given = BigDecimal.ZERO;
      BigDecimal bonus = BigDecimal.ZERO;
      BigDecimal taken = BigDecimal.ZERO;
      for (AssessmentLine l : a.lines()) {
        switch (l.kind()) {
          case SCORE -> given = given.add(l.points());
          case BONUS -> bonus = bonus.add(l.points());
          default -> taken = taken.add(l.points());
        }
      }
      bonus = table.bonusCap().map(bonus::min).orElse(bonus);
      assertThat(a.total()).isEqualByComparingTo(table.base().add(given).add(bonus).subtract(taken).max(BigDecimal.ZERO));
      assertThat(a.stars()).isEqualTo(table.stars().map(s -> s.stars(a.total())).orElse(0));
    });
  }

  /** Marking every assessor's sub-item at its best (full points, nothing taken) never lowers a total. */
  @Test
  void theBestMarksNeverLowerTheTotal() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      AssessmentTable table = RandomAssessments.table(random);
      Subject subject = RandomAssessments.subject(random);
      Evidence evidence = RandomAssessments.evidence(random, table);
      Assessment a = table.assess(subject, evidence);
      assertThat(table.assess(subject, evidence)).as("deterministic").isEqualTo(a);
      Evidence best = evidence;
      for (SubItem s : table.subItems()) {
        if (s.criterion().basis() == Criterion.Basis.ASSESSED) {
          best = best.withMark(s.id(), Mark.of(s.kind() == PointKind.DEDUCTION ? BigDecimal.ZERO : s.points(), ""));
        }
      }
      assertThat(table.assess(subject, best).total()).isGreaterThanOrEqualTo(a.total());
    });
  }

  @Test
  void theSourceShapedTablesStayWithinTheirBoundsToo() {
    for (AssessmentTable table : new AssessmentTable[] {AssessmentTables.bijieShaped(), AssessmentTables.districtShaped(),
        AssessmentTables.shishiShaped()}) {
      qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
        SplittableRandom random = new SplittableRandom(seed);
        Assessment a = table.assess(RandomAssessments.subject(random), RandomAssessments.evidence(random, table));
        assertThat(a.total()).isBetween(BigDecimal.ZERO, table.maxTotal());
      });
    }
  }
}
