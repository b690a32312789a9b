package org.civic.activity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import org.civic.activity.Activity;
import org.civic.internal.AsciiStrings;
import org.civic.internal.CharDictionary;
import org.civic.internal.FirstSeenCodes;
import org.civic.internal.IsoDates;
import org.civic.internal.Parallel;
import org.civic.internal.ServiceDay;
import org.civic.site.SiteId;
import org.civic.team.OrganisationId;
import org.civic.team.TeamCategory;
import org.civic.team.TeamId;
import org.civic.volunteer.VolunteerId;
import org.jspecify.annotations.Nullable;

/**
 * The columns behind an {@code ActivityLog} — ids as ASCII bytes, days and counts as primitives,
 * categories and themes numbered — and the row appender that civic's readers fill them with,
 * field by field, from their buffers: {@link #begin()}, the field methods, {@link #commit()}.
 * Each field method returns false (or -1) if its value is invalid; {@code commit} then discards
 * the row. Nothing is checked twice: a committed row holds the values of a valid {@link Activity}.
 *
 * <p>One unit: the columns, the open row that appends to all of
 * them and the reads of every column change together; a row's layout is written here once.
 *
 * <p>Not for hosts: reachable only through {@link ActivityLogAccess}. Not thread-safe while it
 * grows; after {@link #freeze()} it no longer changes and is safe to read from many threads once
 * published safely (the log that holds it is immutable).
 */
public final class ActivityColumns {

  private static final int[] NONE = new int[0];
  private static final long[] ZEROS = new long[0];
  /** The volunteers a row is given room for: an activity seldom has fewer (a national file averages about 9). */
  private static final int VOLUNTEERS_PER_ROW = 4;

  private int size;
  private final AsciiStrings ids;
  private int[] day;
  private final AsciiStrings siteIds;
  private int[] volunteerEnd;
  private final AsciiStrings volunteerIds;
  private final IdLists teams = new IdLists();
  private final IdLists organisations = new IdLists();
  /** Category and theme codes by row, -1 where none; NONE while no row has one. */
  private int[] category = NONE;
  private int[] theme = NONE;
  private int[] monthTheme = NONE;
  private long[] beneficiaries;
  private long[] minutes;
  /** The optional counts by row; ZEROS while every row's is 0. */
  private long[] materials = ZEROS;
  private long[] consultations = ZEROS;
  private long[] sessions = ZEROS;
  private CharDictionary themes = new CharDictionary();
  private final List<TeamCategory> categories = new ArrayList<>();
  private final RowIds volunteerSeen = new RowIds();
  private char[] scratch = new char[64];
  private boolean frozen;
  private volatile @Nullable Numbering numbering;
  /** The sites' and the volunteers' numbering begun while growing ({@link #numberSoFar}); null until then. */
  private FirstSeenCodes.@Nullable Growing siteNumbering;
  private FirstSeenCodes.@Nullable Growing volunteerNumbering;
  // the open row
  private boolean open;
  private boolean bad;
  private boolean hasId;
  private boolean hasDay;
  private boolean hasSite;
  /** The codes of the columns last joined, mapped to these columns' codes as their rows are copied. */
  private @Nullable Joined joined;

  /**
   * Makes empty columns with room for about {@code rows} rows of a few volunteers each.
   *
   * @param rows the rows expected, 16 or more
   */
  public ActivityColumns(int rows) {
    ids = new AsciiStrings(rows);
    day = new int[rows];
    siteIds = new AsciiStrings(rows);
    volunteerEnd = new int[rows];
    volunteerIds = new AsciiStrings(Math.min(rows, Integer.MAX_VALUE / 64) * VOLUNTEERS_PER_ROW);
    beneficiaries = new long[rows];
    minutes = new long[rows];
  }

  /** Returns the number of rows committed. */
  public int size() {
    return size;
  }

  // ------------------------------------------------------------------ whole activities and logs

  /**
   * Appends an activity as one row.
   *
   * @throws IllegalArgumentException if its year is beyond ±{@link IsoDates#MAX_YEAR}, naming the
   *     activity and its year (every other value of a valid activity fits the columns)
   * @throws IllegalStateException if the columns are frozen
   */
  public void add(Activity activity) {
    int epochDay = epochDayOf(activity);
    // an activity's ids were checked by their types, and its sets hold each once: they are copied
    begin();
    ids.addCheckedId(activity.id());
    hasId = true;
    day(epochDay);
    siteIds.addCheckedId(activity.site().value());
    hasSite = true;
    for (VolunteerId v : activity.volunteers()) {
      volunteerIds.addCheckedId(v.value());
    }
    for (TeamId t : activity.teams()) {
      teams.addDistinct(t.value(), size, day.length);
    }
    for (OrganisationId o : activity.organisations()) {
      organisations.addDistinct(o.value(), size, day.length);
    }
    Optional<TeamCategory> c = activity.category();
    if (c.isPresent()) {
      category(c.get());
    }
    Optional<String> t = activity.theme();
    if (t.isPresent()) {
      theme(chars(t.get()), 0, t.get().length());
    }
    Optional<String> m = activity.monthTheme();
    if (m.isPresent()) {
      monthTheme(chars(m.get()), 0, m.get().length());
    }
    beneficiaries(activity.beneficiaries());
    serviceMinutes(activity.serviceTime().toMinutes());
    materials(activity.materials());
    consultations(activity.consultations());
    sessions(activity.sessions());
    if (!commit()) { // a valid activity fits every column
      throw new IllegalStateException("activity " + activity.id() + " was refused by the columns");
    }
  }

  /**
   * Returns an activity's day as days since 1970-01-01: what a log, and every roll-up, holds.
   *
   * @throws IllegalArgumentException if its year is beyond ±{@link IsoDates#MAX_YEAR}, naming the
   *     activity and its year
   */
  public static int epochDayOf(Activity activity) {
    LocalDate date = activity.date();
    int day = IsoDates.epochDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    if (day == IsoDates.INVALID) {
      throw new IllegalArgumentException("activity " + activity.id() + ": the log holds the years -"
          + IsoDates.MAX_YEAR + " to " + IsoDates.MAX_YEAR + ", not " + date.getYear());
    }
    return day;
  }

  /**
   * Appends activities as rows, as {@link #add} one by one would, a batch at a time with their
   * objects read ahead ({@link ActivityReadAhead}); once a thirty-second of them is in, with room
   * made for the rest like it.
   *
   * @throws NullPointerException if an activity is null (the rows of earlier batches are then added)
   * @throws IllegalArgumentException as {@link #add} does
   */
  public void addAll(Collection<Activity> activities) {
    ActivityReadAhead.addAll(this, activities);
  }

  /**
   * Makes room for {@code more} rows like the last {@code rows} — the rows exactly, their ids (counts
   * and lengths like those rows') an eighth more — as {@code ArrayList.ensureCapacity} does, for a
   * filler that can tell how much is to come from what has come (a collection's size, a file's
   * length).
   */
  public void reserveLike(int rows, int more) {
    if (rows <= 0 || more <= 0) {
      return;
    }
    ensure(size + more);
    double scale = 1.125 * more / rows;
    ids.reserveLike(scale);
    siteIds.reserveLike(scale);
    volunteerIds.reserveLike(scale);
    teams.reserveLike(scale);
    organisations.reserveLike(scale);
  }

  private char[] chars(String s) {
    if (s.length() > scratch.length) {
      scratch = new char[s.length()];
    }
    s.getChars(0, s.length(), scratch, 0);
    return scratch;
  }

  /**
   * Appends rows {@code [from, to)} of other columns (or of these), in order, as {@link #add}
   * would append their activities. A row that is open is discarded first.
   *
   * @throws IndexOutOfBoundsException if the rows are not within the other columns
   * @throws IllegalStateException if these columns are frozen
   */
  public void addAll(ActivityColumns other, int from, int to) {
    Objects.checkFromToIndex(from, to, other.size);
    requireGrowing();
    if (open) {
      rollBack();
    }
    int n = to - from;
    if (n == 0) {
      return;
    }
    ensure(size + n);
    ids.addAll(other.ids, from, to);
    siteIds.addAll(other.siteIds, from, to);
    System.arraycopy(other.day, from, day, size, n);
    System.arraycopy(other.beneficiaries, from, beneficiaries, size, n);
    System.arraycopy(other.minutes, from, minutes, size, n);
    int firstVolunteer = other.volunteerStart(from);
    offsets(other.volunteerEnd, from, n, volunteerEnd, volunteerIds.size() - firstVolunteer);
    volunteerIds.addAll(other.volunteerIds, firstVolunteer, other.volunteerEnd[to - 1]);
    teams.addAll(other.teams, from, to, size, day.length);
    organisations.addAll(other.organisations, from, to, size, day.length);
    Joined codes = joined(other);
    if (other.category != NONE || category != NONE) {
      category = copyCodes(other.category, from, n, column(category, -1), codes.category,
          k -> categoryCode(other.categories.get(k)));
    }
    if (other.theme != NONE || theme != NONE) {
      theme = copyCodes(other.theme, from, n, column(theme, -1), codes.theme, k -> themeCode(other, k));
    }
    if (other.monthTheme != NONE || monthTheme != NONE) {
      monthTheme = copyCodes(other.monthTheme, from, n, column(monthTheme, -1), codes.theme, k -> themeCode(other, k));
    }
    materials = copyCounts(other.materials, from, n, materials);
    consultations = copyCounts(other.consultations, from, n, consultations);
    sessions = copyCounts(other.sessions, from, n, sessions);
    size += n;
  }

  /** Copies n end offsets from source[from] to target[size], each moved by shift. */
  private void offsets(int[] source, int from, int n, int[] target, int shift) {
    for (int i = 0; i < n; i++) {
      target[size + i] = source[from + i] + shift;
    }
  }

  /** Joined columns' category and theme codes in these columns; -1 where not mapped yet. */
  private static final class Joined {
    final ActivityColumns other;
    final int[] category;
    final int[] theme;

    Joined(ActivityColumns other) {
      this.other = other;
      category = filled(other.categories.size());
      theme = filled(other.themes.size());
    }

    private static int[] filled(int n) {
      int[] a = new int[n];
      Arrays.fill(a, -1);
      return a;
    }
  }

  /** The code maps for other columns, kept across the calls that join them piece by piece. */
  private Joined joined(ActivityColumns other) {
    Joined j = joined;
    if (j == null || j.other != other) {
      j = new Joined(other);
      joined = j;
    }
    return j;
  }

  private int themeCode(ActivityColumns other, int k) {
    String t = other.themes.get(k);
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
    if (source == ZEROS) {
      if (target != ZEROS) {
        Arrays.fill(target, size, size + n, 0);
      }
      return target;
    }
    long[] t = target == ZEROS ? new long[day.length] : target;
    System.arraycopy(source, from, t, size, n);
    return t;
  }

  // ------------------------------------------------------------------ the open row

  /**
   * Opens a new row, discarding a row that was opened and not committed.
   *
   * @throws IllegalStateException if the columns are frozen
   */
  public void begin() {
    requireGrowing();
    if (open) {
      rollBack();
    }
    open = true;
    bad = false;
    hasId = false;
    hasDay = false;
    hasSite = false;
    ensure(size + 1);
    volunteerEnd[size] = volunteerIds.size();
    teams.begin(size);
    organisations.begin(size);
    volunteerSeen.reset();
    beneficiaries[size] = 0;
    minutes[size] = 0;
    clear(category);
    clear(theme);
    clear(monthTheme);
    clearCount(materials);
    clearCount(consultations);
    clearCount(sessions);
  }

  private void clear(int[] column) {
    if (column != NONE) {
      column[size] = -1;
    }
  }

  private void clearCount(long[] column) {
    if (column != ZEROS) {
      column[size] = 0;
    }
  }

  private void rollBack() {
    ids.truncate(size);
    siteIds.truncate(size);
    volunteerIds.truncate(volunteerEnd[size]);
    teams.rollBack(size);
    organisations.rollBack(size);
    open = false;
  }

  private void requireGrowing() {
    if (frozen) {
      throw new IllegalStateException("the log was built");
    }
  }

  private void requireOpen() {
    if (!open) {
      throw new IllegalStateException("no row is open: call begin() first");
    }
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
    teams.grow(n);
    organisations.grow(n);
    category = category == NONE ? NONE : Arrays.copyOf(category, n);
    theme = theme == NONE ? NONE : Arrays.copyOf(theme, n);
    monthTheme = monthTheme == NONE ? NONE : Arrays.copyOf(monthTheme, n);
    materials = materials == ZEROS ? ZEROS : Arrays.copyOf(materials, n);
    consultations = consultations == ZEROS ? ZEROS : Arrays.copyOf(consultations, n);
    sessions = sessions == ZEROS ? ZEROS : Arrays.copyOf(sessions, n);
  }

  /** The column, made (filled with fill, as long as the others) if it is NONE. */
  private int[] column(int[] column, int fill) {
    if (column != NONE) {
      return column;
    }
    int[] c = new int[day.length];
    Arrays.fill(c, fill);
    return c;
  }

  private boolean refuse() {
    bad = true;
    return false;
  }

  /** Sets the open row's activity id from {@code c[offset, offset + length)}; false if invalid or set already. */
  public boolean id(char[] c, int offset, int length) {
    requireOpen();
    return idSet(!hasId && ids.addId(c, offset, length));
  }

  /**
   * Sets the open row's activity id from the run of id characters at {@code b[offset]}, for a
   * reader of UTF-8 that does not know yet where the id ends. The caller then checks that what
   * stops the run is what should follow an id (a closing quote); if it is not, it must not
   * commit the row.
   *
   * @return the index of the first byte after the id ({@code limit} if it ran to it); or -1, and
   *     the row will not commit, if no id starts at offset (or it is too long) or it was set already
   * @throws IndexOutOfBoundsException if {@code [offset, limit)} is not a range of b
   */
  public int idAt(byte[] b, int offset, int limit) {
    requireOpen();
    Objects.checkFromToIndex(offset, limit, b.length);
    int next = hasId ? -1 : ids.addIdAt(b, offset, limit);
    idSet(next >= 0);
    return next;
  }

  private boolean idSet(boolean ok) {
    hasId |= ok;
    return ok || refuse();
  }

  /**
   * Sets the open row's day, as {@link IsoDates} gives it.
   *
   * @param epochDay days since 1970-01-01, or {@link IsoDates#INVALID}
   * @return false if it is invalid, beyond the years the columns hold, or set already
   */
  public boolean day(int epochDay) {
    requireOpen();
    if (hasDay || epochDay == IsoDates.INVALID) {
      return refuse();
    }
    day[size] = epochDay;
    hasDay = true;
    return true;
  }

  /** Sets the open row's site from {@code c[offset, offset + length)}; false if invalid or set already. */
  public boolean site(char[] c, int offset, int length) {
    requireOpen();
    return siteSet(!hasSite && siteIds.addId(c, offset, length));
  }

  /** Sets the open row's site from the run of id characters at {@code b[offset]}, as {@link #idAt} does. */
  public int siteAt(byte[] b, int offset, int limit) {
    requireOpen();
    Objects.checkFromToIndex(offset, limit, b.length);
    int next = hasSite ? -1 : siteIds.addIdAt(b, offset, limit);
    siteSet(next >= 0);
    return next;
  }

  private boolean siteSet(boolean ok) {
    hasSite |= ok;
    return ok || refuse();
  }

  /** Adds a volunteer to the open row (again is once) from {@code c[offset, offset + length)}; false if invalid. */
  public boolean volunteer(char[] c, int offset, int length) {
    requireOpen();
    int n = volunteerIds.size();
    return volunteerAdded(volunteerIds.addId(c, offset, length), n);
  }

  /** Adds a volunteer to the open row (again is once) from the run of id characters at {@code b[offset]}, as {@link #idAt} does. */
  public int volunteerAt(byte[] b, int offset, int limit) {
    requireOpen();
    Objects.checkFromToIndex(offset, limit, b.length);
    int n = volunteerIds.size();
    int next = volunteerIds.addIdAt(b, offset, limit);
    volunteerAdded(next >= 0, n);
    return next;
  }

  /** After appending the volunteer at n (if ok): drops it if the row has it already. */
  private boolean volunteerAdded(boolean ok, int n) {
    if (ok) {
      volunteerSeen.keepDistinct(volunteerIds, volunteerEnd[size], n, volunteerIds.lastHash());
    }
    return ok || refuse();
  }

  /** Adds a team to the open row (again is once) from {@code c[offset, offset + length)}; false if invalid. */
  public boolean team(char[] c, int offset, int length) {
    requireOpen();
    return teams.add(c, offset, length, size, day.length) || refuse();
  }

  /** Adds a team to the open row (again is once) from the run of id characters at {@code b[offset]}, as {@link #idAt} does. */
  public int teamAt(byte[] b, int offset, int limit) {
    requireOpen();
    Objects.checkFromToIndex(offset, limit, b.length);
    return refusedIfNegative(teams.addAt(b, offset, limit, size, day.length));
  }

  /**
   * Adds a participating organisation to the open row (again is once) from
   * {@code c[offset, offset + length)}; false if invalid.
   */
  public boolean organisation(char[] c, int offset, int length) {
    requireOpen();
    return organisations.add(c, offset, length, size, day.length) || refuse();
  }

  /**
   * Adds a participating organisation to the open row (again is once) from the run of id
   * characters at {@code b[offset]}, as {@link #idAt} does.
   */
  public int organisationAt(byte[] b, int offset, int limit) {
    requireOpen();
    Objects.checkFromToIndex(offset, limit, b.length);
    return refusedIfNegative(organisations.addAt(b, offset, limit, size, day.length));
  }

  private int refusedIfNegative(int next) {
    if (next < 0) {
      refuse();
    }
    return next;
  }

  /** Sets the open row's category. */
  public boolean category(TeamCategory category) {
    requireOpen();
    Objects.requireNonNull(category, "category");
    this.category = column(this.category, -1);
    this.category[size] = categoryCode(category);
    return true;
  }

  /** The number of a category in {@link #categories}, adding it if it is new. */
  private int categoryCode(TeamCategory c) {
    for (int k = 0; k < categories.size(); k++) {
      if (categories.get(k) == c) {
        return k; // the built-in categories are single instances: no equals for them
      }
    }
    int code = categories.indexOf(c);
    if (code < 0) {
      code = categories.size();
      categories.add(c);
    }
    return code;
  }

  /** Sets the open row's theme from {@code c[offset, offset + length)}; false if it is blank. */
  public boolean theme(char[] c, int offset, int length) {
    requireOpen();
    if (ActivityRules.blank(c, offset, length)) {
      return refuse();
    }
    theme = column(theme, -1);
    theme[size] = themes.code(c, offset, length);
    return true;
  }

  /** Sets the open row's month theme (一月一主题) from {@code c[offset, offset + length)}; false if it is blank. */
  public boolean monthTheme(char[] c, int offset, int length) {
    requireOpen();
    if (ActivityRules.blank(c, offset, length)) {
      return refuse();
    }
    monthTheme = column(monthTheme, -1);
    monthTheme[size] = themes.code(c, offset, length);
    return true;
  }

  /** Sets the open row's beneficiaries; false if negative. */
  public boolean beneficiaries(long n) {
    requireOpen();
    if (n < 0) {
      return refuse();
    }
    beneficiaries[size] = n;
    return true;
  }

  /** Sets the open row's service time in minutes; false if negative or more than a {@code Duration} holds. */
  public boolean serviceMinutes(long n) {
    requireOpen();
    if (n < 0 || n > ServiceDay.MAX_DURATION_MINUTES) {
      return refuse();
    }
    minutes[size] = n;
    return true;
  }

  /** Sets the open row's materials handed out; false if negative. */
  public boolean materials(long n) {
    long[] c = count(materials, n);
    materials = c == null ? materials : c;
    return c != null;
  }

  /** Sets the open row's consultations; false if negative. */
  public boolean consultations(long n) {
    long[] c = count(consultations, n);
    consultations = c == null ? consultations : c;
    return c != null;
  }

  /** Sets the open row's sessions; false if negative. */
  public boolean sessions(long n) {
    long[] c = count(sessions, n);
    sessions = c == null ? sessions : c;
    return c != null;
  }

  /**
   * Sets the open row's count in an optional column, which is made at the first count that is not
   * 0; returns the column, or null (the row will not commit) if the count is negative.
   */
  private long @Nullable [] count(long[] column, long n) {
    requireOpen();
    if (n < 0) {
      refuse();
      return null;
    }
    if (n == 0) {
      return column;
    }
    long[] c = column == ZEROS ? new long[day.length] : column;
    c[size] = n;
    return c;
  }

  /**
   * Closes the open row: keeps it if it has an id, a day and a site, no field was refused, and
   * its service time is possible ({@link ServiceDay}); otherwise discards it.
   *
   * @return whether the row was kept
   * @throws IllegalStateException if no row is open
   */
  public boolean commit() {
    requireOpen();
    int count = volunteerIds.size() - volunteerEnd[size];
    if (bad || !hasId || !hasDay || !hasSite || !ServiceDay.possibleMinutes(minutes[size], count)) {
      rollBack();
      return false;
    }
    volunteerEnd[size] = volunteerIds.size();
    teams.commit(size);
    organisations.commit(size);
    size++;
    open = false;
    return true;
  }

  /**
   * Ends the growth: a row that is open is discarded, and the categories and themes are
   * numbered by first use in the kept rows (a row's theme before its month theme), leaving out
   * those only refused rows used — so the numbering does not depend on how the columns were
   * filled (row by row, joined, or with rows refused).
   *
   * @throws IllegalStateException if they were frozen already
   */
  public void freeze() {
    requireGrowing();
    if (open) {
      rollBack();
    }
    frozen = true;
    joined = null;
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
        CharDictionary renumbered = new CharDictionary();
        String[] byCode = new String[used];
        for (int k = 0; k < map.length; k++) {
          if (map[k] >= 0) {
            byCode[map[k]] = themes.get(k);
          }
        }
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

  /**
   * Numbers the sites and volunteers of the rows committed so far, on threads lent for it, so
   * that the first roll-up of the log finds that work done: a read on parser threads calls it
   * before it returns. Rows appended later are numbered after these, as they would have been;
   * nothing a read gives changes.
   *
   * <p>A row still open is not numbered: it may yet be discarded.
   *
   * @throws IllegalStateException if the columns are frozen
   */
  public void numberSoFar(Parallel parallel) {
    requireGrowing();
    if (siteNumbering == null || volunteerNumbering == null) {
      siteNumbering = new FirstSeenCodes.Growing(siteIds);
      volunteerNumbering = new FirstSeenCodes.Growing(volunteerIds);
    }
    siteNumbering.numberTo(size, parallel);
    volunteerNumbering.numberTo(open ? volunteerEnd[size] : volunteerIds.size(), parallel);
  }

  // ------------------------------------------------------------------ reads

  /** Returns a row's activity id. */
  public String idOf(int row) {
    Objects.checkIndex(row, size);
    return ids.get(row);
  }

  /** Returns a row's day, as days since 1970-01-01. */
  public int epochDay(int row) {
    Objects.checkIndex(row, size);
    return day[row];
  }

  /** Returns a row's site. */
  public SiteId siteOf(int row) {
    Objects.checkIndex(row, size);
    return SiteId.of(siteIds.get(row));
  }

  /** Returns the distinct sites, numbered in the order first seen (numbered at the first call, once). */
  public List<SiteId> sites() {
    return numbering().sites;
  }

  /**
   * Returns the distinct sites' ids as text, by number ({@code 0 … sites().size() − 1}): the ids
   * {@link #sites()} holds, without making a {@link SiteId} each (the columns checked them on entry).
   */
  public FirstSeenCodes siteCodes() {
    return numbering().siteText;
  }

  /**
   * Writes {@code map[n]} for the number {@code n} (in {@link #volunteers()}) of each of a row's
   * volunteers into {@code out} from {@code at}, in the row's order: a roll-up's look-up of a row's
   * volunteers in one call instead of one per volunteer.
   *
   * @return how many were written, the row's {@link #volunteerCount}
   */
  public int mapVolunteers(int row, int[] map, int[] out, int at) {
    Objects.checkIndex(row, size);
    int[] numbers = numbering().volunteer;
    int from = volunteerStart(row);
    int to = volunteerEnd[row];
    for (int j = from; j < to; j++) {
      out[at++] = map[numbers[j]];
    }
    return to - from;
  }

  /**
   * Writes the numbers (in {@link #volunteers()}) of a row's volunteers into {@code out} from
   * {@code at}, in the row's order: {@link #mapVolunteers} for a map that is the identity (a
   * growing index meets the volunteers in the order they are numbered).
   *
   * @return how many were written, the row's {@link #volunteerCount}
   */
  public int copyVolunteerNumbers(int row, int[] out, int at) {
    Objects.checkIndex(row, size);
    int from = volunteerStart(row);
    int n = volunteerEnd[row] - from;
    System.arraycopy(numbering().volunteer, from, out, at, n);
    return n;
  }

  /** Returns the number, in {@link #sites()}, of a row's site. */
  public int siteNumber(int row) {
    Objects.checkIndex(row, size);
    return numbering().site[row];
  }

  /** Returns how many distinct volunteers took part in a row's activity (its person-times). */
  public int volunteerCount(int row) {
    Objects.checkIndex(row, size);
    return volunteerEnd[row] - volunteerStart(row);
  }

  /** Returns one of a row's volunteers, {@code k} in 0 … volunteerCount(row) − 1. */
  public VolunteerId volunteerOf(int row, int k) {
    Objects.checkIndex(k, volunteerCount(row));
    return VolunteerId.of(volunteerIds.get(volunteerStart(row) + k));
  }

  /** Returns the distinct volunteers, numbered in the order first seen (numbered at the first call, once). */
  public List<VolunteerId> volunteers() {
    return numbering().volunteers;
  }

  /** Returns the number, in {@link #volunteers()}, of one of a row's volunteers. */
  public int volunteerNumber(int row, int k) {
    Objects.checkIndex(k, volunteerCount(row));
    return numbering().volunteer[volunteerStart(row) + k];
  }

  private int volunteerStart(int row) {
    return row == 0 ? 0 : volunteerEnd[row - 1];
  }

  /** Returns how many teams held a row's activity. */
  public int teamCount(int row) {
    Objects.checkIndex(row, size);
    return teams.count(row);
  }

  /** Returns one of a row's teams, {@code k} in 0 … teamCount(row) − 1. */
  public TeamId teamOf(int row, int k) {
    Objects.checkIndex(k, teamCount(row));
    return TeamId.of(teams.get(row, k));
  }

  /** Returns how many organisations took part in a row's activity. */
  public int organisationCount(int row) {
    Objects.checkIndex(row, size);
    return organisations.count(row);
  }

  /**
   * Returns where a row's organisations begin among every row's, in row order: their codes are
   * {@link #organisationCodes}{@code .codes()[organisationStart(row) + k]}.
   */
  public int organisationStart(int row) {
    Objects.checkIndex(row, size);
    return organisations.start(row);
  }

  /**
   * Numbers the rows' organisations in the order first seen — each distinct one once, without an
   * object or a box per row's organisation — by their index among every row's ({@link
   * #organisationStart}): null, or numbering none, if no row has one (a refused row may have made
   * the column). Made anew at each call, of built columns only.
   *
   * @throws IllegalStateException if the columns are still growing
   */
  public @Nullable FirstSeenCodes organisationCodes() {
    if (!frozen) {
      throw new IllegalStateException("the log is still being built");
    }
    return organisations.codes();
  }

  /** Returns one of a row's organisations, {@code k} in 0 … organisationCount(row) − 1. */
  public OrganisationId organisationOf(int row, int k) {
    Objects.checkIndex(k, organisationCount(row));
    return OrganisationId.of(organisations.get(row, k));
  }

  /** Returns the categories the rows use, numbered by first use (once frozen). */
  public List<TeamCategory> categories() {
    return categories;
  }

  /** Returns the number, in {@link #categories()}, of a row's category; -1 if it has none. */
  public int categoryNumber(int row) {
    Objects.checkIndex(row, size);
    return category == NONE ? -1 : category[row];
  }

  /** Returns the themes and month themes the rows use, numbered by first use (once frozen). */
  public List<String> themes() {
    return new Numbering.Distinct<>(themes.size(), themes::get, t -> t);
  }

  /** Returns the number of a row's theme; -1 if it has none. */
  public int themeNumber(int row) {
    Objects.checkIndex(row, size);
    return theme == NONE ? -1 : theme[row];
  }

  /** Returns the number of a row's month theme; -1 if it has none. */
  public int monthThemeNumber(int row) {
    Objects.checkIndex(row, size);
    return monthTheme == NONE ? -1 : monthTheme[row];
  }

  /** Returns a row's beneficiaries (受益群众人次). */
  public long beneficiariesOf(int row) {
    Objects.checkIndex(row, size);
    return beneficiaries[row];
  }

  /** Returns a row's volunteers' total service time, in minutes. */
  public long serviceMinutesOf(int row) {
    Objects.checkIndex(row, size);
    return minutes[row];
  }

  /** Returns a row's materials handed out (份). */
  public long materialsOf(int row) {
    Objects.checkIndex(row, size);
    return materials == ZEROS ? 0 : materials[row];
  }

  /** Returns whether any row has materials, consultations or sessions (if not, every row's are 0). */
  public boolean hasCounts() {
    return materials != ZEROS || consultations != ZEROS || sessions != ZEROS;
  }

  /** Returns a row's consultations (人次). */
  public long consultationsOf(int row) {
    Objects.checkIndex(row, size);
    return consultations == ZEROS ? 0 : consultations[row];
  }

  /** Returns a row's sessions (场次). */
  public long sessionsOf(int row) {
    Objects.checkIndex(row, size);
    return sessions == ZEROS ? 0 : sessions[row];
  }

  private Numbering numbering() {
    Numbering n = numbering;
    if (n == null) {
      if (!frozen) {
        throw new IllegalStateException("the columns are still growing");
      }
      synchronized (this) {
        n = numbering;
        if (n == null) {
          FirstSeenCodes.Growing sites = siteNumbering;
          FirstSeenCodes.Growing volunteers = volunteerNumbering;
          n = sites == null || volunteers == null
              ? new Numbering(FirstSeenCodes.of(siteIds), FirstSeenCodes.of(volunteerIds))
              : new Numbering(sites.finish(), volunteers.finish());
          siteNumbering = null;
          volunteerNumbering = null;
          numbering = n;
        }
      }
    }
    return n;
  }
}
