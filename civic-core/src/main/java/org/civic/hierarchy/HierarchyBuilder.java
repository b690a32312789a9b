package org.civic.hierarchy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.internal.FactColumns;
import org.civic.hierarchy.internal.HierarchyRows;
import org.civic.internal.LongHashIndex;
import org.civic.internal.NamePool;
import org.civic.internal.StringHashIndex;
import org.civic.internal.StringPool;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;
import org.civic.site.Site;
import org.civic.site.SiteLevel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link Hierarchy} — 层级构建器 — from divisions and sites added in any order.
 *
 * <p>{@link #build()} checks everything and reports every problem at once, each naming the bad
 * record: duplicate division codes, a division whose parent is missing while a higher ancestor
 * is present, duplicate site ids, a site on an unknown division or on a division of the wrong
 * level (a post belongs on a township, a station on a village), two main sites on one division,
 * a sub-center or point whose parent site is missing, of the wrong level, elsewhere in the tree,
 * or part of a cycle. {@link #buildLenient()} keeps every good record and reports the rest.
 *
 * <p>Not thread-safe; a builder builds once.
 */
public final class HierarchyBuilder {

  private static final Logger LOG = LoggerFactory.getLogger(HierarchyBuilder.class);
  /** Division codes fit in 40 bits; the low 23 bits of a sort key carry the input position. */
  private static final int POSITION_BITS = 23;
  /** Each level's term ({@link SiteLevel#chinese()}), by ordinal. */
  private static final char[][] TERMS = Arrays.stream(SiteLevel.values()).map(l -> l.chinese().toCharArray())
      .toArray(char[][]::new);

  // Divisions and sites, in columns as they are added: no Division, Site, SiteFacts or String is
  // kept (but inexact facts), so a national build leaves the collector a few large arrays instead
  // of millions of small objects.
  private final HierarchyRows rows = new HierarchyRows(256);
  private boolean used;

  HierarchyBuilder() {}

  /**
   * Adds a division.
   *
   * @param division the division, not null
   * @return this builder
   */
  public HierarchyBuilder addDivision(Division division) {
    Objects.requireNonNull(division, "division");
    checkUnused();
    rows.addDivision(division.code().value(), division.name());
    return this;
  }

  /**
   * Adds divisions.
   *
   * @param divisions the divisions, not null and without null elements
   * @return this builder
   */
  public HierarchyBuilder addDivisions(Iterable<? extends Division> divisions) {
    Objects.requireNonNull(divisions, "divisions");
    divisions.forEach(this::addDivision);
    return this;
  }

  /**
   * Adds a site.
   *
   * @param site the site, not null
   * @return this builder
   */
  public HierarchyBuilder addSite(Site site) {
    Objects.requireNonNull(site, "site");
    checkUnused();
    rows.add(site);
    return this;
  }

  /** The divisions' and sites' columns, for civic-json's reader to append to (it checks that this builder has not built). */
  HierarchyRows rows() {
    checkUnused();
    return rows;
  }

  /**
   * Adds sites.
   *
   * @param sites the sites, not null and without null elements
   * @return this builder
   */
  public HierarchyBuilder addSites(Iterable<? extends Site> sites) {
    Objects.requireNonNull(sites, "sites");
    for (Site site : sites) {
      addSite(site);
    }
    return this;
  }

  /**
   * Builds the hierarchy, strictly.
   *
   * @return the hierarchy, not null
   * @throws ProblemException listing every bad record if there is any
   * @throws IllegalStateException if this builder has built before
   */
  public Hierarchy build() {
    List<Problem> problems = new ArrayList<>();
    Hierarchy hierarchy = assemble(problems, false);
    if (!problems.isEmpty()) {
      throw new ProblemException("cannot build the hierarchy", problems);
    }
    return hierarchy;
  }

  /**
   * Builds the hierarchy leniently: every good record is kept and every other one is reported.
   * A duplicate keeps the first record added; a division whose parent is missing hangs under its
   * nearest present ancestor; a bad site, and any sub-site under a site left out, is left out.
   *
   * @return the hierarchy of the good records and the problems, not null
   * @throws IllegalStateException if this builder has built before
   */
  public BuildResult buildLenient() {
    List<Problem> problems = new ArrayList<>();
    Hierarchy hierarchy = assemble(problems, true);
    return new BuildResult(hierarchy, problems);
  }

  private void checkUnused() {
    if (used) {
      throw new IllegalStateException("this builder has already built a hierarchy");
    }
  }

  private Hierarchy assemble(List<Problem> problems, boolean lenient) {
    checkUnused();
    used = true;
    int n = rows.divisionCount();
    long[] codes = rows.divisionCodes();
    NamePool names = rows.buildDivisionNames();

    // 1. Divisions in code order; duplicates keep the first added.
    int[] order = codeOrder(codes, n);
    int[] keptInput = new int[n];
    int kept = 0;
    for (int k = 0; k < n; k++) {
      int in = order[k];
      if (kept > 0 && codes[keptInput[kept - 1]] == codes[in]) {
        String code = DivisionCode.format(codes[in]);
        problems.add(Problem.of("hierarchy.duplicate-division", Location.ofSubject(code),
                "division " + code + " (" + names.get(in) + ") is added twice; the first is "
                    + names.get(keptInput[kept - 1]))
            .withExpected("each division code once"));
        continue;
      }
      keptInput[kept++] = in;
    }
    long[] sortedCodes = new long[kept];
    boolean divisionsInOrder = kept == n;
    for (int k = 0; k < kept; k++) {
      sortedCodes[k] = codes[keptInput[k]];
      divisionsInOrder &= keptInput[k] == k;
    }
    NamePool divisionNames = names;
    if (!divisionsInOrder) {
      NamePool.Builder namePool = new NamePool.Builder(kept, 8 * kept);
      for (int k = 0; k < kept; k++) {
        namePool.add(names.get(keptInput[k]));
      }
      divisionNames = namePool.build();
    }

    // 2. Parents and subtree ends, by a stack over the pre-order.
    int[] parents = new int[kept];
    int[] ends = new int[kept];
    int[] stack = new int[8];
    int depth = 0;
    for (int j = 0; j < kept; j++) {
      long c = sortedCodes[j];
      while (depth > 0 && !contains(sortedCodes[stack[depth - 1]], c)) {
        ends[stack[--depth]] = j;
      }
      int parent = depth > 0 ? stack[depth - 1] : -1;
      parents[j] = parent;
      long expected = DivisionCode.parentOf(c);
      if (parent >= 0 && sortedCodes[parent] != expected) {
        String code = DivisionCode.format(c);
        problems.add(Problem.of("hierarchy.missing-parent", Location.ofSubject(code),
                "division " + code + " (" + names.get(keptInput[j])
                    + ") has no parent " + DivisionCode.format(expected) + ", though its ancestor "
                    + DivisionCode.format(sortedCodes[parent]) + " is present")
            .withExpected("parent division " + DivisionCode.format(expected)));
      }
      if (depth == stack.length) {
        stack = Arrays.copyOf(stack, depth * 2);
      }
      stack[depth++] = j;
    }
    while (depth > 0) {
      ends[stack[--depth]] = kept;
    }
    LongHashIndex codeIndex = LongHashIndex.of(sortedCodes, kept);

    // 3. Sites: each checked against its division and its declared parent.
    int m = rows.size();
    int[] division = new int[m];
    boolean[] bad = new boolean[m];
    int[] declaredParent = new int[m];
    Arrays.fill(declaredParent, -1);
    int[] firstWithId = new int[m];
    StringPool siteIds = rows.buildIds();
    StringPool siteNames = rows.buildNames();
    StringHashIndex idIndex = StringHashIndex.ofFirst(siteIds, rows.idHashes(), firstWithId);
    int[] mainOf = new int[kept];
    Arrays.fill(mainOf, -1);
    int near = -1;
    for (int s = 0; s < m; s++) {
      int first = firstWithId[s];
      if (first != s) {
        bad[s] = true;
        problems.add(siteProblem("hierarchy.duplicate-site", siteIds.get(s),
            "site id " + siteIds.get(s) + " is used twice: by " + siteNames.get(first) + " and by " + siteNames.get(s),
            "each site id once"));
        continue;
      }
      // Sites mostly come in division order: look just past the last division found first.
      long code = rows.code(s);
      int d = -1;
      for (int j = Math.max(near, 0); j < kept && j <= near + 2 && d < 0; j++) {
        d = sortedCodes[j] == code ? j : -1;
      }
      if (d < 0) {
        d = codeIndex.find(code);
      }
      division[s] = d;
      if (d < 0) {
        bad[s] = true;
        problems.add(siteProblem("hierarchy.unknown-division", siteIds.get(s),
            "site " + siteIds.get(s) + " stands on division " + DivisionCode.format(code)
                + ", which is not in the hierarchy",
            "a division added to the builder"));
        continue;
      }
      near = d;
      SiteLevel level = level(s);
      DivisionLevel divisionLevel = DivisionCode.levelOf(code);
      if (!level.allowsDivision(divisionLevel)) {
        bad[s] = true;
        problems.add(siteProblem("hierarchy.wrong-level", siteIds.get(s),
            "site " + siteIds.get(s) + " is a " + level + " on " + divisionLevel.word() + " division "
                + DivisionCode.format(code),
            expectedDivisionLevels(level)));
        continue;
      }
      if (level.isMain()) {
        if (mainOf[d] >= 0) {
          bad[s] = true;
          problems.add(siteProblem("hierarchy.duplicate-main-site", siteIds.get(s),
              "division " + DivisionCode.format(code) + " already has " + level(mainOf[d]) + " "
                  + siteIds.get(mainOf[d]) + "; site " + siteIds.get(s) + " would be a second",
              "one center, post or station per division"));
          continue;
        }
        mainOf[d] = s;
      }
    }
    // Declared parents, cycles first. Parent ids resolve to the first site with that id.
    boolean anyParent = false;
    for (int s = 0; s < m; s++) {
      String parentId = rows.parent(s);
      if (parentId == null || firstWithId[s] != s) {
        continue;
      }
      anyParent = true;
      int p = idIndex.find(parentId);
      if (p < 0) {
        bad[s] = true;
        problems.add(siteProblem("hierarchy.missing-parent-site", siteIds.get(s),
            "site " + siteIds.get(s) + " names parent site " + parentId + ", which is not added",
            "a parent site added to the builder"));
        continue;
      }
      declaredParent[s] = firstWithId[p];
    }
    if (anyParent) { // the national lists name none: their sites are not walked again, nor their arrays made
      checkParents(declaredParent, bad, siteIds, problems, lenient);
    }

    // 4. Sites grouped by division in code order, main site first, then input order.
    long[] keys = new long[m];
    int good = 0;
    for (int s = 0; s < m; s++) {
      if (!bad[s]) {
        boolean main = level(s).isMain();
        keys[good++] = ((long) division[s] << 32) | (main ? 0L : 1L << 31) | s;
      }
    }
    Arrays.sort(keys, 0, good);
    int[] newIndex = new int[m];
    Arrays.fill(newIndex, -1);
    int idChars = 0;
    boolean inOrder = good == m;
    for (int k = 0; k < good; k++) {
      int s = (int) (keys[k] & 0x7fff_ffffL);
      newIndex[s] = k;
      idChars += siteIds.length(s);
      inOrder &= s == k;
    }
    int[] siteDivisions = new int[good];
    byte[] sortedLevels = new byte[good];
    int[] sortedParents = new int[good];
    int[] siteStarts = new int[kept + 1];
    int[] mainSites = new int[kept];
    Arrays.fill(mainSites, -1);
    // Sites added as the hierarchy keeps them, all good (as civic writes them): the ids as added
    // are the hierarchy's, and so is their index.
    StringPool.@Nullable Builder ids = inOrder ? null : new StringPool.Builder(good, idChars);
    byte[] nameForms = new byte[good];
    int[] named = new int[16];
    int namedCount = 0;
    NamePool.Builder explicitNames = new NamePool.Builder(16, 256);
    int @Nullable [] sorted = inOrder ? null : new int[good];
    for (int k = 0; k < good; k++) {
      int s = (int) (keys[k] & 0x7fff_ffffL);
      if (sorted != null) {
        sorted[k] = s;
      }
      int d = division[s];
      siteDivisions[k] = d;
      sortedLevels[k] = rows.levelOrdinal(s);
      sortedParents[k] = declaredParent[s] < 0 ? -1 : newIndex[declaredParent[s]];
      siteStarts[d + 1]++;
      if (level(s).isMain()) {
        mainSites[d] = k;
      }
      if (ids != null) {
        ids.add(siteIds.get(s));
      }
      int form = nameForm(siteNames, s, divisionNames, d, level(s));
      nameForms[k] = (byte) form;
      if (form == SiteNames.EXPLICIT) {
        if (namedCount == named.length) {
          named = Arrays.copyOf(named, namedCount * 2);
        }
        named[namedCount++] = k;
        explicitNames.add(siteNames.get(s));
      }
    }
    for (int d = 0; d < kept; d++) {
      siteStarts[d + 1] += siteStarts[d];
    }
    LOG.debug("built a hierarchy of {} divisions and {} sites ({} named otherwise than after their"
        + " division) with {} problems", kept, good, namedCount, problems.size());
    StringPool sortedIds = ids == null ? siteIds : ids.build();
    StringHashIndex sortedIdIndex = ids == null ? idIndex : StringHashIndex.of(sortedIds);
    FactColumns.Builder siteFacts = rows.facts();
    FactColumns facts = !siteFacts.anyKnown() ? null : sorted == null ? siteFacts.build() : siteFacts.build(sorted, good);
    return new Hierarchy(sortedCodes, codeIndex, parents, ends, divisionNames, mainSites, siteStarts,
        siteDivisions, sortedLevels, sortedParents, sortedIds, sortedIdIndex,
        new SiteNames(nameForms, Arrays.copyOf(named, namedCount), explicitNames.build()), facts);
  }

  /**
   * Checks the declared parents ({@code declaredParent}: a site's parent's position, or -1): no
   * cycle, a parent of a level that may have the site under it, the site within its parent's
   * division; and, when lenient, leaves out a sub-site whose parent is left out. Marks each bad
   * site and adds its problem.
   */
  private void checkParents(int[] declaredParent, boolean[] bad, StringPool siteIds, List<Problem> problems,
      boolean lenient) {
    int m = declaredParent.length;
    int[] state = new int[m];
    List<Integer> path = new ArrayList<>();
    boolean[] inCycle = new boolean[m];
    for (int s = 0; s < m; s++) {
      if (state[s] != 0) {
        continue;
      }
      if (declaredParent[s] < 0) {
        state[s] = 2; // no link of its own: on no cycle
        continue;
      }
      path.clear();
      int cur = s;
      while (cur >= 0 && state[cur] == 0) {
        state[cur] = 1;
        path.add(cur);
        cur = declaredParent[cur];
      }
      if (cur >= 0 && state[cur] == 1) {
        int start = path.indexOf(cur);
        List<Integer> cycle = path.subList(start, path.size());
        StringBuilder ids = new StringBuilder();
        for (int c : cycle) {
          ids.append(siteIds.get(c)).append(" → ");
        }
        ids.append(siteIds.get(cur));
        for (int c : cycle) {
          inCycle[c] = true;
          bad[c] = true;
          problems.add(siteProblem("hierarchy.cycle", siteIds.get(c),
              "site " + siteIds.get(c) + " is its own ancestor: " + ids,
              "parent links that end at a center, post or station"));
        }
      }
      for (int c : path) {
        state[c] = 2;
      }
    }
    for (int s = 0; s < m; s++) {
      int p = declaredParent[s];
      if (p < 0 || inCycle[s]) {
        continue;
      }
      if (!level(s).allowsParent(level(p))) {
        bad[s] = true;
        problems.add(siteProblem("hierarchy.wrong-parent-level", siteIds.get(s),
            "site " + siteIds.get(s) + " is a " + level(s) + " under " + level(p) + " " + siteIds.get(p),
            level(s) == SiteLevel.SUB_CENTER ? "a CENTER as parent" : "a STATION or POST as parent"));
      } else if (!bad[s] && !contains(rows.code(p), rows.code(s))) {
        bad[s] = true;
        problems.add(siteProblem("hierarchy.outside-parent", siteIds.get(s),
            "site " + siteIds.get(s) + " stands on " + DivisionCode.format(rows.code(s))
                + ", outside the division " + DivisionCode.format(rows.code(p)) + " of its parent "
                + siteIds.get(p),
            "the parent's division or one within it"));
      }
    }
    if (lenient) {
      // A sub-site whose parent is left out goes too, and says so.
      boolean changed = true;
      while (changed) {
        changed = false;
        for (int s = 0; s < m; s++) {
          int p = declaredParent[s];
          if (!bad[s] && p >= 0 && bad[p]) {
            bad[s] = true;
            changed = true;
            problems.add(siteProblem("hierarchy.parent-site-left-out", siteIds.get(s),
                "site " + siteIds.get(s) + " is left out because its parent " + siteIds.get(p) + " is",
                "a valid parent site"));
          }
        }
      }
    }
  }

  /**
   * Returns how a site's name is kept: the number of characters (at most 254) its division's name
   * loses before the level's term is appended, when the site is named that way (多福巷社区居委会 →
   * 多福巷社区新时代文明实践站 is 3), or {@link SiteNames#EXPLICIT}. Compares the names where the
   * pools keep them, without making either.
   */
  static int nameForm(StringPool sites, int s, NamePool divisions, int d, SiteLevel level) {
    char[] term = TERMS[level.ordinal()];
    int length = sites.length(s);
    int stem = length - term.length;
    int divisionLength = divisions.length(d);
    if (stem < 0 || stem > divisionLength || divisionLength - stem >= SiteNames.EXPLICIT) {
      return SiteNames.EXPLICIT;
    }
    if (!sites.regionEquals(s, stem, term, 0, term.length) || !divisions.startsWith(d, sites, s, stem)) {
      return SiteNames.EXPLICIT;
    }
    return divisionLength - stem;
  }

  private SiteLevel level(int s) {
    return rows.level(s);
  }

  /** Returns input positions in code order, ties in input order. */
  private static int[] codeOrder(long[] codes, int n) {
    int[] order = new int[n];
    boolean sorted = true;
    for (int i = 0; i < n; i++) {
      order[i] = i;
      if (i > 0 && codes[i] < codes[i - 1]) {
        sorted = false;
      }
    }
    if (sorted) {
      return order;
    }
    if (n < 1 << POSITION_BITS) {
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        keys[i] = (codes[i] << POSITION_BITS) | i;
      }
      Arrays.sort(keys);
      for (int i = 0; i < n; i++) {
        order[i] = (int) (keys[i] & ((1 << POSITION_BITS) - 1));
      }
      return order;
    }
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (a, b) -> a.equals(b) ? 0 : codes[a] != codes[b]
        ? Long.compare(codes[a], codes[b]) : Integer.compare(a, b));
    for (int i = 0; i < n; i++) {
      order[i] = boxed[i];
    }
    return order;
  }

  /** Tells whether division code {@code ancestor} contains code {@code c} (or is it). */
  private static boolean contains(long ancestor, long c) {
    long span = switch (DivisionCode.levelOf(ancestor)) {
      case PROVINCE -> 10_000_000_000L;
      case CITY -> 100_000_000L;
      case COUNTY -> 1_000_000L;
      case TOWNSHIP -> 1000L;
      case VILLAGE -> 1L;
    };
    return c - c % span == ancestor;
  }

  private static String expectedDivisionLevels(SiteLevel level) {
    StringBuilder sb = new StringBuilder("a ");
    String sep = "";
    for (DivisionLevel l : DivisionLevel.values()) {
      if (level.allowsDivision(l)) {
        sb.append(sep).append(l.word());
        sep = " or ";
      }
    }
    return sb.append(" division for a ").append(level).toString();
  }

  private static Problem siteProblem(String id, String site, String message, String expected) {
    return Problem.of(id, Location.ofSubject(site), message).withExpected(expected);
  }
}
