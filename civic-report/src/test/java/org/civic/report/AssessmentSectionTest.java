package org.civic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.civic.report.Block.Paragraph;
import org.civic.report.Block.Table;
import org.junit.jupiter.api.Test;

/** The assessment section (测评情况) of the small county: star table, totals by level, points lost by item, lowest totals. */
class AssessmentSectionTest {

  private static Section section() {
    return SmallCounty.report().sections().stream().filter(s -> s.id().equals("assessment")).findFirst().orElseThrow();
  }

  private static Table table(String id) {
    return section().blocks().stream().filter(b -> b instanceof Table t && t.id().equals(id)).map(b -> (Table) b)
        .findFirst().orElseThrow();
  }

  private static List<String> row(Table t, int i, Locale locale) {
    return t.rows().get(i).stream().map(c -> {
      if (c instanceof Cell.TextCell x) {
        return x.text().in(locale);
      }
      if (c instanceof Cell.Count x) {
        return Long.toString(x.value());
      }
      if (c instanceof Cell.Money x) {
        return Long.toString(x.yuan());
      }
      return ((Cell.Rate) c).ratio().toString();
    }).toList();
  }

  @Test
  void theSectionFollowsFundingWithTheTableItRatesBy() {
    Section s = section();
    assertThat(s.title().zh()).isEqualTo("测评情况");
    assertThat(s.title().en()).isEqualTo("Assessment");
    Paragraph intro = (Paragraph) s.blocks().get(0);
    assertThat(intro.text().zh()).isEqualTo(
        "按《所站星级评定表（示例）》测评：满分 100 分，另可加分 5 分，共 3 个项目、5 项细则；测评阵地 5 个。");
    assertThat(intro.text().en()).isEqualTo("Rated by \"Star rating of posts and stations (example)\": 100 points plus"
        + " up to 5 bonus points, 3 items and 5 sub-items; 5 sites assessed.");
    assertThat(SmallCounty.report().sections()).extracting(Section::id).containsSubsequence("funding", "assessment");
  }

  @Test
  void totalsAndStarsByLevelWithShishisFunding() {
    Table byLevel = table("assessment-by-level");
    assertThat(byLevel.columns()).extracting(Text::en).containsExactly("Level", "Sites", "Mean total", "5★", "4★",
        "3★", "2★", "1★", "Unrated", "Annual funds");
    assertThat(byLevel.rows()).hasSize(2);
    // posts 65 (3★, 50,000 under Shishi's funding) and 57 (2★, nothing); stations 62.5 (3★, 30,000), 10 and 0
    assertThat(row(byLevel, 0, Locale.ENGLISH)).containsExactly("Posts", "2", "61.0", "0", "0", "1", "1", "0", "0",
        "50000");
    assertThat(row(byLevel, 1, Locale.ENGLISH)).containsExactly("Stations", "3", "24.2", "0", "0", "1", "0", "0", "2",
        "30000");
  }

  @Test
  void pointsLostByItemAndTheLowestTotalsWithTheirReasons() {
    Table byItem = table("assessment-by-item");
    assertThat(byItem.rows()).hasSize(3);
    assertThat(row(byItem, 0, Locale.CHINA).get(0)).isEqualTo("1 阵地");
    assertThat(row(byItem, 0, Locale.ENGLISH)).containsExactly("1 Venue", "40", "0", "0", "40", "1");
    assertThat(row(byItem, 1, Locale.ENGLISH)).containsExactly("2 Activities", "40", "5", "0", "200", "5");
    assertThat(row(byItem, 2, Locale.ENGLISH)).containsExactly("3 Management", "20", "0", "0", "25.5", "3");
    Table lowest = table("assessment-lowest");
    assertThat(lowest.rows()).hasSize(5);
    assertThat(row(lowest, 1, Locale.CHINA)).containsExactly("大刘庄村新时代文明实践站", "站", "10", "0",
        "2.1 每月开展活动：得 0 分，失 40 分（满分 40 分）。实测 2，要求 ≥ 12。 1.1 有场所：得 0 分，失 20 分（满分 20 分）。"
            + "场所面积 12 平方米、功能室 1 间，未达到要求（不少于 15 平方米、1 间）。");
    assertThat(row(lowest, 2, Locale.ENGLISH).get(4)).isEqualTo("2.1 An activity every month: 0 of 40 points, 40 lost."
        + " Measured 2, required ≥ 12. 3.1 Day-to-day management: 12 of 20 points, 8 lost. Assessor: 台账不全");
  }

  @Test
  void theBuilderRefusesANullAssessment() {
    assertThatThrownBy(() -> SmallCounty.builder().assessment(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SmallCounty.builder().assessment(null, org.civic.standard.FundingPolicy.shishi()))
        .isInstanceOf(NullPointerException.class);
  }
}
