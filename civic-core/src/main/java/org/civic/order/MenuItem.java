package org.civic.order;

import java.util.Objects;
import org.civic.internal.Ids;

/**
 * An item on a service menu — 服务菜单项: what residents can order, under a theme (one county's
 * 10 themes: 初心、政策、技能、文明、法治 …).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the item's id, not null
 * @param name the item's name, not null or blank
 * @param theme the theme, not null or blank
 */
public record MenuItem(String id, String name, String theme) {

  /**
   * Creates a menu item.
   *
   * @throws IllegalArgumentException if the id is invalid or a name is blank
   */
  public MenuItem {
    Ids.check("menu item", Objects.requireNonNull(id, "id"));
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(theme, "theme");
    if (name.isBlank() || theme.isBlank()) {
      throw new IllegalArgumentException("menu item " + id + " needs a name and a theme");
    }
  }
}
