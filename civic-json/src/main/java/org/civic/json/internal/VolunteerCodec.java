package org.civic.json.internal;

import static org.civic.json.internal.Codecs.build;
import static org.civic.json.internal.Codecs.date;
import static org.civic.json.internal.Codecs.parse;
import static org.civic.json.internal.Codecs.siteId;
import static org.civic.json.internal.Codecs.writeStrings;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civic.site.SiteId;
import org.civic.team.TeamId;
import org.civic.volunteer.NationalVolunteerNumber;
import org.civic.volunteer.Volunteer;
import org.civic.volunteer.VolunteerId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes a registered volunteer in the {@code civic/1} layout, with the national
 * volunteer number ({@code nationalNumber}) when known; a file from before that field reads as
 * before. Reads report every
 * problem to the {@link Cursor} and return null for a bad record; writes never fail on a valid
 * model.
 *
 * <p>Not for hosts. Stateless and thread-safe.
 */
public final class VolunteerCodec {

  private VolunteerCodec() {}

  /** Reads a national volunteer number; the message never echoes an ID-card number whole. */
  private static @Nullable NationalVolunteerNumber nationalNumber(Cursor c) {
    String text = c.string();
    if (text == null) {
      return null;
    }
    try {
      return NationalVolunteerNumber.of(text);
    } catch (IllegalArgumentException e) {
      c.error("volunteer.bad-national-number", e.getMessage(),
          "a national volunteer number (志愿者统一编号): 1 to 32 of A-Z a-z 0-9 -, not an ID-card number");
      return null;
    }
  }

  /** Reads a volunteer. */
  public static @Nullable Volunteer read(Cursor c) {
    Cursor.Mark at = c.mark();
    var f = new Object() {
      VolunteerId id;
      String name;
      LocalDate registered;
      List<String> teams = List.of();
      SiteId home;
      NationalVolunteerNumber number;
    };
    if (!c.object(n -> {
      switch (n) {
        case "id" -> f.id = parse(c, c.string(), VolunteerId::of, "json.bad-id", "a volunteer id");
        case "name" -> f.name = c.text();
        case "registered" -> f.registered = date(c);
        case "teams" -> {
          List<String> t = c.strings();
          if (t != null) {
            f.teams = t;
          }
        }
        case "homeSite" -> f.home = siteId(c);
        case "nationalNumber" -> f.number = nationalNumber(c);
        case "type" -> c.string();
        default -> c.unknown(n, "id, name, registered, teams, homeSite, nationalNumber");
      }
    })) {
      return null;
    }
    if (c.bad() | c.missing(at, "id", f.id) | c.missing(at, "name", f.name)
        | c.missing(at, "registered", f.registered)) {
      return null;
    }
    return build(c, at, () -> {
      Set<TeamId> teams = new LinkedHashSet<>();
      f.teams.forEach(t -> teams.add(TeamId.of(t)));
      Volunteer v = Volunteer.of(f.id, f.name, f.registered, teams, Optional.ofNullable(f.home));
      return f.number == null ? v : v.withNationalNumber(f.number);
    });
  }

  /** Writes a volunteer's fields. */
  public static void writeFields(JsonGenerator g, Volunteer v) {
    g.writeStringProperty("id", v.id().value());
    g.writeStringProperty("name", v.name());
    g.writeStringProperty("registered", v.registered().toString());
    if (!v.teams().isEmpty()) {
      g.writeName("teams");
      writeStrings(g, v.teams());
    }
    v.homeSite().ifPresent(s -> g.writeStringProperty("homeSite", s.value()));
    v.nationalNumber().ifPresent(n -> g.writeStringProperty("nationalNumber", n.value()));
  }
}
