package org.civic.team;

import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A team formula — 队伍组建模式 — in the notation counties use: {@code "1+12+N"} (Yuzhou),
 * {@code "1+10+N"} (a Jiangxi pilot county), {@code "1+N"}, or any {@code "1+K+N"}: exactly one
 * top team (brigade), exactly K specialised branches, and any number of local teams (squads).
 * {@code "1+N"} has no branches.
 *
 * <p>Immutable and thread-safe; {@link #toString()} prints what {@link #parse} reads.
 */
public final class TeamFormula {

  /** The most branches a formula has: a county's formula has a dozen or so. */
  static final int MAX_BRANCHES = 100_000;

  private final int branches;

  private TeamFormula(int branches) {
    this.branches = branches;
  }

  /**
   * Obtains the formula "1+K+N", or "1+N" for K = 0.
   *
   * @param branches K, the number of specialised branches, 0 to 100,000
   * @return the formula, not null
   * @throws IllegalArgumentException if K is negative or above 100,000 (what
   *     {@link #parse} reads, so that {@link #toString()} is always read back)
   */
  public static TeamFormula of(int branches) {
    if (branches < 0 || branches > MAX_BRANCHES) {
      throw new IllegalArgumentException("a formula has 0 to " + MAX_BRANCHES + " branches, not " + branches);
    }
    return new TeamFormula(branches);
  }

  /**
   * Parses the notation: {@code 1+K+N} with K a positive whole number without leading zeros,
   * or {@code 1+N}. Blanks around the symbols are allowed; the plus may be full-width (＋).
   *
   * @param text the notation, not null
   * @return the formula, not null
   * @throws TeamFormulaParseException naming the position (1-based) and what was expected
   */
  public static TeamFormula parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Parser p = new Parser(text.toString());
    p.blanks();
    p.expectOne();
    p.blanks();
    p.expectPlus();
    p.blanks();
    Integer k = p.numberOrNull();
    if (k != null) {
      p.blanks();
      p.expectPlus();
      p.blanks();
    }
    p.expectN();
    p.blanks();
    p.expectEnd();
    return new TeamFormula(k == null ? 0 : k);
  }

  /** Returns K, the number of specialised branches (0 for "1+N"). */
  public int branches() {
    return branches;
  }

  /** Returns K if the formula has a branch tier ("1+K+N"), empty for "1+N". */
  public OptionalInt branchTier() {
    return branches == 0 ? OptionalInt.empty() : OptionalInt.of(branches);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TeamFormula other && branches == other.branches;
  }

  @Override
  public int hashCode() {
    return branches;
  }

  /** Returns the notation, such as {@code 1+12+N} or {@code 1+N}. */
  @Override
  public String toString() {
    return branches == 0 ? "1+N" : "1+" + branches + "+N";
  }

  private static final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    void blanks() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private TeamFormulaParseException error(String expected) {
      String found = i >= s.length() ? "the end of the text" : "'" + s.charAt(i) + "'";
      return new TeamFormulaParseException(s, i + 1, expected, found);
    }

    void expectOne() {
      if (i < s.length() && s.charAt(i) == '1' && (i + 1 >= s.length() || !Character.isDigit(s.charAt(i + 1)))) {
        i++;
        return;
      }
      throw error("1 (exactly one top team)");
    }

    void expectPlus() {
      if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '＋')) {
        i++;
        return;
      }
      throw error("'+'");
    }

    @Nullable Integer numberOrNull() {
      if (i >= s.length() || !Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
        if (i < s.length() && (s.charAt(i) == 'N' || s.charAt(i) == 'n')) {
          return null;
        }
        throw error("a number of branches or N");
      }
      if (s.charAt(i) == '0') {
        throw error("a positive number of branches without leading zeros (write 1+N for none)");
      }
      int start = i;
      long v = 0;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        v = v * 10 + (s.charAt(i) - '0');
        if (v > MAX_BRANCHES) {
          i = start;
          throw error("a number of branches up to " + MAX_BRANCHES);
        }
        i++;
      }
      return (int) v;
    }

    void expectN() {
      if (i < s.length() && (s.charAt(i) == 'N' || s.charAt(i) == 'n')) {
        i++;
        return;
      }
      throw error("N (any number of local teams)");
    }

    void expectEnd() {
      if (i < s.length()) {
        throw error("the end of the formula");
      }
    }
  }
}
