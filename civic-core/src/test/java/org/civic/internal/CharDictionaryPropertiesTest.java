package org.civic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A CharDictionary numbers distinct strings 0, 1, 2 … in the order first seen, gives an equal
 * string its code again from characters or ASCII bytes, and gives each string back — across its
 * growth, and with strings whose hashes collide ("Aa" and "BB" hash alike, so do their
 * concatenations); short ASCII strings (kept packed in their slots) and others (compared
 * character by character) alike, at and around the packed length; and the bytes of a string
 * amid other bytes (read eight at a time) give the code of its characters.
 */
class CharDictionaryPropertiesTest {

  /** Pieces of ids, of colliding hashes, a NUL, and non-ASCII text (given as characters only). */
  private static final String[] PIECES = {"Aa", "BB", "v", "1", "0", "s11010", "-", "z", "s110101001001", "\u0000",
    "实践站"};

  private static String string(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(7);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  @Test
  void codesAreDenseInFirstSeenOrderAndStable() {
    qt().withExamples(300).forAll(longs().all(), integers().between(0, 3000)).checkAssert((seed, n) -> {
      SplittableRandom r = new SplittableRandom(seed);
      CharDictionary d = new CharDictionary();
      Map<String, Integer> expected = new HashMap<>();
      for (int i = 0; i < n; i++) {
        String s = string(r);
        int code;
        boolean ascii = s.chars().allMatch(ch -> ch < 128);
        if (!ascii || r.nextBoolean()) {
          char[] padded = ("##" + s + "#").toCharArray();
          code = d.code(padded, 2, s.length());
        } else {
          byte[] padded = ("#" + s + "##").getBytes(StandardCharsets.US_ASCII);
          code = d.code(padded, 1, s.length());
        }
        Integer known = expected.putIfAbsent(s, expected.size());
        assertThat(code).as("code of %s", s).isEqualTo(known == null ? expected.size() - 1 : known);
      }
      assertThat(d.size()).isEqualTo(expected.size());
      expected.forEach((s, code) -> assertThat(d.get(code)).isEqualTo(s));
    });
  }

  @Test
  void stringsOfCollidingHashesAroundThePackedLengthsKeepTheirOwnCodes() {
    // "Aa" and "BB" hash alike, so every string of n pairs hashes like every other of n pairs; with
    // up to 10 pairs and an optional last character the lengths run 0 … 21, across 8, 16 and 17
    qt().withExamples(200).forAll(longs().all(), integers().between(1, 400)).checkAssert((seed, n) -> {
      SplittableRandom r = new SplittableRandom(seed);
      CharDictionary d = new CharDictionary();
      Map<String, Integer> expected = new HashMap<>();
      for (int i = 0; i < n; i++) {
        StringBuilder sb = new StringBuilder();
        int pairs = r.nextInt(11);
        for (int k = 0; k < pairs; k++) {
          sb.append(r.nextBoolean() ? "Aa" : "BB");
        }
        if (r.nextBoolean()) {
          sb.append((char) ('a' + r.nextInt(3)));
        }
        String s = sb.toString();
        int code = r.nextBoolean() ? d.code(s.toCharArray(), 0, s.length())
            : d.code(s.getBytes(StandardCharsets.US_ASCII), 0, s.length());
        Integer known = expected.putIfAbsent(s, expected.size());
        assertThat(code).as("code of %s", s).isEqualTo(known == null ? expected.size() - 1 : known);
      }
      expected.forEach((s, code) -> assertThat(d.get(code)).isEqualTo(s));
    });
  }

  @Test
  void bytesAmidOtherBytesGetTheCodesOfTheirCharacters() {
    // a string's bytes read eight at a time must be cut at its length: the bytes after it (and
    // before it) are garbage of every kind — NUL, non-ASCII, letters that would extend the id
    qt().withExamples(300).forAll(longs().all(), integers().between(1, 2000)).checkAssert((seed, n) -> {
      SplittableRandom r = new SplittableRandom(seed);
      CharDictionary fromBytes = new CharDictionary();
      CharDictionary fromChars = new CharDictionary();
      for (int i = 0; i < n; i++) {
        String s = string(r);
        if (!s.chars().allMatch(ch -> ch < 128)) {
          continue;
        }
        byte[] ascii = s.getBytes(StandardCharsets.US_ASCII);
        int before = r.nextInt(0, 9);
        byte[] buffer = new byte[before + ascii.length + r.nextInt(0, 24)];
        for (int k = 0; k < buffer.length; k++) {
          buffer[k] = (byte) switch (r.nextInt(4)) {
            case 0 -> 0;
            case 1 -> r.nextInt(128, 256);
            default -> r.nextInt('0', 'z' + 1);
          };
        }
        System.arraycopy(ascii, 0, buffer, before, ascii.length);
        int code = fromBytes.code(buffer, before, ascii.length);
        assertThat(code).as("code of %s", s).isEqualTo(fromChars.code(s.toCharArray(), 0, s.length()));
        assertThat(fromBytes.get(code)).isEqualTo(s);
      }
      assertThat(fromBytes.size()).isEqualTo(fromChars.size());
    });
  }

  @Test
  void theEmptyStringHasOneCodeAtAnyOffset() {
    CharDictionary d = new CharDictionary();
    int empty = d.code(new char[0], 0, 0);
    assertThat(d.code(new byte[4], Integer.MAX_VALUE - 3, 0)).isEqualTo(empty); // no byte read, no overflow
    assertThat(d.code(new byte[40], 3, 0)).isEqualTo(empty);
    assertThat(d.size()).isEqualTo(1);
  }

  /** find gives a known string's code and -1 for any other, and adds nothing. */
  @Test
  void findGivesKnownCodesAndAddsNothing() {
    qt().withExamples(200).forAll(longs().all(), integers().between(0, 2000)).checkAssert((seed, n) -> {
      SplittableRandom r = new SplittableRandom(seed);
      CharDictionary d = new CharDictionary();
      Map<String, Integer> expected = new HashMap<>();
      for (int i = 0; i < n; i++) {
        String s = string(r);
        expected.putIfAbsent(s, d.code(s.toCharArray(), 0, s.length()));
      }
      int size = d.size();
      for (int i = 0; i < 2 * n + 10; i++) {
        String s = string(r);
        char[] padded = ("#" + s + "##").toCharArray();
        assertThat(d.find(padded, 1, s.length())).as("find %s", s).isEqualTo(expected.getOrDefault(s, -1));
      }
      assertThat(d.size()).isEqualTo(size);
    });
  }
}
