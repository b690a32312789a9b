package org.civic.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.Coverage;
import org.civic.hierarchy.CoveragePolicy;
import org.civic.hierarchy.Hierarchy;
import org.civic.hierarchy.HierarchyBuilder;
import org.junit.jupiter.api.Test;

class NationalDivisionsTest {

  @Test
  void theWholeNationalListLoadsAndBuilds() {
    HierarchyBuilder builder = Hierarchy.builder();
    NationalDivisions.forEach(builder::addDivision);
    Hierarchy china = builder.build();
    assertThat(china.divisionCount()).isEqualTo(NationalDivisions.COUNT);
    assertThat(china.roots()).hasSize(31);
    Map<DivisionLevel, Coverage> byLevel = china.coverageByLevel(CoveragePolicy.all());
    assertThat(byLevel.get(DivisionLevel.PROVINCE).total()).isEqualTo(31);
    assertThat(byLevel.get(DivisionLevel.CITY).total()).isEqualTo(342);
    assertThat(byLevel.get(DivisionLevel.COUNTY).total()).isEqualTo(3_267);
    assertThat(byLevel.get(DivisionLevel.TOWNSHIP).total()).isEqualTo(41_355);
    assertThat(byLevel.get(DivisionLevel.VILLAGE).total()).isEqualTo(618_133);
    assertThat(china.children(DivisionCode.parse("411081"))).hasSize(26);
    assertThat(china.coverage(DivisionCode.parse("360826"), DivisionLevel.VILLAGE).total()).isEqualTo(322);
    // Cities without counties: their townships hang under the city.
    assertThat(china.parent(DivisionCode.parse("441900003000")).orElseThrow().name()).isEqualTo("东莞市");
    assertThat(china.parent(DivisionCode.parse("460400100000")).orElseThrow().name()).isEqualTo("儋州市");
  }
}
