package org.civic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * FirstSeenCodes numbers a column as a map from string to the number of distinct strings before
 * its first occurrence would — the codes {@link CharDictionary} gives string by string — however
 * the column is cut into pieces (one string a piece, a few, all in one), for ids of every length
 * (packed up to 16 characters, matched by their bytes beyond), ids whose hashes collide
 * ({@code Aa}/{@code BB}), near twins, enough distinct strings to grow every partition's table,
 * and strings at the very end of the column's bytes (read without eight bytes after them); and
 * each code gives back its string and its first occurrence.
 */
class FirstSeenCodesPropertiesTest {

  private static final String[] PIECES = {"Aa", "BB", "v", "1", "0", "s11010", "-", "z", "s110101001001", ".", "/"};

  /** 0–6,000 ids from a pool of 1–3,000, lengths 1 to 64; in a column made with little room. */
  private static AsciiStrings column(SplittableRandom r, List<String> out) {
    int poolSize = r.nextInt(1, r.nextBoolean() ? 20 : 3_000);
    List<String> pool = new ArrayList<>();
    for (int i = 0; i < poolSize; i++) {
      StringBuilder id = new StringBuilder();
      switch (r.nextInt(3)) {
        case 0 -> {
          int n = r.nextInt(1, 7);
          for (int k = 0; k < n; k++) {
            id.append(PIECES[r.nextInt(PIECES.length)]);
          }
        }
        case 1 -> id.append('v').append(r.nextInt(1_000_000)); // numbered ids, 2-7 characters
        default -> {
          int n = r.nextInt(1, 65);
          for (int k = 0; k < n; k++) {
            id.append((char) ('a' + r.nextInt(3)));
          }
        }
      }
      if (id.length() > 64) {
        id.setLength(64);
      }
      pool.add(id.toString());
      if (r.nextInt(4) == 0) {
        char last = id.charAt(id.length() - 1);
        id.setCharAt(id.length() - 1, last == 'A' ? 'B' : 'A');
        pool.add(id.toString());
      }
    }
    int n = r.nextInt(4) == 0 ? r.nextInt(0, 4) : r.nextInt(0, 6_000);
    AsciiStrings column = new AsciiStrings(r.nextInt(1, 64));
    for (int i = 0; i < n; i++) {
      String s = pool.get(r.nextInt(pool.size()));
      assertThat(column.addId(s.toCharArray(), 0, s.length())).as(s).isTrue();
      out.add(s);
    }
    return column;
  }

  @Test
  void codesAreThoseOfTheFirstSeenOrderInAnyPieces() {
    qt().withExamples(400).forAll(longs().all(), integers().between(0, 3)).checkAssert((seed, cut) -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<String> strings = new ArrayList<>();
      AsciiStrings column = column(r, strings);
      int piece = switch (cut) {
        case 0 -> 1;
        case 1 -> r.nextInt(2, 50);
        case 2 -> r.nextInt(50, 7_000);
        default -> FirstSeenCodes.PIECE;
      };
      FirstSeenCodes codes = FirstSeenCodes.of(column, piece);
      Map<String, Integer> expected = new LinkedHashMap<>();
      Map<String, Integer> first = new LinkedHashMap<>();
      for (int i = 0; i < strings.size(); i++) {
        String s = strings.get(i);
        Integer code = expected.computeIfAbsent(s, k -> expected.size());
        first.putIfAbsent(s, i);
        assertThat(codes.codes()[i]).as("code of string %d, %s (piece %d)", i, s, piece).isEqualTo(code);
      }
      assertThat(codes.length()).isEqualTo(strings.size());
      assertThat(codes.size()).isEqualTo(expected.size());
      expected.forEach((s, code) -> {
        assertThat(codes.get(code)).isEqualTo(s);
        assertThat(codes.firstIndex(code)).isEqualTo(first.get(s));
      });
    });
  }

  /**
   * A column numbered while it grows — numbered up to some strings, more appended, numbered again
   * — on 1 to 4 threads (each piece shared out among them: tasks run on a pool, in any order)
   * gets the codes one numbering of the whole column on one thread gives.
   */
  @Test
  void aGrowingColumnNumberedOnThreadsGetsTheCodesOfOneThread() throws InterruptedException {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      qt().withExamples(300).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, threads) -> {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> strings = new ArrayList<>();
        AsciiStrings whole = column(r, strings);
        Parallel parallel = onPool(pool, threads);
        int piece = r.nextBoolean() ? r.nextInt(1, 300) : r.nextInt(300, 7_000);
        AsciiStrings growing = new AsciiStrings(r.nextInt(1, 64));
        FirstSeenCodes.Growing numbering = new FirstSeenCodes.Growing(growing, piece, r.nextInt(1, 40));
        int appended = 0;
        while (appended < strings.size()) {
          int more = r.nextInt(1, strings.size() - appended + 1);
          growing.addAll(whole, appended, appended + more);
          appended += more;
          if (r.nextInt(3) > 0) { // up to all appended, or to some string before (a row still open)
            int before = numbering.numbered();
            int upTo = r.nextBoolean() ? appended : r.nextInt(0, appended + 1);
            numbering.numberTo(upTo, parallel);
            assertThat(numbering.numbered()).isEqualTo(Math.max(before, upTo));
          }
        }
        FirstSeenCodes expected = FirstSeenCodes.of(whole);
        FirstSeenCodes codes = numbering.finish();
        assertThat(codes.length()).isEqualTo(strings.size());
        assertThat(Arrays.copyOf(codes.codes(), strings.size())).as("threads %d, piece %d", threads, piece)
            .isEqualTo(Arrays.copyOf(expected.codes(), strings.size()));
        assertThat(codes.size()).isEqualTo(expected.size());
        for (int code = 0; code < codes.size(); code++) {
          assertThat(codes.firstIndex(code)).isEqualTo(expected.firstIndex(code));
        }
        assertThatThrownBy(() -> numbering.numberTo(strings.size(), Parallel.NONE)).isInstanceOf(IllegalStateException.class);
      });
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
    }
  }

  /** Threads of a pool lent as a {@link Parallel}: every task submitted, then all awaited. */
  private static Parallel onPool(java.util.concurrent.ExecutorService pool, int threads) {
    return new Parallel() {
      @Override
      public int threads() {
        return threads;
      }

      @Override
      public void run(int tasks, java.util.function.IntConsumer task) {
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (int t = tasks - 1; t >= 0; t--) {
          int at = t;
          running.add(pool.submit(() -> task.accept(at)));
        }
        for (java.util.concurrent.Future<?> f : running) {
          try {
            f.get();
          } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    };
  }

  /**
   * Strings in the last eight bytes of the column's array are read byte by byte (a word would run
   * past it): strings that differ only in their first or their last byte keep apart, and an equal
   * one gets its code again.
   */
  @Test
  void stringsAtTheEndOfTheBytesAreReadWhole() {
    AsciiStrings column = new AsciiStrings(1); // 16 bytes
    String[] strings = {"v12345678", "ab", "ba", "a", "b", "a"};
    for (String s : strings) {
      column.addId(s.toCharArray(), 0, s.length());
    }
    assertThat(column.bytes()).hasSize(16);
    FirstSeenCodes codes = FirstSeenCodes.of(column);
    assertThat(codes.codes()).containsExactly(0, 1, 2, 3, 4, 3);
    for (int code = 0; code < 5; code++) {
      assertThat(codes.get(code)).isEqualTo(strings[code]);
    }
  }

  /**
   * Strings longer than 16 characters are told apart by their bytes when their 32-bit hashes are
   * equal: 300,000 distinct ones (among which several pairs share a hash, checked first, so that
   * the test can fail) each get a code of their own, and the same code again.
   */
  @Test
  void longStringsWithEqualHashesKeepApart() {
    int n = 300_000;
    SplittableRandom random = new SplittableRandom(42);
    java.util.Set<String> distinct = new java.util.LinkedHashSet<>();
    while (distinct.size() < n) {
      char[] id = new char[random.nextInt(17, 41)];
      for (int k = 0; k < id.length; k++) {
        id[k] = (char) ('a' + random.nextInt(26));
      }
      distinct.add(new String(id));
    }
    AsciiStrings column = new AsciiStrings(2 * n);
    for (int round = 0; round < 2; round++) {
      for (String s : distinct) {
        column.addId(s.toCharArray(), 0, s.length());
      }
    }
    java.util.Set<Integer> hashes = new java.util.HashSet<>();
    int shared = 0;
    for (int i = 0; i < n; i++) {
      shared += hashes.add(column.hash(i)) ? 0 : 1;
    }
    assertThat(shared).as("pairs of strings with one hash").isPositive();
    int[] codes = FirstSeenCodes.of(column).codes();
    for (int i = 0; i < 2 * n; i++) {
      assertThat(codes[i]).isEqualTo(i % n);
    }
  }
}
