package org.civic.hierarchy;

import java.util.Arrays;
import org.civic.internal.NamePool;
import org.civic.site.SiteLevel;

/**
 * The names of a hierarchy's sites, most of them not stored at all: a site named after its
 * division in the usual way — the division's name, less a few closing characters, and the level's
 * term (多福巷社区居委会 → 多福巷社区新时代文明实践站) — keeps only the number of characters its division's
 * name loses, in a byte; any other name is kept whole. At national scale this is a byte a site
 * instead of about 32.
 *
 * <p>Immutable and thread-safe.
 */
final class SiteNames {

  /** A site's name form: its name is kept whole. */
  static final int EXPLICIT = 0xff;

  /** Per site: the characters the division's name loses, or {@link #EXPLICIT}. */
  private final byte[] forms;
  /** The sites whose names are kept whole, ascending. */
  private final int[] named;
  /** Their names, in the same order. */
  private final NamePool names;

  SiteNames(byte[] forms, int[] named, NamePool names) {
    this.forms = forms;
    this.named = named;
    this.names = names;
  }

  /**
   * Returns the name of a site.
   *
   * @param site the site's position
   * @param divisionName the name of the division it stands on
   * @param level its level
   */
  String get(int site, String divisionName, SiteLevel level) {
    int form = forms[site] & 0xff;
    if (form == EXPLICIT) {
      return names.get(Arrays.binarySearch(named, site));
    }
    return divisionName.substring(0, divisionName.length() - form).concat(level.chinese());
  }
}
