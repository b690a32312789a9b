package org.civic.benchmarks;

import java.nio.file.Path;

/**
 * Issue 6's ingest target on the input the issue describes — a national activity JSON Lines file
 * of 6,000,000 records, ≈0.8 GB ({@link Issue6ActivityLines}: lean records, 0–2 volunteers, no
 * teams, field or theme) — with every benchmark of {@link JsonIngestBenchmark} side by side: the
 * bare token loop, data binding, and civic into a log and into objects. Independent of the scale.
 */
public class Issue6IngestBenchmark extends JsonIngestBenchmark {

  @Override
  Path inputFile() {
    return Issue6ActivityLines.file();
  }

  @Override
  int expectedCount() {
    return Issue6ActivityLines.COUNT;
  }
}
