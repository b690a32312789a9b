package org.civic.assessment;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.civic.internal.Ids;
import org.civic.site.SiteId;
import org.civic.standard.ActivityCounter;
import org.civic.standard.CheckResult;
import org.civic.standard.SiteCompliance;
import org.jspecify.annotations.Nullable;

/**
 * What a subject is assessed on — 测评依据: the results of checks (six haves, staffing, team
 * structure, a host's own requirements) by requirement id, measurements by measure id, and an
 * assessor's marks by sub-item id. A sub-item whose evidence is missing is INCOMPLETE: it gives
 * and takes nothing and is shown as needing review.
 *
 * <p>Immutable and thread-safe; each {@code with…} returns a copy (a later value for the same id
 * replaces an earlier one).
 */
public final class Evidence {

  private static final Evidence NONE = new Evidence(Map.of(), Map.of(), Map.of());

  private final Map<String, CheckResult> results;
  private final Map<String, Measurement> measures;
  private final Map<String, Mark> marks;

  private Evidence(Map<String, CheckResult> results, Map<String, Measurement> measures, Map<String, Mark> marks) {
    this.results = results;
    this.measures = measures;
    this.marks = marks;
  }

  /** Returns evidence of nothing. */
  public static Evidence none() {
    return NONE;
  }

  /**
   * Obtains the evidence of a site's results against a standard.
   *
   * @param compliance the site's results, not null
   * @return the evidence, not null
   */
  public static Evidence of(SiteCompliance compliance) {
    Objects.requireNonNull(compliance, "compliance");
    return NONE.withResults(compliance.results());
  }

  /**
   * Returns a copy of this evidence with check results, by their requirement ids.
   *
   * @param results the results, not null (elements not null)
   * @return the copy, not null
   */
  public Evidence withResults(Collection<CheckResult> results) {
    Objects.requireNonNull(results, "results");
    Map<String, CheckResult> copy = new HashMap<>(this.results);
    for (CheckResult r : results) {
      copy.put(Objects.requireNonNull(r, "result").requirementId(), r);
    }
    return new Evidence(Map.copyOf(copy), measures, marks);
  }

  /**
   * Returns a copy of this evidence with a measurement.
   *
   * @param measure the measure's kebab-case id, not null
   * @param value its value, not null
   * @return the copy, not null
   * @throws IllegalArgumentException if the id is not kebab-case
   */
  public Evidence withMeasure(String measure, Measurement value) {
    Ids.checkKebabCase("measure", measure, "staff-volunteer-share");
    Objects.requireNonNull(value, "value");
    Map<String, Measurement> copy = new HashMap<>(measures);
    copy.put(measure, value);
    return new Evidence(results, Map.copyOf(copy), marks);
  }

  /**
   * Returns a copy of this evidence with the measure {@value Measurement#MONTHS_WITH_ACTIVITIES}:
   * how many months of a year the site held at least one activity (每月开展活动). If the counter
   * knows nothing of the site, nothing is added (the sub-item is then INCOMPLETE).
   *
   * @param counter counts a site's activities, such as an {@code ActivityRollup}, not null
   * @param site the site, not null
   * @param year the year, not null
   * @return the copy, not null
   */
  public Evidence withMonthsWithActivities(ActivityCounter counter, SiteId site, Year year) {
    Objects.requireNonNull(counter, "counter");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(year, "year");
    long months = 0;
    boolean known = false;
    for (int m = 1; m <= 12; m++) {
      YearMonth ym = year.atMonth(m);
      LocalDate from = ym.atDay(1);
      OptionalLong held = counter.activities(site, from, ym.atEndOfMonth());
      if (held.isPresent()) {
        known = true;
        if (held.getAsLong() > 0) {
          months++;
        }
      }
    }
    return known ? withMeasure(Measurement.MONTHS_WITH_ACTIVITIES, Measurement.count(months)) : this;
  }

  /**
   * Returns a copy of this evidence with an assessor's mark for a sub-item.
   *
   * @param subItemId the sub-item's id, not null
   * @param mark the mark, not null
   * @return the copy, not null
   * @throws IllegalArgumentException if the id is not kebab-case
   */
  public Evidence withMark(String subItemId, Mark mark) {
    Ids.checkKebabCase("sub-item", subItemId, "1.2");
    Objects.requireNonNull(mark, "mark");
    Map<String, Mark> copy = new HashMap<>(marks);
    copy.put(subItemId, mark);
    return new Evidence(results, measures, Map.copyOf(copy));
  }

  /** Returns the result of a requirement, if given. */
  public Optional<CheckResult> result(String requirementId) {
    return Optional.ofNullable(results.get(Objects.requireNonNull(requirementId, "requirementId")));
  }

  /** Returns a measurement, if given. */
  public Optional<Measurement> measure(String measure) {
    return Optional.ofNullable(measures.get(Objects.requireNonNull(measure, "measure")));
  }

  /** Returns the mark of a sub-item, if given. */
  public Optional<Mark> mark(String subItemId) {
    return Optional.ofNullable(marks.get(Objects.requireNonNull(subItemId, "subItemId")));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Evidence other && results.equals(other.results) && measures.equals(other.measures)
        && marks.equals(other.marks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(results, measures, marks);
  }

  @Override
  public String toString() {
    return "Evidence[results " + results.keySet() + ", measures " + measures + ", marks " + marks + "]";
  }
}
