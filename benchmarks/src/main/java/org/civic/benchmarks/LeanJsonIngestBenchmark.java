package org.civic.benchmarks;

import java.nio.file.Path;

/**
 * The ingest target on lean records: a national activity JSON Lines file of 6,000,000 records,
 * ≈0.8 GB ({@link LeanActivityLines}: 0–2 volunteers, no team, category or theme — the input the
 * ingest target was first set on), with every benchmark of {@link JsonIngestBenchmark} side by
 * side: the bare token loop, data binding, and civic into a log and into objects. Independent of
 * the scale.
 */
public class LeanJsonIngestBenchmark extends JsonIngestBenchmark {

  @Override
  Path inputFile() {
    return LeanActivityLines.file();
  }

  @Override
  int expectedCount() {
    return LeanActivityLines.COUNT;
  }
}
