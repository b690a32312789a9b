package org.civic.json.internal;

import static org.civic.json.internal.Codecs.build;
import static org.civic.json.internal.Codecs.code;
import static org.civic.json.internal.Codecs.parse;

import org.civic.division.DivisionCode;
import org.civic.team.Organisation;
import org.civic.team.OrganisationId;
import org.civic.team.OrganisationKind;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes a participating organisation (参与组织) in the {@code civic/1} layout:
 * {@code {"id", "name", "kind", "division"}}, the kind one of {@code VOLUNTEER_ORGANISATION},
 * {@code SOCIAL_ORGANISATION}, {@code OTHER}. Reads report every problem to the {@link Cursor} and
 * return null for a bad record; writes never fail on a valid model.
 *
 * <p>Not for hosts. Stateless and thread-safe.
 */
public final class OrganisationCodec {

  private OrganisationCodec() {}

  /** Reads an organisation. */
  public static @Nullable Organisation read(Cursor c) {
    Cursor.Mark at = c.mark();
    var f = new Object() {
      OrganisationId id;
      String name;
      OrganisationKind kind;
      DivisionCode division;
    };
    if (!c.object(n -> {
      switch (n) {
        case "id" -> f.id = parse(c, c.string(), OrganisationId::of, "json.bad-id", ActivityCodec.ORGANISATION_ID);
        case "name" -> f.name = c.text();
        case "kind" -> f.kind = Codecs.enumValue(c, OrganisationKind.class);
        case "division" -> f.division = code(c);
        case "type" -> c.string();
        default -> c.unknown(n, "id, name, kind, division");
      }
    })) {
      return null;
    }
    if (c.bad() | c.missing(at, "id", f.id) | c.missing(at, "name", f.name) | c.missing(at, "kind", f.kind)
        | c.missing(at, "division", f.division)) {
      return null;
    }
    return build(c, at, () -> Organisation.of(f.id, f.name, f.kind, f.division));
  }

  /** Writes an organisation's fields. */
  public static void writeFields(JsonGenerator g, Organisation o) {
    g.writeStringProperty("id", o.id().value());
    g.writeStringProperty("name", o.name());
    g.writeStringProperty("kind", o.kind().name());
    g.writeStringProperty("division", o.division().toString());
  }

}
