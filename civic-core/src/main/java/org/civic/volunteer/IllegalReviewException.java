package org.civic.volunteer;

/**
 * Thrown when a service record is approved or rejected from a state that does not allow it —
 * 非法审核: a record already approved or rejected cannot be reviewed again. Names the record and
 * both states; the record itself is unchanged (records are immutable).
 */
public final class IllegalReviewException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String record;
  private final RecordStatus from;
  private final RecordStatus to;

  IllegalReviewException(String record, RecordStatus from, RecordStatus to) {
    super("service record " + record + " cannot go from " + from + " to " + to + "; from " + from + " it can go to "
        + (from.next().isEmpty() ? "no other state" : from.next()));
    this.record = record;
    this.from = from;
    this.to = to;
  }

  /** Returns the record, as its {@code toString()} prints it. */
  public String record() {
    return record;
  }

  /** Returns the state the record was in. */
  public RecordStatus from() {
    return from;
  }

  /** Returns the state asked for. */
  public RecordStatus to() {
    return to;
  }
}
