package org.civic.benchmarks;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.civic.constraints.MeetsStandard;
import org.civic.site.Checkable;
import org.civic.site.Display;
import org.civic.site.Projects;
import org.civic.site.RuleDocuments;
import org.civic.site.Signage;
import org.civic.site.SiteFacts;
import org.civic.site.SiteLevel;
import org.civic.site.TeamFacts;
import org.civic.site.Venue;
import org.civic.standard.LevelThresholds;
import org.civic.standard.SixHaves;
import org.civic.standard.SixHavesProfile;
import org.jspecify.annotations.Nullable;

/**
 * The six haves written as plain Bean Validation annotations, one bean class per site level, for
 * {@link SixHavesBenchmark}'s side-by-side with Hibernate Validator; and a record carrying civic's
 * own {@link MeetsStandard}.
 *
 * <p>The mapping from civic's default profile ({@link SixHaves#profile()}, checked against these
 * annotations by {@link #checkAgainstProfile()}):
 *
 * <table>
 * <caption>civic requirement → bean property and constraint</caption>
 * <tr><th>civic</th><th>passes when</th><th>bean property</th><th>constraint</th></tr>
 * <tr><td>venue (not for points)</td><td>area &gt; 0, area ≥ A, rooms ≥ R</td>
 *     <td>{@code venueArea}, {@code functionRooms}</td><td>{@code @DecimalMin(A)}, {@code @Min(R)};
 *     A &gt; 0 at every level with a venue rule, so area ≥ A implies area &gt; 0</td></tr>
 * <tr><td>signage</td><td>signboard (the unified logo is optional)</td><td>{@code signboard}</td>
 *     <td>{@code @AssertTrue}</td></tr>
 * <tr><td>team</td><td>members ≥ T and a leader</td><td>{@code teamMembers}, {@code leaderRole}</td>
 *     <td>{@code @Min(T)}, {@code Optional<@NotNull String>}</td></tr>
 * <tr><td>projects</td><td>running ≥ 1</td><td>{@code runningProjects}</td><td>{@code @Min(1)}</td></tr>
 * <tr><td>rules</td><td>documents ≥ 1, including 安全管理制度</td>
 *     <td>{@code ruleDocuments}, {@code safetyRulesListed}</td>
 *     <td>{@code @Size(min = 1)}, {@code @AssertTrue} on the getter</td></tr>
 * <tr><td>display</td><td>boards ≥ 1 (public posting is optional)</td><td>{@code displayBoards}</td>
 *     <td>{@code @Min(1)}</td></tr>
 * </table>
 *
 * <p>Unknown facts: civic says INCOMPLETE (not FAIL) when a fact is unknown. Bean Validation
 * treats null as valid for every constraint used here but {@code @NotNull}, so an unknown fact
 * becomes null properties and no violation — which matches civic's FAIL set exactly, though
 * annotations cannot report INCOMPLETE. The leader is the one place where {@code @NotNull} is
 * needed ("known to have no leader" must fail); it sits on the {@code Optional}'s element, so a
 * null {@code Optional} (team unknown) is skipped while {@code Optional.empty()} (no leader)
 * fails. A site fails a civic requirement exactly when its bean has at least one violation on
 * that requirement's properties; a bean can have two violations for one requirement (say, area
 * and rooms), civic one FAIL.
 */
final class SixHavesBeans {

  static final String SAFETY_RULES = "安全管理制度";

  // The thresholds, as annotation values (checked against civic's default profile).
  static final String CENTER_AREA = "200";
  static final int CENTER_ROOMS = 3;
  static final int CENTER_TEAM = 10;
  static final String SUB_CENTER_AREA = "50";
  static final int SUB_CENTER_ROOMS = 1;
  static final int SUB_CENTER_TEAM = 5;
  static final String POST_AREA = "20";
  static final int POST_ROOMS = 1;
  static final int POST_TEAM = 10;
  static final String STATION_AREA = "15";
  static final int STATION_ROOMS = 1;
  static final int STATION_TEAM = 5;
  static final int POINT_TEAM = 3;
  static final int PROJECTS = 1;
  static final int RULE_DOCUMENTS = 1;
  static final int DISPLAY_BOARDS = 1;

  private SixHavesBeans() {}

  /** Makes the bean of a site's level from its facts; null properties are unknown facts. */
  static LevelBean of(SiteLevel level, SiteFacts facts) {
    switch (level) {
      case CENTER:
        return new CenterBean(facts);
      case SUB_CENTER:
        return new SubCenterBean(facts);
      case POST:
        return new PostBean(facts);
      case STATION:
        return new StationBean(facts);
      case POINT:
        return new PointBean(facts);
      default:
        throw new AssertionError(level);
    }
  }

  /**
   * Maps a property of the beans to the civic requirement it expresses.
   *
   * @param property the first node of a violation's property path
   * @return the requirement's id
   */
  static String requirementOf(String property) {
    switch (property) {
      case "venueArea":
      case "functionRooms":
        return SixHaves.VENUE;
      case "signboard":
        return SixHaves.SIGNAGE;
      case "teamMembers":
      case "leaderRole":
        return SixHaves.TEAM;
      case "runningProjects":
        return SixHaves.PROJECTS;
      case "ruleDocuments":
      case "safetyRulesListed":
        return SixHaves.RULES;
      case "displayBoards":
        return SixHaves.DISPLAY;
      default:
        throw new IllegalArgumentException("no requirement for property " + property);
    }
  }

  /**
   * Fails if civic's default profile no longer has the thresholds the annotations hard-code.
   *
   * @throws IllegalStateException if a threshold differs
   */
  static void checkAgainstProfile() {
    SixHavesProfile p = SixHaves.profile();
    expect(p, SiteLevel.CENTER, CENTER_AREA, CENTER_ROOMS, CENTER_TEAM, false);
    expect(p, SiteLevel.SUB_CENTER, SUB_CENTER_AREA, SUB_CENTER_ROOMS, SUB_CENTER_TEAM, false);
    expect(p, SiteLevel.POST, POST_AREA, POST_ROOMS, POST_TEAM, false);
    expect(p, SiteLevel.STATION, STATION_AREA, STATION_ROOMS, STATION_TEAM, false);
    expect(p, SiteLevel.POINT, "0", 0, POINT_TEAM, true);
  }

  private static void expect(SixHavesProfile profile, SiteLevel level, String area, int rooms, int team,
      boolean venueExempt) {
    LevelThresholds t = profile.thresholds(level);
    boolean same = (venueExempt || t.venueArea().compareTo(new BigDecimal(area)) == 0)
        && (venueExempt || t.venueArea().signum() > 0)
        && (venueExempt || t.functionRooms() == rooms)
        && t.signboardRequired() && !t.unifiedLogoRequired()
        && t.teamSize() == team && t.leaderRequired()
        && t.projects() == PROJECTS
        && t.ruleDocuments() == RULE_DOCUMENTS && t.requiredRules().equals(Set.of(SAFETY_RULES))
        && t.displayBoards() == DISPLAY_BOARDS && !t.publicPostingRequired()
        && t.exempt().equals(venueExempt ? Set.of(SixHaves.VENUE) : Set.of());
    if (!same) {
      throw new IllegalStateException("civic's default " + level + " thresholds changed: " + t
          + "; update SixHavesBeans");
    }
  }

  /** The rules every level shares: signboard, leader, projects, rules and display. */
  public abstract static class LevelBean {
    @AssertTrue
    @Nullable Boolean signboard;

    /** Null: team unknown; empty: known to have no leader. */
    @Nullable Optional<@NotNull String> leaderRole;

    @Min(PROJECTS)
    @Nullable Integer runningProjects;

    @Size(min = RULE_DOCUMENTS)
    @Nullable Set<String> ruleDocuments;

    @Min(DISPLAY_BOARDS)
    @Nullable Integer displayBoards;

    LevelBean(SiteFacts facts) {
      signboard = facts.signage().map(Signage::signboard).orElse(null);
      leaderRole = facts.team().map(TeamFacts::leaderRole).orElse(null);
      runningProjects = facts.projects().map(Projects::running).orElse(null);
      ruleDocuments = facts.rules().map(RuleDocuments::documents).orElse(null);
      displayBoards = facts.display().map(Display::boards).orElse(null);
    }

    /**
     * Tells whether the rule documents include 安全管理制度; true when they are unknown.
     *
     * @return whether the required document is there or the documents are unknown
     */
    @AssertTrue
    public boolean isSafetyRulesListed() {
      Set<String> documents = ruleDocuments;
      return documents == null || documents.contains(SAFETY_RULES);
    }

    static @Nullable Integer members(SiteFacts facts) {
      return facts.team().map(TeamFacts::members).orElse(null);
    }

    static @Nullable BigDecimal area(SiteFacts facts) {
      return facts.venue().map(Venue::area).orElse(null);
    }

    static @Nullable Integer rooms(SiteFacts facts) {
      return facts.venue().map(Venue::functionRooms).orElse(null);
    }
  }

  /** A center (中心): venue ≥ 200 m² with ≥ 3 function rooms, team ≥ 10. */
  public static final class CenterBean extends LevelBean {
    @DecimalMin(CENTER_AREA)
    @Nullable BigDecimal venueArea;

    @Min(CENTER_ROOMS)
    @Nullable Integer functionRooms;

    @Min(CENTER_TEAM)
    @Nullable Integer teamMembers;

    CenterBean(SiteFacts facts) {
      super(facts);
      venueArea = area(facts);
      functionRooms = rooms(facts);
      teamMembers = members(facts);
    }
  }

  /** A sub-center (分中心): venue ≥ 50 m² with ≥ 1 function room, team ≥ 5. */
  public static final class SubCenterBean extends LevelBean {
    @DecimalMin(SUB_CENTER_AREA)
    @Nullable BigDecimal venueArea;

    @Min(SUB_CENTER_ROOMS)
    @Nullable Integer functionRooms;

    @Min(SUB_CENTER_TEAM)
    @Nullable Integer teamMembers;

    SubCenterBean(SiteFacts facts) {
      super(facts);
      venueArea = area(facts);
      functionRooms = rooms(facts);
      teamMembers = members(facts);
    }
  }

  /** A post (所): venue ≥ 20 m² with ≥ 1 function room, team ≥ 10. */
  public static final class PostBean extends LevelBean {
    @DecimalMin(POST_AREA)
    @Nullable BigDecimal venueArea;

    @Min(POST_ROOMS)
    @Nullable Integer functionRooms;

    @Min(POST_TEAM)
    @Nullable Integer teamMembers;

    PostBean(SiteFacts facts) {
      super(facts);
      venueArea = area(facts);
      functionRooms = rooms(facts);
      teamMembers = members(facts);
    }
  }

  /** A station (站): venue ≥ 15 m² with ≥ 1 function room, team ≥ 5. */
  public static final class StationBean extends LevelBean {
    @DecimalMin(STATION_AREA)
    @Nullable BigDecimal venueArea;

    @Min(STATION_ROOMS)
    @Nullable Integer functionRooms;

    @Min(STATION_TEAM)
    @Nullable Integer teamMembers;

    StationBean(SiteFacts facts) {
      super(facts);
      venueArea = area(facts);
      functionRooms = rooms(facts);
      teamMembers = members(facts);
    }
  }

  /** A point (点): no venue rule (civic: not applicable), team ≥ 3. */
  public static final class PointBean extends LevelBean {
    @Min(POINT_TEAM)
    @Nullable Integer teamMembers;

    PointBean(SiteFacts facts) {
      super(facts);
      teamMembers = members(facts);
    }
  }

  /**
   * A host's site record carrying civic's own constraint: Hibernate Validator runs the six-haves
   * standard through {@code MeetsStandardValidator}, one violation per FAIL.
   *
   * @param level the site's level
   * @param facts what is known of it
   */
  @MeetsStandard
  public record SiteRecord(SiteLevel level, SiteFacts facts) implements Checkable {}
}
