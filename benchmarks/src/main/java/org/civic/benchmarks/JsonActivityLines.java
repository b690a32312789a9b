package org.civic.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The input of {@link JsonIngestBenchmark}: the activities file of the shared national data,
 * {@code benchmarks/target/national-<scale>/activities.jsonl} ({@link NationalData}), a civic/1
 * JSON Lines file of {@link #COUNT} activities written by civic's own {@code LinesWriter}: the
 * header line, then one activity per line, for example
 *
 * <pre>{"type":"activity","id":"a17","date":"2024-06-02","site":"s110101001001","teams":["t110101001001-s1"],"category":"culture","theme":"文化艺术","volunteers":["v53321","v9"],"beneficiaries":57,"serviceMinutes":120}</pre>
 *
 * <p>{@link #COUNT} depends on the scale ({@code -Dcivic.scale}): 1,000,000 reduced, 6,000,000
 * full. The file is written once and reused while its parameters and size match.
 */
final class JsonActivityLines {

  /** Activity records in the file (plus the header line), at the current scale. */
  static final int COUNT = NationalData.Scale.current().activities();

  private JsonActivityLines() {}

  /** Returns the directory the file lives in. */
  static Path directory() {
    return NationalData.directory(NationalData.Scale.current());
  }

  /** Returns the file, writing the national data first if it is missing or not the expected one. */
  static Path file() {
    return NationalData.current().files().activities();
  }

  /** Writes the file (if needed) and prints its path and size. */
  public static void main(String[] args) {
    Path file = file();
    try {
      System.out.printf("%s: %,d bytes, %,d activities%n", file, Files.size(file), COUNT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
