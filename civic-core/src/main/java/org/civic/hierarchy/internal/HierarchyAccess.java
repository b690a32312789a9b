package org.civic.hierarchy.internal;

import java.util.Objects;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.hierarchy.HierarchyBuilder;
import org.civic.internal.FirstSeenCodes;
import org.civic.site.Site;
import org.civic.site.SiteFacts;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.jspecify.annotations.Nullable;

/**
 * Position-based access to a {@link Hierarchy}'s site columns for civic's own hot paths (a
 * national six-haves check, roll-ups), without making positions part of the public API — the
 * "shared secrets" pattern of the JDK. Sites sit at positions 0 … siteCount − 1 in the order of
 * {@link Hierarchy#sites()}; the sites under a division are a contiguous range.
 *
 * <p>Not for hosts: it may change in any release.
 */
public final class HierarchyAccess {

  /** What the hierarchy lets civic's other packages read. */
  public interface Accessor {
    /** Returns {@code [from, to)}, the positions of the sites on and under a division. */
    long siteRange(Hierarchy h, DivisionCode code);

    /** Returns the level of the site at a position. */
    SiteLevel siteLevel(Hierarchy h, int position);

    /** Returns the facts of the site at a position. */
    SiteFacts siteFacts(Hierarchy h, int position);

    /** Returns the id of the site at a position. */
    SiteId siteId(Hierarchy h, int position);

    /** Returns the site at a position. */
    Site site(Hierarchy h, int position);

    /** Returns the position of a site, or -1. */
    int sitePosition(Hierarchy h, SiteId id);

    /**
     * Writes the position of each distinct site of a column of site ids (ids already checked),
     * or -1, by its code: {@code out[k]} for code k — looked up a batch at a time.
     */
    void sitePositions(Hierarchy h, FirstSeenCodes ids, int[] out);

    /** Returns the index of the division a site stands on. */
    int siteDivision(Hierarchy h, int position);

    /** Returns the index of a division (in code order), or -1. */
    int divisionIndex(Hierarchy h, DivisionCode code);

    /** Returns the index of a division's parent, or -1 for a root. */
    int parentIndex(Hierarchy h, int division);

    /** Returns the code value of the division at an index. */
    long divisionCode(Hierarchy h, int division);

    /** Returns the end (exclusive) of a division's subtree in code order. */
    int subtreeEnd(Hierarchy h, int division);

    /** Returns the sites' facts as columns, or null if no site has a known fact. */
    @Nullable FactColumns factColumns(Hierarchy h);

    /** Returns the site columns a builder appends to; throws IllegalStateException if it has built. */
    HierarchyRows hierarchyRows(HierarchyBuilder b);
  }

  private static volatile @Nullable Accessor accessor;

  private HierarchyAccess() {}

  /** Called once by {@link Hierarchy}'s static initializer. */
  public static void set(Accessor a) {
    accessor = Objects.requireNonNull(a, "a");
  }

  /** Returns the accessor, loading {@link Hierarchy} if needed. */
  public static Accessor get() {
    Accessor a = accessor;
    if (a == null) {
      try {
        Class.forName(Hierarchy.class.getName(), true, Hierarchy.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      a = Objects.requireNonNull(accessor, "Hierarchy did not register its accessor");
    }
    return a;
  }

  /** Returns the start of a range packed by {@link Accessor#siteRange}. */
  public static int from(long range) {
    return (int) (range >>> 32);
  }

  /** Returns the end (exclusive) of a range packed by {@link Accessor#siteRange}. */
  public static int to(long range) {
    return (int) range;
  }
}
