package org.civic.json.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an activity record in the {@code civic/1} layout — the one description of an
 * activity line that the writer, the exact reader, the token reader and the byte scanner share.
 * The constants are in the order civic writes them ({@code "type"} first in JSON Lines); a field's
 * bit in a set of fields seen is {@code 1 << ordinal()}.
 *
 * <p>Not for hosts. Immutable and thread-safe.
 */
public enum ActivityField {
  /** The record's type, {@code "activity"}: only in JSON Lines. */
  TYPE("type"),
  /** The activity's id (required). */
  ID("id"),
  /** The day, {@code yyyy-MM-dd} (required). */
  DATE("date"),
  /** The site's id (required). */
  SITE("site"),
  /** The teams' ids. */
  TEAMS("teams"),
  /** The category: a built-in category's id, or {@code {"id","zh","en"}}. */
  CATEGORY("category"),
  /** The theme. */
  THEME("theme"),
  /** The month theme (一月一主题). */
  MONTH_THEME("monthTheme"),
  /** The volunteers' ids. */
  VOLUNTEERS("volunteers"),
  /** The participating organisations' ids (参与组织); written only when there are any. */
  ORGANISATIONS("organisations"),
  /** Beneficiaries (受益群众人次), 0 or more. */
  BENEFICIARIES("beneficiaries"),
  /** The volunteers' service time in whole minutes, 0 or more. */
  SERVICE_MINUTES("serviceMinutes"),
  /** Materials handed out (份), 0 or more; written only when not 0. */
  MATERIALS("materials"),
  /** Consultations (人次), 0 or more; written only when not 0. */
  CONSULTATIONS("consultations"),
  /** Sessions (场次), 0 or more; written only when not 0. */
  SESSIONS("sessions");

  private static final List<ActivityField> ALL = List.of(values());
  private static final Map<String, ActivityField> BY_NAME = new HashMap<>();
  /** The names of the fields of a record, for "expected" messages: every field but the type. */
  private static final String RECORD_FIELDS;

  static {
    List<String> names = new ArrayList<>();
    for (ActivityField f : ALL) {
      BY_NAME.put(f.json, f);
      if (f != TYPE) {
        names.add(f.json);
      }
    }
    RECORD_FIELDS = String.join(", ", names);
  }

  private final String json;

  ActivityField(String json) {
    this.json = json;
  }

  /** Returns the field's name in JSON. */
  public String json() {
    return json;
  }

  /** Returns the field's bit in a set of fields seen. */
  public int bit() {
    return 1 << ordinal();
  }

  /** Returns every field, in the order civic writes them. */
  public static List<ActivityField> all() {
    return Collections.unmodifiableList(ALL);
  }

  /** Returns the field of a JSON name, or null if there is none. */
  public static @Nullable ActivityField named(String name) {
    return BY_NAME.get(name);
  }

  /** Returns the names of an activity's fields (all but the type), as a problem's "expected" lists them. */
  public static String recordFields() {
    return RECORD_FIELDS;
  }
}
