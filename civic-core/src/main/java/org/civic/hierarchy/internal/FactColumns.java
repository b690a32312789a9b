package org.civic.hierarchy.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.civic.site.Display;
import org.civic.site.Projects;
import org.civic.site.RuleDocuments;
import org.civic.site.Signage;
import org.civic.site.SiteFacts;
import org.civic.site.Staffing;
import org.civic.site.TeamFacts;
import org.civic.site.Venue;
import org.jspecify.annotations.Nullable;

/**
 * The facts of every site of a hierarchy as primitive columns: what a {@code HierarchyBuilder}
 * keeps of each site's {@link SiteFacts} from the moment it is added, what a {@code Hierarchy}
 * keeps instead of a dozen objects a site, and what a national six-haves check reads. A site's
 * {@code SiteFacts} is made again on request ({@link #facts(int)}), equal to the one added.
 *
 * <p>A value that does not fit its column — an area with more than two decimals, a site with
 * rules beyond the first 64 distinct names — makes its site {@link #INEXACT}: the site's facts are
 * then also kept whole, checks fall back to them for the venue and the rules, and
 * {@link #facts(int)} returns them.
 *
 * <p>One unit: the columns, the builder's row that appends to all of them, the join of another
 * builder's rows and the making of a site's facts from a row change together; a row's layout is
 * written here once.
 *
 * <p>Not for hosts. Built by {@link Builder}; immutable once built (the arrays are not to be
 * written).
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
  /** Per site: which of {@link #ruleNames} the site has, bit i for name i. */
  public final long[] ruleMask;
  /** Per site: display boards. */
  public final int[] boards;
  /** The rule-document names that have a bit, in bit order (at most 64). */
  public final List<String> ruleNames;

  /** Per site: the leader's role, 1 + its index in {@link #roles}; 0 for none. */
  private final int[] role;
  /** Per site: menu items. */
  private final int[] menuItems;
  /** Per site: approved staff posts + 1, 0 when the staffing is unknown; null when no site has it. */
  private final int @Nullable [] approved;
  private final int @Nullable [] directors;
  private final int @Nullable [] deputies;
  private final List<String> roles;
  /** The {@link #INEXACT} sites, ascending, and their facts whole. */
  private final int[] inexactSites;
  private final SiteFacts[] inexactFacts;

  private FactColumns(Builder b, int n, int @Nullable [] order) {
    known = take(b.known, n, order);
    flags = take(b.flags, n, order);
    areaCenti = take(b.areaCenti, n, order);
    rooms = take(b.rooms, n, order);
    members = take(b.members, n, order);
    projects = take(b.projects, n, order);
    ruleMask = take(b.ruleMask, n, order);
    boards = take(b.boards, n, order);
    role = take(b.role, n, order);
    menuItems = take(b.menuItems, n, order);
    approved = b.approved == null ? null : take(b.approved, n, order);
    directors = b.directors == null ? null : take(b.directors, n, order);
    deputies = b.deputies == null ? null : take(b.deputies, n, order);
    ruleNames = List.copyOf(b.ruleNames);
    roles = List.copyOf(b.roles);
    // The inexact sites at their new positions, ascending.
    int[] where = new int[b.inexactCount];
    int count = 0;
    if (b.inexactCount > 0) {
      int[] newIndex = new int[b.size];
      Arrays.fill(newIndex, -1);
      for (int k = 0; k < n; k++) {
        newIndex[order == null ? k : order[k]] = k;
      }
      long[] keys = new long[b.inexactCount];
      for (int i = 0; i < b.inexactCount; i++) {
        int k = newIndex[b.inexactSites[i]];
        if (k >= 0) {
          keys[count] = ((long) k << 32) | i;
          where[count++] = k;
        }
      }
      Arrays.sort(keys, 0, count);
      inexactFacts = new SiteFacts[count];
      for (int i = 0; i < count; i++) {
        where[i] = (int) (keys[i] >>> 32);
        inexactFacts[i] = b.inexactFacts[(int) keys[i]];
      }
    } else {
      inexactFacts = new SiteFacts[0];
    }
    inexactSites = Arrays.copyOf(where, count);
  }

  /** Returns the number of rule documents of a site whose rules are known and not {@link #INEXACT}. */
  public int ruleCount(int site) {
    return Long.bitCount(ruleMask[site]);
  }

  /**
   * Makes the facts of a site again, equal to those added.
   *
   * @param site the position, 0 ≤ site &lt; the number of sites
   * @return the facts, not null
   */
  public SiteFacts facts(int site) {
    if ((known[site] & INEXACT) != 0) {
      return inexactFacts[Arrays.binarySearch(inexactSites, site)];
    }
    return make(known[site], flags[site], areaCenti[site], rooms[site], members[site], role[site], roles,
        projects[site], menuItems[site], ruleMask[site], ruleNames, boards[site],
        approved == null ? 0 : approved[site], directors == null ? 0 : directors[site],
        deputies == null ? 0 : deputies[site]);
  }

  /** The facts of one site's column values; the one place facts are made from columns. */
  private static SiteFacts make(int k, int flag, long areaCenti, int rooms, int members, int role, List<String> roles,
      int projects, int menuItems, long ruleMask, List<String> ruleNames, int boards, int approved, int directors,
      int deputies) {
    SiteFacts f = SiteFacts.unknown();
    if ((k & VENUE) != 0) {
      f = f.withVenue(new Venue(BigDecimal.valueOf(areaCenti, 2), rooms));
    }
    if ((k & SIGNAGE) != 0) {
      f = f.withSignage(new Signage((flag & SIGNBOARD) != 0, (flag & LOGO) != 0));
    }
    if ((k & TEAM) != 0) {
      f = f.withTeam(new TeamFacts(role == 0 ? Optional.empty() : Optional.of(roles.get(role - 1)), members));
    }
    if ((k & PROJECTS) != 0) {
      f = f.withProjects(new Projects(projects, menuItems));
    }
    if ((k & RULES) != 0) {
      TreeSet<String> names = new TreeSet<>();
      for (long m = ruleMask; m != 0; m &= m - 1) {
        names.add(ruleNames.get(Long.numberOfTrailingZeros(m)));
      }
      f = f.withRules(new RuleDocuments(names));
    }
    if ((k & DISPLAY) != 0) {
      f = f.withDisplay(new Display(boards, (flag & POSTING) != 0));
    }
    if (approved != 0) {
      f = f.withStaffing(new Staffing(approved - 1, directors, deputies));
    }
    return f;
  }

  private static byte[] take(byte[] a, int n, int @Nullable [] order) {
    if (order == null) {
      return Arrays.copyOf(a, n);
    }
    byte[] out = new byte[n];
    for (int k = 0; k < n; k++) {
      out[k] = a[order[k]];
    }
    return out;
  }

  private static int[] take(int[] a, int n, int @Nullable [] order) {
    if (order == null) {
      return Arrays.copyOf(a, n);
    }
    int[] out = new int[n];
    for (int k = 0; k < n; k++) {
      out[k] = a[order[k]];
    }
    return out;
  }

  private static long[] take(long[] a, int n, int @Nullable [] order) {
    if (order == null) {
      return Arrays.copyOf(a, n);
    }
    long[] out = new long[n];
    for (int k = 0; k < n; k++) {
      out[k] = a[order[k]];
    }
    return out;
  }

  /**
   * Facts added site by site, into growing columns; no {@link SiteFacts} is kept unless it is
   * {@link #INEXACT}. A site's facts come whole ({@link #add(SiteFacts)}), or fact by fact from a
   * reader: {@link #beginRow()}, the facts known, then {@link #endRow()} — a row not ended is
   * not added, and the next {@code beginRow} starts it again.
   *
   * <p>Not thread-safe.
   */
  public static final class Builder {
    private int size;
    private byte[] known;
    private byte[] flags;
    private long[] areaCenti;
    private int[] rooms;
    private int[] members;
    private int[] role;
    private int[] projects;
    private int[] menuItems;
    private long[] ruleMask;
    private int[] boards;
    private int @Nullable [] approved;
    private int @Nullable [] directors;
    private int @Nullable [] deputies;
    private final List<String> ruleNames = new ArrayList<>();
    private final Map<String, Integer> ruleBits = new HashMap<>();
    private final List<String> roles = new ArrayList<>();
    private final Map<String, Integer> roleIndex = new HashMap<>();
    private int inexactCount;
    private int[] inexactSites = new int[4];
    private SiteFacts[] inexactFacts = new SiteFacts[4];
    private boolean anyKnown;
    /** The row begun: its known-bits and flags so far. */
    private int rowKnown;
    private int rowFlags;
    private boolean rowStaffing;

    /**
     * A builder with room for some sites.
     *
     * @param capacity the sites expected, 1 or more
     */
    public Builder(int capacity) {
      int c = Math.max(1, capacity);
      known = new byte[c];
      flags = new byte[c];
      areaCenti = new long[c];
      rooms = new int[c];
      members = new int[c];
      role = new int[c];
      projects = new int[c];
      menuItems = new int[c];
      ruleMask = new long[c];
      boards = new int[c];
    }

    /** Tells whether some site added has a known fact. */
    public boolean anyKnown() {
      return anyKnown;
    }

    /** Forgets every site added (the names and roles met are kept). */
    public void clear() {
      size = 0;
      inexactCount = 0;
      anyKnown = false;
    }

    /**
     * Adds the facts of the next site.
     *
     * @param f the facts, not null
     */
    public void add(SiteFacts f) {
      Objects.requireNonNull(f, "f");
      beginRow();
      if (f.isUnknown()) {
        endRow();
        return;
      }
      int s = size;
      boolean inexact = false;
      Venue v = f.venue().orElse(null);
      if (v != null) {
        BigDecimal centi = v.area().movePointRight(2);
        if (centi.scale() > 0 || centi.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
          inexact = true;
          venue(0, v.functionRooms());
        } else {
          venue(centi.longValueExact(), v.functionRooms());
        }
      }
      Signage g = f.signage().orElse(null);
      if (g != null) {
        signage(g.signboard(), g.unifiedLogo());
      }
      TeamFacts t = f.team().orElse(null);
      if (t != null) {
        team(t.leaderRole().orElse(null), t.members());
      }
      Projects p = f.projects().orElse(null);
      if (p != null) {
        projects(p.running(), p.menuItems());
      }
      RuleDocuments r = f.rules().orElse(null);
      if (r != null) {
        rules();
        for (String name : r.documents()) {
          inexact |= !rule(name);
        }
      }
      Display d = f.display().orElse(null);
      if (d != null) {
        display(d.boards(), d.publicPosting());
      }
      Staffing st = f.staffing().orElse(null);
      if (st != null) {
        staffing(st.approved(), st.directors(), st.deputyDirectors());
      }
      if (inexact) {
        rowKnown |= INEXACT;
        if (inexactCount == inexactSites.length) {
          inexactSites = Arrays.copyOf(inexactSites, inexactCount * 2);
          inexactFacts = Arrays.copyOf(inexactFacts, inexactCount * 2);
        }
        inexactSites[inexactCount] = s;
        inexactFacts[inexactCount++] = f;
      }
      endRow();
    }

    /** Starts the next site's facts, none known yet. */
    public void beginRow() {
      int s = size;
      if (s == known.length) {
        grow(s * 2);
      }
      areaCenti[s] = 0;
      rooms[s] = 0;
      members[s] = 0;
      role[s] = 0;
      projects[s] = 0;
      menuItems[s] = 0;
      ruleMask[s] = 0;
      boards[s] = 0;
      if (approved != null) {
        approved[s] = 0;
        directors[s] = 0;
        deputies[s] = 0;
      }
      rowKnown = 0;
      rowFlags = 0;
      rowStaffing = false;
    }

    /** The row's venue: its area in hundredths of a square metre, 0 or more, and its rooms, 0 or more. */
    public void venue(long areaCenti, int rooms) {
      rowKnown |= VENUE;
      this.areaCenti[size] = areaCenti;
      this.rooms[size] = rooms;
    }

    /** The row's signage. */
    public void signage(boolean signboard, boolean unifiedLogo) {
      rowKnown |= SIGNAGE;
      rowFlags |= (signboard ? SIGNBOARD : 0) | (unifiedLogo ? LOGO : 0);
    }

    /** The row's team: the leader's role (not blank), or null for none, and its members, 0 or more. */
    public void team(@Nullable String leaderRole, int members) {
      rowKnown |= TEAM;
      if (leaderRole != null) {
        rowFlags |= LEADER;
        role[size] = 1 + roleIndex(leaderRole);
      }
      this.members[size] = members;
    }

    private int roleIndex(String leaderRole) {
      Integer i = roleIndex.get(leaderRole);
      if (i == null) {
        i = roles.size();
        roles.add(leaderRole);
        roleIndex.put(leaderRole, i);
      }
      return i;
    }

    /** The row's projects, each count 0 or more. */
    public void projects(int running, int menuItems) {
      rowKnown |= PROJECTS;
      this.projects[size] = running;
      this.menuItems[size] = menuItems;
    }

    /** The row's rules are known: none so far ({@link #rule} adds each). */
    public void rules() {
      rowKnown |= RULES;
    }

    /**
     * Adds a rule document to the row's rules ({@link #rules()} first).
     *
     * @param name the name as {@link RuleDocuments} keeps it (normalized, not blank)
     * @return false if 64 other names have their bits already: the name has no column
     */
    public boolean rule(String name) {
      int bit = ruleBit(name);
      if (bit < 0) {
        return false;
      }
      ruleMask[size] |= 1L << bit;
      return true;
    }

    private int ruleBit(String name) {
      Integer bit = ruleBits.get(name);
      if (bit == null) {
        if (ruleNames.size() == 64) {
          return -1;
        }
        bit = ruleNames.size();
        ruleBits.put(name, bit);
        ruleNames.add(name);
      }
      return bit;
    }

    /** The row's display: its boards, 0 or more. */
    public void display(int boards, boolean publicPosting) {
      rowKnown |= DISPLAY;
      rowFlags |= publicPosting ? POSTING : 0;
      this.boards[size] = boards;
    }

    /** The row's staffing, as {@link Staffing} accepts it. */
    public void staffing(int approved, int directors, int deputyDirectors) {
      if (this.approved == null) {
        this.approved = new int[known.length];
        this.directors = new int[known.length];
        this.deputies = new int[known.length];
      }
      rowStaffing = true;
      this.approved[size] = approved + 1;
      this.directors[size] = directors;
      this.deputies[size] = deputyDirectors;
    }

    /** Adds the row begun. */
    public void endRow() {
      int s = size;
      known[s] = (byte) rowKnown;
      flags[s] = (byte) rowFlags;
      anyKnown |= rowKnown != 0 || rowStaffing;
      size = s + 1;
    }

    /**
     * Makes the facts of a site added again, equal to those added.
     *
     * @param row the site, 0 ≤ row &lt; the number added
     * @return the facts, not null
     */
    public SiteFacts facts(int row) {
      Objects.checkIndex(row, size);
      if ((known[row] & INEXACT) != 0) {
        for (int i = inexactCount - 1; i >= 0; i--) {
          if (inexactSites[i] == row) {
            return inexactFacts[i];
          }
        }
      }
      return make(known[row], flags[row], areaCenti[row], rooms[row], members[row], role[row], roles, projects[row],
          menuItems[row], ruleMask[row], ruleNames, boards[row], approved == null ? 0 : approved[row],
          directors == null ? 0 : directors[row], deputies == null ? 0 : deputies[row]);
    }

    /**
     * Adds the facts of sites another builder holds, in order: their rule names and roles take
     * this builder's bits and numbers.
     *
     * @param other the other builder, not this one
     * @param from the first of its sites to add
     * @param to the end (exclusive)
     */
    public void addAll(Builder other, int from, int to) {
      Objects.checkFromToIndex(from, to, other.size);
      int[] roleMap = new int[other.roles.size() + 1];
      for (int i = 0; i < other.roles.size(); i++) {
        roleMap[i + 1] = 1 + roleIndex(other.roles.get(i));
      }
      int[] bitMap = new int[other.ruleNames.size()];
      boolean sameBits = true; // each name has the bit here that it has there
      for (int i = 0; i < bitMap.length; i++) {
        bitMap[i] = ruleBit(other.ruleNames.get(i));
        sameBits &= bitMap[i] == i;
      }
      for (int r = from; r < to; r++) {
        int k = other.known[r];
        long mask = other.ruleMask[r];
        if (!sameBits && (k & INEXACT) == 0) {
          long mapped = 0;
          for (long m = mask; m != 0; m &= m - 1) {
            int bit = bitMap[Long.numberOfTrailingZeros(m)];
            if (bit < 0) {
              k |= INEXACT;
              break;
            }
            mapped |= 1L << bit;
          }
          mask = mapped;
        }
        if ((k & INEXACT) != 0) {
          add(other.facts(r)); // kept whole, as it would have been added here
          continue;
        }
        beginRow();
        int s = size;
        areaCenti[s] = other.areaCenti[r];
        rooms[s] = other.rooms[r];
        members[s] = other.members[r];
        role[s] = roleMap[other.role[r]];
        projects[s] = other.projects[r];
        menuItems[s] = other.menuItems[r];
        ruleMask[s] = mask;
        boards[s] = other.boards[r];
        if (other.approved != null && other.approved[r] != 0) {
          staffing(other.approved[r] - 1, other.directors[r], other.deputies[r]);
        }
        rowKnown = k;
        rowFlags = other.flags[r];
        endRow();
      }
    }

    /** Makes room for rows up to {@code capacity} in all, at once. */
    public void reserve(int capacity) {
      if (capacity > known.length) {
        grow(capacity);
      }
    }

    private void grow(int capacity) {
      known = Arrays.copyOf(known, capacity);
      flags = Arrays.copyOf(flags, capacity);
      areaCenti = Arrays.copyOf(areaCenti, capacity);
      rooms = Arrays.copyOf(rooms, capacity);
      members = Arrays.copyOf(members, capacity);
      role = Arrays.copyOf(role, capacity);
      projects = Arrays.copyOf(projects, capacity);
      menuItems = Arrays.copyOf(menuItems, capacity);
      ruleMask = Arrays.copyOf(ruleMask, capacity);
      boards = Arrays.copyOf(boards, capacity);
      if (approved != null) {
        approved = Arrays.copyOf(approved, capacity);
        directors = Arrays.copyOf(directors, capacity);
        deputies = Arrays.copyOf(deputies, capacity);
      }
    }

    /**
     * Returns the columns of all sites added, in the order added.
     *
     * @return the columns, not null
     */
    public FactColumns build() {
      return new FactColumns(this, size, null);
    }

    /**
     * Returns the columns of some sites: site k of the result is site {@code order[k]} as added.
     *
     * @param order the sites as added, each at most once
     * @param n how many of order to take
     * @return the columns, not null
     */
    public FactColumns build(int[] order, int n) {
      return new FactColumns(this, n, order);
    }
  }
}
