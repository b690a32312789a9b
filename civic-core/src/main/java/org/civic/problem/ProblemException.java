package org.civic.problem;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when input has problems — 输入有误: carries every {@link Problem} found, not just the
 * first. The message lists the first few; {@link #problems()} has them all.
 */
public class ProblemException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 20;

  /** The problems, in the order found; never empty. */
  private final transient List<Problem> problems;

  /**
   * Creates an exception for a non-empty list of problems.
   *
   * @param summary one line saying what failed, such as "cannot build the hierarchy", not null
   * @param problems the problems, not null or empty
   * @throws IllegalArgumentException if the list is empty
   */
  public ProblemException(String summary, List<Problem> problems) {
    super(message(Objects.requireNonNull(summary, "summary"), Objects.requireNonNull(problems, "problems")));
    this.problems = List.copyOf(problems);
  }

  private static String message(String summary, List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ProblemException needs at least one problem");
    }
    StringBuilder sb = new StringBuilder(summary).append(": ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    problems.stream().limit(SHOWN).forEach(p -> sb.append(System.lineSeparator()).append("  ").append(p));
    if (problems.size() > SHOWN) {
      sb.append(System.lineSeparator()).append("  … and ").append(problems.size() - SHOWN)
          .append(" more");
    }
    return sb.toString();
  }

  /** Returns every problem found, in the order found; never empty. */
  public List<Problem> problems() {
    return problems;
  }
}
