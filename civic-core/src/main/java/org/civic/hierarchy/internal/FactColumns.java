package org.civic.hierarchy.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civic.site.Display;
import org.civic.site.Projects;
import org.civic.site.RuleDocuments;
import org.civic.site.Signage;
import org.civic.site.SiteFacts;
import org.civic.site.TeamFacts;
import org.civic.site.Venue;

/**
 * The six-haves facts of every site of a hierarchy as primitive columns, so that a national check
 * reads a few arrays instead of a dozen objects per site. A value that does not fit a column
 * (an area with more than two decimals, a site with rules beyond the first 64 distinct names) is
 * flagged {@link #INEXACT}, and checks fall back to the site's {@link SiteFacts} for it.
 *
 * <p>Not for hosts. Immutable once built (the arrays are not to be written).
 */
public final class FactColumns {

  /** Known-bits: the venue is known. */
  public static final int VENUE = 1;
  /** Known-bits: the signage is known. */
  public static final int SIGNAGE = 2;
  /** Known-bits: the team is known. */
  public static final int TEAM = 4;
  /** Known-bits: the projects are known. */
  public static final int PROJECTS = 8;
  /** Known-bits: the rules are known. */
  public static final int RULES = 16;
  /** Known-bits: the display is known. */
  public static final int DISPLAY = 32;
  /** Known-bits: some value did not fit its column; use the objects. */
  public static final int INEXACT = 64;

  /** Flag-bits: signboard up. */
  public static final int SIGNBOARD = 1;
  /** Flag-bits: unified logo shown. */
  public static final int LOGO = 2;
  /** Flag-bits: the team has a leader. */
  public static final int LEADER = 4;
  /** Flag-bits: activities are publicly posted. */
  public static final int POSTING = 8;

  /** Per site: which facts are known, and {@link #INEXACT}. */
  public final byte[] known;
  /** Per site: the boolean facts. */
  public final byte[] flags;
  /** Per site: the venue area in hundredths of a square metre. */
  public final long[] areaCenti;
  /** Per site: function rooms. */
  public final int[] rooms;
  /** Per site: team members. */
  public final int[] members;
  /** Per site: running projects. */
  public final int[] projects;
  /** Per site: the number of rule documents. */
  public final int[] ruleCount;
  /** Per site: which of {@link #ruleNames} the site has, bit i for name i. */
  public final long[] ruleMask;
  /** Per site: display boards. */
  public final int[] boards;
  /** The rule-document names that have a bit, in bit order (at most 64). */
  public final List<String> ruleNames;

  private FactColumns(int n, List<String> ruleNames) {
    known = new byte[n];
    flags = new byte[n];
    areaCenti = new long[n];
    rooms = new int[n];
    members = new int[n];
    projects = new int[n];
    ruleCount = new int[n];
    ruleMask = new long[n];
    boards = new int[n];
    this.ruleNames = ruleNames;
  }

  /**
   * Lays facts out in columns.
   *
   * @param facts the facts of each site, in site order
   * @return the columns
   */
  public static FactColumns of(SiteFacts[] facts) {
    Map<String, Integer> bits = new HashMap<>();
    List<String> names = new ArrayList<>();
    FactColumns c = new FactColumns(facts.length, names);
    for (int s = 0; s < facts.length; s++) {
      SiteFacts f = facts[s];
      int known = 0;
      int flags = 0;
      Venue v = f.venue().orElse(null);
      if (v != null) {
        known |= VENUE;
        BigDecimal centi = v.area().movePointRight(2);
        if (centi.scale() > 0 || centi.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
          known |= INEXACT;
        } else {
          c.areaCenti[s] = centi.longValueExact();
        }
        c.rooms[s] = v.functionRooms();
      }
      Signage g = f.signage().orElse(null);
      if (g != null) {
        known |= SIGNAGE;
        flags |= (g.signboard() ? SIGNBOARD : 0) | (g.unifiedLogo() ? LOGO : 0);
      }
      TeamFacts t = f.team().orElse(null);
      if (t != null) {
        known |= TEAM;
        flags |= t.hasLeader() ? LEADER : 0;
        c.members[s] = t.members();
      }
      Projects p = f.projects().orElse(null);
      if (p != null) {
        known |= PROJECTS;
        c.projects[s] = p.running();
      }
      RuleDocuments r = f.rules().orElse(null);
      if (r != null) {
        known |= RULES;
        c.ruleCount[s] = r.documents().size();
        long mask = 0;
        for (String name : r.documents()) {
          Integer bit = bits.get(name);
          if (bit == null && names.size() < 64) {
            bit = names.size();
            bits.put(name, bit);
            names.add(name);
          }
          if (bit == null) {
            known |= INEXACT;
          } else {
            mask |= 1L << bit;
          }
        }
        c.ruleMask[s] = mask;
      }
      Display d = f.display().orElse(null);
      if (d != null) {
        known |= DISPLAY;
        flags |= d.publicPosting() ? POSTING : 0;
        c.boards[s] = d.boards();
      }
      c.known[s] = (byte) known;
      c.flags[s] = (byte) flags;
    }
    return c;
  }
}
