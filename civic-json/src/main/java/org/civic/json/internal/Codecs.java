package org.civic.json.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import org.civic.division.DivisionCode;
import org.civic.division.InvalidDivisionCodeException;
import org.civic.internal.IsoDates;
import org.civic.site.SiteId;
import org.civic.team.TeamCategory;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * What civic's record codecs share in the {@code civic/1} layout: reading ids, codes, dates,
 * enums and team categories to the {@link Cursor} (every problem reported, null for a bad value),
 * building a value from checked fields, and writing lists and bilingual terms. One codec per
 * record type uses these ({@link DivisionCodec}, {@link SiteCodec}, {@link TeamCodec},
 * {@link VolunteerCodec}, {@link ActivityCodec}, {@link OrderCodec}, {@link ProfileCodec}); the
 * Jackson module, the dataset reader and the JSON Lines reader all use those, so the layout lives
 * in one place.
 *
 * <p>Not for hosts. Stateless and thread-safe.
 */
public final class Codecs {

  private Codecs() {}

  // ------------------------------------------------------------------ helpers

  /**
   * Reads an array of ids, each parsed where it stands (so a bad one is reported at its own JSON
   * Pointer, {@code …/2}); null if the value is not an array or an id is bad.
   */
  static <T> java.util.@Nullable List<T> ids(Cursor c, Function<String, T> parser, String expected) {
    java.util.List<T> out = new java.util.ArrayList<>();
    boolean[] ok = {true};
    if (!c.array(i -> {
      T t = parse(c, c.string(), parser, "json.bad-id", expected);
      if (t == null) {
        ok[0] = false;
      } else {
        out.add(t);
      }
    })) {
      return null;
    }
    return ok[0] ? out : null;
  }

  static <T> @Nullable T parse(Cursor c, @Nullable String text, Function<String, T> parser, String id,
      String expected) {
    if (text == null) {
      return null;
    }
    try {
      return parser.apply(text);
    } catch (InvalidDivisionCodeException e) {
      c.error(id, "\"" + text + "\" is not a valid division code", e.expected());
      return null;
    } catch (IllegalArgumentException | DateTimeParseException e) {
      c.error(id, "\"" + text + "\" is not valid: " + e.getMessage(), expected);
      return null;
    }
  }

  static @Nullable SiteId siteId(Cursor c) {
    return parse(c, c.string(), SiteId::of, "json.bad-id", "a site id (1–64 of A-Z a-z 0-9 - _ . : /)");
  }

  static @Nullable DivisionCode code(Cursor c) {
    return parse(c, c.string(), DivisionCode::parse, "division.invalid-code", "a 12-digit division code");
  }

  static @Nullable LocalDate date(Cursor c) {
    return parse(c, c.string(), Codecs::isoDate, "json.bad-date", "a date such as 2024-03-05");
  }

  /**
   * {@code LocalDate.parse}, with the usual {@code yyyy-MM-dd} read by {@link IsoDates} (a
   * twentieth of the cost); every other text goes to {@code LocalDate.parse}, so the accepted
   * texts and the messages are the same.
   */
  static LocalDate isoDate(String s) {
    int day = IsoDates.parse(s);
    return day != IsoDates.INVALID ? LocalDate.ofEpochDay(day) : LocalDate.parse(s);
  }

  static <E extends Enum<E>> @Nullable E enumValue(Cursor c, Class<E> type) {
    String s = c.string();
    if (s == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    c.error("json.bad-enum", "\"" + s + "\" is not a " + type.getSimpleName(),
        "one of " + java.util.Arrays.toString(type.getEnumConstants()));
    return null;
  }

  /** Builds a value from fields already checked; a factory's refusal becomes a problem. */
  static <T> @Nullable T build(Cursor c, Cursor.Mark at, java.util.function.Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      c.error("json.invalid-record", at, e.getMessage() == null ? e.toString() : e.getMessage(),
          "a record civic accepts");
      return null;
    }
  }

  static void writeStrings(JsonGenerator g, Iterable<?> values) {
    g.writeStartArray();
    for (Object v : values) {
      g.writeString(v.toString());
    }
    g.writeEndArray();
  }

  // ------------------------------------------------------------------ team category

  static @Nullable TeamCategory category(Cursor c) {
    Cursor.Mark at = c.mark();
    if (c.parser().currentToken() == tools.jackson.core.JsonToken.VALUE_STRING) {
      String id = c.string();
      Optional<TeamCategory> builtIn = TeamCategory.builtIn().stream().filter(x -> x.id().equals(id)).findFirst();
      if (builtIn.isEmpty()) {
        c.error("json.unknown-category", at, "\"" + id + "\" is not a built-in category",
            "a built-in category id, or an object {id, zh, en}");
      }
      return builtIn.orElse(null);
    }
    return ownTerm(c, at, TeamCategory::of);
  }

  /** Makes a bilingual term (a category, a tier, a role) from its id and its Chinese and English names. */
  @FunctionalInterface
  interface TermFactory<T> {
    T of(String id, String chinese, String english);
  }

  /**
   * Reads a host's own term written as {@code {"id", "zh", "en"}} and makes it; null after a
   * problem (an unknown or missing field, or the term refusing its values).
   */
  static <T> @Nullable T ownTerm(Cursor c, Cursor.Mark at, TermFactory<T> factory) {
    var v = new Object() {
      String id;
      String zh;
      String en;
    };
    if (!c.object(m -> {
      switch (m) {
        case "id" -> v.id = c.text();
        case "zh" -> v.zh = c.text();
        case "en" -> v.en = c.text();
        default -> c.unknown(m, "id, zh, en");
      }
    }) || c.missing(at, "id", v.id) | c.missing(at, "zh", v.zh) | c.missing(at, "en", v.en)) {
      return null;
    }
    return build(c, at, () -> factory.of(v.id, v.zh, v.en));
  }

  static void writeNamed(JsonGenerator g, String id, String zh, String en) {
    g.writeStartObject();
    g.writeStringProperty("id", id);
    g.writeStringProperty("zh", zh);
    g.writeStringProperty("en", en);
    g.writeEndObject();
  }
}
