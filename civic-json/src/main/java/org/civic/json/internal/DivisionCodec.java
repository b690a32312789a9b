package org.civic.json.internal;

import static org.civic.json.internal.Codecs.code;

import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes a division in the {@code civic/1} layout. Reads report every problem to the
 * {@link Cursor} and return null for a bad record; writes never fail on a valid model.
 *
 * <p>Not for hosts. Stateless and thread-safe.
 */
public final class DivisionCodec {

  private DivisionCodec() {}

  /** Reads a division. */
  public static @Nullable Division read(Cursor c) {
    Cursor.Mark at = c.mark();
    var f = new Object() {
      DivisionCode code;
      String name;
    };
    if (!c.object(n -> {
      switch (n) {
        case "code" -> f.code = code(c);
        case "name" -> f.name = c.text();
        case "type" -> c.string();
        default -> c.unknown(n, "code, name");
      }
    })) {
      return null;
    }
    if (c.bad() | c.missing(at, "code", f.code) | c.missing(at, "name", f.name)) {
      return null;
    }
    return new Division(f.code, f.name);
  }

  /** Writes a division's fields (without braces). */
  public static void writeFields(JsonGenerator g, Division d) {
    g.writeStringProperty("code", d.code().toString());
    g.writeStringProperty("name", d.name());
  }
}
