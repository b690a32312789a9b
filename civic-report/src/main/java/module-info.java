/**
 * civic-report — a county's report built from what civic computed, rendered as Markdown, CSV,
 * JSON or one self-contained HTML page. Hosts see {@code org.civic.report}; its
 * {@code internal} package (the bilingual labels) is exported to no one.
 */
module org.civic.report {
  // @NullMarked on its packages, for hosts' nullness checkers; nothing needs it at run time.
  requires static org.jspecify;
  // The report is built from civic-core's types (Hierarchy, ComplianceResults, Period, …).
  requires transitive org.civic.core;
  // The JSON renderer writes through civic-json's Jackson setup; no civic-json type is in the API.
  requires org.civic.json;

  exports org.civic.report;
}
