package org.civic.flink;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;

/**
 * A Flink file source of civic JSON Lines — civic JSON Lines 文件源: activities and orders as
 * {@link CivicRecord}s, with every bad line as a located problem among them (lenient, the default)
 * or failing the job at the first (strict). Large files are split (64 MB by default), and a
 * gzipped file ({@code .jsonl.gz}) is read whole by one task.
 *
 * <pre>{@code
 * FileSource<CivicRecord> source = CivicLinesSource.builder(List.of("hdfs:///civic/2024/")).build();
 * env.fromSource(source, job.watermarks(), "activities");
 * }</pre>
 *
 * <p>Not instantiable: use {@link #builder(List)}.
 */
public final class CivicLinesSource {

  /** The default split size: 64 MB. */
  public static final long DEFAULT_SPLIT_SIZE = 64L << 20;

  private CivicLinesSource() {}

  /**
   * Starts a source of files or folders (read recursively), as paths or URIs.
   *
   * @param paths one or more, not null
   * @return a builder, not null
   */
  public static Builder builder(List<String> paths) {
    Objects.requireNonNull(paths, "paths");
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("a source needs at least one path");
    }
    return new Builder(paths.stream().map(Path::new).toArray(Path[]::new));
  }

  /** Builds a civic JSON Lines source; not thread-safe. */
  public static final class Builder {
    private final Path[] paths;
    private boolean strict;
    private long splitSize = DEFAULT_SPLIT_SIZE;
    private int chunkBytes = 1 << 20;
    private Duration monitor = Duration.ZERO;

    private Builder(Path[] paths) {
      this.paths = paths;
    }

    /**
     * Fails the job at the first bad line, instead of emitting its problems.
     *
     * @return this builder
     */
    public Builder strict() {
      this.strict = true;
      return this;
    }

    /**
     * Sets the size of the splits an uncompressed file is cut into.
     *
     * @param bytes 1 or more
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder splitSize(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("a split size must be positive: " + bytes);
      }
      this.splitSize = bytes;
      return this;
    }

    /**
     * Sets how many bytes of whole lines civic-json parses at once (default 1 MB): a checkpoint
     * holds a chunk's offset and a restored reader reads that chunk again.
     *
     * @param bytes 1 or more
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder chunkSize(int bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("a chunk size must be positive: " + bytes);
      }
      this.chunkBytes = bytes;
      return this;
    }

    /**
     * Makes the source unbounded: it looks for new files in its folders at this interval (a
     * dashboard fed by the day's exports).
     *
     * @param interval positive, not null
     * @return this builder
     */
    public Builder monitorContinuously(Duration interval) {
      Objects.requireNonNull(interval, "interval");
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("the interval must be positive: " + interval);
      }
      this.monitor = interval;
      return this;
    }

    /** Builds the source. */
    public FileSource<CivicRecord> build() {
      long size = splitSize;
      FileSource.FileSourceBuilder<CivicRecord> b =
          FileSource.forBulkFileFormat(new CivicLinesFormat(strict, chunkBytes), paths)
              .setFileEnumerator(() -> new SplittingEnumerator(size));
      if (!monitor.isZero()) {
        b.monitorContinuously(monitor);
      }
      return b.build();
    }
  }
}
