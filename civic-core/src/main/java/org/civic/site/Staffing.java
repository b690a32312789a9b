package org.civic.site;

/**
 * A site's approved staffing — 编制: how many staff posts the establishment office approved
 * (核定编制数) and how many of them are leadership posts, a director (主任) and deputy directors
 * (副主任).
 *
 * <p>The sources: Yuzhou's county-level center was approved by the city's establishment committee
 * with 11 staff posts (核定编制数11个); a Jiangxi pilot county, whose center had none yet, proposed
 * 6–8 staff for its center with 1 director and 2 deputies (拟定编6-8人，设主任1名，副主任2名) and
 * 2–3 for each township post (定编2-3人). {@link org.civic.standard.StaffingRequirement} checks a
 * site's staffing against such figures; a site whose staffing is known to be unapproved has
 * {@link #none()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param approved the approved staff posts (核定编制数), 0 or more
 * @param directors the director posts among them (主任), 0 or more
 * @param deputyDirectors the deputy-director posts among them (副主任), 0 or more
 */
public record Staffing(int approved, int directors, int deputyDirectors) {

  /**
   * Creates staffing.
   *
   * @throws IllegalArgumentException if a number is negative or the leadership posts are more
   *     than the approved posts
   */
  public Staffing {
    if (approved < 0 || directors < 0 || deputyDirectors < 0) {
      throw new IllegalArgumentException("staff posts must not be negative: approved " + approved + ", directors "
          + directors + ", deputy directors " + deputyDirectors);
    }
    if ((long) directors + deputyDirectors > approved) {
      throw new IllegalArgumentException("the leadership posts (" + directors + " directors, " + deputyDirectors
          + " deputy directors) are part of the approved posts, expected at most " + approved);
    }
  }

  /**
   * Obtains staffing with approved posts and no leadership posts named.
   *
   * @param approved the approved staff posts, 0 or more
   * @return the staffing, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public static Staffing approved(int approved) {
    return new Staffing(approved, 0, 0);
  }

  /** Returns the staffing of a site known to have no approved staff posts. */
  public static Staffing none() {
    return new Staffing(0, 0, 0);
  }
}
