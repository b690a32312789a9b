package org.civic.json;

import java.util.List;
import java.util.Objects;
import org.civic.problem.Problem;

/**
 * What reading civic JSON gave — 读取报告: how many records were good, every error (each naming
 * source, line, column, JSON Pointer and what was expected), every warning (unknown fields in
 * lenient mode), and each rejected record.
 *
 * <p>Immutable and thread-safe.
 *
 * @param records how many good records were delivered
 * @param errors every error, in the order found, not null
 * @param warnings every warning, in the order found, not null
 * @param rejected every record left out, with its problems, not null
 */
public record ReadReport(long records, List<Problem> errors, List<Problem> warnings, List<Rejected> rejected) {

  /** Creates a report; the lists are copied. */
  public ReadReport {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
    rejected = List.copyOf(rejected);
  }

  /** Tells whether there was neither error nor warning. */
  public boolean isClean() {
    return errors.isEmpty() && warnings.isEmpty();
  }

  /**
   * A record left out — 被拒记录: where it was and why, with the start of its text.
   *
   * @param pointer the record's JSON Pointer (a dataset) or empty (a line), not null
   * @param line the 1-based line where it starts
   * @param excerpt up to 200 characters of the record's text, or empty if not kept, not null
   * @param problems its problems, not null
   */
  public record Rejected(String pointer, long line, String excerpt, List<Problem> problems) {
    /** Creates a rejected record; the list is copied. */
    public Rejected {
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(excerpt, "excerpt");
      problems = List.copyOf(problems);
    }
  }
}
