package org.civic.site;

/**
 * A site's service projects — 项目: running service projects (服务项目) and items on its menu
 * (菜单) that residents can order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param running the number of service projects running, zero or more
 * @param menuItems the number of menu items, zero or more
 */
public record Projects(int running, int menuItems) {

  /**
   * Creates project facts.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public Projects {
    if (running < 0 || menuItems < 0) {
      throw new IllegalArgumentException(
          "project counts must not be negative: running " + running + ", menu items " + menuItems);
    }
  }

  /** Returns the projects of a site known to have none. */
  public static Projects none() {
    return new Projects(0, 0);
  }
}
