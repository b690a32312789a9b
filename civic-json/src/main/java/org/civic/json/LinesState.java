package org.civic.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.civic.problem.Location;
import org.civic.problem.Problem;

/**
 * What a JSON Lines read has found so far, on the calling thread: the records delivered, every
 * error and warning, the rejected lines, whether the header was read, and whether the read must
 * stop (strict mode, after a bad line). Not thread-safe.
 */
final class LinesState {

  final String source;
  final boolean strict;
  final List<Problem> errors = new ArrayList<>();
  final List<Problem> warnings = new ArrayList<>();
  final List<ReadReport.Rejected> rejected = new ArrayList<>();
  long records;
  boolean header;
  boolean stop;

  LinesState(String source, boolean strict) {
    this.source = source;
    this.strict = strict;
  }

  /** Reports a line longer than the limit, which is skipped. */
  void tooLong(long lineNo, int maxLine) {
    Problem problem = Problem.of("jsonl.line-too-long", Location.ofLine(source, lineNo),
        "the line is longer than " + maxLine + " bytes").withExpected("a line of at most " + maxLine + " bytes");
    errors.add(problem);
    rejected.add(new ReadReport.Rejected("", lineNo, "", List.of(problem)));
    stop = strict;
  }

  /** Rejects the line buf[from, to) if errors were added since {@code before}. */
  void rejectIfNew(int before, byte[] buf, int from, int to, long lineNo) {
    if (errors.size() > before) {
      rejected.add(new ReadReport.Rejected("", lineNo, excerpt(buf, from, to, 200), errors.subList(before, errors.size())));
      stop = strict;
    }
  }

  private static String excerpt(byte[] buf, int from, int to, int chars) {
    String s = new String(buf, from, Math.min(to - from, chars * 4), StandardCharsets.UTF_8);
    return s.length() <= chars ? s : s.substring(0, chars);
  }

  /**
   * Returns the report; an input without even a header is an error.
   *
   * @throws CivicJsonException in strict mode, if there are errors
   */
  ReadReport report() {
    if (!header && errors.isEmpty()) {
      errors.add(Problem.of("jsonl.header", Location.unknown().withSource(source), "the input is empty")
          .withExpected("the header {\"type\":\"header\",\"format\":\"" + CivicJson.FORMAT + "\"}"));
    }
    if (strict && !errors.isEmpty()) {
      throw new CivicJsonException("cannot read the civic JSON Lines " + source, errors);
    }
    return new ReadReport(records, errors, warnings, rejected);
  }
}
