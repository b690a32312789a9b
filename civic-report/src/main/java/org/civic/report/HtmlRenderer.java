package org.civic.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders a report as one self-contained HTML page — HTML 格式: no external assets and no
 * JavaScript; tables, and inline SVG charts (bars for coverage by township, stacked bars for the
 * six-haves outcomes, a line for activities per month) laid out for pages 1280 px wide and
 * scaling down. Deterministic.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlRenderer {

  /** The SVG coordinate width of every chart. */
  static final int WIDTH = 1100;
  /** Where bars start: category labels sit left of it. */
  static final int LABEL_WIDTH = 190;
  /** Row height of bar charts. */
  static final int ROW = 26;
  /** Font size of chart text. */
  static final int FONT = 13;

  private static final String[] PALETTE = {"#2e7d32", "#c62828", "#f9a825", "#9e9e9e", "#1565c0", "#6a1b9a"};

  private HtmlRenderer() {}

  /**
   * Renders a report.
   *
   * @param report the report, not null
   * @param style language and number formats, not null
   * @return the HTML page, not null
   */
  public static String render(Report report, ReportStyle style) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(style, "style");
    StringBuilder h = new StringBuilder();
    String lang = "zh".equals(style.locale().getLanguage()) ? "zh-CN" : "en";
    h.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(esc(style.text(report.title()))).append("</title>\n<style>\n")
        .append("body{margin:0;background:#f5f5f5;color:#212121;font:15px/1.5 'Noto Sans CJK SC','Noto Sans SC',"
            + "'Microsoft YaHei','PingFang SC',sans-serif}\n")
        .append("main{max-width:1200px;margin:0 auto;padding:24px 32px;background:#fff}\n")
        .append("h1{font-size:26px;margin:8px 0 16px}h2{font-size:20px;margin:32px 0 12px;border-bottom:2px solid #c62828;"
            + "padding-bottom:4px}\n")
        .append("table{border-collapse:collapse;margin:8px 0 20px;min-width:50%;max-width:100%}"
            + "caption{text-align:left;font-weight:bold;padding:4px 0}\n")
        .append("th,td{border:1px solid #ddd;padding:4px 10px;text-align:left;vertical-align:top}"
            + "th{background:#fafafa}td.n{text-align:right;white-space:nowrap}\n")
        .append("figure{margin:8px 0 24px}figcaption{font-weight:bold;padding:4px 0}svg{display:block;width:100%;"
            + "height:auto;max-width:1100px}\n")
        .append("</style>\n</head>\n<body>\n<main>\n<h1>").append(esc(style.text(report.title()))).append("</h1>\n");
    for (Section s : report.sections()) {
      h.append("<section id=\"").append(esc(s.id())).append("\">\n<h2>").append(esc(style.text(s.title())))
          .append("</h2>\n");
      for (Block b : s.blocks()) {
        if (b instanceof Block.Paragraph p) {
          h.append("<p>").append(esc(style.text(p.text()))).append("</p>\n");
        } else if (b instanceof Block.Table t) {
          table(h, t, style);
        } else if (b instanceof Block.Chart c) {
          h.append("<figure id=\"").append(esc(c.id())).append("\">\n<figcaption>").append(esc(style.text(c.title())))
              .append("</figcaption>\n").append(svg(c, style)).append("</figure>\n");
        }
      }
      h.append("</section>\n");
    }
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void table(StringBuilder h, Block.Table t, ReportStyle style) {
    h.append("<table id=\"").append(esc(t.id())).append("\">\n<caption>").append(esc(style.text(t.caption())))
        .append("</caption>\n<thead><tr>");
    t.columns().forEach(c -> h.append("<th>").append(esc(style.text(c))).append("</th>"));
    h.append("</tr></thead>\n<tbody>\n");
    for (List<Cell> row : t.rows()) {
      h.append("<tr>");
      for (Cell c : row) {
        boolean numeric = !(c instanceof Cell.TextCell);
        h.append(numeric ? "<td class=\"n\">" : "<td>").append(esc(style.format(c))).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  /** Returns an SVG drawing of a chart; its text stays inside the view box and labels do not overlap. */
  static String svg(Block.Chart c, ReportStyle style) {
    return switch (c.kind()) {
      case BARS, STACKED_BARS -> bars(c, style);
      case LINE -> line(c, style);
    };
  }

  private static String bars(Block.Chart c, ReportStyle style) {
    int n = c.categories().size();
    boolean legend = c.kind() == Block.ChartKind.STACKED_BARS;
    int height = 16 + n * ROW + (legend ? 40 : 8);
    double max = c.percent() ? 100 : 0;
    for (int i = 0; i < n; i++) {
      double total = 0;
      for (Block.Series s : c.series()) {
        total += c.kind() == Block.ChartKind.STACKED_BARS ? s.values().get(i) : 0;
        max = Math.max(max, s.values().get(i));
      }
      max = Math.max(max, total);
    }
    if (max <= 0) {
      max = 1;
    }
    int valueSpace = 90;
    double scale = (WIDTH - LABEL_WIDTH - 10 - valueSpace) / max;
    StringBuilder s = open(height, style.text(c.title()));
    for (int i = 0; i < n; i++) {
      int y = 16 + i * ROW;
      text(s, LABEL_WIDTH - 8, y + ROW / 2 + 5, "end", fit(style.text(c.categories().get(i)), LABEL_WIDTH - 16), "#424242");
      double x = LABEL_WIDTH;
      double total = 0;
      for (int k = 0; k < c.series().size(); k++) {
        double v = c.series().get(k).values().get(i);
        double w = v * scale;
        if (w > 0) {
          s.append("<rect x=\"").append(r1(x)).append("\" y=\"").append(y + 4).append("\" width=\"").append(r1(w))
              .append("\" height=\"").append(ROW - 8).append("\" fill=\"")
              .append(c.series().size() == 1 ? "#c62828" : PALETTE[k % PALETTE.length]).append("\"><title>")
              .append(esc(style.text(c.series().get(k).name()) + ": " + number(v, c.percent(), style)))
              .append("</title></rect>\n");
        }
        x += c.kind() == Block.ChartKind.STACKED_BARS ? w : 0;
        total += v;
      }
      double end = c.kind() == Block.ChartKind.STACKED_BARS ? x : LABEL_WIDTH + c.series().get(0).values().get(i) * scale;
      double value = c.kind() == Block.ChartKind.STACKED_BARS ? total : c.series().get(0).values().get(i);
      text(s, (int) Math.round(end) + 6, y + ROW / 2 + 5, "start", number(value, c.percent(), style), "#212121");
    }
    if (legend) {
      int lx = LABEL_WIDTH;
      int ly = 16 + n * ROW + 18;
      for (int k = 0; k < c.series().size(); k++) {
        String name = style.text(c.series().get(k).name());
        s.append("<rect x=\"").append(lx).append("\" y=\"").append(ly - 11).append("\" width=\"12\" height=\"12\" fill=\"")
            .append(PALETTE[k % PALETTE.length]).append("\"/>\n");
        text(s, lx + 18, ly, "start", name, "#424242");
        lx += 18 + (int) Math.ceil(textWidth(name)) + 28;
      }
    }
    return s.append("</svg>\n").toString();
  }

  private static String line(Block.Chart c, ReportStyle style) {
    int n = c.categories().size();
    int left = 70;
    int right = WIDTH - 40;
    int top = 30;
    int bottom = 250;
    int height = bottom + 40;
    double max = 0;
    for (Block.Series s : c.series()) {
      for (double v : s.values()) {
        max = Math.max(max, v);
      }
    }
    max = max <= 0 ? 1 : max;
    StringBuilder s = open(height, style.text(c.title()));
    s.append("<line x1=\"").append(left).append("\" y1=\"").append(bottom).append("\" x2=\"").append(right)
        .append("\" y2=\"").append(bottom).append("\" stroke=\"#9e9e9e\"/>\n");
    for (int t = 0; t <= 2; t++) {
      double v = max * t / 2;
      int y = (int) Math.round(bottom - (bottom - top) * t / 2.0);
      text(s, left - 8, y + 5, "end", number(v, c.percent(), style), "#757575");
      s.append("<line x1=\"").append(left).append("\" y1=\"").append(y).append("\" x2=\"").append(right)
          .append("\" y2=\"").append(y).append("\" stroke=\"#eeeeee\"/>\n");
    }
    double step = n > 1 ? (double) (right - left) / (n - 1) : 0;
    for (int k = 0; k < c.series().size(); k++) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < n; i++) {
        double x = left + step * i;
        double y = bottom - (bottom - top) * c.series().get(k).values().get(i) / max;
        points.append(i == 0 ? "" : " ").append(r1(x)).append(',').append(r1(y));
      }
      s.append("<polyline fill=\"none\" stroke=\"").append(PALETTE[(k + 1) % PALETTE.length])
          .append("\" stroke-width=\"2.5\" points=\"").append(points).append("\"/>\n");
      for (int i = 0; i < n; i++) {
        double x = left + step * i;
        double v = c.series().get(k).values().get(i);
        double y = bottom - (bottom - top) * v / max;
        s.append("<circle cx=\"").append(r1(x)).append("\" cy=\"").append(r1(y)).append("\" r=\"3.5\" fill=\"")
            .append(PALETTE[(k + 1) % PALETTE.length]).append("\"/>\n");
        if (k == 0 && step >= 40) {
          text(s, (int) Math.round(x), (int) Math.round(y) - 9, "middle", number(v, c.percent(), style), "#212121");
        }
      }
    }
    int every = step <= 0 ? 1 : (int) Math.ceil(60 / step);
    for (int i = 0; i < n; i += Math.max(1, every)) {
      text(s, (int) Math.round(left + step * i), bottom + 22, "middle", fit(style.text(c.categories().get(i)),
          Math.max(30, (int) step * Math.max(1, every) - 6)), "#424242");
    }
    return s.append("</svg>\n").toString();
  }

  private static StringBuilder open(int height, String label) {
    return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" role=\"img\" aria-label=\"").append(esc(label)).append("\" font-size=\"").append(FONT)
        .append("\" font-family=\"'Noto Sans CJK SC','Noto Sans SC','Microsoft YaHei',sans-serif\">\n");
  }

  private static void text(StringBuilder s, int x, int y, String anchor, String text, String color) {
    s.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
        .append("\" fill=\"").append(color).append("\">").append(esc(text)).append("</text>\n");
  }

  /** Estimates the width of text at {@link #FONT}: CJK a full em, other characters 0.62 em. */
  static double textWidth(String text) {
    double w = 0;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      // by code point: a character beyond the BMP (CJK Extension B, in some place names) is one, wide
      w += text.codePointAt(i) >= 0x2E80 ? FONT : FONT * 0.62;
    }
    return w;
  }

  /** Shortens text with an ellipsis to fit a width, never within a character (a surrogate pair). */
  static String fit(String text, int width) {
    if (textWidth(text) <= width) {
      return text;
    }
    int end = 0;
    while (end < text.length()) {
      int next = text.offsetByCodePoints(end, 1);
      if (textWidth(text.substring(0, next) + "…") > width) {
        break;
      }
      end = next;
    }
    return text.substring(0, end) + "…";
  }

  /** Formats a chart value: a percentage at the style's scale, or a whole number. */
  static String number(double v, boolean percent, ReportStyle style) {
    if (percent) {
      return BigDecimal.valueOf(v).setScale(style.percentScale(), RoundingMode.HALF_UP).toPlainString() + "%";
    }
    return style.grouped(Math.round(v));
  }

  private static String r1(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  private static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  static String lang(Locale l) {
    return l.getLanguage();
  }
}
