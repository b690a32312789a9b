/**
 * civic-testkit — the national 2021 division list and generators of hierarchies, site facts,
 * volunteers, activities and assessment tables for property tests, civic's and hosts'. Hosts see
 * {@code org.civic.testkit}, whose generators hand out civic-core's types.
 */
module org.civic.testkit {
  requires transitive org.civic.core;

  exports org.civic.testkit;
}
