package org.civic.standard;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.civic.site.RuleDocuments;

/**
 * The six-haves thresholds of one site level — 分级标准: what a center, sub-center, post,
 * station or point must have. Part of a {@link SixHavesProfile}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param venueArea the least venue area in m² (a venue must exist even at 0), not null
 * @param functionRooms the least number of function rooms
 * @param signboardRequired whether a signboard is required
 * @param unifiedLogoRequired whether the unified logo is required
 * @param teamSize the least number of team members, leader included
 * @param leaderRequired whether the team must have a leader
 * @param projects the least number of running service projects
 * @param ruleDocuments the least number of rule documents
 * @param requiredRules rule documents that must be among them, by name, not null
 * @param displayBoards the least number of display boards and notice walls
 * @param publicPostingRequired whether activities must be publicly posted
 * @param exempt ids of six-haves requirements that do not apply at this level, not null
 */
public record LevelThresholds(
    BigDecimal venueArea,
    int functionRooms,
    boolean signboardRequired,
    boolean unifiedLogoRequired,
    int teamSize,
    boolean leaderRequired,
    int projects,
    int ruleDocuments,
    Set<String> requiredRules,
    int displayBoards,
    boolean publicPostingRequired,
    Set<String> exempt) {

  /**
   * Creates thresholds.
   *
   * @throws IllegalArgumentException if a number is negative or an exemption names no six-haves
   *     requirement
   */
  public LevelThresholds {
    Objects.requireNonNull(venueArea, "venueArea");
    Objects.requireNonNull(requiredRules, "requiredRules");
    Objects.requireNonNull(exempt, "exempt");
    if (venueArea.signum() < 0 || functionRooms < 0 || teamSize < 0 || projects < 0
        || ruleDocuments < 0 || displayBoards < 0) {
      throw new IllegalArgumentException("thresholds must not be negative");
    }
    // one value, one form: 20, 20.0 and 2E+1 square metres are the same threshold (equals compares scales)
    venueArea = venueArea.stripTrailingZeros();
    if (venueArea.scale() < 0) {
      venueArea = venueArea.setScale(0);
    }
    TreeSet<String> rules = new TreeSet<>();
    requiredRules.forEach(r -> rules.add(RuleDocuments.normalize(r)));
    requiredRules = java.util.Collections.unmodifiableSortedSet(rules);
    for (String id : exempt) {
      if (!SixHaves.IDS.contains(id)) {
        throw new IllegalArgumentException("cannot exempt \"" + id + "\": expected one of " + SixHaves.IDS);
      }
    }
    exempt = Set.copyOf(exempt);
  }
}
