package org.civic.hierarchy;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.civic.division.Division;
import org.civic.division.TownshipKind;
import org.civic.division.VillageKind;
import org.jspecify.annotations.Nullable;

/**
 * Which divisions count in a coverage denominator — 覆盖率口径. The default, {@link #all()},
 * counts every division at the level, as the Yuzhou report's 26 乡镇(街道) does. A host leaves
 * out kinds of unit (airports, industrial parks, mining districts are {@link TownshipKind#OTHER})
 * or individual divisions by a predicate — the Taihe report's "24 乡镇场" counts state farms but
 * not the airport.
 *
 * <p>Kind filters read only the code and are cheap at national scale; a division predicate also
 * reads the name. Immutable and thread-safe if the predicate is.
 */
public final class CoveragePolicy {

  private static final CoveragePolicy ALL =
      new CoveragePolicy(EnumSet.noneOf(TownshipKind.class), EnumSet.noneOf(VillageKind.class), null);

  private final Set<TownshipKind> excludedTownshipKinds;
  private final Set<VillageKind> excludedVillageKinds;
  private final @Nullable Predicate<? super Division> excluded;

  private CoveragePolicy(Set<TownshipKind> townships, Set<VillageKind> villages,
      @Nullable Predicate<? super Division> excluded) {
    this.excludedTownshipKinds = townships;
    this.excludedVillageKinds = villages;
    this.excluded = excluded;
  }

  /** Returns the default policy: every division at the level counts. */
  public static CoveragePolicy all() {
    return ALL;
  }

  /**
   * Returns a copy of this policy that also leaves out township-level units of the given kinds
   * (and the villages under them are unaffected).
   *
   * @param kinds the kinds to leave out, not null
   * @return the copy, not null
   */
  public CoveragePolicy excludingTownshipKinds(Set<TownshipKind> kinds) {
    Objects.requireNonNull(kinds, "kinds");
    EnumSet<TownshipKind> set = EnumSet.noneOf(TownshipKind.class);
    set.addAll(excludedTownshipKinds);
    set.addAll(kinds);
    return new CoveragePolicy(set, excludedVillageKinds, excluded);
  }

  /**
   * Returns a copy of this policy that also leaves out village-level units of the given kinds.
   *
   * @param kinds the kinds to leave out, not null
   * @return the copy, not null
   */
  public CoveragePolicy excludingVillageKinds(Set<VillageKind> kinds) {
    Objects.requireNonNull(kinds, "kinds");
    EnumSet<VillageKind> set = EnumSet.noneOf(VillageKind.class);
    set.addAll(excludedVillageKinds);
    set.addAll(kinds);
    return new CoveragePolicy(excludedTownshipKinds, set, excluded);
  }

  /**
   * Returns a copy of this policy that also leaves out every division the predicate accepts,
   * such as {@code d -> d.name().endsWith("机场")}.
   *
   * @param predicate accepts the divisions to leave out, not null
   * @return the copy, not null
   */
  public CoveragePolicy excluding(Predicate<? super Division> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    Predicate<? super Division> previous = excluded;
    Predicate<Division> combined = previous == null
        ? predicate::test
        : d -> previous.test(d) || predicate.test(d);
    return new CoveragePolicy(excludedTownshipKinds, excludedVillageKinds, combined);
  }

  /** Tells whether the policy needs the division's name (it has a predicate). */
  boolean readsNames() {
    return excluded != null;
  }

  /** Tells whether a division, known only by its code, passes the kind filters. */
  boolean countsCode(long code) {
    int township = (int) (code / 1000 % 1000);
    int village = (int) (code % 1000);
    if (village != 0) {
      return excludedVillageKinds.isEmpty() || !excludedVillageKinds.contains(VillageKind.ofDigits(village));
    }
    if (township != 0) {
      return excludedTownshipKinds.isEmpty() || !excludedTownshipKinds.contains(TownshipKind.ofDigits(township));
    }
    return true;
  }

  /**
   * Tells whether a division counts in a denominator under this policy.
   *
   * @param division the division, not null
   * @return true if it counts
   */
  public boolean counts(Division division) {
    Objects.requireNonNull(division, "division");
    return countsCode(division.code().value()) && (excluded == null || !excluded.test(division));
  }
}
