package org.civic.hierarchy.internal;

import java.util.Objects;
import org.civic.hierarchy.HierarchyBuilder;

/**
 * A hierarchy builder's columns for civic-json's reader, which appends division and site lines
 * to them ({@link HierarchyRows}) without making a {@code Division} or {@code Site} per line —
 * reached through {@link HierarchyAccess}, so that neither the builder nor its rows name this class
 * (no import circle) and no public method of the builder shows them.
 *
 * <p>Not for hosts: it may change in any release.
 */
public final class HierarchyBuilderAccess {

  private HierarchyBuilderAccess() {}

  /**
   * Returns the rows a builder appends its divisions and sites to.
   *
   * @param builder the builder, not null
   * @return its rows, not null
   * @throws IllegalStateException if the builder has built
   */
  public static HierarchyRows rows(HierarchyBuilder builder) {
    return HierarchyAccess.get().hierarchyRows(Objects.requireNonNull(builder, "builder"));
  }
}
