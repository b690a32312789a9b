package org.civic.site;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What is known of a site for the six-haves standard — 六有事实: venue (场所), signage (标识),
 * team (队伍), projects (项目), rules (制度) and display (展示); and, for standards that include
 * it, its approved staffing (编制, {@link Staffing}). Each is optional: an empty value
 * means <em>unknown</em>, which is not the same as known to be absent ({@link Venue#none()},
 * {@link Signage#none()}, …). A check of an unknown fact is INCOMPLETE, not FAIL.
 *
 * <p>Immutable and thread-safe. Start from {@link #unknown()} and add what is known:
 * <pre>{@code
 * SiteFacts facts = SiteFacts.unknown()
 *     .withVenue(Venue.of(18, 2))
 *     .withSignage(new Signage(true, true))
 *     .withRules(RuleDocuments.of("安全管理制度", "信息员工作职责"));
 * }</pre>
 */
public final class SiteFacts {

  private static final SiteFacts UNKNOWN = new SiteFacts(null, null, null, null, null, null, null);

  private final @Nullable Venue venue;
  private final @Nullable Signage signage;
  private final @Nullable TeamFacts team;
  private final @Nullable Projects projects;
  private final @Nullable RuleDocuments rules;
  private final @Nullable Display display;
  private final @Nullable Staffing staffing;

  private SiteFacts(@Nullable Venue venue, @Nullable Signage signage, @Nullable TeamFacts team,
      @Nullable Projects projects, @Nullable RuleDocuments rules, @Nullable Display display,
      @Nullable Staffing staffing) {
    this.venue = venue;
    this.signage = signage;
    this.team = team;
    this.projects = projects;
    this.rules = rules;
    this.display = display;
    this.staffing = staffing;
  }

  /** Returns the facts of a site of which nothing is known. */
  public static SiteFacts unknown() {
    return UNKNOWN;
  }

  /** Returns the venue, if known. */
  public Optional<Venue> venue() {
    return Optional.ofNullable(venue);
  }

  /** Returns the signage, if known. */
  public Optional<Signage> signage() {
    return Optional.ofNullable(signage);
  }

  /** Returns the team, if known. */
  public Optional<TeamFacts> team() {
    return Optional.ofNullable(team);
  }

  /** Returns the projects, if known. */
  public Optional<Projects> projects() {
    return Optional.ofNullable(projects);
  }

  /** Returns the rule documents, if known. */
  public Optional<RuleDocuments> rules() {
    return Optional.ofNullable(rules);
  }

  /** Returns the display, if known. */
  public Optional<Display> display() {
    return Optional.ofNullable(display);
  }

  /** Returns the approved staffing (编制), if known. */
  public Optional<Staffing> staffing() {
    return Optional.ofNullable(staffing);
  }

  /** Tells whether nothing is known. */
  public boolean isUnknown() {
    return this.equals(UNKNOWN);
  }

  /** Returns a copy of these facts with the venue known. */
  public SiteFacts withVenue(Venue venue) {
    Objects.requireNonNull(venue, "venue");
    return new SiteFacts(venue, signage, team, projects, rules, display, staffing);
  }

  /** Returns a copy of these facts with the signage known. */
  public SiteFacts withSignage(Signage signage) {
    Objects.requireNonNull(signage, "signage");
    return new SiteFacts(venue, signage, team, projects, rules, display, staffing);
  }

  /** Returns a copy of these facts with the team known. */
  public SiteFacts withTeam(TeamFacts team) {
    Objects.requireNonNull(team, "team");
    return new SiteFacts(venue, signage, team, projects, rules, display, staffing);
  }

  /** Returns a copy of these facts with the projects known. */
  public SiteFacts withProjects(Projects projects) {
    Objects.requireNonNull(projects, "projects");
    return new SiteFacts(venue, signage, team, projects, rules, display, staffing);
  }

  /** Returns a copy of these facts with the rule documents known. */
  public SiteFacts withRules(RuleDocuments rules) {
    Objects.requireNonNull(rules, "rules");
    return new SiteFacts(venue, signage, team, projects, rules, display, staffing);
  }

  /** Returns a copy of these facts with the display known. */
  public SiteFacts withDisplay(Display display) {
    Objects.requireNonNull(display, "display");
    return new SiteFacts(venue, signage, team, projects, rules, display, staffing);
  }

  /** Returns a copy of these facts with the approved staffing (编制) known. */
  public SiteFacts withStaffing(Staffing staffing) {
    Objects.requireNonNull(staffing, "staffing");
    return new SiteFacts(venue, signage, team, projects, rules, display, staffing);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SiteFacts other
        && Objects.equals(venue, other.venue)
        && Objects.equals(signage, other.signage)
        && Objects.equals(team, other.team)
        && Objects.equals(projects, other.projects)
        && Objects.equals(rules, other.rules)
        && Objects.equals(display, other.display)
        && Objects.equals(staffing, other.staffing);
  }

  @Override
  public int hashCode() {
    return Objects.hash(venue, signage, team, projects, rules, display, staffing);
  }

  @Override
  public String toString() {
    return "SiteFacts[venue=" + orUnknown(venue) + ", signage=" + orUnknown(signage) + ", team="
        + orUnknown(team) + ", projects=" + orUnknown(projects) + ", rules=" + orUnknown(rules)
        + ", display=" + orUnknown(display) + (staffing == null ? "" : ", staffing=" + staffing) + "]";
  }

  private static String orUnknown(@Nullable Object o) {
    return o == null ? "unknown" : o.toString();
  }
}
