package org.civic.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * DivisionCsv's UTF-8 lines are a strict reader's lines: cut at the same terminators, the same
 * text, and bad bytes refused at the line that holds them — whatever the buffer size.
 */
class Utf8LinesPropertiesTest {

  private static final String[] PIECES = {
    "110101001001", ",", "多福巷社区居委会", "village", "\r", "\n", "\r\n", "\n\n", "\r\r", "a", " ", "\uFEFF",
    "\uFFFD", "\uD842\uDFB7", "é",
  };
  /** Bytes that are never UTF-8 on their own: a lone continuation, a cut sequence, an overlong, a surrogate. */
  private static final byte[][] BAD = {
    {(byte) 0x80}, {(byte) 0xE5, (byte) 0xA4}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xFF},
  };

  /** The lines, and "!" + the 1-based line at which a strict reader failed, if it did. */
  private static List<String> lines(DivisionCsv.LineSource source) throws IOException {
    List<String> lines = new ArrayList<>();
    try {
      for (String line; (line = source.next()) != null; ) {
        lines.add(line);
      }
    } catch (CharacterCodingException e) {
      lines.add("!");
    }
    return lines;
  }

  private static List<String> readerLines(byte[] bytes) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)), 1);
    return lines(reader::readLine);
  }

  /** A stream that gives at most a few bytes a read, as a network or gzip stream may. */
  private static InputStream trickle(byte[] bytes, int most) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, most));
      }
    };
  }

  @Test
  void theLinesAreAStrictReadersLines() {
    qt().withExamples(500).forAll(longs().all(), integers().between(1, 40), integers().between(1, 9))
        .checkAssert((seed, size, most) -> {
          SplittableRandom r = new SplittableRandom(seed);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          int pieces = r.nextInt(30);
          for (int i = 0; i < pieces; i++) {
            out.writeBytes(PIECES[r.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8));
          }
          int badAt = -1;
          if (r.nextInt(4) == 0) {
            badAt = out.size();
            out.writeBytes(BAD[r.nextInt(BAD.length)]);
            for (int i = r.nextInt(4); i > 0; i--) {
              out.writeBytes(PIECES[r.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8));
            }
          }
          byte[] bytes = out.toByteArray();
          try {
            List<String> expected = readerLines(bytes);
            List<String> actual = lines(new DivisionCsv.Utf8Lines(trickle(bytes, most), size));
            if (badAt >= 0) {
              // A reader decodes ahead and may fail before handing out the lines just before the
              // bad bytes; the byte lines hand out every line before the one that holds them.
              List<String> before = readerLines(Arrays.copyOf(bytes, badAt));
              boolean cut = badAt > 0 && (bytes[badAt - 1] == '\n' || bytes[badAt - 1] == '\r');
              List<String> good = new ArrayList<>(cut ? before : before.subList(0, Math.max(0, before.size() - 1)));
              good.add("!");
              assertThat(expected).endsWith("!");
              assertThat(actual).isEqualTo(good);
            } else {
              assertThat(actual).isEqualTo(expected);
            }
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
  }
}
