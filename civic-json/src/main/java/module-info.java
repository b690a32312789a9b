/**
 * civic-json — the civic JSON formats (a county dataset document and JSON Lines streams) and the
 * Jackson 3 module for civic-core's types.
 *
 * <p>Hosts see {@code org.civic.json}; {@code org.civic.json.internal} (the codecs and the cursor)
 * is exported to no one. The JSON Schemas under {@code org/civic/json/schema/} are opened so that
 * a host on the module path can read them as resources.
 */
module org.civic.json {
  // @NullMarked on its packages, for hosts' nullness checkers; nothing needs it at run time.
  requires static org.jspecify;
  // Its API speaks in civic-core's types (Dataset, RecordSink, ActivityLog.Builder) and Jackson's
  // (CivicModule is a JacksonModule, CivicJson hands out its JsonMapper).
  requires transitive org.civic.core;
  requires transitive tools.jackson.databind;
  // Each JSON Lines read logs what it did at debug level.
  requires org.slf4j;

  exports org.civic.json;

  opens org.civic.json.schema;

  provides tools.jackson.databind.JacksonModule with org.civic.json.CivicModule;
}
