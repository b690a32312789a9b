package org.civic.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Renders a report's tables as CSV — CSV 格式: one table per file (named
 * {@code section-table.csv}), UTF-8, RFC 4180 quoting, CRLF line ends, and optionally a byte-order
 * mark so that Excel opens Chinese text correctly. Deterministic.
 *
 * <p>Names come from the people and organisations in the data (a volunteer types their own), so
 * a cell is never left to be read as a spreadsheet formula: a text cell or heading that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, and is not a plain number
 * such as {@code -5} or {@code +1.5}, is written with an apostrophe before it (OWASP's advice
 * against CSV injection), so {@code =1+1} is written {@code '=1+1} and {@code -1组}
 * {@code '-1组}. The numbers civic itself writes (counts, rates, money) are never touched, a
 * negative one included. Commas, quotes and line breaks are then quoted as RFC 4180 says.
 *
 * <p>Stateless and thread-safe.
 */
public final class CsvRenderer {

  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9][0-9,]*(\\.[0-9]+)?");

  private CsvRenderer() {}

  /**
   * Renders every table of a report.
   *
   * @param report the report, not null
   * @param style language and number formats, not null
   * @param excelBom whether to start each file with a UTF-8 byte-order mark
   * @return file name to content, in report order, not null
   */
  public static Map<String, String> render(Report report, ReportStyle style, boolean excelBom) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(style, "style");
    Map<String, String> files = new LinkedHashMap<>();
    for (Section s : report.sections()) {
      for (Block b : s.blocks()) {
        if (b instanceof Block.Table t) {
          files.put(s.id() + "-" + t.id() + ".csv", table(t, style, excelBom));
        }
      }
    }
    return files;
  }

  /** Renders one table: its headings, then its rows. */
  static String table(Block.Table t, ReportStyle style, boolean excelBom) {
    StringBuilder csv = new StringBuilder(excelBom ? "\uFEFF" : "");
    line(csv, t.columns().stream().map(style::text).map(CsvRenderer::inert).toList());
    for (List<Cell> row : t.rows()) {
      // only text can come from the data; a count, rate or sum is civic's own number, written as it is
      line(csv, row.stream().map(c -> c instanceof Cell.TextCell ? inert(style.format(c)) : style.format(c)).toList());
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      String c = cells.get(i);
      if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
        csv.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        csv.append(c);
      }
    }
    csv.append("\r\n");
  }

  /** A cell a spreadsheet could take for a formula, with an apostrophe before it; others as they are. */
  static String inert(String cell) {
    if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || PLAIN_NUMBER.matcher(cell).matches()) {
      return cell;
    }
    return "'" + cell;
  }
}
