package org.civic.json.internal;

import static org.civic.json.internal.Codecs.build;
import static org.civic.json.internal.Codecs.category;
import static org.civic.json.internal.Codecs.date;
import static org.civic.json.internal.Codecs.siteId;
import static org.civic.json.internal.Codecs.writeNamed;
import static org.civic.json.internal.Codecs.writeStrings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civic.activity.Activity;
import org.civic.internal.ServiceDay;
import org.civic.site.SiteId;
import org.civic.team.OrganisationId;
import org.civic.team.TeamCategory;
import org.civic.team.TeamId;
import org.civic.volunteer.VolunteerId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes an activity, field by field as {@link ActivityField} lists them in the {@code
 * civic/1} layout. Reads report every problem to the {@link Cursor} and return null for a bad
 * record; writes never fail on a valid model.
 *
 * <p>Not for hosts. Stateless and thread-safe.
 */
public final class ActivityCodec {

  /** A clock far enough ahead that no recorded activity is "in the future" while reading. */
  private static final java.time.Clock READ_CLOCK =
      java.time.Clock.fixed(Instant.parse("9999-12-31T00:00:00Z"), java.time.ZoneOffset.UTC);

  /** What an organisation id must be, as a problem's "expected" says it. */
  static final String ORGANISATION_ID = "an organisation id (1–64 of A-Z a-z 0-9 - _ . : /)";

  private ActivityCodec() {}

  /** Reads an activity. */
  public static @Nullable Activity read(Cursor c) {
    Cursor.Mark at = c.mark();
    var f = new Object() {
      String id;
      LocalDate date;
      SiteId site;
      List<String> teams = List.of();
      TeamCategory category;
      String theme;
      String monthTheme;
      List<String> volunteers = List.of();
      List<OrganisationId> organisations = List.of();
      Long beneficiaries = 0L;
      Long minutes = 0L;
      Long materials = 0L;
      Long consultations = 0L;
      Long sessions = 0L;
    };
    if (!c.object(n -> {
      ActivityField field = ActivityField.named(n);
      if (field == null) {
        c.unknown(n, ActivityField.recordFields());
        return;
      }
      switch (field) {
        case TYPE -> c.string();
        case ID -> f.id = c.text();
        case DATE -> f.date = date(c);
        case SITE -> f.site = siteId(c);
        case TEAMS -> f.teams = orEmpty(c.strings());
        case CATEGORY -> f.category = category(c);
        case THEME -> f.theme = c.text();
        case MONTH_THEME -> f.monthTheme = c.text();
        case VOLUNTEERS -> f.volunteers = orEmpty(c.strings());
        case ORGANISATIONS -> {
          List<OrganisationId> ids = Codecs.ids(c, OrganisationId::of, ORGANISATION_ID);
          f.organisations = ids == null ? List.of() : ids;
        }
        case BENEFICIARIES -> f.beneficiaries = c.integer(0);
        case SERVICE_MINUTES -> f.minutes = c.integer(0, ServiceDay.MAX_DURATION_MINUTES); // as a Duration holds
        case MATERIALS -> f.materials = c.integer(0);
        case CONSULTATIONS -> f.consultations = c.integer(0);
        case SESSIONS -> f.sessions = c.integer(0);
      }
    })) {
      return null;
    }
    if (c.bad() | c.missing(at, ActivityField.ID.json(), f.id) | c.missing(at, ActivityField.DATE.json(), f.date)
        | c.missing(at, ActivityField.SITE.json(), f.site)) {
      return null;
    }
    return build(c, at, () -> {
      Activity.Builder b = Activity.builder(f.id, f.date, f.site)
          .beneficiaries(f.beneficiaries).serviceTime(Duration.ofMinutes(f.minutes))
          .materials(f.materials).consultations(f.consultations).sessions(f.sessions);
      f.teams.forEach(t -> b.team(TeamId.of(t)));
      List<VolunteerId> vs = new ArrayList<>(f.volunteers.size());
      f.volunteers.forEach(v -> vs.add(VolunteerId.of(v)));
      b.volunteers(vs);
      b.organisations(f.organisations);
      if (f.category != null) {
        b.category(f.category);
      }
      if (f.theme != null) {
        b.theme(f.theme);
      }
      if (f.monthTheme != null) {
        b.monthTheme(f.monthTheme);
      }
      return b.build(READ_CLOCK);
    });
  }

  private static List<String> orEmpty(@Nullable List<String> list) {
    return list == null ? List.of() : list;
  }

  /** Writes an activity's fields (without its type), in {@link ActivityField}'s order. */
  public static void writeFields(JsonGenerator g, Activity a) {
    g.writeStringProperty(ActivityField.ID.json(), a.id());
    g.writeStringProperty(ActivityField.DATE.json(), a.date().toString());
    g.writeStringProperty(ActivityField.SITE.json(), a.site().value());
    if (!a.teams().isEmpty()) {
      g.writeName(ActivityField.TEAMS.json());
      writeStrings(g, a.teams());
    }
    a.category().ifPresent(cat -> {
      g.writeName(ActivityField.CATEGORY.json());
      writeNamed(g, cat.id(), cat.chinese(), cat.english());
    });
    a.theme().ifPresent(t -> g.writeStringProperty(ActivityField.THEME.json(), t));
    a.monthTheme().ifPresent(t -> g.writeStringProperty(ActivityField.MONTH_THEME.json(), t));
    g.writeName(ActivityField.VOLUNTEERS.json());
    writeStrings(g, a.volunteers());
    if (!a.organisations().isEmpty()) {
      g.writeName(ActivityField.ORGANISATIONS.json());
      writeStrings(g, a.organisations());
    }
    g.writeNumberProperty(ActivityField.BENEFICIARIES.json(), a.beneficiaries());
    g.writeNumberProperty(ActivityField.SERVICE_MINUTES.json(), a.serviceTime().toMinutes());
    if (a.materials() != 0) {
      g.writeNumberProperty(ActivityField.MATERIALS.json(), a.materials());
    }
    if (a.consultations() != 0) {
      g.writeNumberProperty(ActivityField.CONSULTATIONS.json(), a.consultations());
    }
    if (a.sessions() != 0) {
      g.writeNumberProperty(ActivityField.SESSIONS.json(), a.sessions());
    }
  }
}
