package org.civic.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.civic.site.SiteLevel;
import org.jspecify.annotations.Nullable;

/**
 * An assessment table — 测评体系 (测评细则表): a province's, city's or county's scoring table as
 * data: items ({@link Item}, 测评项目) of sub-items ({@link SubItem}, 测评细则) with points
 * (计分), bonus points (加分) and deductions (扣分), a starting score, the maximum, an optional cap
 * on bonus points, the site levels it rates and, optionally, star thresholds on the total.
 *
 * <p>Two shapes the sources name, both this one type:
 * <ul>
 * <li>An <em>additive</em> table: starts at 0 and gives points up to the maximum, plus bonus
 *     points — Bijie's 2021 table, 9 items and 29 sub-items, 100 points plus bonus.</li>
 * <li>A <em>deduction</em> table: starts at the maximum (a district's starts at 100) and takes
 *     points off for each requirement not met — the district's asks that staff volunteers be at
 *     least 70% and party-member volunteers at least 80%, with an activity every month at every
 *     post and station.</li>
 * </ul>
 * The rule that holds a table together: the starting score plus the points of every SCORE
 * sub-item is the maximum. A total is the starting score, plus the points given, plus the bonus
 * given (up to the cap), minus the points taken; never below 0, never above the maximum plus the
 * bonus the table can give ({@link #maxTotal()}).
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder}, or read one from civic JSON.
 */
public final class AssessmentTable {

  /** How a star threshold out of reach is named, by the stars it gives. */
  private static final String[] STARS = {"one star needs ", "two stars need ", "three stars need ",
      "four stars need ", "five stars need "};

  private final String id;
  private final String name;
  private final @Nullable String englishName;
  private final String version;
  private final BigDecimal base;
  private final BigDecimal maxPoints;
  private final @Nullable BigDecimal bonusCap;
  private final Set<SiteLevel> levels;
  private final List<Item> items;
  private final @Nullable StarThresholds stars;

  private AssessmentTable(Builder b, BigDecimal maxPoints) {
    this.id = b.id;
    this.name = b.name;
    this.englishName = b.englishName;
    this.version = b.version;
    this.base = b.base;
    this.maxPoints = maxPoints;
    this.bonusCap = b.bonusCap;
    this.levels = b.levels;
    this.items = List.copyOf(b.items);
    this.stars = b.stars;
  }

  /**
   * Starts a table.
   *
   * @param id the table's id, kebab-case such as {@code bijie-2021}, not null
   * @param name its name as the province writes it, not null or blank
   * @param version its version, such as {@code 2021}, not null or blank
   * @return a builder, not null
   * @throws IllegalArgumentException if the id is not kebab-case or a name is blank
   */
  public static Builder builder(String id, String name, String version) {
    return new Builder(id, name, version);
  }

  /** Returns the id. */
  public String id() {
    return id;
  }

  /** Returns the name as the table writes it. */
  public String name() {
    return name;
  }

  /** Returns the English name, if given. */
  public Optional<String> englishName() {
    return Optional.ofNullable(englishName);
  }

  /**
   * Returns the name in a language: the table's own for Chinese, the English one if given otherwise.
   *
   * @param locale the language, not null
   * @return the name, not null
   */
  public String name(Locale locale) {
    return Names.in(locale, name, englishName);
  }

  /** Returns the version. */
  public String version() {
    return version;
  }

  /** Returns the starting score: 0 for an additive table, the maximum for a deduction table. */
  public BigDecimal base() {
    return base;
  }

  /** Returns the maximum without bonus: the starting score plus every SCORE sub-item's points. */
  public BigDecimal maxPoints() {
    return maxPoints;
  }

  /** Returns the cap on bonus points, if the table sets one. */
  public Optional<BigDecimal> bonusCap() {
    return Optional.ofNullable(bonusCap);
  }

  /** Returns the bonus the table can give: every BONUS sub-item's points, up to the cap. */
  public BigDecimal maxBonus() {
    BigDecimal sum = points(PointKind.BONUS);
    return bonusCap == null ? sum : sum.min(bonusCap);
  }

  /** Returns the highest total any subject can reach: the maximum plus {@link #maxBonus()}. */
  public BigDecimal maxTotal() {
    return maxPoints.add(maxBonus());
  }

  /** Returns the site levels the table rates; empty for every level. */
  public Set<SiteLevel> levels() {
    return levels;
  }

  /** Tells whether the table rates sites of a level. */
  public boolean rates(SiteLevel level) {
    Objects.requireNonNull(level, "level");
    return levels.isEmpty() || levels.contains(level);
  }

  /** Returns the items, in order. */
  public List<Item> items() {
    return items;
  }

  /** Returns every sub-item, item by item, in order. */
  public List<SubItem> subItems() {
    List<SubItem> all = new ArrayList<>();
    items.forEach(i -> all.addAll(i.subItems()));
    return List.copyOf(all);
  }

  /** Returns the points of every sub-item of a kind. */
  public BigDecimal points(PointKind kind) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Item i : items) {
      sum = sum.add(i.points(kind));
    }
    return sum;
  }

  /** Returns the star thresholds, if the table rates stars. */
  public Optional<StarThresholds> stars() {
    return Optional.ofNullable(stars);
  }

  /**
   * Assesses one site or team: judges every sub-item on the evidence and adds up the points.
   *
   * @param subject the site or team, not null
   * @param evidence the results, measurements and marks to judge by, not null
   * @return the assessment, with a line per sub-item, not null
   * @throws IllegalArgumentException if a mark gives more than its sub-item's points, or a measure
   *     is a count where the table compares a share (or the other way round)
   */
  public Assessment assess(Subject subject, Evidence evidence) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(evidence, "evidence");
    List<AssessmentLine> lines = new ArrayList<>();
    for (Item item : items) {
      for (SubItem s : item.subItems()) {
        lines.add(AssessmentLine.judge(item, s, subject.level(), evidence));
      }
    }
    return new Assessment(this, subject, lines);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AssessmentTable other && id.equals(other.id) && name.equals(other.name)
        && Objects.equals(englishName, other.englishName) && version.equals(other.version)
        && base.equals(other.base) && maxPoints.equals(other.maxPoints) && Objects.equals(bonusCap, other.bonusCap)
        && levels.equals(other.levels) && items.equals(other.items) && Objects.equals(stars, other.stars);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, englishName, version, base, maxPoints, bonusCap, levels, items, stars);
  }

  /** Returns such as {@code AssessmentTable[bijie-2021 毕节 2021, 9 items, 29 sub-items, 100 + 10]}. */
  @Override
  public String toString() {
    return "AssessmentTable[" + id + " " + name + " " + version + ", " + items.size() + " items, "
        + subItems().size() + " sub-items, " + Points.format(maxPoints)
        + (maxBonus().signum() > 0 ? " + " + Points.format(maxBonus()) : "") + "]";
  }

  /**
   * Builds an {@link AssessmentTable} — 测评体系构建器. Each setting may be given once; the items
   * are added in order. {@link #build()} checks the rules that span settings.
   *
   * <p>Not thread-safe.
   */
  public static final class Builder {

    private final String id;
    private final String name;
    private final String version;
    private @Nullable String englishName;
    private BigDecimal base = BigDecimal.ZERO;
    private boolean baseSet;
    private @Nullable BigDecimal maxPoints;
    private @Nullable BigDecimal bonusCap;
    private Set<SiteLevel> levels = Set.of();
    private boolean levelsSet;
    private final List<Item> items = new ArrayList<>();
    private @Nullable StarThresholds stars;

    private Builder(String id, String name, String version) {
      this.id = org.civic.internal.Ids.checkKebabCase("assessment table", id, "bijie-2021");
      this.name = Names.check("name of table " + id, name);
      this.version = Names.check("version of table " + id, version);
    }

    private static void once(boolean set, String what) {
      if (set) {
        throw new IllegalStateException(what + " was already set");
      }
    }

    /**
     * Sets the English name.
     *
     * @param englishName the name in English, not null or blank
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder englishName(String englishName) {
      once(this.englishName != null, "the English name");
      this.englishName = Names.check("English name of table " + id, englishName);
      return this;
    }

    /**
     * Sets the starting score (default 0): the maximum for a deduction table.
     *
     * @param points the starting score, 0 or more, at most two decimal places, not null
     * @return this builder
     * @throws IllegalArgumentException if the points are negative or too fine
     * @throws IllegalStateException if it was already set
     */
    public Builder base(BigDecimal points) {
      once(baseSet, "the starting score");
      this.base = Points.check("starting score of table " + id, points);
      baseSet = true;
      return this;
    }

    /** Sets a starting score of whole points. See {@link #base(BigDecimal)}. */
    public Builder base(long points) {
      return base(BigDecimal.valueOf(points));
    }

    /**
     * Sets the maximum without bonus, which the starting score and the SCORE sub-items must add
     * up to; if not set, it is their sum.
     *
     * @param points the maximum, 0 or more, at most two decimal places, not null
     * @return this builder
     * @throws IllegalArgumentException if the points are negative or too fine
     * @throws IllegalStateException if it was already set
     */
    public Builder maxPoints(BigDecimal points) {
      once(maxPoints != null, "the maximum");
      this.maxPoints = Points.check("maximum of table " + id, points);
      return this;
    }

    /** Sets a maximum of whole points. See {@link #maxPoints(BigDecimal)}. */
    public Builder maxPoints(long points) {
      return maxPoints(BigDecimal.valueOf(points));
    }

    /**
     * Sets the cap on bonus points (default: no cap beyond the BONUS sub-items' points).
     *
     * @param points the cap, 0 or more, at most two decimal places, not null
     * @return this builder
     * @throws IllegalArgumentException if the points are negative or too fine
     * @throws IllegalStateException if it was already set
     */
    public Builder bonusCap(BigDecimal points) {
      once(bonusCap != null, "the bonus cap");
      this.bonusCap = Points.check("bonus cap of table " + id, points);
      return this;
    }

    /** Sets a bonus cap of whole points. See {@link #bonusCap(BigDecimal)}. */
    public Builder bonusCap(long points) {
      return bonusCap(BigDecimal.valueOf(points));
    }

    /**
     * Sets the site levels the table rates (default: every level).
     *
     * @param levels the levels, not null or empty
     * @return this builder
     * @throws IllegalArgumentException if the set is empty
     * @throws IllegalStateException if it was already set
     */
    public Builder levels(Set<SiteLevel> levels) {
      once(levelsSet, "the levels");
      Objects.requireNonNull(levels, "levels");
      if (levels.isEmpty()) {
        throw new IllegalArgumentException("table " + id + " must rate at least one level (leave unset for all)");
      }
      this.levels = Set.copyOf(EnumSet.copyOf(levels));
      levelsSet = true;
      return this;
    }

    /**
     * Adds an item after those already added.
     *
     * @param item the item, not null
     * @return this builder
     */
    public Builder item(Item item) {
      items.add(Objects.requireNonNull(item, "item"));
      return this;
    }

    /**
     * Sets the star thresholds on the total.
     *
     * @param stars the thresholds, not null
     * @return this builder
     * @throws IllegalStateException if they were already set
     */
    public Builder stars(StarThresholds stars) {
      once(this.stars != null, "the star thresholds");
      this.stars = Objects.requireNonNull(stars, "stars");
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table, not null
     * @throws IllegalArgumentException if there is no item, two items or two sub-items share an
     *     id, the starting score and SCORE points do not add up to the maximum, or a star
     *     threshold lies above the highest total
     */
    public AssessmentTable build() {
      if (items.isEmpty()) {
        throw new IllegalArgumentException("table " + id + " has no item: expected at least one");
      }
      Set<String> itemIds = new HashSet<>();
      Set<String> subIds = new HashSet<>();
      BigDecimal score = BigDecimal.ZERO;
      for (Item i : items) {
        if (!itemIds.add(i.id())) {
          throw new IllegalArgumentException("table " + id + " has item " + i.id() + " twice");
        }
        for (SubItem s : i.subItems()) {
          if (!subIds.add(s.id())) {
            throw new IllegalArgumentException("table " + id + " has sub-item " + s.id() + " twice (item " + i.id()
                + "): sub-item ids are unique in a table");
          }
        }
        score = score.add(i.points(PointKind.SCORE));
      }
      BigDecimal sum = base.add(score);
      if (maxPoints != null && maxPoints.compareTo(sum) != 0) {
        throw new IllegalArgumentException("table " + id + " has a maximum of " + Points.format(maxPoints)
            + " but its starting score " + Points.format(base) + " and SCORE sub-items (" + Points.format(score)
            + ") add up to " + Points.format(sum) + ": expected them to be equal");
      }
      AssessmentTable t = new AssessmentTable(this, Points.check("maximum of table " + id, sum));
      if (stars != null) {
        // every threshold within reach: they ascend, so the five-star one is the highest
        List<BigDecimal> thresholds = stars.thresholds();
        for (int k = 0; k < thresholds.size(); k++) {
          if (thresholds.get(k).compareTo(t.maxTotal()) > 0) {
            throw new IllegalArgumentException("table " + id + ": " + STARS[k] + Points.format(thresholds.get(k))
                + " but the highest total is " + Points.format(t.maxTotal()) + ": expected thresholds within reach");
          }
        }
      }
      return t;
    }
  }
}
