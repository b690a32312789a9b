package org.civic.report;

/**
 * A contributor of a host's own report section — 自定义章节 — added with
 * {@link ReportBuilder#section} without forking civic: given the report's context, it returns a
 * {@link Section} of paragraphs, tables and charts, and every renderer renders that section like
 * civic's own. civic calls it once each time
 * {@link ReportBuilder#build} runs.
 *
 * <pre>{@code
 * builder.section(ctx -> new Section("tea-culture", Text.of("茶文化体验", "Tea culture"), List.of(
 *     new Block.Paragraph(Text.of("全年接待游客 3.2 万人次。", "32,000 visitors this year.")))));
 * }</pre>
 */
@FunctionalInterface
public interface SectionContributor {

  /**
   * Builds the section.
   *
   * @param context what the report knows, not null
   * @return the section, not null
   */
  Section build(ReportContext context);
}
