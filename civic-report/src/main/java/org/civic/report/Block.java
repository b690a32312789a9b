package org.civic.report;

import java.util.List;
import java.util.Objects;

/**
 * A piece of a report section — 报告内容块: a paragraph, a table or a chart.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Block {

  /** A paragraph of text. */
  record Paragraph(Text text) implements Block {
    /** Creates a paragraph. */
    public Paragraph {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A table: an id (also its CSV file name), a caption, column headings and rows of cells.
   *
   * @param id a stable kebab-case id, not null
   * @param caption the caption, not null
   * @param columns the headings, not null
   * @param rows the rows, each as long as the headings, not null
   */
  record Table(String id, Text caption, List<Text> columns, List<List<Cell>> rows) implements Block {
    /**
     * Creates a table.
     *
     * @throws IllegalArgumentException if a row's length differs from the headings'
     */
    public Table {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(caption, "caption");
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
      for (List<Cell> row : rows) {
        if (row.size() != columns.size()) {
          throw new IllegalArgumentException("table " + id + ": a row has " + row.size() + " cells for "
              + columns.size() + " columns");
        }
      }
    }
  }

  /** The kind of a chart. */
  enum ChartKind {
    /** Horizontal bars, one per category. */
    BARS,
    /** Horizontal stacked bars: each category split by series. */
    STACKED_BARS,
    /** A line over the categories, such as months. */
    LINE
  }

  /**
   * A chart: categories along one axis and one or more series of values.
   *
   * @param id a stable kebab-case id, not null
   * @param title the title, not null
   * @param kind the kind, not null
   * @param categories the categories, not null
   * @param series the series, each with one value per category, not null
   * @param percent whether values are percentages (0–100)
   */
  record Chart(String id, Text title, ChartKind kind, List<Text> categories, List<Series> series, boolean percent)
      implements Block {
    /**
     * Creates a chart.
     *
     * @throws IllegalArgumentException if it has no series, or a series' length differs from the
     *     categories'
     */
    public Chart {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(kind, "kind");
      categories = List.copyOf(categories);
      series = List.copyOf(series);
      if (series.isEmpty()) {
        throw new IllegalArgumentException("chart " + id + " has no series, expected one or more");
      }
      for (Series s : series) {
        if (s.values().size() != categories.size()) {
          throw new IllegalArgumentException("chart " + id + ": series " + s.name().en() + " has "
              + s.values().size() + " values for " + categories.size() + " categories");
        }
      }
    }
  }

  /**
   * One series of a chart.
   *
   * @param name the name, not null
   * @param values the values, one per category, not null
   */
  record Series(Text name, List<Double> values) {
    /**
     * Creates a series.
     *
     * @throws IllegalArgumentException if a value is not finite (NaN or infinite: no chart can show it)
     */
    public Series {
      Objects.requireNonNull(name, "name");
      values = List.copyOf(values);
      for (int i = 0; i < values.size(); i++) {
        if (!Double.isFinite(values.get(i))) {
          throw new IllegalArgumentException("series " + name.en() + ": value " + i + " is " + values.get(i)
              + ", expected a finite number");
        }
      }
    }
  }
}
