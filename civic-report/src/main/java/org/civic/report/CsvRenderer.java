package org.civic.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a report's tables as CSV — CSV 格式: one table per file (named
 * {@code section-table.csv}), UTF-8, RFC 4180 quoting, CRLF line ends, and optionally a byte-order
 * mark so that Excel opens Chinese text correctly. Deterministic.
 *
 * <p>Stateless and thread-safe.
 */
public final class CsvRenderer {

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
          StringBuilder csv = new StringBuilder(excelBom ? "\uFEFF" : "");
          line(csv, t.columns().stream().map(style::text).toList());
          for (List<Cell> row : t.rows()) {
            line(csv, row.stream().map(style::format).toList());
          }
          files.put(s.id() + "-" + t.id() + ".csv", csv.toString());
        }
      }
    }
    return files;
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
}
