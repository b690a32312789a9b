package org.civic.assessment;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An assessor's points for one sub-item judged by marks ({@link Criterion#assessed()}) — 评审打分:
 * the points given (or, for a deduction, taken) and the assessor's note, which becomes the
 * evidence of that line.
 *
 * <p>Immutable and thread-safe.
 */
public final class Mark {

  private final BigDecimal points;
  private final String note;

  private Mark(BigDecimal points, String note) {
    this.points = points;
    this.note = note;
  }

  /**
   * Obtains a mark.
   *
   * @param points the points given (taken, for a deduction), 0 or more, at most two decimal places,
   *     not null
   * @param note what the assessor saw, not null (may be empty)
   * @return the mark, not null
   * @throws IllegalArgumentException if the points are negative or too fine
   */
  public static Mark of(BigDecimal points, String note) {
    Objects.requireNonNull(note, "note");
    return new Mark(Points.check("points of a mark", points), note);
  }

  /**
   * Obtains a mark of whole points.
   *
   * @param points the points, 0 or more
   * @param note what the assessor saw, not null
   * @return the mark, not null
   * @throws IllegalArgumentException if the points are negative
   */
  public static Mark of(long points, String note) {
    return of(BigDecimal.valueOf(points), note);
  }

  /** Returns the points given or taken. */
  public BigDecimal points() {
    return points;
  }

  /** Returns the assessor's note. */
  public String note() {
    return note;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Mark other && points.equals(other.points) && note.equals(other.note);
  }

  @Override
  public int hashCode() {
    return points.hashCode() * 31 + note.hashCode();
  }

  @Override
  public String toString() {
    return Points.format(points) + (note.isEmpty() ? "" : " " + note);
  }
}
