package org.civic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * String pools filled as a reader fills them — strings one by one, ids as their bytes, other
 * builders' strings joined in runs (a parser thread's block each) — give back every string exactly,
 * whichever width each builder settled on, and compare regions as {@link String} does.
 */
class StringPoolPropertiesTest {

  /** ASCII, Latin-1 and wider characters, a pair of surrogates among them. */
  private static final String[] ALPHABETS = {"abcxyz019-_.:/", "aé¥ÿ0 ", "多福巷社区站a1（）\uD842\uDFB7"};

  private static String string(SplittableRandom r, String alphabet) {
    StringBuilder sb = new StringBuilder();
    for (int i = r.nextInt(9); i > 0; i--) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static boolean isLatin1(List<String> strings) {
    return strings.stream().allMatch(s -> s.chars().allMatch(c -> c <= 0xff));
  }

  @Test
  void stringsAddedOneByOneAsBytesOrInRunsFromOtherBuildersComeBackExactly() {
    qt().withExamples(300).forAll(longs().all(), integers().between(0, 200)).checkAssert((seed, n) -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<String> expected = new ArrayList<>();
      StringPool.Builder pool = new StringPool.Builder(r.nextInt(4), r.nextInt(8));
      while (expected.size() < n) {
        String alphabet = ALPHABETS[r.nextInt(r.nextBoolean() ? 1 : ALPHABETS.length)];
        switch (r.nextInt(3)) {
          case 0 -> {
            String s = string(r, alphabet);
            pool.add(s);
            expected.add(s);
          }
          case 1 -> {
            String id = string(r, ALPHABETS[0]);
            byte[] framed = ("\"" + id + "\"").getBytes(StandardCharsets.ISO_8859_1);
            pool.addLatin1(framed, 1, id.length());
            expected.add(id);
          }
          default -> {
            StringPool.Builder block = new StringPool.Builder(1, 1);
            List<String> held = new ArrayList<>();
            for (int k = r.nextInt(6); k > 0; k--) {
              String s = string(r, ALPHABETS[r.nextInt(ALPHABETS.length)]);
              block.add(s);
              held.add(s);
            }
            int from = held.isEmpty() ? 0 : r.nextInt(held.size() + 1);
            int to = from + (held.size() == from ? 0 : r.nextInt(held.size() - from + 1));
            pool.addAll(block, from, to);
            expected.addAll(held.subList(from, to));
          }
        }
      }
      for (int i = 0; i < expected.size(); i++) {
        assertThat(pool.get(i)).isEqualTo(expected.get(i));
      }
      StringPool built = pool.build();
      assertThat(built.size()).isEqualTo(expected.size());
      // a pool of another width (bytes where this one has characters, or the other way round)
      String otherAlphabet = built.size() > 0 && !isLatin1(expected) ? ALPHABETS[0] : ALPHABETS[2];
      StringPool.Builder others = new StringPool.Builder(1, 1);
      List<String> otherStrings = new ArrayList<>();
      for (int k = 0; k < 10; k++) {
        String t = k % 3 == 0 && !expected.isEmpty() ? expected.get(r.nextInt(expected.size())) : string(r, otherAlphabet);
        others.add(t);
        otherStrings.add(t);
      }
      StringPool other = others.build();
      for (int i = 0; i < expected.size(); i++) {
        String s = expected.get(i);
        assertThat(built.get(i)).isEqualTo(s);
        assertThat(built.hash(i)).isEqualTo(s.hashCode());
        if (expected.size() > 1) {
          int j = r.nextInt(expected.size());
          assertRegionsMatchAsStrings(built, i, s, built, j, expected.get(j), r);
        }
        int j = r.nextInt(otherStrings.size());
        String t = otherStrings.get(j);
        int length = r.nextInt(Math.min(s.length(), t.length()) + 1);
        assertThat(built.regionEquals(i, 0, other, j, 0, length)).isEqualTo(s.regionMatches(0, t, 0, length));
        assertThat(other.regionEquals(j, 0, built, i, 0, length)).isEqualTo(s.regionMatches(0, t, 0, length));
      }
    });
  }

  /**
   * A pool whose strings all have one length (a country's site ids) keeps no offsets; one whose
   * last string differs keeps them. Both answer every question as the strings do.
   */
  @Test
  void poolsOfOneLengthAndOfAlmostOneAnswerAsTheirStrings() {
    qt().withExamples(300).forAll(longs().all(), integers().between(0, 120)).checkAssert((seed, n) -> {
      SplittableRandom r = new SplittableRandom(seed);
      int width = r.nextInt(9);
      String alphabet = ALPHABETS[r.nextInt(ALPHABETS.length)];
      boolean lastDiffers = n > 1 && r.nextBoolean();
      List<String> expected = new ArrayList<>();
      StringPool.Builder pool = new StringPool.Builder(r.nextInt(4), r.nextInt(8));
      for (int k = 0; k < n; k++) {
        int length = lastDiffers && k == n - 1 ? width + 1 : width;
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < length; c++) {
          sb.append(k % 5 == 4 && !expected.isEmpty() && c < expected.get(0).length()
              ? expected.get(0).charAt(c) : alphabet.charAt(r.nextInt(alphabet.length())));
        }
        String str = sb.toString();
        pool.add(str);
        expected.add(str);
      }
      StringPool built = pool.build();
      assertThat(built.size()).isEqualTo(n);
      assertThat(built.keepsOffsets()).as("offsets kept").isEqualTo(lastDiffers);
      // a pool of the other layout and another length, to compare regions across the two
      boolean otherUniform = lastDiffers || n <= 1;
      List<String> others = new ArrayList<>();
      StringPool.Builder otherPool = new StringPool.Builder(1, 1);
      for (int k = 0; k < 6; k++) {
        String t = k % 2 == 0 && n > 0 ? expected.get(r.nextInt(n)) : "";
        StringBuilder sb = new StringBuilder(t);
        int length = otherUniform ? width + 2 : width + 2 + k % 3;
        while (sb.length() < length) {
          sb.append(ALPHABETS[r.nextInt(ALPHABETS.length)].charAt(0));
        }
        others.add(sb.substring(0, length));
        otherPool.add(others.get(k));
      }
      StringPool other = otherPool.build();
      assertThat(other.keepsOffsets()).isEqualTo(!otherUniform);
      for (int i = 0; i < n; i++) {
        String str = expected.get(i);
        int o = r.nextInt(others.size());
        String u = others.get(o);
        assertRegionsMatchAsStrings(built, i, str, other, o, u, r);
        assertThat(built.regionEquals(i, 0, other, o, 0, Math.min(str.length(), u.length())))
            .isEqualTo(u.startsWith(str.substring(0, Math.min(str.length(), u.length()))));
        assertThat(built.get(i)).isEqualTo(str);
        assertThat(built.length(i)).isEqualTo(str.length());
        assertThat(built.hash(i)).isEqualTo(str.hashCode());
        assertThat(built.firstUnit(i)).isEqualTo(str.isEmpty() ? -1 : str.charAt(0));
        int j = r.nextInt(n);
        String t = expected.get(j);
        assertThat(built.equalAt(i, j)).isEqualTo(str.equals(t));
        assertThat(built.equalsAt(i, t)).isEqualTo(str.equals(t));
        if (isLatin1(List.of(t))) {
          byte[] framed = ("\"" + t + "\"").getBytes(StandardCharsets.ISO_8859_1);
          assertThat(built.equalsAt(i, framed, 1, framed.length - 1)).isEqualTo(str.equals(t));
        }
        assertRegionsMatchAsStrings(built, i, str, built, j, t, r);
      }
      if (n > 0) {
        assertThatThrownBy(() -> built.get(n))
            .isInstanceOf(IndexOutOfBoundsException.class);
      }
    });
  }

  /**
   * Compares a random region of {@code s} (string {@code i} of {@code a}) with one of {@code t}
   * (string {@code j} of {@code b}) both ways, and with {@code t}'s characters, as
   * {@link String#regionMatches} does.
   */
  private static void assertRegionsMatchAsStrings(StringPool a, int i, String s, StringPool b, int j, String t,
      SplittableRandom r) {
    int offset = r.nextInt(s.length() + 1);
    int otherOffset = r.nextInt(t.length() + 1);
    int length = r.nextInt(Math.min(s.length() - offset, t.length() - otherOffset) + 1);
    boolean expected = s.regionMatches(offset, t, otherOffset, length);
    assertThat(a.regionEquals(i, offset, b, j, otherOffset, length)).isEqualTo(expected);
    assertThat(b.regionEquals(j, otherOffset, a, i, offset, length)).isEqualTo(expected);
    assertThat(a.regionEquals(i, offset, t.toCharArray(), otherOffset, length)).isEqualTo(expected);
  }
}
