package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8Text#decode} gives exactly the characters {@code new String(bytes, UTF_8)} gives, and
 * refuses exactly where that string holds {@code U+FFFD} — for text of every width (ASCII, Latin-1,
 * Chinese, beyond the BMP), the same with random bytes, cut sequences, overlong forms, encoded
 * surrogates and code points past {@code U+10FFFF} spliced in, and a real {@code U+FFFD}.
 */
class Utf8TextTest {

  /** Byte runs that are not well-formed UTF-8 (or are U+FFFD itself). */
  private static final byte[][] BAD = {
    hex("80"), hex("bf"), hex("c0af"), hex("c1bf"), hex("c2"), hex("e4b8"), hex("e0808f"), hex("eda080"),
    hex("edbfbf"), hex("f08f8080"), hex("f4908080"), hex("f5808080"), hex("ff"), hex("f0908d"), hex("efbfbd"),
    hex("e4c8ad"), hex("c220"),
  };

  private static final int[] CODE_POINTS = {'a', '0', ' ', 0x7f, 0xe9, 0xff, 0x100, 0x7ff, 0x800, 0x4e2d, 0x6587,
    0x3000, 0xd7ff, 0xe000, 0xfffc, 0xfffe, 0xffff, 0x10000, 0x20bb7, 0x10ffff};

  private static byte[] hex(String s) {
    return HexFormat.of().parseHex(s);
  }

  @Test
  void decodesAsTheJdkDoesAndRefusesWhereItWouldReplace() {
    qt().withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int k = r.nextInt(0, 24); k > 0; k--) {
        switch (r.nextInt(8)) {
          case 0 -> out.writeBytes(BAD[r.nextInt(BAD.length)]);
          case 1 -> out.write(r.nextInt(256));
          case 2 -> out.writeBytes(Character.toString(r.nextInt(0x110000))
              .getBytes(StandardCharsets.UTF_8)); // a lone surrogate is written as '?'
          default -> out.writeBytes(Character.toString(CODE_POINTS[r.nextInt(CODE_POINTS.length)])
              .getBytes(StandardCharsets.UTF_8));
        }
      }
      byte[] whole = out.toByteArray();
      int from = whole.length == 0 ? 0 : r.nextInt(whole.length + 1);
      int to = from + r.nextInt(whole.length - from + 1);
      String jdk = new String(whole, from, to - from, StandardCharsets.UTF_8);
      char[] chars = new char[to - from];
      int n = Utf8Text.decode(whole, from, to, chars);
      String bytes = HexFormat.of().formatHex(whole, from, to);
      if (jdk.indexOf('\uFFFD') >= 0) {
        assertThat(n).as(bytes).isEqualTo(-1);
      } else {
        assertThat(n).as(bytes).isEqualTo(jdk.length());
        assertThat(new String(chars, 0, n)).as(bytes).isEqualTo(jdk);
      }
    });
  }

  /**
   * Every sequence of one and two bytes, every three-byte one that starts past ASCII, and every
   * four-byte one whose first two bytes are any and whose last two are each of the bytes at the
   * edges of the ranges UTF-8 tells apart: the same characters as the JDK, or refused where it would
   * put a replacement character.
   */
  @Test
  void shortSequencesExhaustively() {
    char[] chars = new char[4];
    byte[] b = new byte[4];
    for (int x = 0; x < 256; x++) {
      b[0] = (byte) x;
      check(b, 1, chars);
      for (int y = 0; y < 256; y++) {
        b[1] = (byte) y;
        check(b, 2, chars);
        for (int z = 0; x >= 0x80 && z < 256; z++) {
          b[2] = (byte) z;
          check(b, 3, chars);
        }
      }
    }
    int[] edges = {0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff};
    for (int x = 0xf0; x < 256; x++) {
      for (int y = 0; y < 256; y++) {
        for (int z : edges) {
          for (int w : edges) {
            b[0] = (byte) x;
            b[1] = (byte) y;
            b[2] = (byte) z;
            b[3] = (byte) w;
            check(b, 4, chars);
          }
        }
      }
    }
  }

  private static void check(byte[] b, int length, char[] chars) {
    String jdk = new String(b, 0, length, StandardCharsets.UTF_8);
    int n = Utf8Text.decode(b, 0, length, chars);
    if (jdk.indexOf('\uFFFD') >= 0) {
      if (n != -1) {
        throw new AssertionError(HexFormat.of().formatHex(b, 0, length) + " decoded, the JDK replaces it");
      }
    } else if (n != jdk.length() || !jdk.contentEquals(java.nio.CharBuffer.wrap(chars, 0, n))) {
      throw new AssertionError(HexFormat.of().formatHex(b, 0, length) + ": " + jdk + " expected, " + n + " characters");
    }
  }

  @Test
  void namesAsTheScannerMeetsThem() {
    for (String s : new String[] {"", "禹州市新时代文明实践中心", "多福巷社区居委会", "aé¥ÿ", "\uD842\uDFB7家", "\u3000"}) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      char[] chars = new char[b.length];
      int n = Utf8Text.decode(b, 0, b.length, chars);
      assertThat(new String(chars, 0, n)).isEqualTo(s);
    }
    byte[] replacement = "a\uFFFDb".getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8Text.decode(replacement, 0, replacement.length, new char[replacement.length])).isEqualTo(-1);
  }
}
