package org.civic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.civic.report.internal.Labels;
import org.junit.jupiter.api.Test;

/** The report's English counts agree with their nouns (MessageFormat choice); Chinese has no plural. */
class LabelPluralsTest {

  @Test
  void oneIsSingular() {
    assertThat(Labels.text("grids.summary", 1, 1, 1, 1).en())
        .isEqualTo("1 grid group, 1 of them with an information officer; 1 of 1 station has a grid group.");
    assertThat(Labels.text("grids.summary", 71, 68, 23, 262).en())
        .isEqualTo("71 grid groups, 68 of them with an information officer; 23 of 262 stations have a grid group.");
    assertThat(Labels.text("grids.summary", 0, 0, 0, 262).en()).startsWith("No grid groups, ");
    assertThat(Labels.text("assessment.intro", "表", "Table", "100", "10", 1, 1, 1).en())
        .isEqualTo("Rated by \"Table\": 100 points plus up to 10 bonus points, 1 item and 1 sub-item; 1 site assessed.");
    assertThat(Labels.text("teams.count.branch", 0).en()).isEqualTo("0 branches");
    assertThat(Labels.text("teams.count.branch", 1).en()).isEqualTo("1 branch");
    assertThat(Labels.text("teams.count", 1, "工作组", "work group").en()).isEqualTo("work group: 1 team");
  }

  @Test
  void everyOtherCountIsPlural() {
    qt().forAll(integers().between(2, 1_000_000)).checkAssert(n -> {
      assertThat(Labels.text("assessment.intro-deductions", "表", "Table", "100", "0", n, n, n).en())
          .contains(String.format("%,d items and %,d sub-items; %,d sites assessed", n, n, n));
      assertThat(Labels.text("teams.count.squad", n).en()).isEqualTo(String.format("%,d squads", n));
    });
  }
}
