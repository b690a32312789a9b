package org.civic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A NamePool gives back every name exactly, whatever its ending, and strips the listed ones —
 * names added as strings or as a reader's characters alike.
 */
class NamePoolPropertiesTest {

  /** Endings that are listed, pieces of them, and overlaps between them. */
  private static final String[] PIECES = {
    "村民委员会", "村委会", "社区居民委员会", "社区居委会", "居委会", "委员会", "委会", "会", "村", "社区",
    "街道办事处", "办事处", "新时代文明实践站", "新时代文明实践", "实践所", "站", "中心", "嘎查", "",
  };
  private static final String ALPHABET = "多福巷东华门沙河镇a1 -·（）村会委民居社区站所中心点\uD842\uDFB7";

  private static String name(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int stem = r.nextInt(6);
    for (int i = 0; i < stem; i++) {
      sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    int pieces = r.nextInt(3);
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  @Test
  void everyNameComesBackExactly() {
    qt().withExamples(300).forAll(longs().all(), integers().between(0, 400)).checkAssert((seed, n) -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<String> names = new ArrayList<>();
      NamePool.Builder b = new NamePool.Builder(r.nextInt(4), r.nextInt(8));
      NamePool.Builder asStrings = new NamePool.Builder(1, 1);
      for (int i = 0; i < n; i++) {
        String name = name(r);
        names.add(name);
        asStrings.add(name);
        if (r.nextBoolean()) {
          assertThat(b.add(name)).isEqualTo(i);
        } else { // as a reader decodes it: the characters in a buffer, an ending's pieces after them
          char[] buffer = (name + PIECES[r.nextInt(PIECES.length)] + "会").toCharArray();
          assertThat(b.add(buffer, name.length())).isEqualTo(i);
        }
      }
      NamePool pool = b.build();
      NamePool same = asStrings.build();
      assertThat(pool.size()).isEqualTo(n);
      for (int i = 0; i < n; i++) {
        assertThat(pool.get(i)).isEqualTo(names.get(i));
        assertThat(pool.stemLength(i)).as("the ending stripped from %s", names.get(i)).isEqualTo(same.stemLength(i));
      }
    });
  }

  /**
   * Names joined in runs from other builders (a parser thread's block each) come back as if added
   * one by one, and a name's start compares with a pool's string as {@link String#startsWith} does.
   */
  @Test
  void namesJoinedFromOtherBuildersComeBackExactlyAndCompareAsStrings() {
    qt().withExamples(200).forAll(longs().all(), integers().between(0, 200)).checkAssert((seed, n) -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<String> names = new ArrayList<>();
      NamePool.Builder b = new NamePool.Builder(1, 1);
      while (names.size() < n) {
        NamePool.Builder block = new NamePool.Builder(1, 1);
        List<String> held = new ArrayList<>();
        for (int k = r.nextInt(8); k > 0; k--) {
          String name = name(r);
          block.add(name);
          held.add(name);
        }
        int from = held.isEmpty() ? 0 : r.nextInt(held.size() + 1);
        b.addAll(block, from, held.size());
        names.addAll(held.subList(from, held.size()));
      }
      NamePool pool = b.build();
      StringPool.Builder others = new StringPool.Builder(1, 1);
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String text = r.nextBoolean() && !names.isEmpty() ? names.get(r.nextInt(names.size())) + name(r) : name(r);
        others.add(text);
        texts.add(text);
      }
      StringPool other = others.build();
      assertThat(pool.size()).isEqualTo(names.size());
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        assertThat(pool.get(i)).isEqualTo(name);
        assertThat(pool.length(i)).isEqualTo(name.length());
        int j = r.nextInt(texts.size());
        int length = r.nextInt(Math.min(name.length(), texts.get(j).length()) + 1);
        assertThat(pool.startsWith(i, other, j, length))
            .isEqualTo(name.startsWith(texts.get(j).substring(0, length)));
      }
    });
  }

  @Test
  void theLongestListedEndingIsTheOneStripped() {
    assertThat(NamePool.endingOf("北京市")).isZero();
    assertThat(NamePool.endingOf("")).isZero();
    // 社区居委会 (5) wins over 居委会 (3) and 委会 (2); 村民委员会 (5) over 委员会 (3).
    NamePool.Builder b = new NamePool.Builder(4, 16);
    b.add("多福巷社区居委会");
    b.add("沙河村民委员会");
    b.add("东华门街道办事处");
    b.add("多福巷社区居委会新时代文明实践站");
    NamePool pool = b.build();
    assertThat(NamePool.endingOf("多福巷社区居委会")).isEqualTo(NamePool.endingOf("社区居委会"))
        .isNotEqualTo(NamePool.endingOf("居委会")).isNotZero();
    assertThat(NamePool.endingOf("沙河村民委员会")).isEqualTo(NamePool.endingOf("村民委员会"))
        .isNotEqualTo(NamePool.endingOf("委员会"));
    assertThat(pool.stemLength(0)).isEqualTo(3);
    assertThat(pool.stemLength(1)).isEqualTo(2);
    assertThat(pool.stemLength(2)).isEqualTo(3);
    assertThat(pool.stemLength(3)).isEqualTo(8);
    assertThat(pool.get(3)).isEqualTo("多福巷社区居委会新时代文明实践站");
  }
}
