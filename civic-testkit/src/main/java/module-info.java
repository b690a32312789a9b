/**
 * civic-testkit — the national 2021 division list and generators of hierarchies, site facts,
 * teams and grid groups, volunteers, activities and assessment tables for property tests, civic's and hosts'. Hosts see
 * {@code org.civic.testkit}, whose generators hand out civic-core's types.
 */
module org.civic.testkit {
  // @NullMarked on its packages, for hosts' nullness checkers; nothing needs it at run time.
  requires static org.jspecify;
  requires transitive org.civic.core;

  exports org.civic.testkit;
}
