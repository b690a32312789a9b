package org.civic.json;

import java.util.List;
import org.civic.activity.internal.ActivityColumns;
import org.civic.internal.IsoDates;
import org.civic.json.internal.ActivityField;
import org.civic.team.TeamCategory;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Reads an activity record from a parser's tokens straight into the open row of an activity
 * log's columns, with no object per field: for activity lines the {@link ActivityScanner}
 * declines (spaces, escapes, a field order of another tool) but that are likely good. It matches
 * field names on the parser's bytes ({@link LinesOptions#activityNames}, by {@link ActivityField}
 * ordinal) and hands ids and themes over as the parser's characters.
 *
 * <p>It accepts only what the exact path accepts, and makes the same calls on the columns; at
 * anything unusual it gives up, and the exact path reads the line and reports what is wrong.
 * The fast-path property tests hold the two to the same outcome. One per block; not thread-safe.
 */
final class ActivityTokens {

  private static final List<ActivityField> FIELDS = ActivityField.all();
  private static final List<TeamCategory> BUILT_IN = TeamCategory.builtIn();
  private static final char[] ACTIVITY = "activity".toCharArray();

  private final LinesOptions options;
  private final ActivityColumns log;

  ActivityTokens(LinesOptions options, ActivityColumns log) {
    this.options = options;
    this.log = log;
  }

  /** Tells whether the parser is on the string {@code "activity"}. */
  static boolean isActivity(JsonParser p) {
    return p.getTextLength() == ACTIVITY.length && java.util.Arrays.equals(p.getTextCharacters(), p.getTextOffset(),
        p.getTextOffset() + ACTIVITY.length, ACTIVITY, 0, ACTIVITY.length);
  }

  /**
   * Reads a record into a new row, the parser after its first field's name (matched as
   * {@code first}) — or, if the record's {@code "type":"activity"} came first, after that value.
   * Does not commit the row.
   *
   * @param first the first field's match: an {@link ActivityField} ordinal, or a
   *     {@link PropertyNameMatcher} code; {@link ActivityField#TYPE} if the type was read
   * @return whether the record was read whole (up to its closing brace) as a good activity
   */
  boolean row(JsonParser p, int first) {
    log.begin();
    int seen = 0;
    for (int field = first; field != PropertyNameMatcher.MATCH_END_OBJECT; field = p.nextNameMatch(options.activityNames)) {
      if (field < 0) {
        return false; // an unknown field, or anything but a name: the exact path reports it
      }
      int bit = 1 << field;
      if ((seen & bit) != 0) {
        return false;
      }
      seen |= bit;
      // the type was read already if it came first
      if (!(field == first && field == ActivityField.TYPE.ordinal()) && !value(FIELDS.get(field), p)) {
        return false;
      }
    }
    return (seen & ActivityField.TYPE.bit()) != 0;
  }

  /** Reads a field's value into the open row; false at anything unusual. */
  private boolean value(ActivityField field, JsonParser p) {
    JsonToken t = p.nextToken();
    return switch (field) {
      case TYPE -> t == JsonToken.VALUE_STRING && isActivity(p);
      case ID -> t == JsonToken.VALUE_STRING && log.id(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      case DATE -> t == JsonToken.VALUE_STRING && p.getTextLength() == IsoDates.LENGTH
          && log.day(IsoDates.parse(p.getTextCharacters(), p.getTextOffset()));
      case SITE -> t == JsonToken.VALUE_STRING && log.site(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      case TEAMS, VOLUNTEERS, ORGANISATIONS -> ids(t, p, field);
      case CATEGORY -> {
        TeamCategory c = t == JsonToken.VALUE_STRING ? builtIn(p) : t == JsonToken.START_OBJECT ? categoryObject(p) : null;
        yield c != null && log.category(c);
      }
      case THEME -> t == JsonToken.VALUE_STRING && p.getTextLength() <= options.maxString
          && log.theme(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      case MONTH_THEME -> t == JsonToken.VALUE_STRING && p.getTextLength() <= options.maxString
          && log.monthTheme(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      case BENEFICIARIES -> t == JsonToken.VALUE_NUMBER_INT && log.beneficiaries(p.getLongValue());
      case SERVICE_MINUTES -> t == JsonToken.VALUE_NUMBER_INT && log.serviceMinutes(p.getLongValue());
      case MATERIALS -> t == JsonToken.VALUE_NUMBER_INT && log.materials(p.getLongValue());
      case CONSULTATIONS -> t == JsonToken.VALUE_NUMBER_INT && log.consultations(p.getLongValue());
      case SESSIONS -> t == JsonToken.VALUE_NUMBER_INT && log.sessions(p.getLongValue());
    };
  }

  /** Reads {@code ["id", …]} (teams, volunteers or organisations) into the open row. */
  private boolean ids(JsonToken t, JsonParser p, ActivityField field) {
    if (t != JsonToken.START_ARRAY) {
      return false;
    }
    JsonToken e;
    while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
      if (e != JsonToken.VALUE_STRING) {
        return false;
      }
      char[] c = p.getTextCharacters();
      int o = p.getTextOffset();
      int n = p.getTextLength();
      boolean added = switch (field) {
        case VOLUNTEERS -> log.volunteer(c, o, n);
        case TEAMS -> log.team(c, o, n);
        default -> log.organisation(c, o, n);
      };
      if (!added) {
        return false;
      }
    }
    return true;
  }

  /** A built-in category by its id, from the parser's characters; null if none. */
  private static @Nullable TeamCategory builtIn(JsonParser p) {
    char[] c = p.getTextCharacters();
    int o = p.getTextOffset();
    int n = p.getTextLength();
    for (TeamCategory t : BUILT_IN) {
      if (same(t.id(), c, o, n)) {
        return t;
      }
    }
    return null;
  }

  private static boolean same(String s, char[] c, int o, int n) {
    if (s.length() != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) != c[o + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A built-in category written out, {@code {"id":…,"zh":…,"en":…}} in any order, with its own
   * names; null at anything else (other names, a host's category), which the exact path then reads.
   */
  private @Nullable TeamCategory categoryObject(JsonParser p) {
    PropertyNameMatcher names = options.categoryNames;
    TeamCategory c = null;
    // the names read before the id, to compare once it is known (civic writes the id first)
    String zh = null;
    String en = null;
    int seen = 0;
    int k;
    while ((k = p.nextNameMatch(names)) >= 0) {
      if ((seen & 1 << k) != 0 || p.nextToken() != JsonToken.VALUE_STRING) {
        return null;
      }
      seen |= 1 << k;
      if (k == 0) {
        c = builtIn(p);
        if (c == null) {
          return null;
        }
      } else if (c != null) {
        if (!same(k == 1 ? c.chinese() : c.english(), p.getTextCharacters(), p.getTextOffset(), p.getTextLength())) {
          return null;
        }
      } else if (k == 1) {
        zh = p.getString();
      } else {
        en = p.getString();
      }
    }
    if (k != PropertyNameMatcher.MATCH_END_OBJECT || seen != 0b111
        || zh != null && !zh.equals(c.chinese()) || en != null && !en.equals(c.english())) {
      return null;
    }
    return c;
  }
}
