package org.civic.assessment;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.civic.internal.Ids;
import org.civic.site.SiteLevel;
import org.jspecify.annotations.Nullable;

/**
 * One sub-item of an assessment table — 测评细则 (二级指标): an id (such as {@code 1.2}), a name as
 * the table writes it (and optionally in English), how its points count ({@link PointKind}),
 * how many, how it is judged ({@link Criterion}) and, optionally, the site levels it applies to
 * (none named: every level).
 *
 * <p>A SCORE or BONUS sub-item gives its points when met; a DEDUCTION sub-item takes its points
 * when not met. A sub-item judged by an assessor's marks gives (or takes) the points marked, up to
 * its own.
 *
 * <p>Immutable and thread-safe.
 */
public final class SubItem {

  private final String id;
  private final String name;
  private final @Nullable String englishName;
  private final PointKind kind;
  private final BigDecimal points;
  private final Criterion criterion;
  private final Set<SiteLevel> levels;

  private SubItem(String id, String name, @Nullable String englishName, PointKind kind, BigDecimal points,
      Criterion criterion, Set<SiteLevel> levels) {
    this.id = id;
    this.name = name;
    this.englishName = englishName;
    this.kind = kind;
    this.points = points;
    this.criterion = criterion;
    this.levels = levels;
  }

  /**
   * Obtains a sub-item.
   *
   * @param id the id, kebab-case such as {@code 1.2} or {@code monthly-activity}, not null
   * @param name the name as the table writes it, not null or blank
   * @param kind how the points count, not null
   * @param points the points, more than 0, at most two decimal places, not null
   * @param criterion how it is judged, not null
   * @return the sub-item, applying at every level, without an English name, not null
   * @throws IllegalArgumentException if the id is not kebab-case, the name blank or the points
   *     not positive or too fine
   */
  public static SubItem of(String id, String name, PointKind kind, BigDecimal points, Criterion criterion) {
    Ids.checkKebabCase("sub-item", id, "1.2");
    Names.check("name of sub-item " + id, name);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(criterion, "criterion");
    BigDecimal p = Points.check("points of sub-item " + id, points);
    if (p.signum() == 0) {
      throw new IllegalArgumentException("points of sub-item " + id + " must be more than 0");
    }
    return new SubItem(id, name, null, kind, p, criterion, Set.of());
  }

  /** Obtains a SCORE sub-item of whole points. See {@link #of}. */
  public static SubItem score(String id, String name, long points, Criterion criterion) {
    return of(id, name, PointKind.SCORE, BigDecimal.valueOf(points), criterion);
  }

  /** Obtains a BONUS sub-item of whole points. See {@link #of}. */
  public static SubItem bonus(String id, String name, long points, Criterion criterion) {
    return of(id, name, PointKind.BONUS, BigDecimal.valueOf(points), criterion);
  }

  /** Obtains a DEDUCTION sub-item of whole points. See {@link #of}. */
  public static SubItem deduction(String id, String name, long points, Criterion criterion) {
    return of(id, name, PointKind.DEDUCTION, BigDecimal.valueOf(points), criterion);
  }

  /**
   * Returns a copy of this sub-item with an English name.
   *
   * @param englishName the name in English, not null or blank
   * @return the copy, not null
   */
  public SubItem withEnglishName(String englishName) {
    Names.check("English name of sub-item " + id, englishName);
    return new SubItem(id, name, englishName, kind, points, criterion, levels);
  }

  /**
   * Returns a copy of this sub-item that applies only at some site levels; elsewhere it is
   * NOT_APPLICABLE and counts nothing.
   *
   * @param levels the levels, not null; empty for every level
   * @return the copy, not null
   */
  public SubItem withLevels(Set<SiteLevel> levels) {
    Objects.requireNonNull(levels, "levels");
    Set<SiteLevel> copy = levels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(levels));
    return new SubItem(id, name, englishName, kind, points, criterion, copy);
  }

  /** Returns the id. */
  public String id() {
    return id;
  }

  /** Returns the name as the table writes it. */
  public String name() {
    return name;
  }

  /** Returns the English name, if the table gives one. */
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

  /** Returns how the points count. */
  public PointKind kind() {
    return kind;
  }

  /** Returns the points. */
  public BigDecimal points() {
    return points;
  }

  /** Returns how the sub-item is judged. */
  public Criterion criterion() {
    return criterion;
  }

  /** Returns the levels it applies to; empty for every level. */
  public Set<SiteLevel> levels() {
    return levels;
  }

  /** Tells whether the sub-item applies at a level. */
  public boolean appliesTo(SiteLevel level) {
    Objects.requireNonNull(level, "level");
    return levels.isEmpty() || levels.contains(level);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SubItem other && id.equals(other.id) && name.equals(other.name)
        && Objects.equals(englishName, other.englishName) && kind == other.kind && points.equals(other.points)
        && criterion.equals(other.criterion) && levels.equals(other.levels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, englishName, kind, points, criterion, levels);
  }

  /** Returns such as {@code 1.2 有标识 SCORE 5 (RULE six-haves.signage)}. */
  @Override
  public String toString() {
    return id + " " + name + " " + kind + " " + Points.format(points) + " (" + criterion + ")";
  }
}
