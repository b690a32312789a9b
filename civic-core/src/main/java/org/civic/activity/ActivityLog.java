package org.civic.activity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.civic.activity.internal.ActivityColumns;
import org.civic.activity.internal.ActivityLogAccess;
import org.civic.internal.IsoDates;
import org.civic.volunteer.VolunteerId;

/**
 * An activity log kept in columns — 活动台账: the same facts as a list of {@link Activity}, at a
 * fraction of the memory and with no object per activity. Ids are kept as ASCII bytes, themes
 * once each, counts and days in primitive columns: about 70 bytes per activity with short ids and
 * a volunteer or two. civic's JSON Lines reader appends to it straight from its buffers, and
 * {@code ActivityRollup.of(hierarchy, log, orders, index)} rolls it up without making an
 * {@code Activity} per row.
 *
 * <p>Rows are numbered 0 … {@link #size()} − 1 in the order they were added. {@link #get(int)}
 * and {@link #asList()} give each row as an {@link Activity}, equal to the one that was added
 * (service time is kept in whole minutes, as in civic's JSON formats; seconds are dropped).
 *
 * <pre>{@code
 * ActivityLog.Builder b = ActivityLog.builder();
 * countyA.forEach(b::add);
 * b.addAll(countyBLog);                       // join logs without making activities
 * ActivityLog log = b.build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Made by {@link #builder()} or {@link #of(Collection)}.
 */
public final class ActivityLog {

  /** The log holds days of the years −{@value} to {@value}: their epoch days fit an {@code int}. */
  public static final int MAX_YEAR = IsoDates.MAX_YEAR;

  static {
    ActivityLogAccess.set(new ActivityLogAccess.Accessor() {
      @Override
      public ActivityColumns columns(ActivityLog log) {
        return log.columns;
      }

      @Override
      public ActivityColumns columns(Builder builder) {
        return builder.columns;
      }
    });
  }

  private final ActivityColumns columns;

  private ActivityLog(ActivityColumns columns) {
    this.columns = columns;
  }

  /**
   * Starts an empty log.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder(256);
  }

  /**
   * Starts an empty log with room for about {@code expected} activities of a few volunteers each,
   * so that its columns are not copied as they grow (a file's size ÷ 150 bytes is a fair guess for
   * civic JSON Lines). The room is about 100 bytes an activity (ids of up to 8 characters, four
   * volunteers), and 16 more for a team once one comes; the built log keeps it.
   *
   * @param expected the activities expected, 0 or more; more may be added
   * @return the builder, not null
   * @throws IllegalArgumentException if expected is negative
   */
  public static Builder builder(int expected) {
    if (expected < 0) {
      throw new IllegalArgumentException("expected must not be negative: " + expected);
    }
    return new Builder(Math.max(16, expected));
  }

  /**
   * Obtains a log of activities, in their iteration order.
   *
   * @param activities the activities, not null, without null elements
   * @return the log, not null
   * @throws IllegalArgumentException if an activity's year is beyond ±{@link #MAX_YEAR}
   */
  public static ActivityLog of(Collection<Activity> activities) {
    Objects.requireNonNull(activities, "activities");
    Builder b = builder(activities.size());
    b.columns.addAll(activities);
    return b.build();
  }

  /**
   * Returns the number of activities.
   *
   * @return the number of rows, 0 or more
   */
  public int size() {
    return columns.size();
  }

  /**
   * Returns the activity of a row.
   *
   * @param row 0 … size − 1
   * @return the activity, equal to the one that was added, not null
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public Activity get(int row) {
    ActivityColumns c = columns;
    Activity.Builder b = Activity.builder(c.idOf(row), LocalDate.ofEpochDay(c.epochDay(row)), c.siteOf(row))
        .beneficiaries(c.beneficiariesOf(row))
        .serviceTime(Duration.ofMinutes(c.serviceMinutesOf(row)))
        .materials(c.materialsOf(row))
        .consultations(c.consultationsOf(row))
        .sessions(c.sessionsOf(row));
    int volunteers = c.volunteerCount(row);
    List<VolunteerId> vs = new ArrayList<>(volunteers);
    for (int k = 0; k < volunteers; k++) {
      vs.add(c.volunteerOf(row, k));
    }
    b.volunteers(vs);
    int teams = c.teamCount(row);
    for (int k = 0; k < teams; k++) {
      b.team(c.teamOf(row, k));
    }
    int organisations = c.organisationCount(row);
    for (int k = 0; k < organisations; k++) {
      b.organisation(c.organisationOf(row, k));
    }
    int category = c.categoryNumber(row);
    if (category >= 0) {
      b.category(c.categories().get(category));
    }
    List<String> themes = c.themes();
    int theme = c.themeNumber(row);
    if (theme >= 0) {
      b.theme(themes.get(theme));
    }
    int monthTheme = c.monthThemeNumber(row);
    if (monthTheme >= 0) {
      b.monthTheme(themes.get(monthTheme));
    }
    return b.buildChecked();
  }

  /**
   * Returns the log as a list that makes each {@link Activity} when it is read.
   *
   * @return an unmodifiable view, not null
   */
  public List<Activity> asList() {
    return new Rows();
  }

  @Override
  public String toString() {
    return "ActivityLog(" + size() + " activities)";
  }

  private final class Rows extends AbstractList<Activity> implements RandomAccess {
    @Override
    public Activity get(int index) {
      return ActivityLog.this.get(index);
    }

    @Override
    public int size() {
      return columns.size();
    }
  }

  /**
   * Builds an {@link ActivityLog}, one {@link #add(Activity)} per activity or a whole log at a
   * time with {@link #addAll(ActivityLog)}. Not thread-safe; spent after {@link #build()}.
   */
  public static final class Builder {

    private final ActivityColumns columns;

    private Builder(int rows) {
      columns = new ActivityColumns(rows);
    }

    /**
     * Returns the number of activities added so far.
     *
     * @return the number, 0 or more
     */
    public int size() {
      return columns.size();
    }

    /**
     * Adds an activity.
     *
     * @param activity the activity, not null
     * @return this builder
     * @throws IllegalArgumentException if its year is beyond ±{@link ActivityLog#MAX_YEAR}, naming
     *     the activity and its year
     * @throws IllegalStateException if the log was built
     */
    public Builder add(Activity activity) {
      columns.add(Objects.requireNonNull(activity, "activity"));
      return this;
    }

    /**
     * Adds every activity of another log, in its order: what {@code add} would do for each of
     * {@code log.asList()}, without making them. A province can so join its counties' logs.
     *
     * @param log the log, not null
     * @return this builder
     * @throws IllegalStateException if this log was built
     */
    public Builder addAll(ActivityLog log) {
      Objects.requireNonNull(log, "log");
      return addAll(log, 0, log.size());
    }

    /**
     * Adds the activities in rows {@code [from, to)} of another log, in order.
     *
     * @param log the log, not null
     * @param from the first row, 0 or more
     * @param to the row after the last, from to {@code log.size()}
     * @return this builder
     * @throws IndexOutOfBoundsException if the rows are not within the log
     * @throws IllegalStateException if this log was built
     */
    public Builder addAll(ActivityLog log, int from, int to) {
      Objects.requireNonNull(log, "log");
      columns.addAll(log.columns, from, to);
      return this;
    }

    /**
     * Builds the log. The builder is spent.
     *
     * @return the log, not null
     * @throws IllegalStateException if it was built already
     */
    public ActivityLog build() {
      columns.freeze();
      return new ActivityLog(columns);
    }
  }
}
