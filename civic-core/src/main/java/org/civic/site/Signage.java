package org.civic.site;

/**
 * A site's signage — 标识: the signboard (牌子) and the unified logo (统一标识).
 *
 * <p>Immutable and thread-safe.
 *
 * @param signboard whether the site's signboard is up
 * @param unifiedLogo whether the unified New Era Civilization Practice logo is shown
 */
public record Signage(boolean signboard, boolean unifiedLogo) {

  /** Returns the signage of a site known to have none. */
  public static Signage none() {
    return new Signage(false, false);
  }
}
