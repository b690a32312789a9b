package org.civic.team;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A county's ladder of team tiers — 队伍层级序列: its {@link TeamTier}s from the top team down,
 * such as 总队 → 支队 → 大队 → 分队 → 小队 → 服务点, and the tier of its specialised branches (the
 * "K" of "1+K+N"). A team's tier is on the ladder, the top team is of the first tier and has no
 * parent, and a team sits under a team of its own tier or of a tier above it — never above its
 * parent's tier, so a station's 小队 may sit under its post's 小队 or 大队, and a squad may skip
 * tiers and sit under the brigade.
 *
 * <p>{@link #defaults()} is 总队 → 分队 → 小队 with 分队 as the branch tier: the three tiers civic
 * always had. Immutable and thread-safe; {@link #toString()} prints the Chinese names joined by
 * {@code " > "}.
 *
 * <pre>{@code
 * TeamLadder county = TeamLadder.of(List.of(TeamTier.BRIGADE, TeamTier.BATTALION, TeamTier.BRANCH,
 *     TeamTier.SQUAD), TeamTier.BRANCH);                    // 总队 > 大队 > 分队 > 小队
 * TeamLadder small = TeamLadder.of(List.of(TeamTier.DETACHMENT, TeamTier.BRANCH,
 *     TeamTier.SERVICE_POINT), TeamTier.BRANCH);             // "1 支队, several 分队, 若干服务点"
 * }</pre>
 */
public final class TeamLadder {

  private static final TeamLadder DEFAULTS =
      new TeamLadder(List.of(TeamTier.BRIGADE, TeamTier.BRANCH, TeamTier.SQUAD), TeamTier.BRANCH);

  private final List<TeamTier> tiers;
  private final @Nullable TeamTier branchTier;
  private final Map<TeamTier, Integer> ranks;

  private TeamLadder(List<TeamTier> tiers, @Nullable TeamTier branchTier) {
    this.tiers = tiers;
    this.branchTier = branchTier;
    Map<TeamTier, Integer> r = new HashMap<>();
    for (int i = 0; i < tiers.size(); i++) {
      r.put(tiers.get(i), i);
    }
    this.ranks = Map.copyOf(r);
  }

  /** Returns the default ladder: 总队 → 分队 → 小队, branches of 分队. */
  public static TeamLadder defaults() {
    return DEFAULTS;
  }

  /**
   * Obtains a ladder with a branch tier.
   *
   * @param tiers the tiers from the top down, at least one, each once, not null
   * @param branchTier the tier of the specialised branches, one of the tiers below the top, not null
   * @return the ladder, not null
   * @throws IllegalArgumentException if the list is empty or names a tier twice, or the branch
   *     tier is the top tier or not on the ladder
   */
  public static TeamLadder of(List<TeamTier> tiers, TeamTier branchTier) {
    Objects.requireNonNull(branchTier, "branchTier");
    List<TeamTier> list = checked(tiers);
    int rank = list.indexOf(branchTier);
    if (rank < 1) {
      throw new IllegalArgumentException("the branch tier " + branchTier + " must be a tier below the top of "
          + names(list) + ", not " + (rank == 0 ? "the top" : "missing"));
    }
    return new TeamLadder(list, branchTier);
  }

  /**
   * Obtains a ladder without specialised branches (a "1+N" county).
   *
   * @param tiers the tiers from the top down, at least one, each once, not null
   * @return the ladder, not null
   * @throws IllegalArgumentException if the list is empty or names a tier twice
   */
  public static TeamLadder withoutBranches(List<TeamTier> tiers) {
    return new TeamLadder(checked(tiers), null);
  }

  private static List<TeamTier> checked(List<TeamTier> tiers) {
    List<TeamTier> list = List.copyOf(Objects.requireNonNull(tiers, "tiers"));
    if (list.isEmpty()) {
      throw new IllegalArgumentException("a team ladder needs at least one tier");
    }
    if (list.stream().distinct().count() != list.size()) {
      throw new IllegalArgumentException("a team ladder names each tier once: " + names(list));
    }
    return list;
  }

  private static String names(List<TeamTier> tiers) {
    return tiers.stream().map(TeamTier::chinese).collect(Collectors.joining(" > "));
  }

  /** Returns the tiers from the top down. */
  public List<TeamTier> tiers() {
    return tiers;
  }

  /** Returns the top tier, the tier of the "1". */
  public TeamTier top() {
    return tiers.get(0);
  }

  /** Returns the tier of the specialised branches (the "K"), if the ladder has one. */
  public Optional<TeamTier> branchTier() {
    return Optional.ofNullable(branchTier);
  }

  /**
   * Returns a tier's rank: 0 for the top, 1 for the tier below it, and so on.
   *
   * @param tier the tier, not null
   * @return the rank, or empty if the tier is not on the ladder
   */
  public OptionalInt rank(TeamTier tier) {
    Integer r = ranks.get(Objects.requireNonNull(tier, "tier"));
    return r == null ? OptionalInt.empty() : OptionalInt.of(r);
  }

  /**
   * Tells whether a team of one tier may sit under a team of another: both on the ladder, the
   * child not of the top tier, and not above its parent's tier.
   *
   * @param child the lower team's tier, not null
   * @param parent the upper team's tier, not null
   * @return whether the nesting is allowed
   */
  public boolean nests(TeamTier child, TeamTier parent) {
    OptionalInt c = rank(child);
    OptionalInt p = rank(parent);
    return c.isPresent() && p.isPresent() && c.getAsInt() > 0 && c.getAsInt() >= p.getAsInt();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TeamLadder other && tiers.equals(other.tiers) && Objects.equals(branchTier, other.branchTier);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tiers, branchTier);
  }

  /** Returns the Chinese names from the top down, such as {@code 总队 > 分队 > 小队}. */
  @Override
  public String toString() {
    return names(tiers);
  }
}
