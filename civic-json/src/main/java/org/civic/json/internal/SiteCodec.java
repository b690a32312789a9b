package org.civic.json.internal;

import static org.civic.json.internal.Codecs.build;
import static org.civic.json.internal.Codecs.code;
import static org.civic.json.internal.Codecs.enumValue;
import static org.civic.json.internal.Codecs.siteId;
import static org.civic.json.internal.Codecs.writeStrings;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.civic.division.DivisionCode;
import org.civic.site.Display;
import org.civic.site.Projects;
import org.civic.site.RuleDocuments;
import org.civic.site.Signage;
import org.civic.site.Site;
import org.civic.site.SiteFacts;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.site.Staffing;
import org.civic.site.TeamFacts;
import org.civic.site.Venue;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes a site with its six-haves facts (and its staffing, 编制) in the {@code civic/1}
 * layout. Reads report every problem to the {@link Cursor} and return null for a bad record;
 * writes never fail on a valid model.
 *
 * <p>Not for hosts. Stateless and thread-safe.
 */
public final class SiteCodec {

  private SiteCodec() {}

  /** Reads a site with its facts. */
  public static @Nullable Site read(Cursor c) {
    Cursor.Mark at = c.mark();
    var f = new Object() {
      SiteId id;
      String name;
      SiteLevel level;
      DivisionCode division;
      SiteId parent;
      SiteFacts facts = SiteFacts.unknown();
    };
    if (!c.object(n -> {
      switch (n) {
        case "id" -> f.id = siteId(c);
        case "name" -> f.name = c.text();
        case "level" -> f.level = enumValue(c, SiteLevel.class);
        case "division" -> f.division = code(c);
        case "parent" -> f.parent = siteId(c);
        case "facts" -> {
          SiteFacts facts = readFacts(c);
          if (facts != null) {
            f.facts = facts;
          }
        }
        case "type" -> c.string();
        default -> c.unknown(n, "id, name, level, division, parent, facts");
      }
    })) {
      return null;
    }
    if (c.bad() | c.missing(at, "id", f.id) | c.missing(at, "name", f.name) | c.missing(at, "level", f.level)
        | c.missing(at, "division", f.division)) {
      return null;
    }
    return build(c, at, () -> Site.of(f.id, f.name, f.level, f.division, Optional.ofNullable(f.parent))
        .withFacts(f.facts));
  }

  /** Writes a site's fields (without braces). */
  public static void writeFields(JsonGenerator g, Site s) {
    g.writeStringProperty("id", s.id().value());
    g.writeStringProperty("name", s.name());
    g.writeStringProperty("level", s.level().name());
    g.writeStringProperty("division", s.division().toString());
    if (s.parent().isPresent()) {
      g.writeStringProperty("parent", s.parent().get().value());
    }
    if (!s.facts().isUnknown()) {
      g.writeName("facts");
      writeFacts(g, s.facts());
    }
  }

  private static @Nullable SiteFacts readFacts(Cursor c) {
    var f = new Object() {
      SiteFacts facts = SiteFacts.unknown();
    };
    if (!c.object(n -> {
      switch (n) {
        case "venue" -> {
          Cursor.Mark at = c.mark();
          var v = new Object() {
            BigDecimal area;
            Integer rooms;
          };
          if (c.object(m -> {
            switch (m) {
              case "area" -> v.area = c.decimal();
              case "functionRooms" -> v.rooms = c.smallInt(0);
              default -> c.unknown(m, "area, functionRooms");
            }
          }) && !(c.missing(at, "area", v.area) | c.missing(at, "functionRooms", v.rooms))) {
            f.facts = f.facts.withVenue(new Venue(v.area, v.rooms));
          }
        }
        case "signage" -> {
          Cursor.Mark at = c.mark();
          var v = new Object() {
            Boolean sign;
            Boolean logo;
          };
          if (c.object(m -> {
            switch (m) {
              case "signboard" -> v.sign = c.bool();
              case "unifiedLogo" -> v.logo = c.bool();
              default -> c.unknown(m, "signboard, unifiedLogo");
            }
          }) && !(c.missing(at, "signboard", v.sign) | c.missing(at, "unifiedLogo", v.logo))) {
            f.facts = f.facts.withSignage(new Signage(v.sign, v.logo));
          }
        }
        case "team" -> {
          Cursor.Mark at = c.mark();
          var v = new Object() {
            String role;
            Integer members;
          };
          if (c.object(m -> {
            switch (m) {
              case "leaderRole" -> v.role = c.text();
              case "members" -> v.members = c.smallInt(0);
              default -> c.unknown(m, "leaderRole, members");
            }
          }) && !c.missing(at, "members", v.members)) {
            f.facts = f.facts.withTeam(new TeamFacts(Optional.ofNullable(v.role), v.members));
          }
        }
        case "projects" -> {
          Cursor.Mark at = c.mark();
          var v = new Object() {
            Integer running;
            Integer menu;
          };
          if (c.object(m -> {
            switch (m) {
              case "running" -> v.running = c.smallInt(0);
              case "menuItems" -> v.menu = c.smallInt(0);
              default -> c.unknown(m, "running, menuItems");
            }
          }) && !(c.missing(at, "running", v.running) | c.missing(at, "menuItems", v.menu))) {
            f.facts = f.facts.withProjects(new Projects(v.running, v.menu));
          }
        }
        case "rules" -> {
          Cursor.Mark at = c.mark();
          List<String> names = c.strings();
          // a name the documents refuse (《》 alone: nothing left once its marks are taken off) is
          // a located problem, not an exception out of the read
          RuleDocuments rules = names == null ? null
              : Codecs.build(c, at, () -> new RuleDocuments(new LinkedHashSet<>(names)));
          if (rules != null) {
            f.facts = f.facts.withRules(rules);
          }
        }
        case "display" -> {
          Cursor.Mark at = c.mark();
          var v = new Object() {
            Integer boards;
            Boolean posting;
          };
          if (c.object(m -> {
            switch (m) {
              case "boards" -> v.boards = c.smallInt(0);
              case "publicPosting" -> v.posting = c.bool();
              default -> c.unknown(m, "boards, publicPosting");
            }
          }) && !(c.missing(at, "boards", v.boards) | c.missing(at, "publicPosting", v.posting))) {
            f.facts = f.facts.withDisplay(new Display(v.boards, v.posting));
          }
        }
        case "staffing" -> {
          Cursor.Mark at = c.mark();
          var v = new Object() {
            Integer approved;
            Integer directors = 0;
            Integer deputies = 0;
          };
          if (c.object(m -> {
            switch (m) {
              case "approved" -> v.approved = c.smallInt(0);
              case "directors" -> v.directors = c.smallInt(0);
              case "deputyDirectors" -> v.deputies = c.smallInt(0);
              default -> c.unknown(m, "approved, directors, deputyDirectors");
            }
          }) && !c.missing(at, "approved", v.approved) && v.directors != null && v.deputies != null) {
            Staffing staffing = build(c, at, () -> new Staffing(v.approved, v.directors, v.deputies));
            if (staffing != null) {
              f.facts = f.facts.withStaffing(staffing);
            }
          }
        }
        default -> c.unknown(n, "venue, signage, team, projects, rules, display, staffing");
      }
    })) {
      return null;
    }
    return f.facts;
  }

  private static void writeFacts(JsonGenerator g, SiteFacts facts) {
    g.writeStartObject();
    facts.venue().ifPresent(v -> {
      g.writeName("venue");
      g.writeStartObject();
      g.writeName("area");
      g.writeNumber(v.area());
      g.writeNumberProperty("functionRooms", v.functionRooms());
      g.writeEndObject();
    });
    facts.signage().ifPresent(s -> {
      g.writeName("signage");
      g.writeStartObject();
      g.writeBooleanProperty("signboard", s.signboard());
      g.writeBooleanProperty("unifiedLogo", s.unifiedLogo());
      g.writeEndObject();
    });
    facts.team().ifPresent(t -> {
      g.writeName("team");
      g.writeStartObject();
      if (t.leaderRole().isPresent()) {
        g.writeStringProperty("leaderRole", t.leaderRole().get());
      }
      g.writeNumberProperty("members", t.members());
      g.writeEndObject();
    });
    facts.projects().ifPresent(p -> {
      g.writeName("projects");
      g.writeStartObject();
      g.writeNumberProperty("running", p.running());
      g.writeNumberProperty("menuItems", p.menuItems());
      g.writeEndObject();
    });
    facts.rules().ifPresent(r -> {
      g.writeName("rules");
      writeStrings(g, r.documents());
    });
    facts.display().ifPresent(d -> {
      g.writeName("display");
      g.writeStartObject();
      g.writeNumberProperty("boards", d.boards());
      g.writeBooleanProperty("publicPosting", d.publicPosting());
      g.writeEndObject();
    });
    facts.staffing().ifPresent(s -> {
      g.writeName("staffing");
      g.writeStartObject();
      g.writeNumberProperty("approved", s.approved());
      if (s.directors() > 0) {
        g.writeNumberProperty("directors", s.directors());
      }
      if (s.deputyDirectors() > 0) {
        g.writeNumberProperty("deputyDirectors", s.deputyDirectors());
      }
      g.writeEndObject();
    });
    g.writeEndObject();
  }
}
