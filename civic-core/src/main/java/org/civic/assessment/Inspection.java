package org.civic.assessment;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.civic.internal.Ids;
import org.jspecify.annotations.Nullable;

/**
 * An assessor's visit — 测评打分记录: the marks an assessor gave one site or team under one
 * assessment table on a day, one {@link Mark} per sub-item judged by marks
 * ({@link Criterion#assessed()}), each with the note that becomes its evidence. The table and the
 * subject are named by id, so inspections travel as files (civic JSON {@code inspection} records)
 * apart from the table; {@link #addTo} puts the marks into a subject's {@link Evidence}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Inspection visit = Inspection.of("bijie-shaped-2021", Subject.Kind.SITE, "yz-103201",
 *     LocalDate.of(2024, 11, 5), Optional.of("市测评组"), Map.of("5.2", Mark.of(4, "台账齐全")));
 * Assessments.of(table, hierarchy, county, site -> visit.concerns(table, Subject.of(site))
 *     ? visit.addTo(Evidence.of(results.forSite(site.id()))) : Evidence.of(results.forSite(site.id())));
 * }</pre>
 */
public final class Inspection {

  private final String table;
  private final Subject.Kind kind;
  private final String subject;
  private final LocalDate date;
  private final @Nullable String assessor;
  private final SortedMap<String, Mark> marks;

  private Inspection(String table, Subject.Kind kind, String subject, LocalDate date, @Nullable String assessor,
      SortedMap<String, Mark> marks) {
    this.table = table;
    this.kind = kind;
    this.subject = subject;
    this.date = date;
    this.assessor = assessor;
    this.marks = marks;
  }

  /**
   * Obtains an inspection.
   *
   * @param table the assessment table's id (kebab-case), not null
   * @param kind whether a site or a team was assessed, not null
   * @param subject the site's or team's id, not null
   * @param date the day of the visit, not null
   * @param assessor who assessed (a person or a group), empty if not recorded, not null
   * @param marks the marks by sub-item id, at least one, not null
   * @return the inspection, not null
   * @throws IllegalArgumentException if the table's id is not kebab-case, the subject's is not an id,
   *     the assessor's name is blank, a sub-item id is blank or not kebab-case (as {@link
   *     Evidence#withMark} takes it), or there is no mark; the message names the table and the
   *     subject, or the sub-item id
   */
  public static Inspection of(String table, Subject.Kind kind, String subject, LocalDate date,
      Optional<String> assessor, Map<String, Mark> marks) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(assessor, "assessor");
    Objects.requireNonNull(marks, "marks");
    Ids.checkKebabCase("assessment table", Objects.requireNonNull(table, "table"), "bijie-2021");
    Ids.check(kind == Subject.Kind.SITE ? "site" : "team", Objects.requireNonNull(subject, "subject"));
    String what = "inspection of " + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + subject + " under " + table;
    if (assessor.isPresent() && assessor.get().isBlank()) {
      throw new IllegalArgumentException(what + ": the assessor needs a name (or none)");
    }
    if (marks.isEmpty()) {
      throw new IllegalArgumentException(what + " has no mark");
    }
    SortedMap<String, Mark> copy = new TreeMap<>();
    marks.forEach((id, mark) -> {
      if (Objects.requireNonNull(id, "sub-item id").isBlank()) {
        throw new IllegalArgumentException(what + ": a mark's sub-item id is blank");
      }
      Ids.checkKebabCase("sub-item", id, "1.2"); // as Evidence.withMark takes it, so that addTo can
      copy.put(id, Objects.requireNonNull(mark, "mark"));
    });
    return new Inspection(table, kind, subject, date, assessor.orElse(null), Collections.unmodifiableSortedMap(copy));
  }

  /** Returns the assessment table's id. */
  public String table() {
    return table;
  }

  /** Returns whether a site or a team was assessed. */
  public Subject.Kind kind() {
    return kind;
  }

  /** Returns the site's or team's id. */
  public String subject() {
    return subject;
  }

  /** Returns the day of the visit. */
  public LocalDate date() {
    return date;
  }

  /** Returns who assessed, if recorded. */
  public Optional<String> assessor() {
    return Optional.ofNullable(assessor);
  }

  /** Returns the marks by sub-item id, in id order. */
  public SortedMap<String, Mark> marks() {
    return marks;
  }

  /** Tells whether this inspection is of a subject under a table. */
  public boolean concerns(AssessmentTable table, Subject subject) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(subject, "subject");
    return this.table.equals(table.id()) && kind == subject.kind() && this.subject.equals(subject.id());
  }

  /**
   * Returns evidence with this inspection's marks added (a later mark for a sub-item replaces an
   * earlier one).
   *
   * @param evidence the evidence so far, not null
   * @return the evidence with the marks, not null
   */
  public Evidence addTo(Evidence evidence) {
    Evidence e = Objects.requireNonNull(evidence, "evidence");
    for (Map.Entry<String, Mark> m : marks.entrySet()) {
      e = e.withMark(m.getKey(), m.getValue());
    }
    return e;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Inspection i && table.equals(i.table) && kind == i.kind && subject.equals(i.subject)
        && date.equals(i.date) && Objects.equals(assessor, i.assessor) && marks.equals(i.marks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(table, kind, subject, date, assessor, marks);
  }

  @Override
  public String toString() {
    return "Inspection[" + table + " " + kind + " " + subject + " " + date + ", " + marks.size() + " marks]";
  }
}
