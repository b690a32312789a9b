package org.civic.assessment;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.civic.internal.Ids;
import org.jspecify.annotations.Nullable;

/**
 * One item of an assessment table — 测评项目 (一级指标): an id, a name as the table writes it (and
 * optionally in English) and its sub-items ({@link SubItem}, 测评细则), at least one. The item's
 * points are those of its SCORE sub-items.
 *
 * <p>Immutable and thread-safe.
 */
public final class Item {

  private final String id;
  private final String name;
  private final @Nullable String englishName;
  private final List<SubItem> subItems;

  private Item(String id, String name, @Nullable String englishName, List<SubItem> subItems) {
    this.id = id;
    this.name = name;
    this.englishName = englishName;
    this.subItems = subItems;
  }

  /**
   * Obtains an item.
   *
   * @param id the id, kebab-case such as {@code 1}, not null
   * @param name the name as the table writes it, not null or blank
   * @param subItems the sub-items in order, at least one, with distinct ids, not null
   * @return the item, without an English name, not null
   * @throws IllegalArgumentException if the id is not kebab-case, the name blank, there is no
   *     sub-item or two share an id
   */
  public static Item of(String id, String name, List<SubItem> subItems) {
    Ids.checkKebabCase("item", id, "1");
    Names.check("name of item " + id, name);
    Objects.requireNonNull(subItems, "subItems");
    if (subItems.isEmpty()) {
      throw new IllegalArgumentException("item " + id + " has no sub-item: expected at least one");
    }
    Set<String> ids = new HashSet<>();
    for (SubItem s : subItems) {
      if (!ids.add(Objects.requireNonNull(s, "subItem").id())) {
        throw new IllegalArgumentException("item " + id + " has sub-item " + s.id() + " twice");
      }
    }
    return new Item(id, name, null, List.copyOf(subItems));
  }

  /**
   * Returns a copy of this item with an English name.
   *
   * @param englishName the name in English, not null or blank
   * @return the copy, not null
   */
  public Item withEnglishName(String englishName) {
    Names.check("English name of item " + id, englishName);
    return new Item(id, name, englishName, subItems);
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

  /** Returns the sub-items, in order. */
  public List<SubItem> subItems() {
    return subItems;
  }

  /** Returns the points of the item's sub-items of a kind. */
  public BigDecimal points(PointKind kind) {
    Objects.requireNonNull(kind, "kind");
    BigDecimal sum = BigDecimal.ZERO;
    for (SubItem s : subItems) {
      if (s.kind() == kind) {
        sum = sum.add(s.points());
      }
    }
    return sum;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Item other && id.equals(other.id) && name.equals(other.name)
        && Objects.equals(englishName, other.englishName) && subItems.equals(other.subItems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, englishName, subItems);
  }

  @Override
  public String toString() {
    return id + " " + name + " (" + subItems.size() + " sub-items)";
  }
}
