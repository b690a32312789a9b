package org.civic.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civic.site.SiteLevel;
import org.junit.jupiter.api.Test;

class AssessmentTableTest {

  @Test
  void aTableKnowsItsPointsAndBounds() {
    AssessmentTable t = Fixtures.additive();
    assertThat(t.items()).hasSize(3);
    assertThat(t.subItems()).hasSize(7).extracting(SubItem::id)
        .containsExactly("1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "3.3");
    assertThat(t.base()).isEqualTo(BigDecimal.ZERO);
    assertThat(t.maxPoints()).isEqualTo(BigDecimal.valueOf(40));
    assertThat(t.points(PointKind.BONUS)).isEqualTo(BigDecimal.valueOf(10));
    assertThat(t.maxBonus()).isEqualTo(BigDecimal.valueOf(8));
    assertThat(t.maxTotal()).isEqualTo(BigDecimal.valueOf(48));
    assertThat(t.rates(SiteLevel.POINT)).isTrue();
    assertThat(t.name(Locale.CHINA)).isEqualTo("某县测评表");
    assertThat(t.name(Locale.ENGLISH)).isEqualTo("A county's table");
    assertThat(t.items().get(0).name(Locale.ENGLISH)).isEqualTo("Venues");
    assertThat(t.items().get(1).name(Locale.ENGLISH)).isEqualTo("活动开展");
    assertThat(t.items().get(0).points(PointKind.SCORE)).isEqualTo(BigDecimal.valueOf(15));
    assertThat(t).hasToString("AssessmentTable[county-test 某县测评表 2024, 3 items, 7 sub-items, 40 + 8]")
        .isEqualTo(Fixtures.additive()).hasSameHashCodeAs(Fixtures.additive());
    AssessmentTable d = Fixtures.deductions();
    assertThat(d.base()).isEqualTo(BigDecimal.valueOf(100));
    assertThat(d.maxPoints()).isEqualTo(BigDecimal.valueOf(100));
    assertThat(d.maxTotal()).isEqualTo(BigDecimal.valueOf(100));
    assertThat(d.stars()).isEmpty();
  }

  @Test
  void theStartingScoreAndScorePointsMustMakeTheMaximum() {
    Item item = Item.of("1", "阵地", List.of(SubItem.score("1.1", "有场所", 10, Criterion.assessed())));
    assertThatThrownBy(() -> AssessmentTable.builder("t", "表", "1").maxPoints(100).item(item).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table t has a maximum of 100 but its starting score 0 and SCORE sub-items (10) add up to 10:"
            + " expected them to be equal");
    assertThat(AssessmentTable.builder("t", "表", "1").base(new BigDecimal("90.5")).maxPoints(new BigDecimal("100.50"))
        .item(item).build().maxPoints()).isEqualTo(new BigDecimal("100.5"));
  }

  @Test
  void badTablesAreRefusedNamingWhatIsWrong() {
    SubItem a = SubItem.score("1.1", "有场所", 10, Criterion.assessed());
    Item one = Item.of("1", "阵地", List.of(a));
    assertThatThrownBy(() -> AssessmentTable.builder("t", "表", "1").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no item");
    assertThatThrownBy(() -> AssessmentTable.builder("t", "表", "1").item(one).item(one).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item 1 twice");
    assertThatThrownBy(() -> AssessmentTable.builder("t", "表", "1").item(one)
        .item(Item.of("2", "活动", List.of(a))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sub-item 1.1 twice (item 2)");
    assertThatThrownBy(() -> Item.of("1", "阵地", List.of(a, a)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sub-item 1.1 twice");
    assertThatThrownBy(() -> Item.of("1", "阵地", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no sub-item");
    assertThatThrownBy(() -> AssessmentTable.builder("t", "表", "1").item(one).stars(StarThresholds.of(20, 30, 40, 50, 60))
        .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one star needs 20");
    assertThatThrownBy(() -> AssessmentTable.builder("T 1", "表", "1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("assessment table id \"T 1\"");
    assertThatThrownBy(() -> AssessmentTable.builder("t", " ", "1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AssessmentTable.builder("t", "表", "1").base(1).base(2))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("starting score");
    assertThatThrownBy(() -> AssessmentTable.builder("t", "表", "1").levels(Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AssessmentTable.builder("t", "表", "1").base(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AssessmentTable.builder("t", "表", "1").item(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void subItemsCheckTheirFigures() {
    assertThatThrownBy(() -> SubItem.score("1.1", "有场所", 0, Criterion.assessed()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 0");
    assertThatThrownBy(() -> SubItem.of("1.1", "有场所", PointKind.SCORE, new BigDecimal("0.125"), Criterion.assessed()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 2 decimal places");
    assertThatThrownBy(() -> SubItem.score("1 1", "有场所", 1, Criterion.assessed()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sub-item id \"1 1\"");
    assertThatThrownBy(() -> SubItem.score("1.1", "", 1, Criterion.assessed())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SubItem.score("1.1", "a", 1, null)).isInstanceOf(NullPointerException.class);
    SubItem half = SubItem.of("1.1", "有场所", PointKind.SCORE, new BigDecimal("0.50"), Criterion.assessed());
    assertThat(half.points()).isEqualTo(new BigDecimal("0.5"));
    assertThat(half).hasToString("1.1 有场所 SCORE 0.5 (ASSESSED)");
    SubItem stations = half.withLevels(EnumSet.of(SiteLevel.STATION));
    assertThat(stations.appliesTo(SiteLevel.STATION)).isTrue();
    assertThat(stations.appliesTo(SiteLevel.POST)).isFalse();
    assertThat(half.appliesTo(SiteLevel.POST)).isTrue();
  }

  @Test
  void criteriaAndStarThresholdsCheckTheirFigures() {
    assertThat(Criterion.shareAtLeast("staff-volunteer-share", 70)).hasToString("SHARE staff-volunteer-share ≥ 70%");
    assertThat(Criterion.countAtLeast("months-with-activities", 12)).hasToString("COUNT months-with-activities ≥ 12");
    assertThat(Criterion.rule("six-haves.venue")).hasToString("RULE six-haves.venue");
    assertThat(Criterion.shareAtLeast("s", new BigDecimal("70.0"))).isEqualTo(Criterion.shareAtLeast("s", 70));
    assertThatThrownBy(() -> Criterion.shareAtLeast("s", 101)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Criterion.countAtLeast("s", -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Criterion.rule("Six Haves")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StarThresholds.of(10, 5, 20, 30, 40)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ascend");
    assertThatThrownBy(() -> StarThresholds.of(List.of(BigDecimal.ONE))).isInstanceOf(IllegalArgumentException.class);
    StarThresholds s = StarThresholds.of(60, 70, 80, 90, 95);
    assertThat(s.stars(new BigDecimal("59.99"))).isZero();
    assertThat(s.stars(BigDecimal.valueOf(60))).isEqualTo(1);
    assertThat(s.stars(new BigDecimal("94.5"))).isEqualTo(4);
    assertThat(s.stars(BigDecimal.valueOf(105))).isEqualTo(5);
    assertThat(s).hasToString("StarThresholds[1★ 60, 2★ 70, 3★ 80, 4★ 90, 5★ 95]");
  }
}
