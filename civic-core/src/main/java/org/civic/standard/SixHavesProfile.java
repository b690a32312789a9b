package org.civic.standard;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.civic.site.RuleDocuments;
import org.civic.site.SiteLevel;

/**
 * A profile of the six-haves thresholds — 六有标准配置 (a province's or county's version): the
 * {@link LevelThresholds} of each site level. Start from {@link SixHaves#profile()} (the
 * defaults) and change what differs; then {@link #toStandard} makes the {@link Standard}.
 *
 * <p>Immutable and thread-safe; each {@code with…} returns a copy.
 */
public final class SixHavesProfile {

  private final Map<SiteLevel, LevelThresholds> levels;

  SixHavesProfile(Map<SiteLevel, LevelThresholds> levels) {
    this.levels = levels;
  }

  /** Returns the thresholds of a level. */
  public LevelThresholds thresholds(SiteLevel level) {
    return levels.get(Objects.requireNonNull(level, "level"));
  }

  /**
   * Returns a copy of this profile with a level's thresholds changed by a function.
   *
   * @param level the level, not null
   * @param change from the current thresholds to the new, not null
   * @return the copy, not null
   */
  public SixHavesProfile with(SiteLevel level, UnaryOperator<LevelThresholds> change) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(change, "change");
    Map<SiteLevel, LevelThresholds> copy = new EnumMap<>(levels);
    copy.put(level, Objects.requireNonNull(change.apply(levels.get(level)), "thresholds"));
    return new SixHavesProfile(copy);
  }

  /** Returns a copy with the least venue area (m²) of a level. */
  public SixHavesProfile withVenueArea(SiteLevel level, double squareMetres) {
    if (!(squareMetres >= 0) || Double.isInfinite(squareMetres)) {
      throw new IllegalArgumentException("venue area must be 0 or more: " + squareMetres);
    }
    return with(level, t -> new LevelThresholds(BigDecimal.valueOf(squareMetres),
        t.functionRooms(), t.signboardRequired(), t.unifiedLogoRequired(), t.teamSize(), t.leaderRequired(),
        t.projects(), t.ruleDocuments(), t.requiredRules(), t.displayBoards(), t.publicPostingRequired(),
        t.exempt()));
  }

  /** Returns a copy with the least number of function rooms of a level. */
  public SixHavesProfile withFunctionRooms(SiteLevel level, int rooms) {
    return with(level, t -> new LevelThresholds(t.venueArea(), rooms, t.signboardRequired(),
        t.unifiedLogoRequired(), t.teamSize(), t.leaderRequired(), t.projects(), t.ruleDocuments(),
        t.requiredRules(), t.displayBoards(), t.publicPostingRequired(), t.exempt()));
  }

  /** Returns a copy that requires (or not) the unified logo at a level. */
  public SixHavesProfile withUnifiedLogoRequired(SiteLevel level, boolean required) {
    return with(level, t -> new LevelThresholds(t.venueArea(), t.functionRooms(), t.signboardRequired(),
        required, t.teamSize(), t.leaderRequired(), t.projects(), t.ruleDocuments(), t.requiredRules(),
        t.displayBoards(), t.publicPostingRequired(), t.exempt()));
  }

  /** Returns a copy with the least team size of a level. */
  public SixHavesProfile withTeamSize(SiteLevel level, int members) {
    return with(level, t -> new LevelThresholds(t.venueArea(), t.functionRooms(), t.signboardRequired(),
        t.unifiedLogoRequired(), members, t.leaderRequired(), t.projects(), t.ruleDocuments(),
        t.requiredRules(), t.displayBoards(), t.publicPostingRequired(), t.exempt()));
  }

  /** Returns a copy with the least number of running projects of a level. */
  public SixHavesProfile withProjects(SiteLevel level, int projects) {
    return with(level, t -> new LevelThresholds(t.venueArea(), t.functionRooms(), t.signboardRequired(),
        t.unifiedLogoRequired(), t.teamSize(), t.leaderRequired(), projects, t.ruleDocuments(),
        t.requiredRules(), t.displayBoards(), t.publicPostingRequired(), t.exempt()));
  }

  /** Returns a copy with the rule documents a level must have, by name. */
  public SixHavesProfile withRequiredRules(SiteLevel level, Set<String> documents) {
    Objects.requireNonNull(documents, "documents");
    return with(level, t -> new LevelThresholds(t.venueArea(), t.functionRooms(), t.signboardRequired(),
        t.unifiedLogoRequired(), t.teamSize(), t.leaderRequired(), t.projects(),
        // counted as the thresholds keep them: "《安全管理制度》" and "安全管理制度" are one document
        Math.max(t.ruleDocuments(), (int) documents.stream().map(RuleDocuments::normalize).distinct().count()),
        documents, t.displayBoards(),
        t.publicPostingRequired(), t.exempt()));
  }

  /** Returns a copy with the least number of rule documents of a level. */
  public SixHavesProfile withRuleDocuments(SiteLevel level, int documents) {
    return with(level, t -> new LevelThresholds(t.venueArea(), t.functionRooms(), t.signboardRequired(),
        t.unifiedLogoRequired(), t.teamSize(), t.leaderRequired(), t.projects(), documents,
        t.requiredRules(), t.displayBoards(), t.publicPostingRequired(), t.exempt()));
  }

  /** Returns a copy with the least number of display boards of a level. */
  public SixHavesProfile withDisplayBoards(SiteLevel level, int boards) {
    return with(level, t -> new LevelThresholds(t.venueArea(), t.functionRooms(), t.signboardRequired(),
        t.unifiedLogoRequired(), t.teamSize(), t.leaderRequired(), t.projects(), t.ruleDocuments(),
        t.requiredRules(), boards, t.publicPostingRequired(), t.exempt()));
  }

  /** Returns a copy that requires (or not) public posting of activities at a level. */
  public SixHavesProfile withPublicPostingRequired(SiteLevel level, boolean required) {
    return with(level, t -> new LevelThresholds(t.venueArea(), t.functionRooms(), t.signboardRequired(),
        t.unifiedLogoRequired(), t.teamSize(), t.leaderRequired(), t.projects(), t.ruleDocuments(),
        t.requiredRules(), t.displayBoards(), required, t.exempt()));
  }

  /**
   * Returns a copy in which a six-haves requirement does not apply at a level (its outcome there
   * is NOT_APPLICABLE), or applies again.
   *
   * @param level the level, not null
   * @param requirementId one of {@link SixHaves#IDS}, not null
   * @param exempt true to exempt, false to apply again
   * @return the copy, not null
   * @throws IllegalArgumentException if the id is not a six-haves requirement
   */
  public SixHavesProfile withExemption(SiteLevel level, String requirementId, boolean exempt) {
    Objects.requireNonNull(requirementId, "requirementId");
    return with(level, t -> {
      Set<String> e = new HashSet<>(t.exempt());
      if (exempt) {
        e.add(requirementId);
      } else {
        e.remove(requirementId);
      }
      return new LevelThresholds(t.venueArea(), t.functionRooms(), t.signboardRequired(),
          t.unifiedLogoRequired(), t.teamSize(), t.leaderRequired(), t.projects(), t.ruleDocuments(),
          t.requiredRules(), t.displayBoards(), t.publicPostingRequired(), e);
    });
  }

  /**
   * Makes the standard: the six built-in requirements with these thresholds.
   *
   * @param name the standard's name, such as {@code 河南省六有标准}, not null or blank
   * @param version its version, not null or blank
   * @return the standard, not null
   */
  public Standard toStandard(String name, String version) {
    return SixHaves.standard(this, name, version);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SixHavesProfile other && levels.equals(other.levels);
  }

  @Override
  public int hashCode() {
    return levels.hashCode();
  }

  @Override
  public String toString() {
    return "SixHavesProfile" + levels;
  }
}
