package org.civic.site;

import java.util.EnumSet;
import java.util.Set;
import org.civic.division.DivisionLevel;

/**
 * The level of a practice site — 实践阵地层级: center, sub-center, post, station, point.
 * Center, post and station are the main sites (one per division); sub-centers and points hang
 * under a parent site.
 */
public enum SiteLevel {
  /** A practice center (新时代文明实践中心), on a county — or a city, such as one without counties. */
  CENTER("新时代文明实践中心", true, EnumSet.of(DivisionLevel.CITY, DivisionLevel.COUNTY)),
  /** A sub-center (新时代文明实践分中心), under a center, on its division or one within it. */
  SUB_CENTER("新时代文明实践分中心", false,
      EnumSet.of(DivisionLevel.CITY, DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE)),
  /** A practice post (新时代文明实践所), on a township-level division (乡镇 / 街道). */
  POST("新时代文明实践所", true, EnumSet.of(DivisionLevel.TOWNSHIP)),
  /** A practice station (新时代文明实践站), on a village-level division (村 / 社区). */
  STATION("新时代文明实践站", true, EnumSet.of(DivisionLevel.VILLAGE)),
  /** A service or experience point (志愿服务点 / 文化体验点), under a station or a post. */
  POINT("新时代文明实践点", false, EnumSet.of(DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE));

  private final String chinese;
  private final boolean main;
  private final Set<DivisionLevel> divisionLevels;

  SiteLevel(String chinese, boolean main, Set<DivisionLevel> divisionLevels) {
    this.chinese = chinese;
    this.main = main;
    this.divisionLevels = divisionLevels;
  }

  /** Returns the Chinese name, such as {@code 新时代文明实践站}. */
  public String chinese() {
    return chinese;
  }

  /**
   * Tells whether this is a main site — center, post or station: the one site of its division
   * that counts toward coverage. Sub-centers and points are not.
   */
  public boolean isMain() {
    return main;
  }

  /** Tells whether a site of this level may sit on a division of the given level. */
  public boolean allowsDivision(DivisionLevel level) {
    return divisionLevels.contains(level);
  }

  /** Tells whether a site of this level needs a parent site (sub-centers and points do). */
  public boolean needsParent() {
    return !main;
  }

  /** Tells whether a site of the given level may be this site's parent. */
  public boolean allowsParent(SiteLevel parent) {
    switch (this) {
      case SUB_CENTER:
        return parent == CENTER;
      case POINT:
        return parent == STATION || parent == POST;
      default:
        return false;
    }
  }

  /** Returns the main site level that sits on divisions of the given level, if any. */
  public static java.util.Optional<SiteLevel> mainLevelFor(DivisionLevel level) {
    java.util.Objects.requireNonNull(level, "level");
    switch (level) {
      case CITY:
      case COUNTY:
        return java.util.Optional.of(CENTER);
      case TOWNSHIP:
        return java.util.Optional.of(POST);
      case VILLAGE:
        return java.util.Optional.of(STATION);
      default:
        return java.util.Optional.empty();
    }
  }
}
