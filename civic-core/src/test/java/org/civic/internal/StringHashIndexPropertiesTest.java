package org.civic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link StringHashIndex#findAll} finds each distinct string of a column as {@link
 * StringHashIndex#find} does — its position in the pool, or -1 if the pool does not hold it —
 * for pools of bytes and of characters, keys that are there, near twins that are not (the same
 * but the last character, or one shorter or longer), strings whose first character is all they
 * share, and ids whose hashes collide ({@code Aa}/{@code BB}), so that probes run past the first
 * slot; with more keys than a batch holds.
 */
class StringHashIndexPropertiesTest {

  /** Ten z: an id of at most five pieces has at most five. */
  private static final String ABSENT = "zzzzzzzzzz";

  private static final String[] PIECES = {"Aa", "BB", "s", "1", "0", "110101", "-", "z", "."};

  private static String id(SplittableRandom r) {
    StringBuilder s = new StringBuilder();
    for (int k = r.nextInt(1, 6); k > 0; k--) {
      s.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return s.toString();
  }

  @Test
  void findAllFindsWhatFindFinds() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      LinkedHashSet<String> distinct = new LinkedHashSet<>();
      for (int n = r.nextInt(0, r.nextBoolean() ? 20 : 1_500); distinct.size() < n; ) {
        distinct.add(id(r));
      }
      StringPool.Builder builder = new StringPool.Builder(1, 1);
      distinct.forEach(builder::add);
      if (r.nextInt(4) == 0) {
        builder.add("社区"); // a pool of characters
      }
      StringPool pool = builder.build();
      StringHashIndex index = StringHashIndex.of(pool);
      List<String> held = new ArrayList<>(distinct);
      AsciiStrings column = new AsciiStrings(1);
      List<String> sure = new ArrayList<>(List.of(ABSENT));
      if (!held.isEmpty()) {
        sure.add(held.get(0));
      }
      for (String key : sure) {
        column.addId(key.toCharArray(), 0, key.length());
      }
      for (int k = r.nextInt(0, 1_200); k > 0; k--) {
        String key;
        if (!held.isEmpty() && r.nextInt(3) > 0) {
          key = held.get(r.nextInt(held.size()));
          switch (r.nextInt(4)) {
            case 0 -> key = key.substring(0, key.length() - 1) + (key.endsWith("A") ? "B" : "A");
            case 1 -> key = key.length() > 1 ? key.substring(0, key.length() - 1) : key + "1";
            case 2 -> key = key + "0";
            default -> { } // as held
          }
        } else {
          key = id(r);
        }
        column.addId(key.toCharArray(), 0, key.length());
      }
      FirstSeenCodes keys = FirstSeenCodes.of(column);
      int[] out = new int[keys.size()];
      index.findAll(keys, out);
      for (int code = 0; code < keys.size(); code++) {
        String key = keys.get(code);
        int expected = held.indexOf(key); // its position in the pool, or -1
        assertThat(index.find(key)).as(key).isEqualTo(expected);
        assertThat(out[code]).as(key).isEqualTo(expected);
      }
      assertThat(out[0]).as("a key no pool holds").isEqualTo(-1);
      if (!held.isEmpty()) {
        assertThat(out[1]).as("a key the pool holds first").isEqualTo(0);
      }
    });
  }

  @Test
  void ofFirstGivesEachStringItsFirstPosition() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<String> strings = new ArrayList<>();
      for (int n = r.nextInt(0, r.nextBoolean() ? 30 : 2_000); strings.size() < n; ) {
        boolean again = !strings.isEmpty() && r.nextInt(3) == 0;
        strings.add(again ? strings.get(r.nextInt(strings.size())) : id(r));
      }
      if (r.nextInt(4) == 0) {
        strings.add(r.nextInt(strings.size() + 1), "社区"); // a pool of characters
      }
      StringPool.Builder builder = new StringPool.Builder(1, 1);
      strings.forEach(builder::add);
      StringPool pool = builder.build();
      Map<String, Integer> first = new HashMap<>();
      for (int i = 0; i < strings.size(); i++) {
        first.putIfAbsent(strings.get(i), i);
      }
      int[] firstOut = new int[strings.size()];
      int[] hashes = new int[strings.size()];
      for (int i = 0; i < hashes.length; i++) {
        hashes[i] = strings.get(i).hashCode();
      }
      StringHashIndex index = r.nextBoolean()
          ? StringHashIndex.ofFirst(pool, firstOut)
          : StringHashIndex.ofFirst(pool, hashes, firstOut);
      for (int i = 0; i < strings.size(); i++) {
        String s = strings.get(i);
        assertThat(firstOut[i]).as("%s at %d", s, i).isEqualTo(first.get(s));
        assertThat(index.find(s)).as(s).isEqualTo(first.get(s));
        assertThat(pool.equalAt(i, first.get(s))).as(s).isTrue();
      }
      for (int k = 0; k < 50 && !strings.isEmpty(); k++) {
        int a = r.nextInt(strings.size());
        int b = r.nextInt(strings.size());
        assertThat(pool.equalAt(a, b)).as("%s and %s", strings.get(a), strings.get(b))
            .isEqualTo(strings.get(a).equals(strings.get(b)));
      }
      assertThat(index.find(ABSENT)).isEqualTo(-1);
    });
  }
}
