package org.civic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML report checked by structure (jsoup) and its charts by geometry. */
class HtmlStructureTest {

  private static Document page(ReportStyle style) {
    return Jsoup.parse(HtmlRenderer.render(SmallCounty.report(), style));
  }

  @Test
  void aSelfContainedPageWithEverySection() {
    Document zh = page(ReportStyle.chinese());
    assertThat(zh.select("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(zh.title()).isEqualTo("禹州市新时代文明实践工作汇报（2024）");
    assertThat(zh.select("section").eachAttr("id")).containsExactly("coverage", "six-haves", "teams", "volunteers",
        "orders", "funding", "assessment", "annual-14534", "service-hours");
    assertThat(zh.select("script")).isEmpty();
    assertThat(zh.select("[src], link[href]")).isEmpty();
    assertThat(zh.select("figure svg")).hasSize(4);
    assertThat(zh.select("table#coverage-by-township tbody tr")).hasSize(3);
    assertThat(zh.select("table#six-haves tbody tr")).hasSize(6);
    Element rate = zh.select("table#coverage-by-level tbody tr").get(1);
    assertThat(rate.select("td").eachText()).containsExactly("乡镇（实践所）", "3个", "2个", "66.7%");
    assertThat(page(ReportStyle.english()).select("h2").eachText()).contains("Coverage of practice sites", "Six haves");
    // the hostile name is text, never markup
    assertThat(zh.select("table#hours-ranking td").eachText()).contains(SmallCounty.HOSTILE);
    assertThat(zh.select("table#hours-ranking a")).isEmpty();
  }

  @Test
  void everyChartsTextStaysInItsBoxAndNoLabelsOverlap() {
    for (ReportStyle style : new ReportStyle[] {ReportStyle.chinese(), ReportStyle.english()}) {
      for (Element svg : page(style).select("svg")) {
        String[] box = svg.attr("viewBox").split(" ");
        double width = Double.parseDouble(box[2]);
        double height = Double.parseDouble(box[3]);
        List<double[]> boxes = new ArrayList<>();
        for (Element t : svg.select("text")) {
          double x = Double.parseDouble(t.attr("x"));
          double y = Double.parseDouble(t.attr("y"));
          double w = HtmlRenderer.textWidth(t.text());
          double left = switch (t.attr("text-anchor")) {
            case "end" -> x - w;
            case "middle" -> x - w / 2;
            default -> x;
          };
          double[] b = {left, y - HtmlRenderer.FONT, left + w, y + 3};
          assertThat(b[0]).as("%s left", t.text()).isGreaterThanOrEqualTo(0);
          assertThat(b[2]).as("%s right", t.text()).isLessThanOrEqualTo(width);
          assertThat(b[1]).as("%s top", t.text()).isGreaterThanOrEqualTo(0);
          assertThat(b[3]).as("%s bottom", t.text()).isLessThanOrEqualTo(height);
          for (double[] o : boxes) {
            boolean overlap = b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3];
            assertThat(overlap).as("'%s' overlaps another label in %s", t.text(), svg.attr("aria-label")).isFalse();
          }
          boxes.add(b);
        }
        for (Element r : svg.select("rect")) {
          double x = Double.parseDouble(r.attr("x"));
          double w = Double.parseDouble(r.attr("width"));
          assertThat(x + w).isLessThanOrEqualTo(width);
        }
      }
    }
  }

  @Test
  void longLabelsAreShortenedNotSpilled() {
    assertThat(HtmlRenderer.fit("新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县", 170)).endsWith("…");
    assertThat(HtmlRenderer.textWidth(HtmlRenderer.fit("新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县", 170))).isLessThanOrEqualTo(170);
    assertThat(HtmlRenderer.fit("神垕镇", 170)).isEqualTo("神垕镇");
  }

  @Test
  void aHostAddsItsOwnSection() {
    List<ReportContext> seen = new ArrayList<>();
    SectionContributor tea = ctx -> {
      seen.add(ctx);
      return new Section("tea-culture", Text.of("茶文化体验", "Tea culture"), List.of(new Block.Paragraph(
          Text.of(ctx.division() + " 全年接待游客 3.2 万人次。", "32,000 visitors this year."))));
    };
    Report report = SmallCounty.builder().section(tea).build();
    assertThat(seen).as("built once, with the report's context").singleElement().satisfies(ctx -> {
      assertThat(ctx.division()).isEqualTo(SmallCounty.COUNTY);
      assertThat(ctx.period()).isEqualTo(report.period());
      assertThat(ctx.compliance()).isPresent();
      assertThat(ctx.rollup()).isPresent();
    });
    assertThat(report.sections()).extracting(Section::id).as("after civic's own").endsWith("annual-14534", "service-hours", "tea-culture");
    Document html = Jsoup.parse(HtmlRenderer.render(report, ReportStyle.chinese()));
    assertThat(html.select("section#tea-culture p").text()).isEqualTo("411081000000 全年接待游客 3.2 万人次。");
    assertThat(html.select("section").eachAttr("id")).endsWith("tea-culture");
  }

  @Test
  void aContributorThatReturnsNoSectionIsNamed() {
    assertThatThrownBy(() -> SmallCounty.builder().section(ctx -> null).build())
        .isInstanceOf(NullPointerException.class).hasMessage("a section contributor returned no section");
    assertThatThrownBy(() -> SmallCounty.builder().section(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("contributor");
  }
}
