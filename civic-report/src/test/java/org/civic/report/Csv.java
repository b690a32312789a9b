package org.civic.report;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: CRLF records, quoted fields with doubled quotes. */
final class Csv {

  private Csv() {}

  /**
   * Reads every record of a CSV text that ends with CRLF.
   *
   * @throws IllegalArgumentException if a quote is unbalanced, stray or the text does not end a record
   */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      char ch = csv.charAt(i);
      if (ch == '"' && cell.length() == 0) {
        int end = i + 1;
        while (true) {
          if (end >= csv.length()) {
            throw new IllegalArgumentException("unbalanced quote at " + i);
          }
          if (csv.charAt(end) == '"') {
            if (end + 1 < csv.length() && csv.charAt(end + 1) == '"') {
              cell.append('"');
              end += 2;
              continue;
            }
            break;
          }
          cell.append(csv.charAt(end++));
        }
        i = end + 1;
        if (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
          throw new IllegalArgumentException("text after a closing quote at " + i);
        }
      } else if (ch == ',') {
        row.add(cell.toString());
        cell.setLength(0);
        i++;
      } else if (ch == '\r') {
        if (i + 1 >= csv.length() || csv.charAt(i + 1) != '\n') {
          throw new IllegalArgumentException("a CR outside quotes at " + i);
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i += 2;
      } else if (ch == '"' || ch == '\n') {
        throw new IllegalArgumentException("a stray quote or line feed at " + i);
      } else {
        cell.append(ch);
        i++;
      }
    }
    if (!row.isEmpty() || cell.length() > 0) {
      throw new IllegalArgumentException("the last record does not end with CRLF");
    }
    return rows;
  }
}
