package org.civic.report;

import java.util.List;
import java.util.Objects;

/**
 * Renders a report as Markdown — Markdown 格式: a heading per section, tables as pipe tables,
 * charts as their data tables. Deterministic: the same report and style give the same text.
 *
 * <p>Stateless and thread-safe.
 */
public final class MarkdownRenderer {

  /** Characters escaped wherever they are (see {@link #escape}). */
  private static final String MARKUP = "\\`*_[]<>&~#|";

  private MarkdownRenderer() {}

  /**
   * Renders a report.
   *
   * @param report the report, not null
   * @param style language and number formats, not null
   * @return the Markdown text, not null
   */
  public static String render(Report report, ReportStyle style) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(style, "style");
    StringBuilder md = new StringBuilder();
    md.append("# ").append(escape(style.text(report.title()))).append("\n");
    for (Section s : report.sections()) {
      md.append("\n## ").append(escape(style.text(s.title()))).append("\n");
      for (Block b : s.blocks()) {
        md.append('\n');
        if (b instanceof Block.Paragraph p) {
          md.append(paragraph(escape(style.text(p.text())))).append('\n');
        } else if (b instanceof Block.Table t) {
          caption(md, style.text(t.caption()));
          table(md, t.columns().stream().map(style::text).toList(),
              t.rows().stream().map(r -> r.stream().map(style::format).toList()).toList());
        } else if (b instanceof Block.Chart c) {
          caption(md, style.text(c.title()));
          List<String> head = new java.util.ArrayList<>();
          head.add("");
          c.series().forEach(x -> head.add(style.text(x.name())));
          List<List<String>> rows = new java.util.ArrayList<>();
          for (int i = 0; i < c.categories().size(); i++) {
            List<String> row = new java.util.ArrayList<>();
            row.add(style.text(c.categories().get(i)));
            for (Block.Series x : c.series()) {
              row.add(HtmlRenderer.number(x.values().get(i), c.percent(), style));
            }
            rows.add(row);
          }
          table(md, head, rows);
        }
      }
    }
    return md.toString();
  }

  private static void table(StringBuilder md, List<String> head, List<List<String>> rows) {
    md.append('|');
    head.forEach(h -> md.append(' ').append(escape(h)).append(" |"));
    md.append("\n|");
    head.forEach(h -> md.append(" --- |"));
    md.append('\n');
    for (List<String> row : rows) {
      md.append('|');
      row.forEach(c -> md.append(' ').append(escape(c)).append(" |"));
      md.append('\n');
    }
  }

  /**
   * Text as Markdown shows it literally, inline: the characters that make links, images, code,
   * emphasis, raw HTML, entities, headings' closing marks or table cells ({@code \ ` * _ [ ] < > & ~ # |})
   * escaped with a backslash (CommonMark escapes any ASCII punctuation so), and line breaks (CR,
   * LF) made spaces, so that a name from the data never changes the page's structure.
   */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\r' || ch == '\n') {
        out.append(' ');
      } else {
        if (MARKUP.indexOf(ch) >= 0) {
          out.append('\\');
        }
        out.append(ch);
      }
    }
    return out.toString();
  }

  /**
   * An escaped paragraph that cannot start a block of another kind: no leading spaces (an indented
   * code block), and a leading list, setext or ordered-list mark ({@code - + =}, {@code 1.}, {@code 1)})
   * escaped.
   */
  static String paragraph(String escaped) {
    String p = escaped.stripLeading();
    if (!p.isEmpty() && "-+=".indexOf(p.charAt(0)) >= 0) {
      return "\\" + p;
    }
    int digits = 0;
    while (digits < p.length() && digits < 10 && p.charAt(digits) >= '0' && p.charAt(digits) <= '9') {
      digits++;
    }
    if (digits > 0 && digits < p.length() && (p.charAt(digits) == '.' || p.charAt(digits) == ')')) {
      return p.substring(0, digits) + "\\" + p.substring(digits);
    }
    return p;
  }

  /**
   * Writes a table's or chart's caption in bold: none if it is blank (bold of nothing, "****", is a
   * thematic break in CommonMark), and without the blanks around it (which would show the asterisks).
   */
  private static void caption(StringBuilder md, String caption) {
    if (!caption.isBlank()) {
      md.append("**").append(escape(caption.strip())).append("**\n\n");
    }
  }
}
