package org.civic.json.internal;

import static org.civic.json.internal.Codecs.build;
import static org.civic.json.internal.Codecs.category;
import static org.civic.json.internal.Codecs.parse;
import static org.civic.json.internal.Codecs.siteId;
import static org.civic.json.internal.Codecs.writeNamed;

import org.civic.problem.Location;
import org.civic.site.SiteId;
import org.civic.team.Leader;
import org.civic.team.LeaderRole;
import org.civic.team.OrganisationId;
import org.civic.team.Team;
import org.civic.team.TeamCategory;
import org.civic.team.TeamId;
import org.civic.team.TeamTier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes a team with its leader in the {@code civic/1} layout. Reads report every
 * problem to the {@link Cursor} and return null for a bad record; writes never fail on a valid
 * model.
 *
 * <p>Not for hosts. Stateless and thread-safe.
 */
public final class TeamCodec {

  private TeamCodec() {}

  private static @Nullable Leader leader(Cursor c) {
    Location at = c.here();
    var v = new Object() {
      String name;
      LeaderRole role;
    };
    if (!c.object(m -> {
      switch (m) {
        case "name" -> v.name = c.text();
        case "role" -> {
          Location rat = c.here();
          if (c.parser().currentToken() == tools.jackson.core.JsonToken.VALUE_STRING) {
            String id = c.string();
            v.role = LeaderRole.builtIn().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
            if (v.role == null) {
              c.error("json.unknown-role", rat, "\"" + id + "\" is not a built-in leader role",
                  "a built-in role id, or an object {id, zh, en}");
            }
          } else {
            v.role = Codecs.ownTerm(c, rat, LeaderRole::of);
          }
        }
        default -> c.unknown(m, "name, role");
      }
    }) || c.missing(at, "name", v.name) | c.missing(at, "role", v.role)) {
      return null;
    }
    return new Leader(v.name, v.role);
  }

  /** The tiers' names before tiers were data, still read: {@code "BRIGADE"}, {@code "BRANCH"}, {@code "SQUAD"}. */
  private static final java.util.Map<String, TeamTier> EARLIER_NAMES =
      java.util.Map.of("BRIGADE", TeamTier.BRIGADE, "BRANCH", TeamTier.BRANCH, "SQUAD", TeamTier.SQUAD);

  /** Reads a tier: a built-in id (or an earlier name) as a string, or a county's own as {id, zh, en}. */
  private static @Nullable TeamTier tier(Cursor c) {
    Location at = c.here();
    if (c.parser().currentToken() == tools.jackson.core.JsonToken.VALUE_STRING) {
      String id = c.string();
      TeamTier t = TeamTier.builtIn().stream().filter(x -> x.id().equals(id)).findFirst().orElse(EARLIER_NAMES.get(id));
      if (t == null) {
        c.error("json.unknown-tier", at, "\"" + id + "\" is not a built-in team tier",
            "a built-in tier id (brigade, detachment, battalion, branch, squad, service-point), or an object {id, zh, en}");
      }
      return t;
    }
    return Codecs.ownTerm(c, at, TeamTier::of);
  }

  /** Reads a team. */
  public static @Nullable Team read(Cursor c) {
    Location at = c.here();
    var f = new Object() {
      TeamId id;
      String name;
      TeamTier tier;
      SiteId site;
      TeamCategory category;
      TeamId parent;
      Leader leader;
      Integer members;
      java.util.List<OrganisationId> organisations = java.util.List.of();
    };
    if (!c.object(n -> {
      switch (n) {
        case "id" -> f.id = parse(c, c.string(), TeamId::of, "json.bad-id", "a team id");
        case "name" -> f.name = c.text();
        case "tier" -> f.tier = tier(c);
        case "site" -> f.site = siteId(c);
        case "category" -> f.category = category(c);
        case "parent" -> f.parent = parse(c, c.string(), TeamId::of, "json.bad-id", "a team id");
        case "leader" -> f.leader = leader(c);
        case "members" -> f.members = c.smallInt(0);
        case "organisations" -> {
          java.util.List<OrganisationId> ids = Codecs.ids(c, OrganisationId::of, ActivityCodec.ORGANISATION_ID);
          f.organisations = ids == null ? java.util.List.of() : ids;
        }
        case "type" -> c.string();
        default -> c.unknown(n, "id, name, tier, site, category, parent, leader, members, organisations");
      }
    })) {
      return null;
    }
    if (c.bad() | c.missing(at, "id", f.id) | c.missing(at, "name", f.name) | c.missing(at, "tier", f.tier)
        | c.missing(at, "site", f.site) | c.missing(at, "members", f.members)) {
      return null;
    }
    return build(c, at, () -> {
      Team.Builder b = Team.builder(f.id, f.name, f.tier, f.site).members(f.members);
      if (f.category != null) {
        b.category(f.category);
      }
      if (f.parent != null) {
        b.parent(f.parent);
      }
      if (f.leader != null) {
        b.leader(f.leader);
      }
      f.organisations.forEach(b::organisation);
      return b.build();
    });
  }

  /** Writes a team's fields. */
  public static void writeFields(JsonGenerator g, Team t) {
    g.writeStringProperty("id", t.id().value());
    g.writeStringProperty("name", t.name());
    if (TeamTier.builtIn().contains(t.tier())) {
      g.writeStringProperty("tier", t.tier().id());
    } else {
      g.writeName("tier");
      writeNamed(g, t.tier().id(), t.tier().chinese(), t.tier().english());
    }
    g.writeStringProperty("site", t.site().value());
    t.category().ifPresent(cat -> {
      g.writeName("category");
      writeNamed(g, cat.id(), cat.chinese(), cat.english());
    });
    t.parent().ifPresent(p -> g.writeStringProperty("parent", p.value()));
    t.leader().ifPresent(l -> {
      g.writeName("leader");
      g.writeStartObject();
      g.writeStringProperty("name", l.name());
      g.writeName("role");
      writeNamed(g, l.role().id(), l.role().chinese(), l.role().english());
      g.writeEndObject();
    });
    g.writeNumberProperty("members", t.members());
    if (!t.organisations().isEmpty()) {
      g.writeName("organisations");
      Codecs.writeStrings(g, t.organisations());
    }
  }
}
