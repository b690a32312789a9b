package org.civic.division;

import java.util.Locale;
import java.util.Objects;

/**
 * The level of an administrative division — 行政区划级别: province, city, county, township,
 * village, in that order from the top.
 */
public enum DivisionLevel {
  /** Province-level (省级): provinces, autonomous regions, municipalities. */
  PROVINCE("省级"),
  /** City-level (地级): prefecture-level cities, leagues, and the 市辖区 / 省直辖 groupings. */
  CITY("地级"),
  /** County-level (县级): counties, county-level cities, districts. */
  COUNTY("县级"),
  /** Township-level (乡级): streets, towns, townships and units run like them. */
  TOWNSHIP("乡级"),
  /** Village-level (村级): residents' and villagers' committees and similar units. */
  VILLAGE("村级");

  private static final DivisionLevel[] LEVELS = values();

  private final String chinese;
  private final String word;

  DivisionLevel(String chinese) {
    this.chinese = chinese;
    this.word = name().toLowerCase(Locale.ROOT);
  }

  /** Returns the Chinese name of the level, such as {@code 乡级}. */
  public String chinese() {
    return chinese;
  }

  /** Returns the depth of the level: 0 for province, 4 for village. */
  public int depth() {
    return ordinal();
  }

  /**
   * Obtains a level from its lower-case English word as the division CSV writes it
   * ({@code province}, {@code city}, {@code county}, {@code township}, {@code village}).
   *
   * @param word the word, not null
   * @return the level, not null
   * @throws IllegalArgumentException if the word names no level
   */
  public static DivisionLevel parse(String word) {
    Objects.requireNonNull(word, "word");
    for (DivisionLevel level : LEVELS) {
      if (level.word.equals(word)) {
        return level;
      }
    }
    throw new IllegalArgumentException(
        "unknown division level \"" + word + "\": expected province, city, county, township or village");
  }

  /** Returns the lower-case English word the division CSV uses, such as {@code township}. */
  public String word() {
    return word;
  }
}
