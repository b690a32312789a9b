package org.civic.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.team.TeamId;
import org.junit.jupiter.api.Test;

/** An assessor's inspection: what it holds, whom it concerns, and the marks it adds to evidence. */
class InspectionTest {

  private static final LocalDate DAY = LocalDate.of(2024, 11, 5);

  private static Inspection inspection(Map<String, Mark> marks) {
    return Inspection.of("county-test", Subject.Kind.SITE, "s1", DAY, Optional.of("王督查"), marks);
  }

  @Test
  void whatAnInspectionHolds() {
    Map<String, Mark> marks = new LinkedHashMap<>();
    marks.put("3.2", Mark.of(4, "特色鲜明"));
    marks.put("3.1", Mark.of(new BigDecimal("8.5"), ""));
    Inspection i = inspection(marks);
    assertThat(i.table()).isEqualTo("county-test");
    assertThat(i.kind()).isEqualTo(Subject.Kind.SITE);
    assertThat(i.subject()).isEqualTo("s1");
    assertThat(i.date()).isEqualTo(DAY);
    assertThat(i.assessor()).contains("王督查");
    assertThat(i.marks().keySet()).containsExactly("3.1", "3.2");
    assertThat(i.marks().get("3.2")).isEqualTo(Mark.of(4, "特色鲜明"));
    assertThat(i).hasToString("Inspection[county-test SITE s1 2024-11-05, 2 marks]");
    marks.clear();
    assertThat(i.marks()).hasSize(2);
    assertThatThrownBy(() -> i.marks().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(Inspection.of("county-test", Subject.Kind.TEAM, "t-1", DAY, Optional.empty(),
        Map.of("3.1", Mark.of(1, ""))).assessor()).isEmpty();
  }

  @Test
  void itConcernsOneSubjectUnderOneTable() {
    Inspection i = inspection(Map.of("3.1", Mark.of(9, "")));
    AssessmentTable table = Fixtures.additive();
    assertThat(i.concerns(table, Fixtures.station())).isTrue();
    assertThat(i.concerns(Fixtures.deductions(), Fixtures.station())).isFalse();
    assertThat(i.concerns(table, Subject.site(SiteId.of("s2"), "别的站", SiteLevel.STATION))).isFalse();
    assertThat(i.concerns(table, Subject.team(TeamId.of("s1"), "同名的队", SiteLevel.STATION))).isFalse();
  }

  @Test
  void itAddsItsMarksToEvidence() {
    Inspection i = inspection(Map.of("3.1", Mark.of(9, "满意"), "3.2", Mark.of(3, "")));
    Evidence e = i.addTo(Evidence.none());
    assertThat(e.mark("3.1")).contains(Mark.of(9, "满意"));
    assertThat(e.mark("3.2")).contains(Mark.of(3, ""));
    assertThat(e.mark("2.1")).isEmpty();
    Evidence assessed = i.addTo(Evidence.none().withMark("2.2", Mark.of(1, "")));
    assertThat(assessed.mark("2.2")).contains(Mark.of(1, ""));
    assertThat(assessed.mark("3.1")).isPresent();
  }

  @Test
  void badInspectionsAreRefusedNamingThem() {
    assertThatThrownBy(() -> inspection(Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inspection of site s1 under county-test has no mark");
    assertThatThrownBy(() -> Inspection.of("county-test", Subject.Kind.SITE, "s1", DAY, Optional.of(" "),
        Map.of("3.1", Mark.of(1, "")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inspection of site s1 under county-test: the assessor needs a name (or none)");
    assertThatThrownBy(() -> inspection(Map.of(" ", Mark.of(1, "")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inspection of site s1 under county-test: a mark's sub-item id is blank");
    assertThatThrownBy(() -> Inspection.of("County Test", Subject.Kind.SITE, "s1", DAY, Optional.empty(),
        Map.of("3.1", Mark.of(1, "")))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Inspection.of("county-test", Subject.Kind.TEAM, "t 1", DAY, Optional.empty(),
        Map.of("3.1", Mark.of(1, "")))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("team");
  }

  @Test
  void inspectionsAreEqualWhenEveryPartIs() {
    Inspection i = inspection(Map.of("3.1", Mark.of(9, "")));
    Inspection same = inspection(Map.of("3.1", Mark.of(9, "")));
    assertThat(i).isEqualTo(same).hasSameHashCodeAs(same);
    for (Inspection other : List.of(
        Inspection.of("other-table", Subject.Kind.SITE, "s1", DAY, Optional.of("王督查"), Map.of("3.1", Mark.of(9, ""))),
        Inspection.of("county-test", Subject.Kind.TEAM, "s1", DAY, Optional.of("王督查"), Map.of("3.1", Mark.of(9, ""))),
        Inspection.of("county-test", Subject.Kind.SITE, "s2", DAY, Optional.of("王督查"), Map.of("3.1", Mark.of(9, ""))),
        Inspection.of("county-test", Subject.Kind.SITE, "s1", DAY.plusDays(1), Optional.of("王督查"),
            Map.of("3.1", Mark.of(9, ""))),
        Inspection.of("county-test", Subject.Kind.SITE, "s1", DAY, Optional.empty(), Map.of("3.1", Mark.of(9, ""))),
        inspection(Map.of("3.1", Mark.of(8, ""))))) {
      assertThat(i).isNotEqualTo(other);
    }
    assertThat(i).isNotEqualTo("s1");
  }

  @Test
  void marksAndMeasurements() {
    assertThat(Mark.of(new BigDecimal("8.5"), "满意")).hasToString("8.5 满意");
    assertThat(Mark.of(3, "")).hasToString("3");
    assertThat(Mark.of(3, "a")).isNotEqualTo(Mark.of(3, "b")).isNotEqualTo(Mark.of(4, "a"))
        .hasSameHashCodeAs(Mark.of(3, "a"));
    Measurement share = Measurement.share(7, 10);
    assertThat(share.isShare()).isTrue();
    assertThat(share.part()).isEqualTo(7);
    assertThat(share.whole()).isEqualTo(10);
    assertThat(share).hasToString("7/10 (70.0%)");
    assertThat(Measurement.share(0, 0)).hasToString("0/0");
    Measurement count = Measurement.count(12);
    assertThat(count.isShare()).isFalse();
    assertThat(count.part()).isEqualTo(12);
    assertThat(count.whole()).isEqualTo(1);
    assertThat(count).hasToString("12");
    assertThat(Measurement.count(1)).isNotEqualTo(Measurement.share(1, 1)).isNotEqualTo(Measurement.count(2));
    assertThat(Measurement.share(1, 2)).isNotEqualTo(Measurement.share(1, 3)).isEqualTo(Measurement.share(1, 2))
        .hasSameHashCodeAs(Measurement.share(1, 2));
    assertThat(Measurement.count(1).hashCode()).isNotEqualTo(Measurement.share(1, 1).hashCode());
    assertThatThrownBy(() -> Measurement.share(3, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a share needs 0 <= part <= whole, got 3 / 2");
    assertThatThrownBy(() -> Measurement.share(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Measurement.share(2, 2).part()).isEqualTo(2);
    assertThat(Measurement.count(0).part()).isZero();
    assertThatThrownBy(() -> Measurement.count(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a count must not be negative: -1");
  }
}
