package org.civic.examples.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff for test failures: the lines of the shortest edit (a longest common subsequence),
 * each removed line as {@code -}, each added one as {@code +}, with a line of context on either
 * side of a change and {@code @@ line N} where a run of changes starts. Enough to read in a build
 * log; not a patch.
 */
final class LineDiff {

  private static final int MAX_LINES = 200;

  private LineDiff() {}

  /** Returns the diff from {@code expected} to {@code actual}, empty when they are equal. */
  static String of(String expected, String actual) {
    List<String> a = List.of(expected.split("\n", -1));
    List<String> b = List.of(actual.split("\n", -1));
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> edits = new ArrayList<>();   // " line", "-line", "+line"
    List<Integer> lineNumbers = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        edits.add(" " + a.get(i));
        lineNumbers.add(i + 1);
        i++;
        j++;
      } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
        edits.add("-" + a.get(i));
        lineNumbers.add(i + 1);
        i++;
      } else {
        edits.add("+" + b.get(j));
        lineNumbers.add(i + 1);
        j++;
      }
    }
    StringBuilder out = new StringBuilder();
    int written = 0;
    int lastShown = -2;
    for (int k = 0; k < edits.size(); k++) {
      boolean near = false;
      for (int d = -1; d <= 1; d++) {
        int n = k + d;
        near |= n >= 0 && n < edits.size() && edits.get(n).charAt(0) != ' ';
      }
      if (!near) {
        continue;
      }
      if (written == MAX_LINES) {
        out.append("… (diff cut at ").append(MAX_LINES).append(" lines)\n");
        break;
      }
      if (k != lastShown + 1) {
        out.append("@@ line ").append(lineNumbers.get(k)).append('\n');
      }
      out.append(edits.get(k)).append('\n');
      lastShown = k;
      written++;
    }
    return out.toString();
  }
}
