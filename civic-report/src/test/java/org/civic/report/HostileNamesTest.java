package org.civic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.civic.metric.Period;
import org.civic.volunteer.VolunteerStars;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Names from the data cannot change a report's structure nor become a spreadsheet formula: the
 * small county's report with every division, site, team, leader and volunteer name made hostile
 * (generated from formula leads, markup, quotes, separators and line breaks) has, in HTML and in
 * Markdown rendered as CommonMark, exactly the elements of the same report with plain names; its
 * CSV files have the same rows and columns, and no cell from the data starts a formula.
 */
class HostileNamesTest {

  /** What a cell may start with for a spreadsheet to read a formula (OWASP, CSV injection). */
  private static final String FORMULA_LEADS = "=+-@\t\r";

  private static final Gen<String> LEADS = Generate.pick(List.of("=", "+", "-", "@", "\t", "\r", "\n", "\r\n", " ", "　",
      "＝", "'", "\"", "#", "> ", "1. ", "    ", "-1", "+1", ""));

  private static final Gen<String> PARTS = Generate.pick(List.of("<script>alert(1)</script>", "</svg>",
      "<svg onload=alert(1)>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "<!--", "-->",
      "]]>", "&amp;", "&lt;", "&#60;", "&", "\"", "'", ",", ";", "|", "\\", "\\|", "`code`", "```", "*em*", "**b**",
      "_u_", "~~s~~", "[x](javascript:alert(1))", "![i](http://x.invalid/i.png)", "<http://x.invalid>",
      "=HYPERLINK(\"http://x.invalid\",\"点我\")", "=1+1", "+1", "-1组", "@SUM(A1:A9)", "=cmd|' /C calc'!A0", "\t",
      "\r", "\n", "\r\n", "| --- |", "# h", "\u2028", "神垕镇", "张三", "1.5", "-"));

  /** A hostile name: a lead, then one to five parts. */
  private static final Gen<String> HOSTILE = LEADS.zip(lists().of(PARTS).ofSizeBetween(1, 5),
      (lead, parts) -> lead + String.join("", parts));

  /** Every name as the hostile text followed by the plain name, so that names stay distinct and never blank. */
  private static UnaryOperator<String> names(String hostile) {
    return plain -> hostile + plain;
  }

  private static Report report(UnaryOperator<String> name) {
    return SmallCounty.builder(name).build();
  }

  private static final Report PLAIN = SmallCounty.report();

  @Test
  void htmlHasExactlyThePlainReportsElements() {
    for (ReportStyle style : new ReportStyle[] {ReportStyle.chinese(), ReportStyle.english()}) {
      List<String> expected = elements(Jsoup.parse(HtmlRenderer.render(PLAIN, style)));
      assertThat(expected).noneMatch(e -> e.startsWith("script") || e.startsWith("a[") || e.startsWith("img"));
      qt().withExamples(40).forAll(HOSTILE).checkAssert(hostile -> {
        Document page = Jsoup.parse(HtmlRenderer.render(report(names(hostile)), style));
        assertThat(elements(page)).as("elements of the page with names %s…", hostile).isEqualTo(expected);
        // the volunteer's name is there as text, character for character
        assertThat(page.select("table#hours-ranking td").stream().map(Element::wholeText))
            .contains(hostile + SmallCounty.HOSTILE);
      });
    }
  }

  @Test
  void markdownRendersToExactlyThePlainReportsElements() {
    Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    org.commonmark.renderer.html.HtmlRenderer html = org.commonmark.renderer.html.HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();
    for (ReportStyle style : new ReportStyle[] {ReportStyle.chinese(), ReportStyle.english()}) {
      List<String> expected = elements(Jsoup.parse(html.render(parser.parse(MarkdownRenderer.render(PLAIN, style)))));
      assertThat(expected).as("the plain report's Markdown has its tables").anyMatch(e -> e.startsWith("table"));
      qt().withExamples(40).forAll(HOSTILE).checkAssert(hostile -> {
        String md = MarkdownRenderer.render(report(names(hostile)), style);
        Document page = Jsoup.parse(html.render(parser.parse(md)));
        assertThat(elements(page)).as("elements of the Markdown with names %s…", hostile).isEqualTo(expected);
        assertThat(page.select("td").eachText()).as("a volunteer's name as its text")
            .anyMatch(t -> t.contains(SmallCounty.HOSTILE.substring(0, 10)));
      });
    }
  }

  @Test
  void csvHasThePlainReportsShapeAndNoCellFromTheDataStartsAFormula() {
    for (ReportStyle style : new ReportStyle[] {ReportStyle.chinese(), ReportStyle.english()}) {
      Map<String, String> plain = CsvRenderer.render(PLAIN, style, false);
      plain.putAll(HoursExport.csv(SmallCounty.serviceLog(), SmallCounty.hierarchy(UnaryOperator.identity()), Period.year(2024),
          VolunteerStars.national(), style, false));
      qt().withExamples(40).forAll(HOSTILE).checkAssert(hostile -> {
        Map<String, String> files = CsvRenderer.render(report(names(hostile)), style, false);
        files.putAll(HoursExport.csv(SmallCounty.serviceLog(names(hostile)), SmallCounty.hierarchy(names(hostile)), Period.year(2024),
            VolunteerStars.national(), style, false));
        assertThat(files.keySet()).isEqualTo(plain.keySet());
        files.forEach((file, content) -> {
          List<List<String>> rows = Csv.parse(content);
          List<List<String>> expected = Csv.parse(plain.get(file));
          assertThat(rows).as("%s: rows", file).hasSameSizeAs(expected);
          for (int r = 0; r < rows.size(); r++) {
            assertThat(rows.get(r)).as("%s row %d: cells", file, r).hasSameSizeAs(expected.get(r));
            for (int c = 0; c < rows.get(r).size(); c++) {
              String cell = rows.get(r).get(c);
              if (!cell.equals(expected.get(r).get(c)) && !cell.isEmpty()) {
                assertThat(FORMULA_LEADS.indexOf(cell.charAt(0))).as("%s row %d cell %d starts a formula: %s", file, r,
                    c, cell).isNegative();
              }
            }
          }
        });
        // the volunteer's name survives, behind an apostrophe when it would be a formula
        String name = hostile + SmallCounty.HOSTILE;
        String written = FORMULA_LEADS.indexOf(name.charAt(0)) >= 0 ? "'" + name : name;
        assertThat(Csv.parse(files.get("hours-by-volunteer.csv"))).anySatisfy(row -> assertThat(row).contains(written));
      });
    }
  }

  @Test
  void aSiteNamedAsAFormulaIsTextAndAScriptIsNoElement() {
    Report formula = report(plain -> plain.endsWith("实践站") ? "=1+1" : plain);
    List<String> cells = CsvRenderer.render(formula, ReportStyle.chinese(), false).values().stream()
        .flatMap(csv -> Csv.parse(csv).stream()).flatMap(List::stream).toList();
    assertThat(cells).contains("'=1+1").doesNotContain("=1+1");
    Report script = report(plain -> plain.endsWith("实践站") ? "<script>alert(1)</script>" : plain);
    Document page = Jsoup.parse(HtmlRenderer.render(script, ReportStyle.chinese()));
    assertThat(page.select("script")).isEmpty();
    assertThat(page.text()).contains("<script>alert(1)</script>");
  }

  @Test
  void numbersCivicWritesStayNumbersAndNamesThatLookLikeThemDoNot() {
    ReportStyle zh = ReportStyle.chinese();
    Block.Table t = new Block.Table("t", Text.same("t"), List.of(Text.same("名称"), Text.same("数")), List.of(
        List.of(Cell.text("-1组"), Cell.count(-5, Unit.ITEMS)),
        List.of(Cell.text("-5"), Cell.yuan(-12_345)),
        List.of(Cell.text("+1.5"), Cell.text("@x")),
        List.of(Cell.text("\t1"), Cell.text("\r=1"))));
    assertThat(CsvRenderer.table(t, zh, false)).isEqualTo("名称,数\r\n"
        + "'-1组,-5个\r\n"
        + "-5,-1.23万元\r\n"
        + "+1.5,'@x\r\n"
        + "'\t1,\"'\r=1\"\r\n");
  }

  /** Every element of a page in document order, as its tag and its attributes' names. */
  private static List<String> elements(Document page) {
    List<String> out = new ArrayList<>();
    for (Element e : page.getAllElements()) {
      List<String> attributes = new ArrayList<>();
      e.attributes().forEach(a -> attributes.add(a.getKey()));
      out.add(e.tagName() + attributes);
    }
    return out;
  }
}
