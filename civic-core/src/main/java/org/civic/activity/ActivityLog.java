package org.civic.activity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.civic.internal.AsciiStrings;
import org.civic.internal.CharDictionary;
import org.civic.internal.Ids;
import org.civic.site.SiteId;
import org.civic.team.TeamCategory;
import org.civic.team.TeamId;
import org.civic.volunteer.VolunteerId;
import org.jspecify.annotations.Nullable;

/**
 * An activity log kept in columns — 活动台账: the same facts as a list of {@link Activity}, at a
 * fraction of the memory and with no object per activity. Activity, site, volunteer and team ids
 * are kept as ASCII bytes (sites and volunteers are numbered when first asked for), themes are
 * stored once each, counts and days are primitive columns: about 70 bytes per activity with short
 * ids and a volunteer or two. Readers such as civic-json's
 * JSON Lines reader append to it straight from their token buffers.
 *
 * <p>Rows are numbered 0 … {@link #size()} − 1 in the order they were added. {@link #get(int)}
 * and {@link #asList()} give each row as an {@link Activity}, equal to the one that was added
 * (service time is kept in whole minutes, as in civic's JSON formats; seconds are dropped).
 * {@code ActivityRollup.of(hierarchy, log, orders, index)} rolls a log up without making any.
 *
 * <p>Immutable and thread-safe. Made by {@link #builder()} or {@link #of(Collection)}.
 */
public final class ActivityLog {

  private static final int[] NONE = new int[0];

  /** The log holds days of the years −{@value} to {@value}: their epoch days fit an {@code int}. */
  public static final int MAX_YEAR = 999_999;

  private final int size;
  private final AsciiStrings ids;
  private final int[] day;
  private final AsciiStrings siteIds;
  private final int[] volunteerEnd;
  private final AsciiStrings volunteerIds;
  private final int[] teamEnd;
  private final AsciiStrings teamIds;
  private final int[] category;
  private final int[] theme;
  private final int[] monthTheme;
  private final long[] beneficiaries;
  private final long[] minutes;
  private final long[] materials;
  private final long[] consultations;
  private final long[] sessions;
  private volatile @Nullable Numbering numbering;
  private final List<TeamCategory> categories;
  private final List<String> themes;

  private ActivityLog(Builder b) {
    size = b.size;
    ids = b.ids;
    day = b.day;
    siteIds = b.siteIds;
    volunteerEnd = b.volunteerEnd;
    volunteerIds = b.volunteerIds;
    teamEnd = b.teamEnd;
    teamIds = b.teamIds;
    category = b.category;
    theme = b.theme;
    monthTheme = b.monthTheme;
    beneficiaries = b.beneficiaries;
    minutes = b.minutes;
    materials = b.materials;
    consultations = b.consultations;
    sessions = b.sessions;
    categories = List.copyOf(b.categories);
    themes = new Distinct<>(b.themes, s -> s);
  }

  /** Starts an empty log. */
  public static Builder builder() {
    return new Builder(256);
  }

  /**
   * Starts an empty log with room for about {@code expected} activities of a few volunteers each,
   * so that its columns are not copied as they grow (a file's size ÷ 150 bytes is a fair guess for
   * civic JSON Lines). The room is about 100 bytes an activity (ids of up to 8 characters, four
   * volunteers), and 16 more for a team once one comes; the built log keeps it.
   *
   * @param expected the activities expected, 0 or more; more may be added
   * @return the builder, not null
   * @throws IllegalArgumentException if expected is negative
   */
  public static Builder builder(int expected) {
    if (expected < 0) {
      throw new IllegalArgumentException("expected must not be negative: " + expected);
    }
    return new Builder(Math.max(16, expected));
  }

  /**
   * Obtains a log of activities, in their iteration order.
   *
   * @param activities the activities, not null, without null elements
   * @return the log, not null
   */
  public static ActivityLog of(Collection<Activity> activities) {
    Objects.requireNonNull(activities, "activities");
    Builder b = builder();
    activities.forEach(b::add);
    return b.build();
  }

  /** Returns the number of activities. */
  public int size() {
    return size;
  }

  /**
   * Returns the activity of a row.
   *
   * @param row 0 … size − 1
   * @return the activity, equal to the one that was added, not null
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public Activity get(int row) {
    Objects.checkIndex(row, size);
    Activity.Builder b = Activity.builder(id(row), date(row), SiteId.of(siteIds.get(row)))
        .beneficiaries(beneficiaries[row])
        .serviceTime(Duration.ofMinutes(minutes[row]))
        .materials(at(materials, row))
        .consultations(at(consultations, row))
        .sessions(at(sessions, row));
    List<VolunteerId> vs = new ArrayList<>(volunteerCount(row));
    for (int k = volunteerStart(row); k < volunteerEnd[row]; k++) {
      vs.add(VolunteerId.of(volunteerIds.get(k)));
    }
    b.volunteers(vs);
    if (teamEnd != NONE) {
      for (int k = row == 0 ? 0 : teamEnd[row - 1]; k < teamEnd[row]; k++) {
        b.team(TeamId.of(teamIds.get(k)));
      }
    }
    categoryNumber(row).ifPresent(c -> b.category(categories.get(c)));
    if (theme != NONE && theme[row] >= 0) {
      b.theme(themes.get(theme[row]));
    }
    if (monthTheme != NONE && monthTheme[row] >= 0) {
      b.monthTheme(themes.get(monthTheme[row]));
    }
    return b.buildChecked();
  }

  /** Returns the log as an unmodifiable list that makes each {@link Activity} when it is read. */
  public List<Activity> asList() {
    return new Rows();
  }

  /** Returns a row's activity id. */
  public String id(int row) {
    Objects.checkIndex(row, size);
    return ids.get(row);
  }

  /** Returns the day a row's activity was held. */
  public LocalDate date(int row) {
    return LocalDate.ofEpochDay(epochDay(row));
  }

  /** Returns the day a row's activity was held, as days since 1970-01-01. */
  public int epochDay(int row) {
    Objects.checkIndex(row, size);
    return day[row];
  }

  /** Returns a row's site. */
  public SiteId site(int row) {
    Objects.checkIndex(row, size);
    return SiteId.of(siteIds.get(row));
  }

  /**
   * Returns the distinct sites of the log, numbered in the order first seen. The numbering is
   * made at the first call (one pass over the log) and kept.
   */
  public List<SiteId> sites() {
    return numbering().sites;
  }

  /** Returns the number, in {@link #sites()}, of a row's site. */
  public int siteNumber(int row) {
    Objects.checkIndex(row, size);
    return numbering().site[row];
  }

  /**
   * Returns the distinct volunteers of the log, numbered in the order first seen. The numbering
   * is made at the first call (one pass over the log) and kept.
   */
  public List<VolunteerId> volunteers() {
    return numbering().volunteers;
  }

  /** Returns how many distinct volunteers took part in a row's activity (its person-times). */
  public int volunteerCount(int row) {
    Objects.checkIndex(row, size);
    return volunteerEnd[row] - volunteerStart(row);
  }

  /**
   * Returns the number, in {@link #volunteers()}, of one of a row's volunteers.
   *
   * @param row the row
   * @param k 0 … volunteerCount(row) − 1
   * @return the volunteer's number
   */
  public int volunteerNumber(int row, int k) {
    Objects.checkIndex(k, volunteerCount(row));
    return numbering().volunteer[volunteerStart(row) + k];
  }

  /** Returns one of a row's volunteers. */
  public VolunteerId volunteer(int row, int k) {
    Objects.checkIndex(k, volunteerCount(row));
    return VolunteerId.of(volunteerIds.get(volunteerStart(row) + k));
  }

  private Numbering numbering() {
    Numbering n = numbering;
    if (n == null) {
      synchronized (this) {
        n = numbering;
        if (n == null) {
          n = new Numbering(siteIds, volunteerIds);
          numbering = n;
        }
      }
    }
    return n;
  }

  /** The distinct sites and volunteers, numbered, and each row's (or participation's) number. */
  private static final class Numbering {
    final int[] site;
    final List<SiteId> sites;
    final int[] volunteer;
    final List<VolunteerId> volunteers;

    Numbering(AsciiStrings siteIds, AsciiStrings volunteerIds) {
      CharDictionary s = new CharDictionary();
      site = codes(siteIds, s);
      sites = new Distinct<>(s, SiteId::of);
      CharDictionary v = new CharDictionary();
      volunteer = codes(volunteerIds, v);
      volunteers = new Distinct<>(v, VolunteerId::of);
    }

    private static int[] codes(AsciiStrings strings, CharDictionary dictionary) {
      int[] codes = new int[strings.size()];
      byte[] b = strings.bytes();
      for (int i = 0; i < codes.length; i++) {
        int from = strings.start(i);
        codes[i] = dictionary.code(b, from, strings.end(i) - from);
      }
      return codes;
    }
  }

  private int volunteerStart(int row) {
    return row == 0 ? 0 : volunteerEnd[row - 1];
  }

  /** Returns the categories (fields) the log uses, numbered in the order of the rows that first use them. */
  public List<TeamCategory> categories() {
    return categories;
  }

  /** Returns the number, in {@link #categories()}, of a row's field, if it has one. */
  public OptionalInt categoryNumber(int row) {
    Objects.checkIndex(row, size);
    return category == NONE || category[row] < 0 ? OptionalInt.empty() : OptionalInt.of(category[row]);
  }

  /**
   * Returns the themes and month themes the log uses, numbered in the order of the rows that
   * first use them (within a row, its theme before its month theme).
   */
  public List<String> themes() {
    return themes;
  }

  /** Returns the number, in {@link #themes()}, of a row's theme, if it has one. */
  public OptionalInt themeNumber(int row) {
    Objects.checkIndex(row, size);
    return theme == NONE || theme[row] < 0 ? OptionalInt.empty() : OptionalInt.of(theme[row]);
  }

  /** Returns a row's beneficiaries (受益群众人次). */
  public long beneficiaries(int row) {
    Objects.checkIndex(row, size);
    return beneficiaries[row];
  }

  /** Returns a row's volunteers' total service time, in minutes. */
  public long serviceMinutes(int row) {
    Objects.checkIndex(row, size);
    return minutes[row];
  }

  /** Returns a row's materials handed out (份). */
  public long materials(int row) {
    Objects.checkIndex(row, size);
    return at(materials, row);
  }

  /** Returns a row's consultations (人次). */
  public long consultations(int row) {
    Objects.checkIndex(row, size);
    return at(consultations, row);
  }

  /** Returns a row's sessions (场次). */
  public long sessions(int row) {
    Objects.checkIndex(row, size);
    return at(sessions, row);
  }

  private static long at(long[] column, int row) {
    return column.length == 0 ? 0 : column[row];
  }

  @Override
  public String toString() {
    return "ActivityLog(" + size + " activities)";
  }

  private final class Rows extends AbstractList<Activity> implements RandomAccess {
    @Override
    public Activity get(int index) {
      return ActivityLog.this.get(index);
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** The strings of a dictionary as values, made when read. */
  private static final class Distinct<T> extends AbstractList<T> implements RandomAccess {
    private final CharDictionary dictionary;
    private final java.util.function.Function<String, T> factory;
    private final int size;

    Distinct(CharDictionary dictionary, java.util.function.Function<String, T> factory) {
      this.dictionary = dictionary;
      this.factory = factory;
      this.size = dictionary.size();
    }

    @Override
    public T get(int index) {
      Objects.checkIndex(index, size);
      return factory.apply(dictionary.get(index));
    }

    @Override
    public int size() {
      return size;
    }
  }

  /**
   * The ids of the open row so far, for refusing repeats: hashes for short lists, a set once a
   * list is long, so that a row of many ids costs linear time.
   */
  private static final class RowSeen {
    private static final int SHORT = 32;
    private final int[] hashes = new int[SHORT];
    /** A bit for each hash in {@link #hashes} (by its low six bits): a new id seldom needs the loop. */
    private long bits;
    private @Nullable Set<String> many;

    void reset() {
      many = null;
    }

    /**
     * The string at n, whose {@link AsciiStrings#hash} is h, was just appended after the row's
     * strings [from, n): drop it if it repeats one.
     */
    void keepDistinct(AsciiStrings column, int from, int n, int h) {
      int count = n - from;
      if (count < SHORT) {
        long bit = 1L << h;
        if (count == 0) {
          bits = 0;
        } else if ((bits & bit) != 0) {
          for (int k = 0; k < count; k++) {
            if (hashes[k] == h && column.equal(from + k, n)) {
              column.truncate(n);
              return;
            }
          }
        }
        bits |= bit;
        hashes[count] = h;
        return;
      }
      if (many == null) {
        many = new HashSet<>();
        for (int k = from; k < n; k++) {
          many.add(column.get(k));
        }
      }
      if (!many.add(column.get(n))) {
        column.truncate(n);
      }
    }
  }

  /**
   * Builds an {@link ActivityLog} — one {@link #add(Activity)} per activity, or, for a reader
   * that streams records, the row methods: {@link #begin()}, the field methods, then
   * {@link #commit()}. Not thread-safe; spent after {@link #build()}.
   *
   * <p>The row methods take strings as {@code char[]} ranges, as {@link java.io.Writer} does, so
   * that a tokenizer can hand over its buffer without making a {@code String} for every id: at
   * national scale that is most of a reader's cost. The ids can also be given as {@code byte[]}
   * ranges, so that a reader of UTF-8 need not decode them at all, or as the bytes at an offset
   * ({@link #idAt} and the like), for a reader that learns where an id ends from the builder. Each
   * returns false (or -1) if its value is invalid; {@link #commit()} then discards the row. Nothing
   * is checked twice: a committed row is valid.
   */
  public static final class Builder {
    private int size;
    private final AsciiStrings ids;
    private int[] day;
    private final AsciiStrings siteIds;
    private int[] volunteerEnd;
    private final AsciiStrings volunteerIds;
    private int[] teamEnd = NONE;
    private AsciiStrings teamIds = new AsciiStrings(16);
    private final RowSeen volunteerSeen = new RowSeen();
    private final RowSeen teamSeen = new RowSeen();
    private int[] category = NONE;
    private int[] theme = NONE;
    private int[] monthTheme = NONE;
    private long[] beneficiaries;
    private long[] minutes;
    private long[] materials = new long[0];
    private long[] consultations = new long[0];
    private long[] sessions = new long[0];
    private CharDictionary themes = new CharDictionary();
    private final List<TeamCategory> categories = new ArrayList<>();
    private char[] scratch = new char[64];
    private boolean built;
    // the open row
    private boolean open;
    private boolean bad;
    private boolean hasId;
    private boolean hasDate;
    private boolean hasSite;

    /** The volunteers a row is given room for: an activity seldom has fewer (a national file averages about 9). */
    private static final int VOLUNTEERS_PER_ROW = 4;

    private Builder(int rows) {
      ids = new AsciiStrings(rows);
      day = new int[rows];
      siteIds = new AsciiStrings(rows);
      volunteerEnd = new int[rows];
      volunteerIds = new AsciiStrings(Math.min(rows, Integer.MAX_VALUE / 64) * VOLUNTEERS_PER_ROW);
      beneficiaries = new long[rows];
      minutes = new long[rows];
    }

    /** Returns the number of activities added so far. */
    public int size() {
      return size;
    }

    /**
     * Adds an activity.
     *
     * @param activity the activity, not null
     * @return this builder
     * @throws IllegalArgumentException if its year is beyond ±{@link ActivityLog#MAX_YEAR}
     * @throws IllegalStateException if the log was built
     */
    public Builder add(Activity activity) {
      Objects.requireNonNull(activity, "activity");
      begin();
      id(chars(activity.id()), 0, activity.id().length());
      date(activity.date());
      site(chars(activity.site().value()), 0, activity.site().value().length());
      for (VolunteerId v : activity.volunteers()) {
        volunteer(chars(v.value()), 0, v.value().length());
      }
      for (TeamId t : activity.teams()) {
        team(chars(t.value()), 0, t.value().length());
      }
      activity.category().ifPresent(this::category);
      activity.theme().ifPresent(t -> theme(chars(t), 0, t.length()));
      activity.monthTheme().ifPresent(t -> monthTheme(chars(t), 0, t.length()));
      beneficiaries(activity.beneficiaries());
      serviceMinutes(activity.serviceTime().toMinutes());
      materials(activity.materials());
      consultations(activity.consultations());
      sessions(activity.sessions());
      if (!commit()) {
        // every other value of a valid Activity fits the columns
        throw new IllegalArgumentException("activity " + activity.id() + ": the log holds the years -" + MAX_YEAR
            + " to " + MAX_YEAR + ", not " + activity.date().getYear());
      }
      return this;
    }

    /**
     * Adds every activity of another log, in its order: what {@code add} would do for each of
     * {@code log.asList()}, without making them. A province can so join its counties' logs, and a
     * reader that parses in parallel can join its blocks' logs.
     *
     * @param log the log, not null
     * @return this builder
     * @throws IllegalStateException if this log was built
     */
    public Builder addAll(ActivityLog log) {
      return addAll(log, 0, Objects.requireNonNull(log, "log").size);
    }

    /**
     * Adds the activities in rows {@code [from, to)} of another log, in order. A row that is
     * open is discarded first.
     *
     * @param log the log, not null
     * @param from the first row, 0 or more
     * @param to the row after the last, from to {@code log.size()}
     * @return this builder
     * @throws IndexOutOfBoundsException if the rows are not within the log
     * @throws IllegalStateException if this log was built
     */
    public Builder addAll(ActivityLog log, int from, int to) {
      Objects.requireNonNull(log, "log");
      Objects.checkFromToIndex(from, to, log.size);
      if (built) {
        throw new IllegalStateException("the log was built");
      }
      if (open) {
        rollBack();
      }
      int n = to - from;
      if (n == 0) {
        return this;
      }
      ensure(size + n);
      ids.addAll(log.ids, from, to);
      siteIds.addAll(log.siteIds, from, to);
      System.arraycopy(log.day, from, day, size, n);
      System.arraycopy(log.beneficiaries, from, beneficiaries, size, n);
      System.arraycopy(log.minutes, from, minutes, size, n);
      int firstVolunteer = log.volunteerStart(from);
      offsets(log.volunteerEnd, from, n, volunteerEnd, volunteerIds.size() - firstVolunteer);
      volunteerIds.addAll(log.volunteerIds, firstVolunteer, log.volunteerEnd[to - 1]);
      if (log.teamEnd != NONE || teamEnd != NONE) {
        teamEnd = column(teamEnd, 0); // every earlier row has no team: 0 is right for them
        if (log.teamEnd == NONE) {
          Arrays.fill(teamEnd, size, size + n, teamIds.size());
        } else {
          int firstTeam = from == 0 ? 0 : log.teamEnd[from - 1];
          offsets(log.teamEnd, from, n, teamEnd, teamIds.size() - firstTeam);
          teamIds.addAll(log.teamIds, firstTeam, log.teamEnd[to - 1]);
        }
      }
      if (log.category != NONE || category != NONE) {
        category = copyCodes(log.category, from, n, column(category, -1), codes(log).category,
            k -> categoryCode(log.categories.get(k)));
      }
      if (log.theme != NONE || theme != NONE) {
        theme = copyCodes(log.theme, from, n, column(theme, -1), codes(log).theme, k -> themeCode(log, k));
      }
      if (log.monthTheme != NONE || monthTheme != NONE) {
        monthTheme = copyCodes(log.monthTheme, from, n, column(monthTheme, -1), codes(log).theme,
            k -> themeCode(log, k));
      }
      materials = copyCounts(log.materials, from, n, materials);
      consultations = copyCounts(log.consultations, from, n, consultations);
      sessions = copyCounts(log.sessions, from, n, sessions);
      size += n;
      return this;
    }

    /** Copies n end offsets from source[from] to target[size], each moved by shift. */
    private void offsets(int[] source, int from, int n, int[] target, int shift) {
      for (int i = 0; i < n; i++) {
        target[size + i] = source[from + i] + shift;
      }
    }

    /** The codes of the log last joined, mapped to this log's as its rows are copied. */
    private @Nullable Codes joined;

    /** A joined log's category and theme codes in this log; -1 where not mapped yet. */
    private static final class Codes {
      final ActivityLog log;
      final int[] category;
      final int[] theme;

      Codes(ActivityLog log) {
        this.log = log;
        category = filled(log.categories.size());
        theme = filled(log.themes.size());
      }

      private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
      }
    }

    /** The code maps for a log, kept across the calls that join it piece by piece. */
    private Codes codes(ActivityLog log) {
      Codes c = joined;
      if (c == null || c.log != log) {
        c = new Codes(log);
        joined = c;
      }
      return c;
    }

    private int themeCode(ActivityLog log, int k) {
      String t = log.themes.get(k);
      return themes.code(chars(t), 0, t.length());
    }

    /**
     * Copies n codes from source[from] to target[size], each mapped once through code (filled by
     * map on first use, in row order); -1 (none) stays.
     */
    private int[] copyCodes(int[] source, int from, int n, int[] target, int[] code, IntUnaryOperator map) {
      if (source == NONE) {
        Arrays.fill(target, size, size + n, -1);
        return target;
      }
      for (int i = 0; i < n; i++) {
        int c = source[from + i];
        if (c >= 0 && code[c] < 0) {
          code[c] = map.applyAsInt(c);
        }
        target[size + i] = c < 0 ? -1 : code[c];
      }
      return target;
    }

    /** Copies n counts from source[from] to target[size]; an absent column is all zeros. */
    private long[] copyCounts(long[] source, int from, int n, long[] target) {
      if (source.length == 0) {
        if (target.length != 0) {
          Arrays.fill(target, size, size + n, 0);
        }
        return target;
      }
      long[] t = target.length == 0 ? new long[day.length] : target;
      System.arraycopy(source, from, t, size, n);
      return t;
    }

    private char[] chars(String s) {
      if (s.length() > scratch.length) {
        scratch = new char[s.length()];
      }
      s.getChars(0, s.length(), scratch, 0);
      return scratch;
    }

    /**
     * Opens a new row, discarding a row that was opened and not committed.
     *
     * @return this builder
     * @throws IllegalStateException if the log was built
     */
    public Builder begin() {
      if (built) {
        throw new IllegalStateException("the log was built");
      }
      if (open) {
        rollBack();
      }
      open = true;
      bad = false;
      hasId = false;
      hasDate = false;
      hasSite = false;
      ensure(size + 1);
      volunteerEnd[size] = volunteerIds.size();
      if (teamEnd != NONE) {
        teamEnd[size] = teamIds.size();
      }
      volunteerSeen.reset();
      teamSeen.reset();
      beneficiaries[size] = 0;
      minutes[size] = 0;
      clear(category);
      clear(theme);
      clear(monthTheme);
      clearLong(materials);
      clearLong(consultations);
      clearLong(sessions);
      return this;
    }

    private void clear(int[] column) {
      if (column != NONE) {
        column[size] = -1;
      }
    }

    private void clearLong(long[] column) {
      if (column.length != 0) {
        column[size] = 0;
      }
    }

    private void rollBack() {
      ids.truncate(size);
      siteIds.truncate(size);
      volunteerIds.truncate(volunteerEnd[size]);
      if (teamEnd != NONE) {
        teamIds.truncate(teamEnd[size]);
      }
      open = false;
    }

    private void ensure(int rows) {
      if (rows <= day.length) {
        return;
      }
      int n = Math.max(rows, day.length + (day.length >> 1));
      day = Arrays.copyOf(day, n);
      volunteerEnd = Arrays.copyOf(volunteerEnd, n);
      beneficiaries = Arrays.copyOf(beneficiaries, n);
      minutes = Arrays.copyOf(minutes, n);
      teamEnd = grow(teamEnd, n);
      category = grow(category, n);
      theme = grow(theme, n);
      monthTheme = grow(monthTheme, n);
      materials = growLong(materials, n);
      consultations = growLong(consultations, n);
      sessions = growLong(sessions, n);
    }

    private static int[] grow(int[] column, int n) {
      return column == NONE ? NONE : Arrays.copyOf(column, n);
    }

    private static long[] growLong(long[] column, int n) {
      return column.length == 0 ? column : Arrays.copyOf(column, n);
    }

    private int[] column(int[] column, int fill) {
      if (column != NONE) {
        return column;
      }
      int[] c = new int[day.length];
      Arrays.fill(c, fill);
      return c;
    }

    private void requireOpen() {
      if (!open) {
        throw new IllegalStateException("no row is open: call begin() first");
      }
    }

    private boolean fail() {
      bad = true;
      return false;
    }

    /**
     * Sets the open row's activity id.
     *
     * @param c the characters; the range must be a valid id (1–64 of {@code A-Z a-z 0-9 - _ . : /})
     * @param offset where the id starts
     * @param length its length
     * @return false, and the row will not commit, if the id is invalid or was set already
     */
    public boolean id(char[] c, int offset, int length) {
      requireOpen();
      return idSet(!hasId && ids.addId(c, offset, length));
    }

    /**
     * Sets the open row's activity id from bytes, as {@link #id(char[], int, int)} does from
     * characters: for a reader of UTF-8, which need not decode it (a byte outside ASCII makes the
     * id invalid).
     *
     * @param b the bytes; the range must be a valid id in ASCII
     * @param offset where the id starts
     * @param length its length in bytes
     * @return false, and the row will not commit, if the id is invalid or was set already
     */
    public boolean id(byte[] b, int offset, int length) {
      requireOpen();
      return idSet(!hasId && ids.addId(b, offset, length));
    }

    /** Sets the open row's day. Returns false (the row will not commit) if it was set already or is out of range. */
    public boolean date(LocalDate date) {
      Objects.requireNonNull(date, "date");
      return date(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Sets the open row's day.
     *
     * @return false, and the row will not commit, if it is not a day of the calendar or was set already
     */
    public boolean date(int year, int month, int dayOfMonth) {
      requireOpen();
      if (hasDate || month < 1 || month > 12 || dayOfMonth < 1 || year < -MAX_YEAR || year > MAX_YEAR) {
        return fail();
      }
      if (year != dateYear) {
        dateYear = year;
        dateYearStart = epochDay(year, 1, 1);
        dateLeap = leap(year) ? 1 : 0;
      }
      int leapDay = month == 2 ? dateLeap : 0;
      if (dayOfMonth > 28 && dayOfMonth > DAYS_IN[month] + leapDay) {
        return fail();
      }
      day[size] = dateYearStart + DAYS_BEFORE[month] + (month > 2 ? dateLeap : 0) + dayOfMonth - 1;
      hasDate = true;
      return true;
    }

    // the year of the last day set (a file's days are mostly of one year): its first day, and 1 if it is leap
    private int dateYear = Integer.MIN_VALUE;
    private int dateYearStart;
    private int dateLeap;
    /** A month's days, and the days before it, in a year that is not leap (by month, 1–12). */
    private static final int[] DAYS_IN = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final int[] DAYS_BEFORE = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    private static boolean leap(long year) {
      return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** {@code LocalDate.of(year, month, day).toEpochDay()}, without making the date. */
    static int epochDay(int year, int month, int dayOfMonth) {
      long y = year;
      long total = 365 * y;
      if (y >= 0) {
        total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
      } else {
        total -= y / -4 - y / -100 + y / -400;
      }
      total += (367L * month - 362) / 12;
      total += dayOfMonth - 1;
      if (month > 2) {
        total--;
        if (!leap(year)) {
          total--;
        }
      }
      return (int) (total - 719_528L);
    }

    /** Sets the open row's site; false (the row will not commit) if the id is invalid or set already. */
    public boolean site(char[] c, int offset, int length) {
      requireOpen();
      return siteSet(!hasSite && siteIds.addId(c, offset, length));
    }

    /**
     * Sets the open row's site from bytes, as {@link #id(byte[], int, int)} sets its id.
     *
     * @param b the bytes; the range must be a valid id in ASCII
     * @param offset where the id starts
     * @param length its length in bytes
     * @return false, and the row will not commit, if the id is invalid or the site was set already
     */
    public boolean site(byte[] b, int offset, int length) {
      requireOpen();
      return siteSet(!hasSite && siteIds.addId(b, offset, length));
    }

    /**
     * Adds a volunteer to the open row from bytes (again is once), as {@link #id(byte[], int, int)}
     * sets its id.
     *
     * @param b the bytes; the range must be a valid id in ASCII
     * @param offset where the id starts
     * @param length its length in bytes
     * @return false, and the row will not commit, if the id is invalid
     */
    public boolean volunteer(byte[] b, int offset, int length) {
      requireOpen();
      int n = volunteerIds.size();
      return volunteerAdded(volunteerIds.addId(b, offset, length), n);
    }

    /**
     * Adds a team to the open row from bytes (again is once), as {@link #id(byte[], int, int)} sets
     * its id.
     *
     * @param b the bytes; the range must be a valid id in ASCII
     * @param offset where the id starts
     * @param length its length in bytes
     * @return false, and the row will not commit, if the id is invalid
     */
    public boolean team(byte[] b, int offset, int length) {
      int n = openTeams();
      return teamAdded(teamIds.addId(b, offset, length), n);
    }

    /**
     * Sets the open row's activity id from the bytes at {@code b[offset]}, for a reader of UTF-8
     * that does not know yet where the id ends: the id is the run of id characters that starts
     * there (up to {@code limit}), and the result says where it ended — so the bytes are read
     * once, where {@link #id(byte[], int, int)} needs the end found first. The caller then checks
     * that what stops the run is what should follow an id (a closing quote, say); if it is not,
     * it must not commit the row.
     *
     * @param b the bytes
     * @param offset where the id starts
     * @param limit where the bytes the id may take end
     * @return the index of the first byte after the id ({@code limit} if it ran to it); or -1, and
     *     the row will not commit, if no id starts at offset (or it is longer than 64 characters)
     *     or the id was set already
     * @throws IndexOutOfBoundsException if {@code [offset, limit)} is not a range of b
     */
    public int idAt(byte[] b, int offset, int limit) {
      requireOpen();
      Objects.checkFromToIndex(offset, limit, b.length);
      int next = hasId ? -1 : ids.addIdAt(b, offset, limit);
      idSet(next >= 0);
      return next;
    }

    /**
     * Sets the open row's site from the bytes at {@code b[offset]}, as {@link #idAt} sets its id.
     *
     * @return the index of the first byte after the site's id; or -1, and the row will not commit,
     *     if no id starts at offset or the site was set already
     * @throws IndexOutOfBoundsException if {@code [offset, limit)} is not a range of b
     */
    public int siteAt(byte[] b, int offset, int limit) {
      requireOpen();
      Objects.checkFromToIndex(offset, limit, b.length);
      int next = hasSite ? -1 : siteIds.addIdAt(b, offset, limit);
      siteSet(next >= 0);
      return next;
    }

    /**
     * Adds a volunteer to the open row (again is once) from the bytes at {@code b[offset]}, as
     * {@link #idAt} sets its id.
     *
     * @return the index of the first byte after the volunteer's id; or -1, and the row will not
     *     commit, if no id starts at offset
     * @throws IndexOutOfBoundsException if {@code [offset, limit)} is not a range of b
     */
    public int volunteerAt(byte[] b, int offset, int limit) {
      requireOpen();
      Objects.checkFromToIndex(offset, limit, b.length);
      int n = volunteerIds.size();
      int next = volunteerIds.addIdAt(b, offset, limit);
      volunteerAdded(next >= 0, n);
      return next;
    }

    /**
     * Adds a team to the open row (again is once) from the bytes at {@code b[offset]}, as
     * {@link #idAt} sets its id.
     *
     * @return the index of the first byte after the team's id; or -1, and the row will not commit,
     *     if no id starts at offset
     * @throws IndexOutOfBoundsException if {@code [offset, limit)} is not a range of b
     */
    public int teamAt(byte[] b, int offset, int limit) {
      int n = openTeams();
      Objects.checkFromToIndex(offset, limit, b.length);
      int next = teamIds.addIdAt(b, offset, limit);
      teamAdded(next >= 0, n);
      return next;
    }

    /** Adds a volunteer to the open row (again is once); false (the row will not commit) if the id is invalid. */
    public boolean volunteer(char[] c, int offset, int length) {
      requireOpen();
      int n = volunteerIds.size();
      return volunteerAdded(volunteerIds.addId(c, offset, length), n);
    }

    /** Adds a team to the open row (again is once); false (the row will not commit) if the id is invalid. */
    public boolean team(char[] c, int offset, int length) {
      int n = openTeams();
      return teamAdded(teamIds.addId(c, offset, length), n);
    }

    private boolean idSet(boolean ok) {
      hasId |= ok;
      return ok || fail();
    }

    private boolean siteSet(boolean ok) {
      hasSite |= ok;
      return ok || fail();
    }

    /** After appending the volunteer at n (if ok): drops it if the row has it already. */
    private boolean volunteerAdded(boolean ok, int n) {
      if (ok) {
        volunteerSeen.keepDistinct(volunteerIds, volunteerEnd[size], n, volunteerIds.lastHash());
      }
      return ok || fail();
    }

    /** Requires an open row and makes the team column; returns where the next team goes. */
    private int openTeams() {
      requireOpen();
      if (teamEnd == NONE) {
        teamEnd = new int[day.length]; // every earlier row has no team: 0 is right for them
        teamIds = new AsciiStrings(day.length); // no team yet: room for one a row, as for sites
      }
      return teamIds.size();
    }

    /** After appending the team at n (if ok): drops it if the row has it already. */
    private boolean teamAdded(boolean ok, int n) {
      if (ok) {
        teamSeen.keepDistinct(teamIds, teamEnd[size], n, teamIds.lastHash());
      }
      return ok || fail();
    }

    /** Sets the open row's field. */
    public boolean category(TeamCategory field) {
      requireOpen();
      Objects.requireNonNull(field, "field");
      category = column(category, -1);
      category[size] = categoryCode(field);
      return true;
    }

    /** The number of a field in {@link #categories}, adding it if it is new. */
    private int categoryCode(TeamCategory field) {
      for (int k = 0; k < categories.size(); k++) {
        if (categories.get(k) == field) {
          return k; // the built-in categories are single instances: no equals for them
        }
      }
      int code = categories.indexOf(field);
      if (code < 0) {
        code = categories.size();
        categories.add(field);
      }
      return code;
    }

    /** Sets the open row's theme; false (the row will not commit) if it is blank. */
    public boolean theme(char[] c, int offset, int length) {
      requireOpen();
      if (blank(c, offset, length)) {
        return fail();
      }
      theme = column(theme, -1);
      theme[size] = themes.code(c, offset, length);
      return true;
    }

    /** Sets the open row's month theme (一月一主题); false (the row will not commit) if it is blank. */
    public boolean monthTheme(char[] c, int offset, int length) {
      requireOpen();
      if (blank(c, offset, length)) {
        return fail();
      }
      monthTheme = column(monthTheme, -1);
      monthTheme[size] = themes.code(c, offset, length);
      return true;
    }

    private static boolean blank(char[] c, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        if (!Character.isWhitespace(c[i])) {
          return false;
        }
      }
      return true;
    }

    /** Sets the open row's beneficiaries; false (the row will not commit) if negative. */
    public boolean beneficiaries(long n) {
      requireOpen();
      if (n < 0) {
        return fail();
      }
      beneficiaries[size] = n;
      return true;
    }

    /** Sets the open row's service time in minutes; false (the row will not commit) if negative. */
    public boolean serviceMinutes(long n) {
      requireOpen();
      if (n < 0 || n > Long.MAX_VALUE / 60) {
        return fail();
      }
      minutes[size] = n;
      return true;
    }

    /** Sets the open row's materials; false (the row will not commit) if negative. */
    public boolean materials(long n) {
      requireOpen();
      if (n < 0) {
        return fail();
      }
      if (n != 0) {
        materials = materials.length == 0 ? new long[day.length] : materials;
        materials[size] = n;
      }
      return true;
    }

    /** Sets the open row's consultations; false (the row will not commit) if negative. */
    public boolean consultations(long n) {
      requireOpen();
      if (n < 0) {
        return fail();
      }
      if (n != 0) {
        consultations = consultations.length == 0 ? new long[day.length] : consultations;
        consultations[size] = n;
      }
      return true;
    }

    /** Sets the open row's sessions; false (the row will not commit) if negative. */
    public boolean sessions(long n) {
      requireOpen();
      if (n < 0) {
        return fail();
      }
      if (n != 0) {
        sessions = sessions.length == 0 ? new long[day.length] : sessions;
        sessions[size] = n;
      }
      return true;
    }

    /**
     * Closes the open row: keeps it if it has an id, a day and a site, no field was refused, and
     * the service time is possible (at most 24 hours per volunteer, or 24 hours with none), as
     * {@link Activity.Builder#problems} requires; otherwise discards it.
     *
     * @return whether the row was kept
     * @throws IllegalStateException if no row is open
     */
    public boolean commit() {
      requireOpen();
      int count = volunteerIds.size() - volunteerEnd[size];
      if (bad || !hasId || !hasDate || !hasSite || minutes[size] > 24L * 60 * Math.max(1, count)) {
        rollBack();
        return false;
      }
      volunteerEnd[size] = volunteerIds.size();
      if (teamEnd != NONE) {
        teamEnd[size] = teamIds.size();
      }
      size++;
      open = false;
      return true;
    }

    /**
     * Builds the log; a row that is open is discarded. The builder is spent.
     *
     * @return the log, not null
     * @throws IllegalStateException if it was built already
     */
    public ActivityLog build() {
      if (built) {
        throw new IllegalStateException("the log was built");
      }
      if (open) {
        rollBack();
      }
      built = true;
      renumber();
      return new ActivityLog(this);
    }

    /**
     * Numbers the fields and the themes by first use in the kept rows (a row's theme before its
     * month theme), leaving out those only refused rows used: so a log's numbering does not
     * depend on how it was built — row by row, joined from other logs, or with rows refused.
     */
    private void renumber() {
      if (category != NONE) {
        int[] map = new int[categories.size()];
        int used = firstUse(map, category, NONE);
        if (used >= 0) {
          TeamCategory[] byCode = new TeamCategory[used];
          for (int k = 0; k < map.length; k++) {
            if (map[k] >= 0) {
              byCode[map[k]] = categories.get(k);
            }
          }
          categories.clear();
          categories.addAll(Arrays.asList(byCode));
        }
      }
      if (theme != NONE || monthTheme != NONE) {
        int[] map = new int[themes.size()];
        int used = firstUse(map, theme, monthTheme);
        if (used >= 0) {
          String[] byCode = new String[used];
          for (int k = 0; k < map.length; k++) {
            if (map[k] >= 0) {
              byCode[map[k]] = themes.get(k);
            }
          }
          CharDictionary renumbered = new CharDictionary();
          for (String t : byCode) {
            renumbered.code(chars(t), 0, t.length());
          }
          themes = renumbered;
        }
      }
    }

    /**
     * Renumbers the codes of the kept rows of one or two columns by first use, in place. Returns
     * how many codes are used, or -1 if the numbering was that already (nothing to change).
     */
    private int firstUse(int[] map, int[] a, int[] b) {
      Arrays.fill(map, -1);
      int next = 0;
      boolean same = true;
      for (int r = 0; r < size; r++) {
        for (int k = 0; k < 2; k++) {
          int[] column = k == 0 ? a : b;
          if (column == NONE) {
            continue;
          }
          int c = column[r];
          if (c >= 0) {
            if (map[c] < 0) {
              map[c] = next++;
            }
            same &= map[c] == c;
            column[r] = map[c];
          }
        }
      }
      return same && next == map.length ? -1 : next;
    }
  }
}
