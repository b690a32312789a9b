package org.civic.report;

import java.util.List;
import java.util.Objects;

/**
 * A section of a report — 报告章节: a stable id, a title and its blocks.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable kebab-case id, not null
 * @param title the title, not null
 * @param blocks paragraphs, tables and charts, in order, not null
 */
public record Section(String id, Text title, List<Block> blocks) {

  /** Creates a section; the list is copied. */
  public Section {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    blocks = List.copyOf(blocks);
  }
}
