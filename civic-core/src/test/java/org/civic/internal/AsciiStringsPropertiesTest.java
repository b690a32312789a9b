package org.civic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * An id column finds, takes and hashes ids eight bytes at a time exactly as a byte at a time
 * would: the same bytes are id characters, runs end at the same byte, and equal strings hash
 * alike however they came.
 */
class AsciiStringsPropertiesTest {

  /** Word k of a little-endian long: byte k. */
  private static long word(byte[] eight) {
    return ByteBuffer.wrap(eight).order(ByteOrder.LITTLE_ENDIAN).getLong();
  }

  @Test
  void aWordsIdBytesAreThoseOfTheTableForEveryPairOfNeighbours() {
    // every value in every byte, beside every value in the next byte: a carry or borrow between
    // neighbours would show here; the other six bytes are random
    SplittableRandom r = new SplittableRandom(9);
    byte[] eight = new byte[8];
    for (int lane = 0; lane < 7; lane++) {
      for (int v = 0; v < 256; v++) {
        for (int u = 0; u < 256; u++) {
          r.nextBytes(eight);
          eight[lane] = (byte) v;
          eight[lane + 1] = (byte) u;
          long notId = AsciiStrings.notIdBytes(word(eight));
          for (int k = 0; k < 8; k++) {
            boolean expected = !Ids.isIdByte(eight[k]);
            if (((notId >>> (8 * k + 7)) & 1) == 1 != expected || (notId & ~0x8080_8080_8080_8080L) != 0) {
              throw new AssertionError("byte " + k + " of " + java.util.Arrays.toString(eight) + ": " + Long.toHexString(notId));
            }
          }
        }
      }
    }
  }

  @Test
  void idsAreTakenUpToTheFirstByteThatIsNotAnIdCharacter() {
    // runs of every length around the longest id, at every offset, ending before the limit, at
    // it, or at the array's end, among bytes that are sometimes outside ASCII
    qt().withExamples(3000).forAll(longs().all(), integers().between(0, 80)).checkAssert((seed, runLength) -> {
      SplittableRandom r = new SplittableRandom(seed);
      String idChars = "azAZ09-_.:/";
      byte[] b = new byte[r.nextInt(runLength + 1, runLength + 20)];
      int offset = r.nextInt(b.length - runLength + 1);
      for (int i = 0; i < b.length; i++) {
        b[i] = i >= offset && i < offset + runLength ? (byte) idChars.charAt(r.nextInt(idChars.length()))
            : (byte) r.nextInt(256);
      }
      int limit = r.nextInt(offset, b.length + 1);
      // a byte at a time
      int end = offset;
      while (end < limit && Ids.isIdByte(b[end])) {
        end++;
      }
      int expected = end == offset || end - offset > Ids.MAX_LENGTH ? -1 : end;

      AsciiStrings column = new AsciiStrings(r.nextInt(4));
      column.addId("before".toCharArray(), 0, 6);
      assertThat(column.addIdAt(b, offset, limit)).isEqualTo(expected);
      int taken = column.lastHash();
      assertThat(column.size()).isEqualTo(expected < 0 ? 1 : 2);
      column.addId("after".toCharArray(), 0, 5);
      assertThat(column.get(0)).isEqualTo("before");
      if (expected >= 0) {
        String id = new String(b, offset, expected - offset, java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(column.get(1)).isEqualTo(id);
        assertThat(column.get(2)).isEqualTo("after");
        assertThat(column.hash(1)).isEqualTo(taken).isEqualTo(AsciiStrings.hash(b, offset, expected))
            .isEqualTo(AsciiStrings.hash(id.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, id.length()));
      } else {
        assertThat(column.get(1)).isEqualTo("after");
      }
    });
  }

  @Test
  void anOffsetPastTheLimitTakesNothing() {
    AsciiStrings column = new AsciiStrings(2);
    column.addId("abc".toCharArray(), 0, 3);
    assertThat(column.addIdAt("xxxxxxxxxxxx".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 5, 3)).isEqualTo(-1);
    assertThat(column.size()).isEqualTo(1);
    assertThat(column.get(0)).isEqualTo("abc");
  }

  @Test
  void equalStringsHashAlikeWhereverTheirBytesLie() {
    qt().withExamples(2000).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, n) -> {
      SplittableRandom r = new SplittableRandom(seed);
      byte[] s = new byte[n];
      r.nextBytes(s);
      byte[] a = new byte[n + r.nextInt(12)];
      byte[] b = new byte[n + r.nextInt(12)];
      r.nextBytes(a);
      r.nextBytes(b);
      int i = r.nextInt(a.length - n + 1);
      int j = r.nextInt(b.length - n + 1);
      System.arraycopy(s, 0, a, i, n);
      System.arraycopy(s, 0, b, j, n);
      assertThat(AsciiStrings.hash(a, i, i + n)).isEqualTo(AsciiStrings.hash(b, j, j + n));
    });
  }
}
