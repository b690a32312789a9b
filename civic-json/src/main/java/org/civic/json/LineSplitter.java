package org.civic.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without holding more than one line (up to a bound): a longer
 * line is skipped to its end and flagged. Not thread-safe.
 */
final class LineSplitter {

  private final InputStream in;
  private final int max;
  private final byte[] chunk = new byte[1 << 16];
  private int chunkPos;
  private int chunkLen;
  private byte[] line = new byte[1024];
  private int length;
  private boolean tooLong;
  private long lineNumber;
  private boolean eof;

  LineSplitter(InputStream in, int max) {
    this.in = in;
    this.max = max;
  }

  /** Reads the next line; returns false at the end of the input. */
  boolean next() throws IOException {
    if (eof) {
      return false;
    }
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (chunkPos == chunkLen) {
        chunkLen = in.read(chunk);
        chunkPos = 0;
        if (chunkLen <= 0) {
          eof = true;
          chunkLen = 0;
          if (!any) {
            return false;
          }
          break;
        }
      }
      any = true;
      int start = chunkPos;
      while (chunkPos < chunkLen && chunk[chunkPos] != '\n') {
        chunkPos++;
      }
      append(start, chunkPos - start);
      if (chunkPos < chunkLen) {
        chunkPos++; // the newline
        break;
      }
    }
    if (!tooLong && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    lineNumber++;
    return true;
  }

  private void append(int from, int n) {
    if (tooLong || n == 0) {
      return;
    }
    if ((long) length + n > max) {
      tooLong = true;
      length = 0;
      return;
    }
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.min(max, Math.max(length + n, line.length * 2)));
    }
    System.arraycopy(chunk, from, line, length, n);
    length += n;
  }

  byte[] buffer() {
    return line;
  }

  int length() {
    return length;
  }

  boolean tooLong() {
    return tooLong;
  }

  long lineNumber() {
    return lineNumber;
  }

  boolean isBlank() {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  String excerpt(int chars) {
    String s = new String(line, 0, Math.min(length, chars * 4), StandardCharsets.UTF_8);
    return s.length() <= chars ? s : s.substring(0, chars);
  }
}
