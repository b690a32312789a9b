package org.civic.json;

import java.util.List;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;

/**
 * Thrown by a strict read that found problems — JSON 输入有误 — with every problem found so far,
 * each naming line, column, JSON Pointer and what was expected.
 */
public final class CivicJsonException extends ProblemException {

  private static final long serialVersionUID = 1L;

  CivicJsonException(String summary, List<Problem> problems) {
    super(summary, problems);
  }
}
