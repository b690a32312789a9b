package org.civic.json.schema;

/**
 * The JSON Schemas (draft 2020-12) shipped beside this class — {@value #DATASET} for a county
 * dataset document and {@value #LINE} for one JSON Lines record — read as resources, such as
 * {@code CivicJson.class.getResourceAsStream("schema/dataset.schema.json")}.
 *
 * <p>Not API: this package holds resources, and civic-json's module descriptor opens it so that a
 * host on the module path can read them. javac does not see resources and warns that an opened
 * package without a class "is empty or does not exist"; this class is why it is not empty.
 */
final class SchemaFiles {

  /** The schema of a county dataset document. */
  static final String DATASET = "dataset.schema.json";

  /** The schema of one JSON Lines record. */
  static final String LINE = "line.schema.json";

  private SchemaFiles() {}
}
