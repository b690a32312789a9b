package org.civic.report;

import java.util.List;
import java.util.Objects;
import org.civic.division.DivisionCode;
import org.civic.metric.Period;

/**
 * A county's work report — 工作汇报: the figures and tables a county hands in, as sections of
 * paragraphs, tables and charts, in both languages. Built by {@link ReportBuilder}; rendered by
 * {@link MarkdownRenderer}, {@link CsvRenderer}, {@link JsonRenderer} or {@link HtmlRenderer}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the title, not null
 * @param division the division reported on, not null
 * @param period the period reported on, not null
 * @param sections the sections, in order, not null
 */
public record Report(Text title, DivisionCode division, Period period, List<Section> sections) {

  /** Creates a report; the list is copied. */
  public Report {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(division, "division");
    Objects.requireNonNull(period, "period");
    sections = List.copyOf(sections);
  }
}
