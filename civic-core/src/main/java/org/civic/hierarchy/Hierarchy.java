package org.civic.hierarchy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.internal.FactColumns;
import org.civic.hierarchy.internal.HierarchyAccess;
import org.civic.hierarchy.internal.HierarchyRows;
import org.civic.internal.FirstSeenCodes;
import org.civic.internal.LongHashIndex;
import org.civic.internal.NamePool;
import org.civic.internal.StringHashIndex;
import org.civic.internal.StringPool;
import org.civic.site.Site;
import org.civic.site.SiteFacts;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.jspecify.annotations.Nullable;

/**
 * The hierarchy of divisions and the practice sites built on them — 中心—所—站 on
 * 县—乡—村. Built once by a {@link HierarchyBuilder} that checks everything and reports every problem;
 * then immutable and safe to share between threads.
 *
 * <p>Look-ups by division code and by site id take constant time. Divisions are kept in code
 * order, which is also a pre-order of the tree (a division's descendants share its leading
 * digits), so a subtree is a contiguous range: navigation and {@link #coverage coverage} never
 * copy the tree. The data sits in primitive columns (about 75 bytes per division with its site
 * at national scale, and about 42 more per site with six-haves facts); {@link Division},
 * {@link Site} and {@link org.civic.site.SiteFacts SiteFacts} values are made on request, equal
 * to those added.
 *
 * <p>A division's parent is its nearest ancestor present in the hierarchy. A division none of
 * whose ancestors is present is a root: one county loaded on its own is a root, and so is a
 * province.
 *
 * <pre>{@code
 * Hierarchy h = Hierarchy.builder()
 *     .addDivisions(DivisionCsv.readAll(Path.of("yuzhou.csv")))
 *     .addSite(Site.post(SiteId.of("p1"), "神垕镇新时代文明实践所", DivisionCode.parse("411081103000")))
 *     .build();
 * h.coverage(DivisionCode.parse("411081"), DivisionLevel.TOWNSHIP).format(1);   // "3.8%"
 * }</pre>
 */
public final class Hierarchy {

  // Divisions, in code order (= pre-order).
  private final long[] codes;
  private final int[] parents;
  private final int[] ends;
  private final NamePool names;
  private final LongHashIndex codeIndex;
  private final int[] mainSites;
  private final int[] siteStarts;

  // Sites, grouped by division in code order; main site first within a division.
  private final int[] siteDivisions;
  private final byte[] siteLevels;
  private final int[] siteParents;
  private final StringPool siteIds;
  private final SiteNames siteNames;
  private final StringHashIndex siteIndex;
  /** The facts of each site in columns, or null when no site has any known fact. */
  private final @Nullable FactColumns factColumns;

  private static final SiteLevel[] SITE_LEVELS = SiteLevel.values();

  static {
    HierarchyAccess.set(new HierarchyAccess.Accessor() {
      @Override
      public long siteRange(Hierarchy h, DivisionCode code) {
        int i = h.indexOf(code);
        return ((long) h.siteStarts[i] << 32) | h.siteStarts[h.ends[i]];
      }

      @Override
      public SiteLevel siteLevel(Hierarchy h, int position) {
        return SITE_LEVELS[h.siteLevels[position]];
      }

      @Override
      public SiteFacts siteFacts(Hierarchy h, int position) {
        return h.factsAt(position);
      }

      @Override
      public SiteId siteId(Hierarchy h, int position) {
        return SiteId.of(h.siteIds.get(position));
      }

      @Override
      public Site site(Hierarchy h, int position) {
        return h.siteAt(position);
      }

      @Override
      public int sitePosition(Hierarchy h, SiteId id) {
        return h.siteIndex.find(id.value());
      }

      @Override
      public void sitePositions(Hierarchy h, FirstSeenCodes ids, int[] out) {
        h.siteIndex.findAll(ids, out);
      }

      @Override
      public int siteDivision(Hierarchy h, int position) {
        return h.siteDivisions[position];
      }

      @Override
      public int divisionIndex(Hierarchy h, DivisionCode code) {
        return h.codeIndex.find(code.value());
      }

      @Override
      public int parentIndex(Hierarchy h, int division) {
        return h.parents[division];
      }

      @Override
      public long divisionCode(Hierarchy h, int division) {
        return h.codes[division];
      }

      @Override
      public int subtreeEnd(Hierarchy h, int division) {
        return h.ends[division];
      }

      @Override
      public @Nullable FactColumns factColumns(Hierarchy h) {
        return h.factColumns;
      }

      @Override
      public HierarchyRows hierarchyRows(HierarchyBuilder b) {
        return b.rows();
      }
    });
  }

  Hierarchy(long[] codes, LongHashIndex codeIndex, int[] parents, int[] ends, NamePool names, int[] mainSites,
      int[] siteStarts, int[] siteDivisions, byte[] siteLevels, int[] siteParents,
      StringPool siteIds, StringHashIndex siteIndex, SiteNames siteNames, @Nullable FactColumns factColumns) {
    this.codes = codes;
    this.parents = parents;
    this.ends = ends;
    this.names = names;
    this.codeIndex = codeIndex;
    this.mainSites = mainSites;
    this.siteStarts = siteStarts;
    this.siteDivisions = siteDivisions;
    this.siteLevels = siteLevels;
    this.siteParents = siteParents;
    this.siteIds = siteIds;
    this.siteNames = siteNames;
    this.siteIndex = siteIndex;
    this.factColumns = factColumns;
  }

  /** Returns a new, empty builder. */
  public static HierarchyBuilder builder() {
    return new HierarchyBuilder();
  }

  /** Returns the number of divisions. */
  public int divisionCount() {
    return codes.length;
  }

  /** Returns the number of sites of every level. */
  public int siteCount() {
    return siteLevels.length;
  }

  // ---------------------------------------------------------------- divisions

  /**
   * Tells whether the hierarchy has a division.
   *
   * @param code the code, not null
   * @return true if present
   */
  public boolean contains(DivisionCode code) {
    return codeIndex.find(code.value()) >= 0;
  }

  /**
   * Returns the division with a code, if present.
   *
   * @param code the code, not null
   * @return the division, or empty
   */
  public Optional<Division> division(DivisionCode code) {
    int i = codeIndex.find(code.value());
    return i < 0 ? Optional.empty() : Optional.of(divisionAt(i));
  }

  /**
   * Returns the parent of a division: its nearest ancestor in the hierarchy; empty for a root.
   *
   * @param code the code of a division in the hierarchy, not null
   * @return the parent, or empty for a root
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public Optional<Division> parent(DivisionCode code) {
    int p = parents[indexOf(code)];
    return p < 0 ? Optional.empty() : Optional.of(divisionAt(p));
  }

  /**
   * Returns the children of a division, in code order.
   *
   * @param code the code of a division in the hierarchy, not null
   * @return the children, unmodifiable, not null
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public List<Division> children(DivisionCode code) {
    int i = indexOf(code);
    List<Division> children = new ArrayList<>();
    for (int c = i + 1; c < ends[i]; c = ends[c]) {
      children.add(divisionAt(c));
    }
    return Collections.unmodifiableList(children);
  }

  /**
   * Returns the ancestors of a division, from its parent up to its root.
   *
   * @param code the code of a division in the hierarchy, not null
   * @return the ancestors, nearest first, unmodifiable, not null
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public List<Division> ancestors(DivisionCode code) {
    List<Division> ancestors = new ArrayList<>(4);
    for (int p = parents[indexOf(code)]; p >= 0; p = parents[p]) {
      ancestors.add(divisionAt(p));
    }
    return Collections.unmodifiableList(ancestors);
  }

  /**
   * Returns the divisions at a level under a division (the division itself included if it is at
   * that level), in code order, lazily.
   *
   * @param code the code of a division in the hierarchy, not null
   * @param level the level, not null
   * @return the divisions, not null
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public Stream<Division> descendants(DivisionCode code, DivisionLevel level) {
    Objects.requireNonNull(level, "level");
    int i = indexOf(code);
    return IntStream.range(i, ends[i])
        .filter(j -> DivisionCode.levelOf(codes[j]) == level)
        .mapToObj(this::divisionAt);
  }

  /** Returns the roots — divisions without an ancestor in the hierarchy — in code order. */
  public List<Division> roots() {
    List<Division> roots = new ArrayList<>();
    for (int r = 0; r < codes.length; r = ends[r]) {
      roots.add(divisionAt(r));
    }
    return Collections.unmodifiableList(roots);
  }

  /** Returns every division in code order, lazily. */
  public Stream<Division> divisions() {
    return lazy(codes.length, this::divisionAt);
  }

  // ---------------------------------------------------------------- sites

  /**
   * Returns the site with an id, if present.
   *
   * @param id the id, not null
   * @return the site, or empty
   */
  public Optional<Site> site(SiteId id) {
    int s = siteIndex.find(id.value());
    return s < 0 ? Optional.empty() : Optional.of(siteAt(s));
  }

  /**
   * Returns the main site built on a division — its center, post or station — if one is built.
   *
   * @param code the code of a division in the hierarchy, not null
   * @return the site, or empty if none is built
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public Optional<Site> siteOf(DivisionCode code) {
    int s = mainSites[indexOf(code)];
    return s < 0 ? Optional.empty() : Optional.of(siteAt(s));
  }

  /**
   * Returns every site standing on a division itself: its main site first, then its sub-centers
   * and points.
   *
   * @param code the code of a division in the hierarchy, not null
   * @return the sites, unmodifiable, not null
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public List<Site> sitesOn(DivisionCode code) {
    int i = indexOf(code);
    List<Site> sites = new ArrayList<>(siteStarts[i + 1] - siteStarts[i]);
    for (int s = siteStarts[i]; s < siteStarts[i + 1]; s++) {
      sites.add(siteAt(s));
    }
    return Collections.unmodifiableList(sites);
  }

  /**
   * Returns the sites of a level standing on a division or anywhere under it, in division code
   * order, lazily.
   *
   * @param code the code of a division in the hierarchy, not null
   * @param level the site level, not null
   * @return the sites, not null
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public Stream<Site> sitesUnder(DivisionCode code, SiteLevel level) {
    Objects.requireNonNull(level, "level");
    int i = indexOf(code);
    return IntStream.range(siteStarts[i], siteStarts[ends[i]])
        .filter(s -> siteLevels[s] == level.ordinal())
        .mapToObj(this::siteAt);
  }

  /** Returns every site, grouped by division in code order, lazily. */
  public Stream<Site> sites() {
    return lazy(siteLevels.length, this::siteAt);
  }

  /**
   * Returns the parent site of a site: the declared parent of a sub-center or point; for a
   * station, post or center the main site of its nearest ancestor division that has one (a
   * station's post, a post's center). Empty at the top.
   *
   * @param id the id of a site in the hierarchy, not null
   * @return the parent site, or empty
   * @throws IllegalArgumentException if the site is not in the hierarchy
   */
  public Optional<Site> parentSite(SiteId id) {
    int s = siteIndexOf(id);
    if (siteParents[s] >= 0) {
      return Optional.of(siteAt(siteParents[s]));
    }
    for (int d = parents[siteDivisions[s]]; d >= 0; d = parents[d]) {
      if (mainSites[d] >= 0) {
        return Optional.of(siteAt(mainSites[d]));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the sites whose declared parent is a given site: a center's sub-centers, a post's or
   * station's points.
   *
   * @param id the id of a site in the hierarchy, not null
   * @return the sites, unmodifiable, not null
   * @throws IllegalArgumentException if the site is not in the hierarchy
   */
  public List<Site> subSites(SiteId id) {
    int s = siteIndexOf(id);
    int d = siteDivisions[s];
    List<Site> result = new ArrayList<>();
    // Declared children stand on the parent's division or under it.
    for (int t = siteStarts[d]; t < siteStarts[ends[d]]; t++) {
      if (siteParents[t] == s) {
        result.add(siteAt(t));
      }
    }
    return Collections.unmodifiableList(result);
  }

  // ---------------------------------------------------------------- coverage

  /**
   * Returns the coverage at a level under a division, every division at that level counting.
   *
   * @param code the code of a division in the hierarchy, not null
   * @param level the level whose divisions are counted, not null
   * @return the coverage, not null
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public Coverage coverage(DivisionCode code, DivisionLevel level) {
    return coverage(code, level, CoveragePolicy.all());
  }

  /**
   * Returns the coverage at a level under a division (the division itself counting if it is at
   * that level): how many of those divisions that the policy counts have a built main site.
   *
   * @param code the code of a division in the hierarchy, not null
   * @param level the level whose divisions are counted, not null
   * @param policy which divisions count, not null
   * @return the coverage, not null
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public Coverage coverage(DivisionCode code, DivisionLevel level, CoveragePolicy policy) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(policy, "policy");
    int i = indexOf(code);
    return count(i, ends[i], policy).get(level);
  }

  /**
   * Returns the coverage at every level under a division, in one pass.
   *
   * @param code the code of a division in the hierarchy, not null
   * @param policy which divisions count, not null
   * @return the coverage per level, for every level, unmodifiable, not null
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public Map<DivisionLevel, Coverage> coverageByLevel(DivisionCode code, CoveragePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    int i = indexOf(code);
    return count(i, ends[i], policy);
  }

  /**
   * Returns the coverage at every level over the whole hierarchy, in one pass.
   *
   * @param policy which divisions count, not null
   * @return the coverage per level, for every level, unmodifiable, not null
   */
  public Map<DivisionLevel, Coverage> coverageByLevel(CoveragePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return count(0, codes.length, policy);
  }

  private Map<DivisionLevel, Coverage> count(int from, int to, CoveragePolicy policy) {
    long[] built = new long[5];
    long[] total = new long[5];
    boolean names = policy.readsNames();
    for (int j = from; j < to; j++) {
      long c = codes[j];
      if (!policy.countsCode(c) || (names && !policy.counts(divisionAt(j)))) {
        continue;
      }
      int l = DivisionCode.levelOf(c).ordinal();
      total[l]++;
      if (mainSites[j] >= 0) {
        built[l]++;
      }
    }
    EnumMap<DivisionLevel, Coverage> result = new EnumMap<>(DivisionLevel.class);
    for (DivisionLevel level : DivisionLevel.values()) {
      result.put(level, Coverage.of(built[level.ordinal()], total[level.ordinal()]));
    }
    return Collections.unmodifiableMap(result);
  }

  // ---------------------------------------------------------------- internals

  private int indexOf(DivisionCode code) {
    Objects.requireNonNull(code, "code");
    int i = codeIndex.find(code.value());
    if (i < 0) {
      throw new IllegalArgumentException("division " + code + " is not in the hierarchy");
    }
    return i;
  }

  private int siteIndexOf(SiteId id) {
    Objects.requireNonNull(id, "id");
    int s = siteIndex.find(id.value());
    if (s < 0) {
      throw new IllegalArgumentException("site " + id + " is not in the hierarchy");
    }
    return s;
  }

  private Division divisionAt(int i) {
    return new Division(DivisionCode.of(codes[i]), names.get(i));
  }

  private Site siteAt(int s) {
    int p = siteParents[s];
    int d = siteDivisions[s];
    SiteLevel level = SITE_LEVELS[siteLevels[s]];
    Site site = Site.of(SiteId.of(siteIds.get(s)), siteNames.get(s, names.get(d), level), level,
        DivisionCode.of(codes[d]),
        p < 0 ? Optional.empty() : Optional.of(SiteId.of(siteIds.get(p))));
    return factColumns == null ? site : site.withFacts(factColumns.facts(s));
  }

  private SiteFacts factsAt(int s) {
    return factColumns == null ? SiteFacts.unknown() : factColumns.facts(s);
  }

  private static <T> Stream<T> lazy(int size, IntFunction<T> at) {
    return IntStream.range(0, size).mapToObj(at);
  }

  @Override
  public String toString() {
    return "Hierarchy[" + codes.length + " divisions, " + siteLevels.length + " sites]";
  }
}
