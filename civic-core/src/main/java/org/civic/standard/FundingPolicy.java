package org.civic.standard;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.hierarchy.internal.HierarchyAccess;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;

/**
 * Annual operating funds — 运行经费: a base sum per site level plus a bonus per star rating.
 * Whole yuan.
 *
 * <p>Defaults, from the source's pilot county: center 600,000; post 30,000; station 10,000; a
 * 5-star station 20,000 more, a 4-star station 5,000 more; sub-centers and points nothing.
 * A second profile, {@link #shishi()}, is Shishi's star funding of posts and stations; others
 * (Shan county's 5-star bonuses of 30,000 a post, 6,000 a station, 1,000 a point) are set with
 * {@link #withBase} and {@link #withStarBonus}.
 *
 * <p>Immutable and thread-safe.
 */
public final class FundingPolicy {

  private static final FundingPolicy DEFAULTS = defaultsOf();
  private static final FundingPolicy SHISHI = none()
      .withStarBonus(SiteLevel.POST, 5, 150_000).withStarBonus(SiteLevel.POST, 4, 100_000)
      .withStarBonus(SiteLevel.POST, 3, 50_000)
      .withStarBonus(SiteLevel.STATION, 5, 100_000).withStarBonus(SiteLevel.STATION, 4, 50_000)
      .withStarBonus(SiteLevel.STATION, 3, 30_000);

  private final Map<SiteLevel, Long> base;
  private final Map<SiteLevel, long[]> bonus;

  private FundingPolicy(Map<SiteLevel, Long> base, Map<SiteLevel, long[]> bonus) {
    this.base = base;
    this.bonus = bonus;
  }

  private static FundingPolicy defaultsOf() {
    Map<SiteLevel, Long> base = new EnumMap<>(SiteLevel.class);
    Map<SiteLevel, long[]> bonus = new EnumMap<>(SiteLevel.class);
    for (SiteLevel l : SiteLevel.values()) {
      base.put(l, 0L);
      bonus.put(l, new long[6]);
    }
    base.put(SiteLevel.CENTER, 600_000L);
    base.put(SiteLevel.POST, 30_000L);
    base.put(SiteLevel.STATION, 10_000L);
    bonus.get(SiteLevel.STATION)[5] = 20_000L;
    bonus.get(SiteLevel.STATION)[4] = 5_000L;
    return new FundingPolicy(base, bonus);
  }

  /** Returns the source's policy (see the class description). */
  public static FundingPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns Shishi's star funding (石狮市, published practice beside the source reports): posts
   * and stations are rated one to five stars; a 5-star post gets 150,000 a year, 4-star 100,000,
   * 3-star 50,000; a 5-star station 100,000, 4-star 50,000, 3-star 30,000; one and two stars, and
   * every other level, nothing. No base sums.
   *
   * @return the policy, not null
   */
  public static FundingPolicy shishi() {
    return SHISHI;
  }

  /** Returns a policy that funds nothing, to build one from scratch. */
  public static FundingPolicy none() {
    FundingPolicy p = DEFAULTS;
    for (SiteLevel l : SiteLevel.values()) {
      p = p.withBase(l, 0);
      for (int s = 1; s <= 5; s++) {
        p = p.withStarBonus(l, s, 0);
      }
    }
    return p;
  }

  /**
   * Returns a copy of this policy with the base sum of a level.
   *
   * @param level the site level, not null
   * @param yuan the annual base, 0 or more
   * @return the copy, not null
   * @throws IllegalArgumentException if the sum is negative
   */
  public FundingPolicy withBase(SiteLevel level, long yuan) {
    Objects.requireNonNull(level, "level");
    if (yuan < 0) {
      throw new IllegalArgumentException("funding must not be negative: " + yuan);
    }
    Map<SiteLevel, Long> copy = new EnumMap<>(base);
    copy.put(level, yuan);
    return new FundingPolicy(copy, bonus);
  }

  /**
   * Returns a copy of this policy with the bonus for a star rating at a level.
   *
   * @param level the site level, not null
   * @param stars the rating, 1 to 5
   * @param yuan the annual bonus, 0 or more
   * @return the copy, not null
   * @throws IllegalArgumentException if the stars or the sum are out of range
   */
  public FundingPolicy withStarBonus(SiteLevel level, int stars, long yuan) {
    Objects.requireNonNull(level, "level");
    if (stars < 1 || stars > 5) {
      throw new IllegalArgumentException("stars must be 1 to 5: " + stars);
    }
    if (yuan < 0) {
      throw new IllegalArgumentException("funding must not be negative: " + yuan);
    }
    Map<SiteLevel, long[]> copy = new EnumMap<>(SiteLevel.class);
    bonus.forEach((l, b) -> copy.put(l, b.clone()));
    copy.get(level)[stars] = yuan;
    return new FundingPolicy(base, copy);
  }

  /**
   * Returns the annual funds of one site.
   *
   * @param level the site's level, not null
   * @param stars its star rating, 0 (unrated) to 5
   * @return yuan a year
   * @throws IllegalArgumentException if stars is out of range
   */
  public long annual(SiteLevel level, int stars) {
    Objects.requireNonNull(level, "level");
    if (stars < 0 || stars > 5) {
      throw new IllegalArgumentException("stars must be 0 to 5: " + stars);
    }
    return base.get(level) + bonus.get(level)[stars];
  }

  /**
   * Returns the annual funds of every site on and under a division.
   *
   * @param hierarchy the hierarchy, not null
   * @param division a division of it, not null
   * @param stars each site's star rating, 0 to 5, not null
   * @return yuan a year
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public long total(Hierarchy hierarchy, DivisionCode division, ToIntFunction<SiteId> stars) {
    Objects.requireNonNull(hierarchy, "hierarchy");
    Objects.requireNonNull(division, "division");
    Objects.requireNonNull(stars, "stars");
    HierarchyAccess.Accessor access = HierarchyAccess.get();
    long range = access.siteRange(hierarchy, division);
    long total = 0;
    for (int s = HierarchyAccess.from(range); s < HierarchyAccess.to(range); s++) {
      SiteLevel level = access.siteLevel(hierarchy, s);
      long[] b = bonus.get(level);
      boolean starsMatter = false;
      for (long x : b) {
        starsMatter |= x != 0;
      }
      total += annual(level, starsMatter ? stars.applyAsInt(access.siteId(hierarchy, s)) : 0);
    }
    return total;
  }
}
