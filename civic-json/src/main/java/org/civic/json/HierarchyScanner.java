package org.civic.json;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.site.Display;
import org.civic.site.Projects;
import org.civic.site.RuleDocuments;
import org.civic.site.Signage;
import org.civic.site.Site;
import org.civic.site.SiteFacts;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.site.Staffing;
import org.civic.site.TeamFacts;
import org.civic.site.Venue;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamReadConstraints;

/**
 * Reads division and site lines exactly as civic writes them — compact, the fields (and a site's
 * facts' fields) in the writer's order, no escapes — from their UTF-8 bytes into a {@link
 * Division} or a {@link Site}, without a JSON tokenizer: at national scale (663,128 divisions,
 * 644,290 sites with their six-haves facts) the tokenizer, the cursor and its locations were most
 * of reading a hierarchy.
 *
 * <p>It makes the record the fast path's Jackson reading makes, with the same constructors and
 * checks, and accepts a subset of what that reading accepts: strings of printable characters in
 * well-formed UTF-8 without escapes; whole numbers without sign or leading zero that fit an int;
 * decimals as digits with an optional fraction; {@code true} and {@code false}; nothing but
 * {@code "\n"}, {@code "\r\n"} or the block's end after the closing brace. At anything else —
 * whitespace, an escape, another order, an unknown field, a value a constructor refuses — it
 * declines the line, and the reader parses that line as before (and so reports what is wrong).
 * The fast-path property tests hold the two to the same outcome.
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

  private final int maxLine;
  private final int maxString;
  private final int maxDigits;
  /** The position after what was just read. */
  private int at;
  /** The newline (or the block's end) after the last line read. */
  private int next;

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
    if (!divisionLine(b, from, end)) {
      return null;
    }
    at = from + DIVISION_PREFIX.length;
    String code = string(b, end);
    if (code == null || !field(b, end, NAME)) {
      return null;
    }
    String name = string(b, end);
    if (name == null || name.isBlank() || !field(b, end, CLOSE) || !lineEnd(b, from, end)) {
      return null;
    }
    try {
      return new Division(DivisionCode.parse(code), name);
    } catch (IllegalArgumentException e) {
      return null; // the exact path reports it
    }
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
    if (!siteLine(b, from, end)) {
      return null;
    }
    at = from + PREFIX.length;
    String id = string(b, end);
    if (id == null || !field(b, end, NAME)) {
      return null;
    }
    String name = string(b, end);
    if (name == null || name.isBlank() || !field(b, end, LEVEL)) {
      return null;
    }
    String level = string(b, end);
    if (level == null || !field(b, end, DIVISION)) {
      return null;
    }
    String division = string(b, end);
    if (division == null) {
      return null;
    }
    String parent = null;
    if (field(b, end, PARENT)) {
      parent = string(b, end);
      if (parent == null) {
        return null;
      }
    }
    SiteFacts facts = SiteFacts.unknown();
    if (field(b, end, FACTS)) {
      facts = facts(b, end);
      if (facts == null) {
        return null;
      }
    }
    if (!field(b, end, CLOSE) || !lineEnd(b, from, end)) {
      return null;
    }
    SiteLevel siteLevel = level(level);
    if (siteLevel == null) {
      return null;
    }
    try {
      Optional<SiteId> parentId = parent == null ? Optional.empty() : Optional.of(SiteId.of(parent));
      return Site.of(SiteId.of(id), name, siteLevel, DivisionCode.parse(division), parentId).withFacts(facts);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return null; // the exact path reports it
    }
  }

  /** The facts after their opening brace, up to and with their closing one; null to decline. */
  private @Nullable SiteFacts facts(byte[] b, int end) {
    SiteFacts facts = SiteFacts.unknown();
    boolean first = true;
    try {
      if (member(b, end, VENUE, first)) {
        first = false;
        BigDecimal area = decimal(b, end);
        if (area == null || !field(b, end, ROOMS)) {
          return null;
        }
        int rooms = smallInt(b, end);
        if (rooms < 0 || !close(b, end, '}')) {
          return null;
        }
        facts = facts.withVenue(new Venue(area, rooms));
      }
      if (member(b, end, SIGNAGE, first)) {
        first = false;
        int sign = bool(b, end);
        if (sign < 0 || !field(b, end, LOGO)) {
          return null;
        }
        int logo = bool(b, end);
        if (logo < 0 || !close(b, end, '}')) {
          return null;
        }
        facts = facts.withSignage(new Signage(sign == 1, logo == 1));
      }
      if (member(b, end, TEAM, first)) {
        first = false;
        String role = null;
        if (field(b, end, LEADER_ROLE)) {
          role = string(b, end);
          if (role == null || role.isBlank() || !close(b, end, ',')) {
            return null;
          }
        }
        if (!field(b, end, MEMBERS)) {
          return null;
        }
        int members = smallInt(b, end);
        if (members < 0 || !close(b, end, '}')) {
          return null;
        }
        facts = facts.withTeam(new TeamFacts(Optional.ofNullable(role), members));
      }
      if (member(b, end, PROJECTS, first)) {
        first = false;
        int running = smallInt(b, end);
        if (running < 0 || !field(b, end, MENU_ITEMS)) {
          return null;
        }
        int menu = smallInt(b, end);
        if (menu < 0 || !close(b, end, '}')) {
          return null;
        }
        facts = facts.withProjects(new Projects(running, menu));
      }
      if (member(b, end, RULES, first)) {
        first = false;
        List<String> names = new ArrayList<>();
        if (!close(b, end, ']')) {
          do {
            String rule = string(b, end);
            if (rule == null || rule.isBlank()) {
              return null;
            }
            names.add(rule);
          } while (close(b, end, ','));
          if (!close(b, end, ']')) {
            return null;
          }
        }
        facts = facts.withRules(new RuleDocuments(new LinkedHashSet<>(names)));
      }
      if (member(b, end, DISPLAY, first)) {
        first = false;
        int boards = smallInt(b, end);
        if (boards < 0 || !field(b, end, POSTING)) {
          return null;
        }
        int posting = bool(b, end);
        if (posting < 0 || !close(b, end, '}')) {
          return null;
        }
        facts = facts.withDisplay(new Display(boards, posting == 1));
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
          return null;
        }
        facts = facts.withStaffing(new Staffing(approved, directors, deputies));
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      return null; // a value a constructor refuses: the exact path reports it
    }
    return close(b, end, '}') ? facts : null;
  }

  private static @Nullable SiteLevel level(String name) {
    for (SiteLevel l : LEVELS) {
      if (l.name().equals(name)) {
        return l;
      }
    }
    return null;
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
    int i = at;
    if (i >= end || b[i] != '"') {
      return null;
    }
    int start = ++i;
    boolean ascii = true;
    while (i < end) {
      byte c = b[i];
      if (c == '"') {
        break;
      }
      if (c == '\\' || (c >= 0 && c < 0x20)) {
        return null;
      }
      ascii &= c >= 0;
      i++;
    }
    if (i >= end) {
      return null;
    }
    at = i + 1;
    String s = new String(b, start, i - start, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    // a replacement character: bad bytes (or a real U+FFFD, which the exact path reads as well)
    return s.length() > maxString || (!ascii && s.indexOf('\uFFFD') >= 0) ? null : s;
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

  /** Digits with an optional fraction, without sign, exponent or leading zero; null to decline. */
  private @Nullable BigDecimal decimal(byte[] b, int end) {
    int i = at;
    int start = i;
    while (i < end && b[i] >= '0' && b[i] <= '9') {
      i++;
    }
    int whole = i - start;
    if (whole == 0 || (whole > 1 && b[start] == '0')) {
      return null;
    }
    if (i < end && b[i] == '.') {
      int fraction = ++i;
      while (i < end && b[i] >= '0' && b[i] <= '9') {
        i++;
      }
      if (i == fraction) {
        return null;
      }
    }
    if (i - start > maxDigits || (i < end && (b[i] == 'e' || b[i] == 'E'))) {
      return null;
    }
    at = i;
    return new BigDecimal(new String(b, start, i - start, StandardCharsets.ISO_8859_1));
  }

  /** 1 for true, 0 for false, -1 to decline. */
  private int bool(byte[] b, int end) {
    if (field(b, end, TRUE)) {
      return 1;
    }
    return field(b, end, FALSE) ? 0 : -1;
  }

  private static boolean starts(byte[] b, int i, int end, byte[] bytes) {
    return end - i >= bytes.length && Arrays.equals(b, i, i + bytes.length, bytes, 0, bytes.length);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
