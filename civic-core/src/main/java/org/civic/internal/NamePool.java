package org.civic.internal;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Names in one {@link StringPool}, each kept as a stem and a byte naming one of a fixed list of
 * endings: the endings of the official division names (村民委员会, 社区居委会, 街道办事处…) and the
 * practice sites' own terms (新时代文明实践站…). On the 2021 national list the endings are a
 * little over half of a village's name, so a name costs about 11 bytes instead of 17.
 *
 * <p>Any string can be stored; one without a listed ending is kept whole. Not for hosts: the
 * layout may change in any release. Built by {@link Builder}, then immutable and thread-safe.
 */
public final class NamePool {

  /**
   * The endings, by code; code 0 is no ending. Append only: a code is what a pool stores. More
   * than 255 would not fit a byte.
   */
  private static final String[] ENDINGS = {
    "",
    // The division list's administrative endings.
    "村民委员会", "村委会", "社区居民委员会", "社区居委会", "居民委员会", "居委会", "委员会", "委会",
    "街道办事处", "办事处", "人民政府", "管理委员会", "管委会", "社区", "街道", "村", "镇", "乡",
    "嘎查委员会", "嘎查", "苏木", "开发区", "农场", "林场", "牧场", "居委会筹备组", "生活区",
    // The practice sites' terms (SiteLevel.chinese()) and their usual forms.
    "新时代文明实践中心", "新时代文明实践分中心", "新时代文明实践所", "新时代文明实践站",
    "新时代文明实践点", "村新时代文明实践站", "社区新时代文明实践站", "镇新时代文明实践所",
    "乡新时代文明实践所", "街道新时代文明实践所",
  };

  /** The endings' characters, by code. */
  private static final char[][] ENDING_CHARS = Arrays.stream(ENDINGS).map(String::toCharArray).toArray(char[][]::new);

  /** The endings' last characters, ascending, and for each the codes of the endings with it, longest first. */
  private static final char[] LAST_CHARS;
  private static final int[][] BY_LAST_CHAR;

  static {
    java.util.TreeMap<Character, List<Integer>> byLast = new java.util.TreeMap<>();
    for (int code = 1; code < ENDINGS.length; code++) {
      String e = ENDINGS[code];
      byLast.computeIfAbsent(e.charAt(e.length() - 1), c -> new ArrayList<>()).add(code);
    }
    LAST_CHARS = new char[byLast.size()];
    BY_LAST_CHAR = new int[byLast.size()][];
    int i = 0;
    for (Map.Entry<Character, List<Integer>> e : byLast.entrySet()) {
      LAST_CHARS[i] = e.getKey();
      BY_LAST_CHAR[i++] = e.getValue().stream()
          .sorted(Comparator.comparingInt((Integer c) -> ENDINGS[c].length()).reversed())
          .mapToInt(Integer::intValue).toArray();
    }
  }

  private final StringPool stems;
  private final byte[] endings;

  private NamePool(StringPool stems, byte[] endings) {
    this.stems = stems;
    this.endings = endings;
  }

  /** Returns the number of names. */
  public int size() {
    return stems.size();
  }

  /** Returns the name at an index. */
  public String get(int index) {
    String stem = stems.get(index);
    int ending = endings[index] & 0xff;
    return ending == 0 ? stem : stem.concat(ENDINGS[ending]);
  }

  /** Returns the length of the name at an index. */
  public int length(int index) {
    return stems.length(index) + ENDINGS[endings[index] & 0xff].length();
  }

  /**
   * Tells whether the name at an index starts with the first {@code length} characters of a
   * pool's string (at most the name's length, and the string's), without making either.
   */
  public boolean startsWith(int index, StringPool other, int otherIndex, int length) {
    int stem = stems.length(index);
    int k = Math.min(length, stem);
    return other.regionEquals(otherIndex, 0, stems, index, 0, k)
        && (length <= stem || other.regionEquals(otherIndex, stem, ENDING_CHARS[endings[index] & 0xff], 0, length - stem));
  }

  /** Returns the number of characters kept for the name at an index: those before its ending. */
  int stemLength(int index) {
    return stems.length(index);
  }

  /** Returns the code of the longest listed ending of a name, or 0 if it has none. */
  static int endingOf(String name) {
    return endingOf(name, name.length());
  }

  /** {@link #endingOf(String)} of the first {@code length} characters of a sequence. */
  static int endingOf(CharSequence name, int length) {
    if (length == 0) {
      return 0;
    }
    int k = Arrays.binarySearch(LAST_CHARS, name.charAt(length - 1));
    if (k < 0) {
      return 0;
    }
    for (int code : BY_LAST_CHAR[k]) {
      if (endsWith(name, length, ENDING_CHARS[code])) {
        return code;
      }
    }
    return 0;
  }

  private static boolean endsWith(CharSequence name, int length, char[] ending) {
    int from = length - ending.length;
    if (from < 0) {
      return false;
    }
    for (int i = 0; i < ending.length; i++) {
      if (name.charAt(from + i) != ending[i]) {
        return false;
      }
    }
    return true;
  }

  /** Collects names in order; not thread-safe. */
  public static final class Builder {
    private final StringPool.Builder stems;
    private byte[] endings;
    private int size;

    /**
     * Creates a builder.
     *
     * @param expectedNames how many names to make room for
     * @param expectedChars how many characters in all to make room for (an upper bound will do)
     */
    public Builder(int expectedNames, int expectedChars) {
      this.stems = new StringPool.Builder(expectedNames, expectedChars);
      this.endings = new byte[Math.max(1, expectedNames)];
    }

    /** Makes room for {@code scale} times the names and characters the builder holds, more ({@link StringPool.Builder#reserveLike}). */
    public void reserveLike(double scale) {
      stems.reserveLike(scale);
      long names = size + 1 + (long) Math.ceil(size * scale);
      if (names > endings.length) {
        endings = Arrays.copyOf(endings, (int) Math.min(Integer.MAX_VALUE - 16, names));
      }
    }

    /** Appends a name and returns its index. */
    public int add(String name) {
      Objects.requireNonNull(name, "name");
      int code = endingOf(name);
      stems.add(name, name.length() - ENDINGS[code].length());
      return ended(code);
    }

    /** Appends the name held by the first {@code length} characters of an array and returns its index. */
    public int add(char[] name, int length) {
      Objects.checkFromIndexSize(0, length, name.length);
      int code = endingOf(CharBuffer.wrap(name, 0, length), length);
      stems.add(name, length - ENDINGS[code].length());
      return ended(code);
    }

    /** Records the ending of the name whose stem was just added; returns its index. */
    private int ended(int code) {
      if (size == endings.length) {
        endings = Arrays.copyOf(endings, size * 2);
      }
      endings[size] = (byte) code;
      return size++;
    }

    /**
     * Appends names another builder holds, in order.
     *
     * @param other the other builder, not this one
     * @param from the first of its names
     * @param to the end (exclusive)
     */
    public void addAll(Builder other, int from, int to) {
      Objects.checkFromToIndex(from, to, other.size);
      int n = to - from;
      if (size + n > endings.length) {
        endings = Arrays.copyOf(endings, Math.max(size + n, 2 * endings.length));
      }
      stems.addAll(other.stems, from, to);
      System.arraycopy(other.endings, from, endings, size, n);
      size += n;
    }

    /** Returns the pool, trimmed to size. The builder must not be used afterwards. */
    public NamePool build() {
      return new NamePool(stems.build(), Arrays.copyOf(endings, size));
    }
  }
}
