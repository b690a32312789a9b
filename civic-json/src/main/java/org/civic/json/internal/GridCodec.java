package org.civic.json.internal;

import static org.civic.json.internal.Codecs.build;
import static org.civic.json.internal.Codecs.parse;
import static org.civic.json.internal.Codecs.siteId;

import java.util.Optional;
import org.civic.site.SiteId;
import org.civic.team.GridGroup;
import org.civic.team.GridId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes a volunteer grid group (志愿网格小组) in the {@code civic/1} layout. Reads report
 * every problem to the {@link Cursor} and return null for a bad record; writes never fail on a
 * valid model.
 *
 * <p>Not for hosts. Stateless and thread-safe.
 */
public final class GridCodec {

  private GridCodec() {}

  /** Reads a grid group. */
  public static @Nullable GridGroup read(Cursor c) {
    Cursor.Mark at = c.mark();
    var f = new Object() {
      GridId id;
      String name;
      SiteId site;
      String officer;
      Integer members;
    };
    if (!c.object(n -> {
      switch (n) {
        case "id" -> f.id = parse(c, c.string(), GridId::of, "json.bad-id", "a grid id (1–64 of A-Z a-z 0-9 - _ . : /)");
        case "name" -> f.name = c.text();
        case "site" -> f.site = siteId(c);
        case "officer" -> f.officer = c.text();
        case "members" -> f.members = c.smallInt(0);
        case "type" -> c.string();
        default -> c.unknown(n, "id, name, site, officer, members");
      }
    })) {
      return null;
    }
    if (c.bad() | c.missing(at, "id", f.id) | c.missing(at, "name", f.name) | c.missing(at, "site", f.site)
        | c.missing(at, "members", f.members)) {
      return null;
    }
    return build(c, at, () -> GridGroup.of(f.id, f.name, f.site, Optional.ofNullable(f.officer), f.members));
  }

  /** Writes a grid group's fields. */
  public static void writeFields(JsonGenerator g, GridGroup grid) {
    g.writeStringProperty("id", grid.id().value());
    g.writeStringProperty("name", grid.name());
    g.writeStringProperty("site", grid.site().value());
    grid.officer().ifPresent(o -> g.writeStringProperty("officer", o));
    g.writeNumberProperty("members", grid.members());
  }
}
