package org.civic.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.civic.activity.internal.ActivityColumns;
import org.civic.internal.Ids;
import org.civic.internal.IsoDates;
import org.civic.json.internal.ActivityField;
import org.civic.team.TeamCategory;
import tools.jackson.core.StreamReadConstraints;

/**
 * Reads an activity line exactly as civic writes it — compact, {@code "type"} first, no escapes —
 * from its UTF-8 bytes straight into the open row of an activity log's columns, without a JSON
 * tokenizer. At national scale that is most of the ingest: a tokenizer decodes every string into
 * characters, and matches every name through a symbol table, before the log copies them again.
 *
 * <p>It accepts only what the fast path's Jackson reading accepts, and makes the same calls on the
 * log: every field once, in any order; strings of printable characters without escapes (ids in
 * ASCII; themes in well-formed UTF-8); whole numbers of at most 18 digits with no sign and no
 * leading zero; a category as a built-in id or as civic writes a built-in {@code {"id","zh","en"}};
 * nothing but {@code "\n"}, {@code "\r\n"} or the block's end after the closing brace. At anything
 * else — whitespace, an escape, an unknown field, another record type, a row the log refuses — it
 * declines the line, committing nothing, and the reader parses that line as before (and so
 * reports what is wrong with it). The fast-path property test holds the two to the same outcome.
 *
 * <p>Eight bytes a step only where the A/B harness measured a gain beyond its spread over a plain
 * byte loop (benchmarks/RESULTS.md, "Word at a time, routine by routine", 2026-12-05): names and
 * categories are compared and numbers read a word at a time (as the log's columns take ids); a
 * theme is scanned and hashed a byte at a time, which measured the same.
 *
 * <p>One per block (it keeps the themes it decoded); not thread-safe.
 */
final class ActivityScanner {

  /** Eight bytes read as a long (first declared: the literals below use it). */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** The start of an activity line: {@code {"type":"activity"}. */
  private static final Literal PREFIX = new Literal(ascii("{\"type\":\"activity\""));
  /** The start of a category written out: {@code {"id":"}. */
  private static final Literal OBJECT_START = new Literal(ascii("{\"id\":\""));
  /** The fields' names as they start a field, by {@link ActivityField} ordinal: {@code "date":}. */
  private static final Literal[] NAMES;
  private static final int LONGEST_NAME;
  /** The longest string a line it accepts can hold, but for themes (checked one by one): an id or a category's name. */
  private static final int LONGEST_STRING;
  /** The built-in categories' ids: {@code culture}. */
  private static final Literal[] CATEGORY_IDS;
  /** The built-in categories as civic writes them: {@code {"id":"culture","zh":"文化艺术","en":"Culture and arts"}}. */
  private static final Literal[] CATEGORY_OBJECTS;
  private static final List<TeamCategory> CATEGORIES = TeamCategory.builtIn();
  /** The most digits a number may have: 18 always fit a long. */
  private static final int DIGITS = 18;
  /** Themes decoded at most (a block has a handful); later new ones are decoded each time. */
  private static final int THEMES = 256;
  /** Slots of the theme table: at most half full. */
  private static final int SLOTS = 2 * THEMES;

  static {
    List<ActivityField> fields = ActivityField.all();
    NAMES = new Literal[fields.size()];
    int longest = 0;
    for (ActivityField f : fields) {
      NAMES[f.ordinal()] = new Literal(ascii("\"" + f.json() + "\":"));
      longest = Math.max(longest, f.json().length());
    }
    LONGEST_NAME = longest;
    int longestString = Ids.MAX_LENGTH;
    CATEGORY_IDS = new Literal[CATEGORIES.size()];
    CATEGORY_OBJECTS = new Literal[CATEGORIES.size()];
    for (int k = 0; k < CATEGORIES.size(); k++) {
      TeamCategory c = CATEGORIES.get(k);
      CATEGORY_IDS[k] = new Literal(ascii(c.id()));
      CATEGORY_OBJECTS[k] = new Literal(("{\"id\":\"" + c.id() + "\",\"zh\":\"" + c.chinese() + "\",\"en\":\"" + c.english()
          + "\"}").getBytes(StandardCharsets.UTF_8));
      longestString = Math.max(longestString, Math.max(c.chinese().length(), c.english().length()));
    }
    LONGEST_STRING = longestString;
  }

  private final ActivityColumns log;
  private final int maxLine;
  private final int maxString;
  private final int maxDigits;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  // the themes decoded: their bytes and characters, by the bytes' hash, probed linearly
  private final byte[][] themeBytes = new byte[SLOTS][];
  private final char[][] themeChars = new char[SLOTS][];
  private int themeCount;
  /** The position after the name or value just read. */
  private int at;

  /** A scanner for a log; only where {@link #fits} the limits. */
  ActivityScanner(ActivityColumns log, int maxLine, StreamReadConstraints limits) {
    this.log = log;
    this.maxLine = maxLine;
    this.maxString = limits.getMaxStringLength();
    this.maxDigits = Math.min(DIGITS, limits.getMaxNumberLength());
  }

  /**
   * Tells whether the limits are loose enough for an activity line civic writes: its nesting, its
   * names, and its strings but themes (which are checked one by one). A tokenizer matching names
   * without making them, or handing over its characters, does not check all of these; so only
   * then may activity lines be read by anything but the exact path, which reports what exceeds
   * them. (With the default limits they are.)
   */
  static boolean fits(StreamReadConstraints limits) {
    return limits.getMaxNestingDepth() >= 2 && limits.getMaxNameLength() >= LONGEST_NAME
        && limits.getMaxStringLength() >= LONGEST_STRING && limits.getMaxDocumentLength() <= 0
        && limits.getMaxTokenCount() <= 0;
  }

  /** Tells whether the line at b[from, end) starts as an activity line does. */
  static boolean activityLine(byte[] b, int from, int end) {
    return end - from > PREFIX.length && PREFIX.at(b, from, end);
  }

  /**
   * Reads the activity line at b[from, …) (the block ends at end) into the log, and commits it.
   *
   * @return the index of the newline that ends the line (end if the block ends first), or -1 if
   *     the line was declined: nothing was committed
   */
  int row(byte[] b, int from, int end) {
    if (!activityLine(b, from, end)) {
      return -1;
    }
    log.begin();
    int i = from + PREFIX.length;
    int seen = ActivityField.TYPE.bit();
    int field = ActivityField.TYPE.ordinal();
    while (i < end && b[i] == ',') {
      field = name(b, i + 1, end, field + 1);
      if (field <= 0 || (seen & 1 << field) != 0) {
        return -1;
      }
      seen |= 1 << field;
      if (!value(FIELDS.get(field), b, at, end)) {
        return -1;
      }
      i = at;
    }
    if (i >= end || b[i] != '}') {
      return -1;
    }
    int nl = i + 1;
    if (nl < end && b[nl] == '\r') {
      nl++;
      if (nl >= end || b[nl] != '\n') {
        return -1;
      }
    } else if (nl < end && b[nl] != '\n') {
      return -1;
    }
    return nl - from <= maxLine && log.commit() ? nl : -1;
  }

  /**
   * The field whose name, quoted, and colon start at b[i], trying first the one civic writes
   * next and those it writes after it; -1 if none. Sets {@link #at} after the colon.
   */
  private int name(byte[] b, int i, int end, int next) {
    for (int k = next; k < NAMES.length; k++) {
      if (NAMES[k].at(b, i, end)) {
        at = i + NAMES[k].length;
        return k;
      }
    }
    for (int k = 1; k < next && k < NAMES.length; k++) {
      if (NAMES[k].at(b, i, end)) {
        at = i + NAMES[k].length;
        return k;
      }
    }
    return -1;
  }

  /**
   * Bytes to match, as words of eight bytes (the last one masked) compared a word at a time: the
   * names and the categories' ids and objects.
   */
  private static final class Literal {
    final int length;
    private final byte[] bytes;
    private final long[] words;
    private final long lastMask;
    // word 0 and its mask (masked if it is the last): most bytes that are not these differ in it
    private final long first;
    private final long firstMask;

    Literal(byte[] bytes) {
      this.bytes = bytes;
      this.length = bytes.length;
      byte[] padded = Arrays.copyOf(bytes, (length + 7) & -8);
      words = new long[padded.length / 8];
      for (int k = 0; k < words.length; k++) {
        words[k] = (long) LONGS.get(padded, 8 * k);
      }
      lastMask = -1L >>> 8 * (8 * words.length - length);
      firstMask = words.length == 1 ? lastMask : -1L;
      first = words[0];
    }

    /** Tells whether b[i, end) starts with these bytes. */
    boolean at(byte[] b, int i, int end) {
      if (end - i < length) {
        return false;
      }
      long[] w = words;
      int last = w.length - 1;
      if (i + 8 * w.length > b.length) { // the last word would read past the array
        return Arrays.equals(b, i, i + length, bytes, 0, length);
      }
      if (((long) LONGS.get(b, i) & firstMask) != first) {
        return false;
      }
      for (int k = 1; k < last; k++) {
        if ((long) LONGS.get(b, i + 8 * k) != w[k]) {
          return false;
        }
      }
      return last == 0 || ((long) LONGS.get(b, i + 8 * last) & lastMask) == w[last];
    }
  }

  private static final List<ActivityField> FIELDS = ActivityField.all();

  /** Reads field's value at b[i] into the open row; false to decline. Sets {@link #at} after it. */
  private boolean value(ActivityField field, byte[] b, int i, int end) {
    return switch (field) {
      case TYPE -> false; // only first, as the prefix
      case ID -> opens(b, i, end) && closes(log.idAt(b, i + 1, end), b, end);
      case DATE -> date(b, i, end);
      case SITE -> opens(b, i, end) && closes(log.siteAt(b, i + 1, end), b, end);
      case TEAMS, VOLUNTEERS, ORGANISATIONS -> ids(b, i, end, field);
      case CATEGORY -> category(b, i, end);
      case THEME, MONTH_THEME -> theme(field, b, i, end);
      case BENEFICIARIES -> number(b, i, end) && log.beneficiaries(count);
      case SERVICE_MINUTES -> number(b, i, end) && log.serviceMinutes(count);
      case MATERIALS -> number(b, i, end) && log.materials(count);
      case CONSULTATIONS -> number(b, i, end) && log.consultations(count);
      case SESSIONS -> number(b, i, end) && log.sessions(count);
    };
  }

  private static boolean opens(byte[] b, int i, int end) {
    return i < end && b[i] == '"';
  }

  /**
   * Tells whether an id the log read up to {@code next} (-1 if it refused it) ends the string: the
   * log's id ends at the first byte that is not an id character (an escape, a control character,
   * a byte of a UTF-8 character outside ASCII), and that must be the closing quote. Sets
   * {@link #at} after it.
   */
  private boolean closes(int next, byte[] b, int end) {
    if (next < 0 || next >= end || b[next] != '"') {
      return false;
    }
    at = next + 1;
    return true;
  }

  /** The closing quote of the string at b[i], or -1; {@link #at} is then after it. Nothing in it is checked. */
  private int string(byte[] b, int i, int end) {
    if (i >= end || b[i] != '"') {
      return -1;
    }
    for (int j = i + 1; j < end; j++) {
      byte x = b[j];
      if (x == '"') {
        at = j + 1;
        return j;
      }
      if (x == '\n') {
        return -1;
      }
    }
    return -1;
  }

  /** Reads ["id",…] (teams, volunteers or organisations) into the open row. */
  private boolean ids(byte[] b, int i, int end, ActivityField field) {
    if (i + 1 >= end || b[i] != '[') {
      return false;
    }
    int j = i + 1;
    if (b[j] == ']') {
      at = j + 1;
      return true;
    }
    while (true) {
      if (!opens(b, j, end) || !closes(idAt(field, b, j + 1, end), b, end)) {
        return false;
      }
      j = at;
      if (j >= end) {
        return false;
      }
      if (b[j] == ']') {
        at = j + 1;
        return true;
      }
      if (b[j] != ',') {
        return false;
      }
      j++;
    }
  }

  /** Adds the id at b[i] to the open row's field, as the log's {@code idAt} does. */
  private int idAt(ActivityField field, byte[] b, int i, int end) {
    return switch (field) {
      case VOLUNTEERS -> log.volunteerAt(b, i, end);
      case TEAMS -> log.teamAt(b, i, end);
      default -> log.organisationAt(b, i, end);
    };
  }

  /** {@code "yyyy-MM-dd"}, read by {@link IsoDates}. */
  private boolean date(byte[] b, int i, int end) {
    if (i + IsoDates.LENGTH + 2 > end || b[i] != '"' || b[i + IsoDates.LENGTH + 1] != '"') {
      return false;
    }
    at = i + IsoDates.LENGTH + 2;
    return log.day(IsoDates.parse(b, i + 1));
  }

  /** The number {@link #number} read. */
  private long count;

  /**
   * A whole number: 0, or a digit 1–9 and more digits; then ',' or '}'. Up to seven digits are
   * found and read eight bytes at a time.
   */
  private boolean number(byte[] b, int i, int end) {
    if (i + 8 > b.length) {
      return longNumber(b, i, end);
    }
    long w = (long) LONGS.get(b, i);
    long x = w & ~HIGH;
    long digits = (x + FROM_ZERO) & (TO_NINE - x) & ~w & HIGH; // the high bit of each digit
    int n = Long.numberOfTrailingZeros(~digits & HIGH) >>> 3; // the digits before any other byte: 8 if all are
    if (n == 8) {
      return longNumber(b, i, end);
    }
    if (!wellEnded(b, i, n, end)) {
      return false;
    }
    // The digits, first in the lowest byte, less '0' (no byte below borrows), moved to the top n
    // bytes: the bytes below are leading zeros. Then pairs, fours and eights are summed at once
    // (as simdjson's parse_eight_digits_unrolled does).
    long v = (w - ZEROS) << 8 * (8 - n);
    v = v * 10 + (v >>> 8);
    v = ((v & 0x0000_00FF_0000_00FFL) * (100 + (1_000_000L << 32)) + ((v >>> 16) & 0x0000_00FF_0000_00FFL)
        * (1 + (10_000L << 32))) >>> 32;
    count = v;
    at = i + n;
    return true;
  }

  /**
   * Tells whether the n digits at b[i] are a number civic writes: 1 to {@link #maxDigits} of them,
   * no leading zero, then ',' or '}' before the block's end.
   */
  private boolean wellEnded(byte[] b, int i, int n, int end) {
    int j = i + n;
    return n > 0 && n <= maxDigits && (n == 1 || b[i] != '0') && j < end && (b[j] == ',' || b[j] == '}');
  }

  /** {@link #number} a byte at a time: at the array's end, and for eight digits or more. */
  private boolean longNumber(byte[] b, int i, int end) {
    long v = 0;
    int j = i;
    while (j < end && j - i <= maxDigits) {
      int digit = b[j] - '0';
      if (digit < 0 || digit > 9) {
        break;
      }
      v = v * 10 + digit;
      j++;
    }
    if (!wellEnded(b, i, j - i, end)) {
      return false;
    }
    count = v;
    at = j;
    return true;
  }

  /** A built-in category: its id as a string, or the object civic writes for it. */
  private boolean category(byte[] b, int i, int end) {
    boolean object = i < end && b[i] == '{';
    int from = object ? i + OBJECT_START.length - 1 : i; // the id's opening quote
    if (object && !OBJECT_START.at(b, i, end)) {
      return false;
    }
    int close = string(b, from, end);
    if (close < 0) {
      return false;
    }
    for (int k = 0; k < CATEGORY_IDS.length; k++) {
      Literal id = CATEGORY_IDS[k];
      if (id.length == close - from - 1 && id.at(b, from + 1, close)) {
        if (object) {
          Literal whole = CATEGORY_OBJECTS[k];
          if (!whole.at(b, i, end)) {
            return false;
          }
          at = i + whole.length;
        }
        return log.category(CATEGORIES.get(k));
      }
    }
    return false;
  }

  /** A theme or month theme: a string of well-formed UTF-8 without control characters or escapes. */
  private boolean theme(ActivityField field, byte[] b, int i, int end) {
    if (i >= end || b[i] != '"') {
      return false;
    }
    int from = i + 1;
    int j = from;
    int h = 0;
    while (j < end) {
      byte x = b[j];
      if (!plain(x)) {
        break;
      }
      h = 31 * h + x;
      j++;
    }
    if (j >= end || b[j] != '"') { // an escape, a control character, or the block's end
      return false;
    }
    char[] t = themeChars(b, from, j, h);
    at = j + 1;
    return t != null && t.length <= maxString
        && (field == ActivityField.THEME ? log.theme(t, 0, t.length) : log.monthTheme(t, 0, t.length));
  }

  /** Whether a byte may stand in a theme as it is: not a quote, a backslash or a control character. */
  private static boolean plain(byte x) {
    return x != '"' && x != '\\' && (x < 0 || x >= 0x20);
  }

  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long HIGH = 0x8080_8080_8080_8080L;
  private static final long ZEROS = ONES * '0';
  // the digits' range for number: for a byte x below 128, x + (0x80 − '0') has its high bit set
  // where x ≥ '0', and (0x80 + '9') − x where x ≤ '9'; neither carries into the next byte
  private static final long FROM_ZERO = ONES * (0x80 - '0');
  private static final long TO_NINE = ONES * (0x80 + '9');

  /** The characters of the UTF-8 bytes b[from, to), whose hash is h; null if they are not well-formed. */
  private char[] themeChars(byte[] b, int from, int to, int h) {
    int n = to - from;
    int slot = (h ^ h >>> 16) & (SLOTS - 1);
    byte[] known;
    while ((known = themeBytes[slot]) != null) {
      if (known.length == n && Arrays.equals(b, from, to, known, 0, n)) {
        return themeChars[slot];
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
    char[] decoded;
    try {
      CharBuffer c = utf8.reset().decode(ByteBuffer.wrap(b, from, n));
      decoded = Arrays.copyOfRange(c.array(), c.arrayOffset() + c.position(), c.arrayOffset() + c.limit());
    } catch (CharacterCodingException e) {
      return null; // the parser reads the line, and reports it
    }
    if (themeCount < THEMES) {
      themeBytes[slot] = Arrays.copyOfRange(b, from, to);
      themeChars[slot] = decoded;
      themeCount++;
    }
    return decoded;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
