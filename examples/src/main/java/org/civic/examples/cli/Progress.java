package org.civic.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress line of a long read — 读取进度: records, megabytes read and the rate, on standard
 * error. On a terminal it rewrites one line once a second, from the first second on, so a short run
 * prints nothing; asked for elsewhere ({@code --progress} into a log) it prints a line each time.
 * Every call comes from the reading thread: the byte count from the stream it reads, the record
 * count from the sink and the activity log it fills.
 *
 * <p>Not thread-safe.
 */
final class Progress {

  private static final long SECOND = 1_000_000_000L;

  private final PrintWriter err;
  private final boolean overwrite;
  private final long everyRecords;
  private final LongSupplier records;
  private final long start = System.nanoTime();
  private long bytes;
  private long nextRecords;
  private long lastPrint;
  private boolean printed;

  /**
   * @param err where the line goes
   * @param overwrite rewrite one line (a terminal) rather than print a line each time
   * @param everyRecords print each time this many more records were read; 0 prints once a second
   * @param records how many records have been read so far
   */
  private Progress(PrintWriter err, boolean overwrite, long everyRecords, LongSupplier records) {
    this.err = err;
    this.overwrite = overwrite;
    this.everyRecords = everyRecords;
    this.records = records;
    this.nextRecords = everyRecords;
    this.lastPrint = start;
  }

  /** A progress line, or none when it is off. */
  static Progress of(boolean on, boolean terminal, long everyRecords, PrintWriter err, LongSupplier records) {
    return on ? new Progress(err, terminal, everyRecords, records) : new Progress(err, false, -1, records);
  }

  private boolean off() {
    return everyRecords < 0;
  }

  /** Counts the bytes read from a stream. */
  InputStream counting(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          advance(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n > 0) {
          advance(n);
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        advance(skipped);
        return skipped;
      }
    };
  }

  private void advance(long n) {
    bytes += n;
    tick();
  }

  /** Prints the line if it is due. */
  void tick() {
    if (off()) {
      return;
    }
    long now = System.nanoTime();
    long read = records.getAsLong();
    if (everyRecords > 0 ? read >= nextRecords : now - lastPrint >= SECOND) {
      if (everyRecords > 0) {
        nextRecords = (read / everyRecords + 1) * everyRecords;
      }
      lastPrint = now;
      print(line(read, now), overwrite ? "\r" : "", overwrite ? "" : "\n");
    }
  }

  /** Ends the line, with the totals, if a line was printed. */
  void finish() {
    if (off() || !printed) {
      return;
    }
    print(line(records.getAsLong(), System.nanoTime()) + " — done", overwrite ? "\r" : "", "\n");
  }

  private String line(long read, long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    return String.format(Locale.ROOT, "read %,d records, %,.1f MB, %,.0f records/s", read, bytes / 1e6,
        read / seconds);
  }

  private void print(String line, String before, String after) {
    err.print(before + line + after);
    err.flush();
    printed = true;
  }
}
