package org.civic.json.internal;

import static org.civic.json.internal.Codecs.build;
import static org.civic.json.internal.Codecs.category;
import static org.civic.json.internal.Codecs.parse;
import static org.civic.json.internal.Codecs.siteId;
import static org.civic.json.internal.Codecs.writeNamed;
import static org.civic.json.internal.Codecs.writeStrings;

import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.team.Leader;
import org.civic.team.LeaderRole;
import org.civic.team.OrganisationId;
import org.civic.team.Team;
import org.civic.team.TeamCategory;
import org.civic.team.TeamFormula;
import org.civic.team.TeamId;
import org.civic.team.TeamLadder;
import org.civic.team.TeamPlacement;
import org.civic.team.TeamRule;
import org.civic.team.TeamRules;
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
    Cursor.Mark at = c.mark();
    var v = new Object() {
      String name;
      LeaderRole role;
    };
    if (!c.object(m -> {
      switch (m) {
        case "name" -> v.name = c.text();
        case "role" -> v.role = role(c);
        default -> c.unknown(m, "name, role");
      }
    }) || c.missing(at, "name", v.name) | c.missing(at, "role", v.role)) {
      return null;
    }
    return new Leader(v.name, v.role);
  }

  /** Reads a leader role: a built-in id as a string, or a county's own as {id, zh, en}. */
  private static @Nullable LeaderRole role(Cursor c) {
    Cursor.Mark at = c.mark();
    if (c.parser().currentToken() == tools.jackson.core.JsonToken.VALUE_STRING) {
      String id = c.string();
      LeaderRole role = LeaderRole.builtIn().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
      if (role == null) {
        c.error("json.unknown-role", at, "\"" + id + "\" is not a built-in leader role",
            "a built-in role id, or an object {id, zh, en}");
      }
      return role;
    }
    return Codecs.ownTerm(c, at, LeaderRole::of);
  }

  /** Writes a tier: a built-in's id, a county's own as {id, zh, en}. */
  private static void writeTier(JsonGenerator g, TeamTier tier) {
    if (TeamTier.builtIn().contains(tier)) {
      g.writeString(tier.id());
    } else {
      writeNamed(g, tier.id(), tier.chinese(), tier.english());
    }
  }

  /** The tiers' names before tiers were data, still read: {@code "BRIGADE"}, {@code "BRANCH"}, {@code "SQUAD"}. */
  private static final java.util.Map<String, TeamTier> EARLIER_NAMES =
      java.util.Map.of("BRIGADE", TeamTier.BRIGADE, "BRANCH", TeamTier.BRANCH, "SQUAD", TeamTier.SQUAD);

  /** Reads a tier: a built-in id (or an earlier name) as a string, or a county's own as {id, zh, en}. */
  private static @Nullable TeamTier tier(Cursor c) {
    Cursor.Mark at = c.mark();
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
    Cursor.Mark at = c.mark();
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
    g.writeName("tier");
    writeTier(g, t.tier());
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

  /**
   * Reads a county's team rules ({@code "teamRules"}): the formula is required; every other field
   * replaces the default {@link TeamRules#of(TeamFormula)} gives — the ladder {@code {tiers,
   * branchTier}}, the placements, the brigade's and branches' rules {@code {minMembers, leaderRole}},
   * the squads' rules by site level, the levels where every site needs a team and those where every
   * site needs a grid group.
   */
  public static @Nullable TeamRules readRules(Cursor c) {
    Cursor.Mark at = c.mark();
    var f = new Object() {
      TeamFormula formula;
      TeamLadder ladder;
      java.util.Set<TeamPlacement> placements;
      TeamRule brigade;
      TeamRule branch;
      java.util.Map<SiteLevel, TeamRule> squads = new java.util.EnumMap<>(SiteLevel.class);
      java.util.Set<SiteLevel> teamRequiredAt;
      java.util.Set<SiteLevel> gridsRequiredAt;
    };
    if (!c.object(n -> {
      switch (n) {
        case "formula" -> f.formula = parse(c, c.string(), TeamFormula::parse, "json.bad-formula",
            "a formula such as \"1+12+N\"");
        case "ladder" -> f.ladder = ladder(c);
        case "placements" -> f.placements = enums(c, TeamPlacement.class);
        case "brigade" -> f.brigade = rule(c);
        case "branch" -> f.branch = rule(c);
        case "squads" -> c.object(level -> {
          SiteLevel l = java.util.Arrays.stream(SiteLevel.values()).filter(v -> v.name().equals(level)).findFirst()
              .orElse(null);
          if (l == null) {
            c.error("json.bad-enum", "\"" + level + "\" is not a SiteLevel",
                "one of " + java.util.Arrays.toString(SiteLevel.values()));
            c.parser().skipChildren();
            return;
          }
          TeamRule r = rule(c);
          if (r != null) {
            f.squads.put(l, r);
          }
        });
        case "teamRequiredAt" -> f.teamRequiredAt = enums(c, SiteLevel.class);
        case "gridsRequiredAt" -> f.gridsRequiredAt = enums(c, SiteLevel.class);
        case "type" -> c.string();
        default -> c.unknown(n, "formula, ladder, placements, brigade, branch, squads, teamRequiredAt, gridsRequiredAt");
      }
    })) {
      return null;
    }
    if (c.bad() | c.missing(at, "formula", f.formula)) {
      return null;
    }
    return build(c, at, () -> {
      TeamRules r = TeamRules.of(f.formula);
      if (f.ladder != null) {
        r = r.withLadder(f.ladder);
      }
      if (f.placements != null) {
        r = r.withPlacements(f.placements);
      }
      if (f.brigade != null) {
        r = r.withBrigade(f.brigade);
      }
      if (f.branch != null) {
        r = r.withBranch(f.branch);
      }
      for (java.util.Map.Entry<SiteLevel, TeamRule> e : f.squads.entrySet()) {
        r = r.withSquadRule(e.getKey(), e.getValue());
      }
      if (f.teamRequiredAt != null) {
        r = r.withTeamRequiredAt(f.teamRequiredAt);
      }
      if (f.gridsRequiredAt != null) {
        r = r.withGridsRequiredAt(f.gridsRequiredAt);
      }
      return r;
    });
  }

  private static @Nullable TeamLadder ladder(Cursor c) {
    Cursor.Mark at = c.mark();
    var v = new Object() {
      java.util.List<TeamTier> tiers;
      TeamTier branchTier;
    };
    if (!c.object(n -> {
      switch (n) {
        case "tiers" -> {
          java.util.List<TeamTier> tiers = new java.util.ArrayList<>();
          boolean[] ok = {true};
          c.array(i -> {
            TeamTier t = tier(c);
            ok[0] &= t != null;
            if (t != null) {
              tiers.add(t);
            }
          });
          v.tiers = ok[0] ? tiers : null;
        }
        case "branchTier" -> v.branchTier = tier(c);
        default -> c.unknown(n, "tiers, branchTier");
      }
    }) || c.missing(at, "tiers", v.tiers)) {
      return null;
    }
    return build(c, at, () -> v.branchTier == null ? TeamLadder.withoutBranches(v.tiers)
        : TeamLadder.of(v.tiers, v.branchTier));
  }

  private static @Nullable TeamRule rule(Cursor c) {
    Cursor.Mark at = c.mark();
    var v = new Object() {
      Integer minMembers;
      LeaderRole role;
    };
    if (!c.object(n -> {
      switch (n) {
        case "minMembers" -> v.minMembers = c.smallInt(0);
        case "leaderRole" -> v.role = role(c);
        default -> c.unknown(n, "minMembers, leaderRole");
      }
    }) || c.missing(at, "minMembers", v.minMembers)) {
      return null;
    }
    return new TeamRule(v.minMembers, java.util.Optional.ofNullable(v.role));
  }

  private static <E extends Enum<E>> java.util.@Nullable Set<E> enums(Cursor c, Class<E> type) {
    java.util.Set<E> out = java.util.EnumSet.noneOf(type);
    boolean[] ok = {true};
    if (!c.array(i -> {
      E e = Codecs.enumValue(c, type);
      ok[0] &= e != null;
      if (e != null) {
        out.add(e);
      }
    })) {
      return null;
    }
    return ok[0] ? out : null;
  }

  /** Writes a county's team rules, every field explicit. */
  public static void writeRules(JsonGenerator g, TeamRules r) {
    g.writeStringProperty("formula", r.formula().toString());
    g.writeName("ladder");
    g.writeStartObject();
    g.writeName("tiers");
    g.writeStartArray();
    r.ladder().tiers().forEach(t -> writeTier(g, t));
    g.writeEndArray();
    r.ladder().branchTier().ifPresent(t -> {
      g.writeName("branchTier");
      writeTier(g, t);
    });
    g.writeEndObject();
    g.writeName("placements");
    writeStrings(g, r.placements().stream().map(Enum::name).toList());
    g.writeName("brigade");
    writeRule(g, r.brigade());
    g.writeName("branch");
    writeRule(g, r.branch());
    g.writeName("squads");
    g.writeStartObject();
    for (SiteLevel l : SiteLevel.values()) {
      r.squadAt(l).ifPresent(rule -> {
        g.writeName(l.name());
        writeRule(g, rule);
      });
    }
    g.writeEndObject();
    g.writeName("teamRequiredAt");
    writeStrings(g, r.teamRequiredAt().stream().map(Enum::name).toList());
    g.writeName("gridsRequiredAt");
    writeStrings(g, r.gridsRequiredAt().stream().map(Enum::name).toList());
  }

  private static void writeRule(JsonGenerator g, TeamRule rule) {
    g.writeStartObject();
    g.writeNumberProperty("minMembers", rule.minMembers());
    rule.leaderRole().ifPresent(role -> {
      g.writeName("leaderRole");
      if (LeaderRole.builtIn().contains(role)) {
        g.writeString(role.id());
      } else {
        writeNamed(g, role.id(), role.chinese(), role.english());
      }
    });
    g.writeEndObject();
  }
}
