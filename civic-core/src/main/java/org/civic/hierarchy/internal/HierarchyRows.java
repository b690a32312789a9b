package org.civic.hierarchy.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.civic.division.DivisionCode;
import org.civic.internal.Ids;
import org.civic.internal.NamePool;
import org.civic.internal.StringPool;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.jspecify.annotations.Nullable;

/**
 * Divisions and sites in columns as they are added — what a {@code HierarchyBuilder} keeps until
 * it builds: a division's code and name (in a {@link NamePool}); a site's id and name in string
 * pools, its level, its division's code, its declared parent and its facts in {@link FactColumns}.
 * No {@code Division}, {@code Site}, {@code SiteFacts} or id object is kept, so a national build
 * leaves the collector a few large arrays instead of millions of small objects. civic-json's
 * reader appends rows field by field from its buffer ({@link #addDivision(long, String)}; a site's
 * {@link #facts()}, then {@link #commit}), on parser threads into rows of their own that
 * {@link #addAll} joins.
 *
 * <p>Not for hosts: it may change in any release. Not thread-safe.
 */
public final class HierarchyRows {

  private static final SiteLevel[] LEVELS = SiteLevel.values();

  private int divisionCount;
  private long[] divisionCodes;
  private final NamePool.Builder divisionNames;

  private int size;
  private final StringPool.Builder ids;
  /** Each id's {@link String#hashCode()}, counted as it is added (the build's index of ids needs them). */
  private int[] idHashes;
  private final StringPool.Builder names;
  private byte[] levels;
  private long[] codes;
  /** The declared parent's id, or null. */
  private @Nullable String[] parents;
  private final FactColumns.Builder facts;

  /**
   * Rows with room for some sites.
   *
   * @param capacity the sites expected
   */
  public HierarchyRows(int capacity) {
    int c = Math.max(16, capacity);
    divisionCodes = new long[c];
    divisionNames = new NamePool.Builder(c, 4 * c);
    ids = new StringPool.Builder(c, 16 * c);
    names = new StringPool.Builder(c, 16 * c);
    idHashes = new int[c];
    levels = new byte[c];
    codes = new long[c];
    parents = new String[c];
    facts = new FactColumns.Builder(c);
  }

  /**
   * Adds a division; a reader's, if {@code Division} would accept it.
   *
   * @param code the code value, as read (checked here)
   * @param name the name
   * @return whether it was added
   */
  public boolean addDivision(long code, String name) {
    if (name.isBlank() || !DivisionCode.isValid(code)) {
      return false;
    }
    divisionNames.add(name);
    addDivisionCode(code);
    return true;
  }

  /**
   * {@link #addDivision(long, String)} with the name as a reader decodes it.
   *
   * @param code the code's value
   * @param name the name's characters, from index 0
   * @param nameLength their number
   * @return whether the division was added: false for a blank name or an invalid code
   */
  public boolean addDivision(long code, char[] name, int nameLength) {
    Objects.checkFromIndexSize(0, nameLength, name.length);
    if (isBlank(name, nameLength) || !DivisionCode.isValid(code)) {
      return false;
    }
    divisionNames.add(name, nameLength);
    addDivisionCode(code);
    return true;
  }

  private void addDivisionCode(long code) {
    int n = divisionCount;
    if (n == divisionCodes.length) {
      divisionCodes = Arrays.copyOf(divisionCodes, n * 2);
    }
    divisionCodes[n] = code;
    divisionCount = n + 1;
  }

  /** Returns the number of divisions added. */
  public int divisionCount() {
    return divisionCount;
  }

  /** Returns the divisions' code values, in the order added (the array, longer than the count; not to be written). */
  public long[] divisionCodes() {
    return divisionCodes;
  }

  /** Returns the divisions' names, pooled; these rows are spent afterwards. */
  public NamePool buildDivisionNames() {
    return divisionNames.build();
  }

  /** Returns the number of sites added. */
  public int size() {
    return size;
  }

  /**
   * Adds a site.
   *
   * @param site the site, not null
   */
  public void add(Site site) {
    room();
    int s = size;
    String id = site.id().value();
    ids.add(id);
    idHashes[s] = id.hashCode();
    names.add(site.name());
    levels[s] = (byte) site.level().ordinal();
    codes[s] = site.division().value();
    parents[s] = site.parent().map(SiteId::value).orElse(null);
    facts.add(site.facts());
    size = s + 1;
  }

  /**
   * The facts of the row a reader is writing: {@link FactColumns.Builder#beginRow()} and the
   * facts known, then {@link #commit} adds the row.
   *
   * @return the facts' columns, not null
   */
  public FactColumns.Builder facts() {
    return facts;
  }

  /**
   * Adds the row a reader has written the facts of, if {@link Site#of} and {@link SiteId#of}
   * would accept it; otherwise adds nothing (the reader then reads the line on its exact path,
   * which reports what is wrong).
   *
   * @param b the bytes holding the id
   * @param idFrom where the id starts
   * @param idLength its length in bytes
   * @param name the name's characters, from index 0
   * @param nameLength their number
   * @param level the level
   * @param code the division's code value, as read (checked here)
   * @param parent the declared parent's id, or null
   * @return whether the row was added
   */
  public boolean commit(byte[] b, int idFrom, int idLength, char[] name, int nameLength, SiteLevel level, long code,
      @Nullable String parent) {
    if (idLength < 1 || idLength > Ids.MAX_LENGTH || isBlank(name, nameLength) || !DivisionCode.isValid(code)) {
      return false;
    }
    int hash = 0;
    for (int i = idFrom, end = idFrom + idLength; i < end; i++) {
      if (!Ids.isIdByte(b[i])) {
        return false;
      }
      hash = 31 * hash + b[i]; // an id's bytes are its characters
    }
    if (parent != null || level.needsParent()) {
      // a sub-site: Site.of's rules on parents, where they are
      try {
        Site.of(SiteId.of(new String(b, idFrom, idLength, StandardCharsets.ISO_8859_1)), new String(name, 0, nameLength), level,
            DivisionCode.of(code), parent == null ? Optional.empty() : Optional.of(SiteId.of(parent)));
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    room();
    int s = size;
    ids.addLatin1(b, idFrom, idLength);
    idHashes[s] = hash;
    names.add(name, nameLength);
    levels[s] = (byte) level.ordinal();
    codes[s] = code;
    parents[s] = parent;
    facts.endRow();
    size = s + 1;
    return true;
  }

  /**
   * Tells whether the first {@code length} characters are all whitespace, as {@link String#isBlank}
   * tells of a string: a name these rows refuse.
   */
  public static boolean isBlank(char[] c, int length) {
    for (int i = 0; i < length; i++) {
      if (!Character.isWhitespace(c[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds divisions other rows hold, in order.
   *
   * @param other the other rows, not these
   * @param from the first of their divisions
   * @param to the end (exclusive)
   */
  public void addAllDivisions(HierarchyRows other, int from, int to) {
    Objects.checkFromToIndex(from, to, other.divisionCount);
    int n = to - from;
    if (divisionCount + n > divisionCodes.length) {
      divisionCodes = Arrays.copyOf(divisionCodes, Math.max(divisionCount + n, 2 * divisionCodes.length));
    }
    System.arraycopy(other.divisionCodes, from, divisionCodes, divisionCount, n);
    divisionNames.addAll(other.divisionNames, from, to);
    divisionCount += n;
  }

  /**
   * Adds sites other rows hold, in order.
   *
   * @param other the other rows, not these
   * @param from the first of their sites
   * @param to the end (exclusive)
   */
  public void addAll(HierarchyRows other, int from, int to) {
    Objects.checkFromToIndex(from, to, other.size);
    int n = to - from;
    if (size + n > levels.length) {
      grow(Math.max(size + n, 2 * levels.length));
    }
    ids.addAll(other.ids, from, to);
    System.arraycopy(other.idHashes, from, idHashes, size, n);
    names.addAll(other.names, from, to);
    System.arraycopy(other.levels, from, levels, size, n);
    System.arraycopy(other.codes, from, codes, size, n);
    System.arraycopy(other.parents, from, parents, size, n);
    facts.addAll(other.facts, from, to);
    size += n;
  }

  /**
   * Makes the site of a row again, equal to the one added.
   *
   * @param row the row, 0 ≤ row &lt; {@link #size()}
   * @return the site, not null
   */
  public Site site(int row) {
    Objects.checkIndex(row, size);
    String parent = parents[row];
    return Site.of(SiteId.of(ids.get(row)), names.get(row), LEVELS[levels[row]], DivisionCode.of(codes[row]),
        parent == null ? Optional.empty() : Optional.of(SiteId.of(parent))).withFacts(facts.facts(row));
  }

  /** Forgets every site added (for rows a reader fills again and again). */
  public void clear() {
    size = 0;
    ids.clear();
    names.clear();
    facts.clear();
  }

  /** Returns the level of a site added. */
  public SiteLevel level(int s) {
    return LEVELS[levels[s]];
  }

  /** Returns the level of a site added, by ordinal. */
  public byte levelOrdinal(int s) {
    return levels[s];
  }

  /** Returns the division code value of a site added. */
  public long code(int s) {
    return codes[s];
  }

  /** Returns the declared parent's id of a site added, or null. */
  public @Nullable String parent(int s) {
    return parents[s];
  }

  /** Returns each id's {@link String#hashCode()}, in the order added (the array, longer than the count; not to be written). */
  public int[] idHashes() {
    return idHashes;
  }

  /** Returns the ids, pooled; these rows are spent afterwards. */
  public StringPool buildIds() {
    return ids.build();
  }

  /** Returns the names, pooled; these rows are spent afterwards. */
  public StringPool buildNames() {
    return names.build();
  }

  /**
   * Makes room for {@code moreSites} sites and {@code moreDivisions} divisions like those added
   * (their ids' and names' lengths), and an eighth more — as {@code ArrayList.ensureCapacity} does,
   * for a reader that can tell how much is to come from what has come (a file's length).
   */
  public void reserveLike(int moreSites, int moreDivisions) {
    if (moreSites > 0 && size > 0) {
      double scale = 1.125 * moreSites / size;
      int capacity = (int) Math.min(Integer.MAX_VALUE - 16, size + Math.ceil(size * scale));
      if (capacity > levels.length) {
        grow(capacity);
      }
      ids.reserveLike(scale);
      names.reserveLike(scale);
      facts.reserve(capacity);
    }
    if (moreDivisions > 0 && divisionCount > 0) {
      double scale = 1.125 * moreDivisions / divisionCount;
      int capacity = (int) Math.min(Integer.MAX_VALUE - 16, divisionCount + Math.ceil(divisionCount * scale));
      if (capacity > divisionCodes.length) {
        divisionCodes = Arrays.copyOf(divisionCodes, capacity);
      }
      divisionNames.reserveLike(scale);
    }
  }

  private void room() {
    if (size == levels.length) {
      grow(levels.length * 2);
    }
  }

  private void grow(int grown) {
    idHashes = Arrays.copyOf(idHashes, grown);
    levels = Arrays.copyOf(levels, grown);
    codes = Arrays.copyOf(codes, grown);
    parents = Arrays.copyOf(parents, grown);
  }
}
