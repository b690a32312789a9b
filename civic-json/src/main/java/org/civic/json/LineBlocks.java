package org.civic.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Frames a stream into blocks of whole lines: a buffer of about the block size whose start holds
 * the next lines, grown (up to the line limit) when one line does not fit, and a way past a line
 * longer than the limit without holding it. Not thread-safe.
 */
final class LineBlocks {

  /** {@link #next()}'s answer when the buffer starts with a line longer than the limit. */
  static final int TOO_LONG = -1;

  private final InputStream in;
  private final int maxLine;
  private byte[] buf;
  private int len;
  private boolean eof;

  LineBlocks(InputStream in, int blockSize, int maxLine) {
    this.in = in;
    this.maxLine = maxLine;
    this.buf = new byte[blockSize];
  }

  /** Returns the buffer whose start holds the block {@link #next()} framed. */
  byte[] buffer() {
    return buf;
  }

  /**
   * Reads until the buffer starts with whole lines, and returns where they end (after the last
   * newline; the stream's last line needs none): 0 at the stream's end, or {@link #TOO_LONG} if the
   * first line is longer than the limit ({@link #skipLine()} then passes it).
   */
  int next() throws IOException {
    while (true) {
      fill();
      if (len == 0) {
        return 0;
      }
      int nl = lastNewline();
      if (nl >= 0) {
        return nl + 1;
      }
      if (eof) {
        return len;
      }
      if (buf.length >= maxLine + 2) {
        return TOO_LONG;
      }
      buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, (long) maxLine + 2));
    }
  }

  /** Drops the block buf[0, end), moving what follows it to the buffer's start. */
  void consumed(int end) {
    System.arraycopy(buf, end, buf, 0, len - end);
    len -= end;
  }

  /** Returns how many bytes follow the block buf[0, end): what a buffer given to {@link #handOver} must hold. */
  int remaining(int end) {
    return len - end;
  }

  /**
   * Hands the buffer over (its block buf[0, end) goes to a parser thread) and continues in
   * {@code next}, which receives what follows the block at its start.
   */
  void handOver(int end, byte[] next) {
    System.arraycopy(buf, end, next, 0, len - end);
    len -= end;
    buf = next;
  }

  /** The buffer starts with a line longer than the limit: skips to its end. */
  void skipLine() throws IOException {
    while (true) {
      for (int i = 0; i < len; i++) {
        if (buf[i] == '\n') {
          consumed(i + 1);
          return;
        }
      }
      len = 0;
      fill();
      if (len == 0) {
        return;
      }
    }
  }

  private void fill() throws IOException {
    while (!eof && len < buf.length) {
      int n = in.read(buf, len, buf.length - len);
      if (n < 0) {
        eof = true;
      } else {
        len += n;
      }
    }
  }

  private int lastNewline() {
    for (int i = len - 1; i >= 0; i--) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** The lines of a block that ends at end, given those of it read: plus a last line without newline. */
  static long lines(byte[] b, int end, long read) {
    return end > 0 && b[end - 1] != '\n' ? read + 1 : read; // the stream's last line; nothing follows it
  }
}
