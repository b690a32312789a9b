package org.civic.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.internal.FactColumns;
import org.civic.hierarchy.internal.HierarchyRows;
import org.civic.site.RuleDocuments;
import org.civic.site.Site;
import org.civic.site.SiteLevel;
import org.civic.site.Staffing;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamReadConstraints;

/**
 * Reads division and site lines exactly as civic writes them — compact, the fields (and a site's
 * facts' fields) in the writer's order, no escapes — from their UTF-8 bytes, without a JSON
 * tokenizer: for a reader into a hierarchy builder ({@code RecordSink.into(builder)}) straight
 * into the builder's columns ({@link HierarchyRows}: no {@code Division}, {@code Site} or facts'
 * object made), for any other sink into a {@link Division} or a {@link Site} (made from a row of
 * its own). At national scale (663,128 divisions, 644,290 sites with their six-haves facts) the
 * tokenizer, the cursor and its locations, then the records' objects were most of reading a
 * hierarchy.
 *
 * <p>It keeps what the fast path's Jackson reading keeps, under the same rules — the id's
 * characters ({@code Ids}), the code's digits ({@code DivisionCode}), a blank name, a rule's name
 * as {@link RuleDocuments#normalize} makes it, the staffing's posts ({@link Staffing}'s own
 * check), a sub-site's parent ({@code Site.of}) — and accepts a subset of what that reading
 * accepts: strings of printable characters in well-formed UTF-8 without escapes; whole numbers
 * without sign or leading zero that fit an int; areas as digits with an optional fraction, to the
 * hundredth; {@code true} and {@code false}; nothing but {@code "\n"}, {@code "\r\n"} or the
 * block's end after the closing brace. At anything else — whitespace, an escape, another order,
 * an unknown field, a value the rules refuse, an area finer than a hundredth or rules past the 64
 * names the columns give a bit — it declines the line, and the reader parses that line as before
 * (and so reports what is wrong, or keeps the facts whole). The fast-path property tests hold the
 * two to the same outcome, into records and into a hierarchy.
 *
 * <p>One unit: the two line shapes (a division's, a site's with its facts) share every field
 * reader here — the cursor, the strings and their decoding, the numbers, the line's end — and each
 * reader's rule of what to decline must stay the one the fast-path property tests hold to the
 * parser; split, one format's rules would be spread over files.
 *
 * <p>One per block; not thread-safe.
 */
final class HierarchyScanner {

  private static final byte[] PREFIX = ascii("{\"type\":\"site\",\"id\":");
  private static final byte[] DIVISION_PREFIX = ascii("{\"type\":\"division\",\"code\":");
  private static final byte[] NAME = ascii(",\"name\":");
  private static final byte[] LEVEL = ascii(",\"level\":");
  private static final byte[] DIVISION = ascii(",\"division\":");
  private static final byte[] PARENT = ascii(",\"parent\":");
  private static final byte[] FACTS = ascii(",\"facts\":{");
  private static final byte[] VENUE = ascii("\"venue\":{\"area\":");
  private static final byte[] ROOMS = ascii(",\"functionRooms\":");
  private static final byte[] SIGNAGE = ascii("\"signage\":{\"signboard\":");
  private static final byte[] LOGO = ascii(",\"unifiedLogo\":");
  private static final byte[] TEAM = ascii("\"team\":{");
  private static final byte[] LEADER_ROLE = ascii("\"leaderRole\":");
  private static final byte[] MEMBERS = ascii("\"members\":");
  private static final byte[] PROJECTS = ascii("\"projects\":{\"running\":");
  private static final byte[] MENU_ITEMS = ascii(",\"menuItems\":");
  private static final byte[] RULES = ascii("\"rules\":[");
  private static final byte[] DISPLAY = ascii("\"display\":{\"boards\":");
  private static final byte[] POSTING = ascii(",\"publicPosting\":");
  private static final byte[] STAFFING = ascii("\"staffing\":{\"approved\":");
  private static final byte[] DIRECTORS = ascii(",\"directors\":");
  private static final byte[] DEPUTIES = ascii(",\"deputyDirectors\":");
  private static final byte[] TRUE = ascii("true");
  private static final byte[] FALSE = ascii("false");
  private static final byte[] CLOSE = ascii("}");
  /** The longest field name it reads ({@code deputyDirectors}) and the deepest nesting (a venue in the facts in the site). */
  private static final int LONGEST_NAME = "deputyDirectors".length();
  private static final int DEPTH = 3;
  /** Digits of a whole number that surely fits an int once checked: 10. */
  private static final int INT_DIGITS = 10;
  private static final SiteLevel[] LEVELS = SiteLevel.values();
  /** Each level's name in quotes, by ordinal. */
  private static final byte[][] LEVEL_NAMES = new byte[LEVELS.length][];
  /** The largest whole part whose hundredths fit a long. */
  private static final long MAX_WHOLE = Long.MAX_VALUE / 100;

  static {
    for (SiteLevel l : LEVELS) {
      LEVEL_NAMES[l.ordinal()] = ascii("\"" + l.name() + "\"");
    }
  }

  private final int maxLine;
  private final int maxString;
  private final int maxDigits;
  /** The position after what was just read. */
  private int at;
  /** The newline (or the block's end) after the last line read. */
  private int next;
  /** The characters of the string decoded last ({@link #decode}), and their number. */
  private char[] text = new char[64];
  private int textLength;
  /** The characters of the line's name ({@link #name}), kept while its other strings are decoded. */
  private char[] name = new char[64];
  private int nameLength;
  /** The division line read last. */
  private long divisionCode;
  private String divisionName = "";
  /** The row a site line is read into when a {@code Site} is asked for. */
  private final HierarchyRows scratch = new HierarchyRows(1);
  /** Leader roles and rule names, which recur line after line: each decoded and checked once. */
  private final Recurring roles = new Recurring(role -> role.isBlank() ? null : role);
  private final Recurring rules = new Recurring(rule -> {
    String name = RuleDocuments.normalize(rule);
    return name.isEmpty() ? null : name; // RuleDocuments' rule: a name is not blank
  });

  /** A scanner; only where {@link #fits} the limits. */
  HierarchyScanner(int maxLine, StreamReadConstraints limits) {
    this.maxLine = maxLine;
    this.maxString = limits.getMaxStringLength();
    this.maxDigits = limits.getMaxNumberLength();
  }

  /**
   * Tells whether the limits are loose enough for the site lines it reads: their nesting and
   * names; strings and numbers are checked one by one. (With the default limits they are.)
   */
  static boolean fits(StreamReadConstraints limits) {
    return limits.getMaxNestingDepth() >= DEPTH && limits.getMaxNameLength() >= LONGEST_NAME
        && limits.getMaxDocumentLength() <= 0 && limits.getMaxTokenCount() <= 0;
  }

  /** Tells whether the line at b[from, end) starts as a site line does. */
  static boolean siteLine(byte[] b, int from, int end) {
    return starts(b, from, end, PREFIX);
  }

  /** Tells whether the line at b[from, end) starts as a division line does. */
  static boolean divisionLine(byte[] b, int from, int end) {
    return starts(b, from, end, DIVISION_PREFIX);
  }

  /**
   * Reads the division line at b[from, …) (the block ends at end).
   *
   * @return the division, or null if the line was declined
   */
  @Nullable Division division(byte[] b, int from, int end) {
    return division(b, from, end, null) ? new Division(DivisionCode.of(divisionCode), divisionName) : null;
  }

  /**
   * Reads the division line at b[from, …) (the block ends at end) into rows (or, without rows,
   * into {@link #divisionCode} and {@link #divisionName}).
   *
   * @return whether the line was read; false if it was declined
   */
  boolean division(byte[] b, int from, int end, @Nullable HierarchyRows rows) {
    if (!divisionLine(b, from, end)) {
      return false;
    }
    at = from + DIVISION_PREFIX.length;
    long code = code(b, end);
    if (code < 0 || !DivisionCode.isValid(code) || !field(b, end, NAME)) {
      return false;
    }
    if (!name(b, end) || !field(b, end, CLOSE) || !lineEnd(b, from, end)) {
      return false;
    }
    if (rows != null) {
      return rows.addDivision(code, name, nameLength); // the name straight into the rows' pool
    }
    divisionCode = code;
    divisionName = new String(name, 0, nameLength);
    return true;
  }

  /** The index of the newline that ended the last line read (the block's end if it ended first). */
  int next() {
    return next;
  }

  /**
   * Reads the site line at b[from, …) (the block ends at end).
   *
   * @return the site, or null if the line was declined
   */
  @Nullable Site site(byte[] b, int from, int end) {
    scratch.clear();
    return site(b, from, end, scratch) ? scratch.site(0) : null;
  }

  /**
   * Reads the site line at b[from, …) (the block ends at end) into rows: its fields from the
   * buffer into their columns, without a {@code Site} or its facts' objects.
   *
   * @return whether the line was read (a row added); false if it was declined
   */
  boolean site(byte[] b, int from, int end, HierarchyRows rows) {
    if (!siteLine(b, from, end)) {
      return false;
    }
    at = from + PREFIX.length;
    int idFrom = at + 1;
    if (!idString(b, end)) {
      return false;
    }
    int idLength = at - 1 - idFrom;
    if (!field(b, end, NAME)) {
      return false;
    }
    // the name's characters kept in a buffer, then copied straight into the rows' pool (no String made)
    if (!name(b, end) || !field(b, end, LEVEL)) {
      return false;
    }
    SiteLevel level = level(b, end);
    if (level == null || !field(b, end, DIVISION)) {
      return false;
    }
    long code = code(b, end);
    if (code < 0) {
      return false;
    }
    String parent = null;
    if (field(b, end, PARENT)) {
      parent = string(b, end);
      if (parent == null) {
        return false;
      }
    }
    FactColumns.Builder facts = rows.facts();
    facts.beginRow();
    if (field(b, end, FACTS) && !facts(b, end, facts)) {
      return false;
    }
    return field(b, end, CLOSE) && lineEnd(b, from, end)
        && rows.commit(b, idFrom, idLength, name, nameLength, level, code, parent);
  }

  /**
   * The facts after their opening brace, up to and with their closing one, into the row begun;
   * false to decline — also where a value has no exact column (an area finer than hundredths,
   * rules past the 64 names with a bit): the parser then reads the line, and the builder keeps
   * those facts whole.
   */
  private boolean facts(byte[] b, int end, FactColumns.Builder facts) {
    boolean first = true;
    if (member(b, end, VENUE, first)) {
      first = false;
      long centi = centi(b, end);
      if (centi < 0 || !field(b, end, ROOMS)) {
        return false;
      }
      int rooms = smallInt(b, end);
      if (rooms < 0 || !close(b, end, '}')) {
        return false;
      }
      facts.venue(centi, rooms);
    }
    if (member(b, end, SIGNAGE, first)) {
      first = false;
      int sign = bool(b, end);
      if (sign < 0 || !field(b, end, LOGO)) {
        return false;
      }
      int logo = bool(b, end);
      if (logo < 0 || !close(b, end, '}')) {
        return false;
      }
      facts.signage(sign == 1, logo == 1);
    }
    if (member(b, end, TEAM, first)) {
      first = false;
      String role = null;
      if (field(b, end, LEADER_ROLE)) {
        role = roles.get(b, end);
        if (role == null || !close(b, end, ',')) {
          return false;
        }
      }
      if (!field(b, end, MEMBERS)) {
        return false;
      }
      int members = smallInt(b, end);
      if (members < 0 || !close(b, end, '}')) {
        return false;
      }
      facts.team(role, members);
    }
    if (member(b, end, PROJECTS, first)) {
      first = false;
      int running = smallInt(b, end);
      if (running < 0 || !field(b, end, MENU_ITEMS)) {
        return false;
      }
      int menu = smallInt(b, end);
      if (menu < 0 || !close(b, end, '}')) {
        return false;
      }
      facts.projects(running, menu);
    }
    if (member(b, end, RULES, first)) {
      first = false;
      facts.rules();
      if (!close(b, end, ']')) {
        do {
          String rule = rules.get(b, end);
          if (rule == null || !facts.rule(rule)) {
            return false;
          }
        } while (close(b, end, ','));
        if (!close(b, end, ']')) {
          return false;
        }
      }
    }
    if (member(b, end, DISPLAY, first)) {
      first = false;
      int boards = smallInt(b, end);
      if (boards < 0 || !field(b, end, POSTING)) {
        return false;
      }
      int posting = bool(b, end);
      if (posting < 0 || !close(b, end, '}')) {
        return false;
      }
      facts.display(boards, posting == 1);
    }
    if (member(b, end, STAFFING, first)) {
      int approved = smallInt(b, end);
      int directors = 0;
      int deputies = 0;
      if (approved >= 0 && field(b, end, DIRECTORS)) {
        directors = smallInt(b, end);
      }
      if (approved >= 0 && directors >= 0 && field(b, end, DEPUTIES)) {
        deputies = smallInt(b, end);
      }
      if (approved < 0 || directors < 0 || deputies < 0 || !close(b, end, '}')) {
        return false;
      }
      try {
        new Staffing(approved, directors, deputies); // its rule on the leadership posts
      } catch (IllegalArgumentException e) {
        return false; // the exact path reports it
      }
      facts.staffing(approved, directors, deputies);
    }
    return close(b, end, '}');
  }

  /** A level's name in quotes; null to decline. */
  private @Nullable SiteLevel level(byte[] b, int end) {
    for (int l = 0; l < LEVEL_NAMES.length; l++) {
      byte[] quoted = LEVEL_NAMES[l];
      if (starts(b, at, end, quoted)) {
        if (quoted.length - 2 > maxString) {
          return null;
        }
        at += quoted.length;
        return LEVELS[l];
      }
    }
    return null;
  }

  /** A division code in quotes, 12 digits or a county's 6, as its value; -1 to decline. */
  private long code(byte[] b, int end) {
    int i = at;
    if (i >= end || b[i] != '"') {
      return -1;
    }
    long v = 0;
    int digits = 0;
    for (i++; i < end && b[i] >= '0' && b[i] <= '9' && digits < 12; i++, digits++) {
      v = v * 10 + (b[i] - '0');
    }
    if (i >= end || b[i] != '"' || (digits != 12 && digits != 6) || digits > maxString) {
      return -1;
    }
    at = i + 1;
    return digits == 6 ? v * 1_000_000L : v;
  }

  /**
   * An id in quotes, within the string limit; false to decline. Its bytes are checked once, by
   * {@link HierarchyRows#commit} (an escape, a control or a wider character is no id byte).
   */
  private boolean idString(byte[] b, int end) {
    int i = at;
    if (i >= end || b[i] != '"') {
      return false;
    }
    int start = ++i;
    while (i < end && b[i] != '"') {
      i++;
    }
    if (i >= end || i - start > maxString) {
      return false;
    }
    at = i + 1;
    return true;
  }

  /** A member of the facts: its name (with what always follows it), after a comma unless first. */
  private boolean member(byte[] b, int end, byte[] name, boolean first) {
    int i = at;
    if (!first) {
      if (i >= end || b[i] != ',') {
        return false;
      }
      i++;
    }
    if (!starts(b, i, end, name)) {
      return false;
    }
    at = i + name.length;
    return true;
  }

  /** The bytes at {@link #at}; moves past them if they are there. */
  private boolean field(byte[] b, int end, byte[] bytes) {
    if (!starts(b, at, end, bytes)) {
      return false;
    }
    at += bytes.length;
    return true;
  }

  private boolean close(byte[] b, int end, char c) {
    if (at < end && b[at] == c) {
      at++;
      return true;
    }
    return false;
  }

  /** After the closing brace: a newline, a carriage return and a newline, or the block's end. */
  private boolean lineEnd(byte[] b, int from, int end) {
    int nl = at;
    if (nl < end && b[nl] == '\r') {
      nl++;
      if (nl >= end || b[nl] != '\n') {
        return false;
      }
    } else if (nl < end && b[nl] != '\n') {
      return false;
    }
    next = nl;
    return nl - from <= maxLine;
  }

  /** A string of printable characters in well-formed UTF-8, without escapes; null to decline. */
  private @Nullable String string(byte[] b, int end) {
    int from = at + 1;
    return quoted(b, end) && decode(b, from, at - 1) ? new String(text, 0, textLength) : null;
  }

  /**
   * A string's quotes and, between them, bytes that are neither an escape nor a control; moves
   * past the closing quote. False to decline.
   */
  private boolean quoted(byte[] b, int end) {
    int i = at;
    if (i >= end || b[i] != '"') {
      return false;
    }
    for (i++; i < end; i++) {
      byte c = b[i];
      if (c == '"') {
        at = i + 1;
        return true;
      }
      if (c == '\\' || (c >= 0 && c < 0x20)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Decodes b[from, to), well-formed UTF-8 (without {@code U+FFFD}: bad bytes, or a real one, which
   * the exact path reads as well) of at most the string limit's characters, into {@link #text}.
   * False to decline.
   */
  private boolean decode(byte[] b, int from, int to) {
    text = room(text, to - from);
    textLength = Utf8Text.decode(b, from, to, text);
    return textLength >= 0 && textLength <= maxString;
  }

  /**
   * A record's name — a string as {@link #string} reads it, not blank — decoded into {@link #name},
   * where it stays while the line's other strings are read: checked here, before the rest of the
   * line (the facts' rules and roles) is taken in for a line that would be declined anyway.
   */
  private boolean name(byte[] b, int end) {
    int from = at + 1;
    if (!quoted(b, end)) {
      return false;
    }
    name = room(name, at - 1 - from);
    nameLength = Utf8Text.decode(b, from, at - 1, name);
    return nameLength >= 0 && nameLength <= maxString && !HierarchyRows.isBlank(name, nameLength);
  }

  /** A buffer of at least {@code length} characters: this one, or a larger one. */
  private static char[] room(char[] buffer, int length) {
    return buffer.length >= length ? buffer : new char[Math.max(length, 2 * buffer.length)];
  }

  /** A whole number without sign or leading zero that fits an int, or -1 to decline. */
  private int smallInt(byte[] b, int end) {
    int i = at;
    long v = 0;
    int digits = 0;
    while (i < end && b[i] >= '0' && b[i] <= '9') {
      v = v * 10 + (b[i] - '0');
      i++;
      if (++digits > INT_DIGITS) {
        return -1;
      }
    }
    if (digits == 0 || digits > maxDigits || (digits > 1 && b[at] == '0') || v > Integer.MAX_VALUE
        || (i < end && (b[i] == '.' || b[i] == 'e' || b[i] == 'E'))) {
      return -1;
    }
    at = i;
    return (int) v;
  }

  /**
   * Digits with an optional fraction, without sign, exponent or leading zero, as hundredths;
   * -1 to decline (also a value finer than hundredths, or past a long of them).
   */
  private long centi(byte[] b, int end) {
    int i = at;
    int start = i;
    long v = 0;
    while (i < end && b[i] >= '0' && b[i] <= '9') {
      if (v > MAX_WHOLE) {
        return -1;
      }
      v = v * 10 + (b[i] - '0');
      i++;
    }
    int whole = i - start;
    if (whole == 0 || (whole > 1 && b[start] == '0') || v > MAX_WHOLE) {
      return -1;
    }
    v *= 100;
    if (i < end && b[i] == '.') {
      int fraction = ++i;
      int scale = 10;
      while (i < end && b[i] >= '0' && b[i] <= '9') {
        int digit = b[i] - '0';
        if (scale > 0) {
          v += digit * scale;
          scale /= 10;
        } else if (digit != 0) {
          return -1; // finer than hundredths: no exact column
        }
        i++;
      }
      if (i == fraction) {
        return -1;
      }
    }
    if (i - start > maxDigits || (i < end && (b[i] == 'e' || b[i] == 'E'))) {
      return -1;
    }
    at = i;
    return v;
  }

  /** 1 for true, 0 for false, -1 to decline. */
  private int bool(byte[] b, int end) {
    if (field(b, end, TRUE)) {
      return 1;
    }
    return field(b, end, FALSE) ? 0 : -1;
  }

  /**
   * Strings that recur line after line, found again by their bytes: each decoded, checked (as
   * {@link #string} checks) and made what the record keeps (normalized, or null to decline) once.
   */
  private final class Recurring {
    private static final int SLOTS = 64;
    private final byte[][] keys = new byte[SLOTS][];
    private final String[] values = new String[SLOTS];
    private final UnaryOperator<@Nullable String> keep;

    Recurring(UnaryOperator<@Nullable String> keep) {
      this.keep = keep;
    }

    /** The string at {@link #at}, as kept; null to decline. */
    @Nullable String get(byte[] b, int end) {
      int i = at;
      if (i >= end || b[i] != '"') {
        return null;
      }
      int start = i + 1;
      int q = start;
      int h = 0;
      while (q < end && b[q] != '"' && b[q] != '\\') {
        h = 31 * h + b[q];
        q++;
      }
      boolean plain = q < end && b[q] == '"';
      int slot = (h ^ (h >>> 11)) & (SLOTS - 1);
      byte[] key = keys[slot];
      if (plain && key != null && Arrays.equals(key, 0, key.length, b, start, q)) {
        at = q + 1;
        return values[slot];
      }
      String s = string(b, end);
      String kept = s == null ? null : keep.apply(s);
      if (kept != null && plain) {
        keys[slot] = Arrays.copyOfRange(b, start, q);
        values[slot] = kept;
      }
      return kept;
    }
  }

  private static boolean starts(byte[] b, int i, int end, byte[] bytes) {
    return end - i >= bytes.length && Arrays.equals(b, i, i + bytes.length, bytes, 0, bytes.length);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
