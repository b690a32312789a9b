package org.civic.json.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.civic.activity.Activity;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.division.InvalidDivisionCodeException;
import org.civic.internal.IsoDates;
import org.civic.internal.ServiceDay;
import org.civic.order.IllegalTransitionException;
import org.civic.order.MenuItem;
import org.civic.order.OrderState;
import org.civic.order.ServiceOrder;
import org.civic.order.Transition;
import org.civic.problem.Location;
import org.civic.site.Display;
import org.civic.site.Projects;
import org.civic.site.RuleDocuments;
import org.civic.site.Signage;
import org.civic.site.Site;
import org.civic.site.SiteFacts;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.site.TeamFacts;
import org.civic.site.Venue;
import org.civic.standard.LevelThresholds;
import org.civic.standard.SixHaves;
import org.civic.standard.SixHavesProfile;
import org.civic.team.Leader;
import org.civic.team.LeaderRole;
import org.civic.team.Team;
import org.civic.team.TeamCategory;
import org.civic.team.TeamId;
import org.civic.team.TeamTier;
import org.civic.volunteer.Volunteer;
import org.civic.volunteer.VolunteerId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes civic's records in the {@code civic/1} JSON layout, one small method pair per
 * type. Reads report every problem to the {@link Cursor} and return null for a bad record; writes
 * never fail on a valid model. The Jackson module, the dataset reader and the JSON Lines reader
 * all use these, so the layout lives in one place.
 *
 * <p>Not for hosts. Stateless and thread-safe.
 */
public final class Codecs {

  /** A clock far enough ahead that no recorded activity is "in the future" while reading. */
  private static final java.time.Clock READ_CLOCK =
      java.time.Clock.fixed(Instant.parse("9999-12-31T00:00:00Z"), java.time.ZoneOffset.UTC);

  private Codecs() {}

  // ------------------------------------------------------------------ helpers

  private static <T> @Nullable T parse(Cursor c, @Nullable String text, Function<String, T> parser, String id,
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

  private static @Nullable SiteId siteId(Cursor c) {
    return parse(c, c.string(), SiteId::of, "json.bad-id", "a site id (1–64 of A-Z a-z 0-9 - _ . : /)");
  }

  private static @Nullable DivisionCode code(Cursor c) {
    return parse(c, c.string(), DivisionCode::parse, "division.invalid-code", "a 12-digit division code");
  }

  private static @Nullable LocalDate date(Cursor c) {
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

  private static <E extends Enum<E>> @Nullable E enumValue(Cursor c, Class<E> type) {
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
  private static <T> @Nullable T build(Cursor c, Location at, java.util.function.Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      c.error("json.invalid-record", at, e.getMessage() == null ? e.toString() : e.getMessage(),
          "a record civic accepts");
      return null;
    }
  }

  // ------------------------------------------------------------------ division

  /** Reads a division. */
  public static @Nullable Division readDivision(Cursor c) {
    Location at = c.here();
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
  public static void writeDivisionFields(JsonGenerator g, Division d) {
    g.writeStringProperty("code", d.code().toString());
    g.writeStringProperty("name", d.name());
  }

  // ------------------------------------------------------------------ site

  /** Reads a site with its facts. */
  public static @Nullable Site readSite(Cursor c) {
    Location at = c.here();
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
  public static void writeSiteFields(JsonGenerator g, Site s) {
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
          Location at = c.here();
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
          Location at = c.here();
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
          Location at = c.here();
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
          Location at = c.here();
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
          List<String> names = c.strings();
          if (names != null) {
            f.facts = f.facts.withRules(new RuleDocuments(new LinkedHashSet<>(names)));
          }
        }
        case "display" -> {
          Location at = c.here();
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
        default -> c.unknown(n, "venue, signage, team, projects, rules, display");
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
    g.writeEndObject();
  }

  private static void writeStrings(JsonGenerator g, Iterable<?> values) {
    g.writeStartArray();
    for (Object v : values) {
      g.writeString(v.toString());
    }
    g.writeEndArray();
  }

  // ------------------------------------------------------------------ team

  private static @Nullable TeamCategory category(Cursor c) {
    Location at = c.here();
    if (c.parser().currentToken() == tools.jackson.core.JsonToken.VALUE_STRING) {
      String id = c.string();
      Optional<TeamCategory> builtIn = TeamCategory.builtIn().stream().filter(x -> x.id().equals(id)).findFirst();
      if (builtIn.isEmpty()) {
        c.error("json.unknown-category", at, "\"" + id + "\" is not a built-in category",
            "a built-in category id, or an object {id, zh, en}");
      }
      return builtIn.orElse(null);
    }
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
    return build(c, at, () -> TeamCategory.of(v.id, v.zh, v.en));
  }

  private static void writeNamed(JsonGenerator g, String id, String zh, String en) {
    g.writeStartObject();
    g.writeStringProperty("id", id);
    g.writeStringProperty("zh", zh);
    g.writeStringProperty("en", en);
    g.writeEndObject();
  }

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
            var r = new Object() {
              String id;
              String zh;
              String en;
            };
            if (c.object(k -> {
              switch (k) {
                case "id" -> r.id = c.text();
                case "zh" -> r.zh = c.text();
                case "en" -> r.en = c.text();
                default -> c.unknown(k, "id, zh, en");
              }
            }) && !(c.missing(rat, "id", r.id) | c.missing(rat, "zh", r.zh) | c.missing(rat, "en", r.en))) {
              v.role = build(c, rat, () -> LeaderRole.of(r.id, r.zh, r.en));
            }
          }
        }
        default -> c.unknown(m, "name, role");
      }
    }) || c.missing(at, "name", v.name) | c.missing(at, "role", v.role)) {
      return null;
    }
    return new Leader(v.name, v.role);
  }

  /** Reads a team. */
  public static @Nullable Team readTeam(Cursor c) {
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
    };
    if (!c.object(n -> {
      switch (n) {
        case "id" -> f.id = parse(c, c.string(), TeamId::of, "json.bad-id", "a team id");
        case "name" -> f.name = c.text();
        case "tier" -> f.tier = enumValue(c, TeamTier.class);
        case "site" -> f.site = siteId(c);
        case "category" -> f.category = category(c);
        case "parent" -> f.parent = parse(c, c.string(), TeamId::of, "json.bad-id", "a team id");
        case "leader" -> f.leader = leader(c);
        case "members" -> f.members = c.smallInt(0);
        case "type" -> c.string();
        default -> c.unknown(n, "id, name, tier, site, category, parent, leader, members");
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
      return b.build();
    });
  }

  /** Writes a team's fields. */
  public static void writeTeamFields(JsonGenerator g, Team t) {
    g.writeStringProperty("id", t.id().value());
    g.writeStringProperty("name", t.name());
    g.writeStringProperty("tier", t.tier().name());
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
  }

  // ------------------------------------------------------------------ volunteer

  /** Reads a volunteer. */
  public static @Nullable Volunteer readVolunteer(Cursor c) {
    Location at = c.here();
    var f = new Object() {
      VolunteerId id;
      String name;
      LocalDate registered;
      List<String> teams = List.of();
      SiteId home;
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
        case "type" -> c.string();
        default -> c.unknown(n, "id, name, registered, teams, homeSite");
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
      return Volunteer.of(f.id, f.name, f.registered, teams, Optional.ofNullable(f.home));
    });
  }

  /** Writes a volunteer's fields. */
  public static void writeVolunteerFields(JsonGenerator g, Volunteer v) {
    g.writeStringProperty("id", v.id().value());
    g.writeStringProperty("name", v.name());
    g.writeStringProperty("registered", v.registered().toString());
    if (!v.teams().isEmpty()) {
      g.writeName("teams");
      writeStrings(g, v.teams());
    }
    v.homeSite().ifPresent(s -> g.writeStringProperty("homeSite", s.value()));
  }

  // ------------------------------------------------------------------ activity

  /** Reads an activity. */
  public static @Nullable Activity readActivity(Cursor c) {
    Location at = c.here();
    var f = new Object() {
      String id;
      LocalDate date;
      SiteId site;
      List<String> teams = List.of();
      TeamCategory category;
      String theme;
      String monthTheme;
      List<String> volunteers = List.of();
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
  public static void writeActivityFields(JsonGenerator g, Activity a) {
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

  // ------------------------------------------------------------------ order

  /** Reads a service order, replaying its history through the state machine. */
  public static @Nullable ServiceOrder readOrder(Cursor c) {
    Location at = c.here();
    var f = new Object() {
      String id;
      SiteId site;
      MenuItem item;
      Integer rating;
      List<Transition> history = new ArrayList<>();
      List<Location> where = new ArrayList<>();
    };
    if (!c.object(n -> {
      switch (n) {
        case "id" -> f.id = c.text();
        case "site" -> f.site = siteId(c);
        case "item" -> {
          Location iat = c.here();
          var v = new Object() {
            String id;
            String name;
            String theme;
          };
          if (c.object(m -> {
            switch (m) {
              case "id" -> v.id = c.text();
              case "name" -> v.name = c.text();
              case "theme" -> v.theme = c.text();
              default -> c.unknown(m, "id, name, theme");
            }
          }) && !(c.missing(iat, "id", v.id) | c.missing(iat, "name", v.name) | c.missing(iat, "theme", v.theme))) {
            f.item = build(c, iat, () -> new MenuItem(v.id, v.name, v.theme));
          }
        }
        case "rating" -> f.rating = c.smallInt(1);
        case "history" -> c.array(i -> {
          Location tat = c.here();
          var t = new Object() {
            OrderState state;
            Instant at;
            String note;
          };
          if (c.object(m -> {
            switch (m) {
              case "state" -> t.state = enumValue(c, OrderState.class);
              case "at" -> t.at = parse(c, c.string(), Instant::parse, "json.bad-time", "an instant such as 2024-05-01T08:00:00Z");
              case "note" -> t.note = c.text();
              default -> c.unknown(m, "state, at, note");
            }
          }) && !(c.missing(tat, "state", t.state) | c.missing(tat, "at", t.at))) {
            f.history.add(new Transition(t.state, t.at, Optional.ofNullable(t.note)));
            f.where.add(tat);
          }
        });
        case "type" -> c.string();
        default -> c.unknown(n, "id, site, item, rating, history");
      }
    })) {
      return null;
    }
    if (c.bad() | c.missing(at, "id", f.id) | c.missing(at, "site", f.site) | c.missing(at, "item", f.item)) {
      return null;
    }
    if (f.history.isEmpty() || f.history.get(0).state() != OrderState.PLACED) {
      c.error("order.bad-history", at, "the history does not start with PLACED", "a history starting with PLACED");
      return null;
    }
    ServiceOrder o = build(c, at, () -> ServiceOrder.place(f.id, f.site, f.item, f.history.get(0).at()));
    for (int i = 1; o != null && i < f.history.size(); i++) {
      Transition t = f.history.get(i);
      ServiceOrder before = o;
      try {
        String note = t.note().orElse(null);
        o = switch (t.state()) {
          case MATCHED -> before.match(TeamId.of(require(note, "the matched team's id")), t.at());
          case REJECTED -> before.reject(require(note, "a reason"), t.at());
          case CANCELLED -> before.cancel(require(note, "a reason"), t.at());
          case DELIVERED -> before.deliver(require(note, "the delivering activity's id"), t.at());
          case RATED -> before.rate(f.rating == null ? 0 : f.rating, t.note(), t.at());
          case PLACED -> throw new IllegalTransitionException2(before.state());
        };
      } catch (IllegalTransitionException e) {
        c.error("order.illegal-transition", f.where.get(i), e.getMessage(), "a state reachable from " + e.from());
        return null;
      } catch (IllegalTransitionException2 e) {
        c.error("order.illegal-transition", f.where.get(i), "order " + f.id + " cannot go from " + e.from
            + " to PLACED", "a state reachable from " + e.from);
        return null;
      } catch (IllegalArgumentException e) {
        c.error("order.bad-history", f.where.get(i), e.getMessage(), "a valid step");
        return null;
      }
    }
    return o;
  }

  private static String require(@Nullable String note, String what) {
    if (note == null) {
      throw new IllegalArgumentException("the step needs a note: " + what);
    }
    return note;
  }

  /** A second PLACED in a history (not a transition the state machine offers). */
  private static final class IllegalTransitionException2 extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient OrderState from;

    IllegalTransitionException2(OrderState from) {
      super(null, null, false, false);
      this.from = from;
    }
  }

  /** Writes an order's fields. */
  public static void writeOrderFields(JsonGenerator g, ServiceOrder o) {
    g.writeStringProperty("id", o.id());
    g.writeStringProperty("site", o.site().value());
    g.writeName("item");
    g.writeStartObject();
    g.writeStringProperty("id", o.item().id());
    g.writeStringProperty("name", o.item().name());
    g.writeStringProperty("theme", o.item().theme());
    g.writeEndObject();
    if (o.rating().isPresent()) {
      g.writeNumberProperty("rating", o.rating().getAsInt());
    }
    g.writeName("history");
    g.writeStartArray();
    for (Transition t : o.history()) {
      g.writeStartObject();
      g.writeStringProperty("state", t.state().name());
      g.writeStringProperty("at", t.at().toString());
      if (t.note().isPresent()) {
        g.writeStringProperty("note", t.note().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  // ------------------------------------------------------------------ standard profile

  /** Reads a six-haves profile's levels (the thresholds of each level present). */
  public static @Nullable SixHavesProfile readLevels(Cursor c) {
    var f = new Object() {
      SixHavesProfile profile = SixHaves.profile();
    };
    if (!c.object(levelName -> {
      SiteLevel level = null;
      for (SiteLevel l : SiteLevel.values()) {
        if (l.name().equals(levelName)) {
          level = l;
        }
      }
      if (level == null) {
        c.unknown(levelName, java.util.Arrays.toString(SiteLevel.values()));
        return;
      }
      Location at = c.here();
      LevelThresholds d = f.profile.thresholds(level);
      var t = new Object() {
        BigDecimal area = d.venueArea();
        Integer rooms = d.functionRooms();
        Boolean sign = d.signboardRequired();
        Boolean logo = d.unifiedLogoRequired();
        Integer team = d.teamSize();
        Boolean leader = d.leaderRequired();
        Integer projects = d.projects();
        Integer ruleDocs = d.ruleDocuments();
        List<String> rules = List.copyOf(d.requiredRules());
        Integer boards = d.displayBoards();
        Boolean posting = d.publicPostingRequired();
        List<String> exempt = List.copyOf(d.exempt());
      };
      if (c.object(m -> {
        switch (m) {
          case "venueArea" -> t.area = c.decimal();
          case "functionRooms" -> t.rooms = c.smallInt(0);
          case "signboardRequired" -> t.sign = c.bool();
          case "unifiedLogoRequired" -> t.logo = c.bool();
          case "teamSize" -> t.team = c.smallInt(0);
          case "leaderRequired" -> t.leader = c.bool();
          case "projects" -> t.projects = c.smallInt(0);
          case "ruleDocuments" -> t.ruleDocs = c.smallInt(0);
          case "requiredRules" -> t.rules = c.strings();
          case "displayBoards" -> t.boards = c.smallInt(0);
          case "publicPostingRequired" -> t.posting = c.bool();
          case "exempt" -> t.exempt = c.strings();
          default -> c.unknown(m, "venueArea, functionRooms, signboardRequired, unifiedLogoRequired, teamSize,"
              + " leaderRequired, projects, ruleDocuments, requiredRules, displayBoards, publicPostingRequired, exempt");
        }
      }) && !c.bad()) {
        LevelThresholds built = build(c, at, () -> new LevelThresholds(t.area, t.rooms, t.sign, t.logo, t.team,
            t.leader, t.projects, t.ruleDocs, new java.util.TreeSet<>(t.rules), t.boards, t.posting,
            new java.util.TreeSet<>(t.exempt)));
        if (built != null) {
          f.profile = f.profile.with(level, x -> built);
        }
      }
    })) {
      return null;
    }
    return f.profile;
  }

  /** Writes a profile's levels as an object keyed by level. */
  public static void writeLevels(JsonGenerator g, SixHavesProfile profile) {
    g.writeStartObject();
    for (SiteLevel level : SiteLevel.values()) {
      LevelThresholds t = profile.thresholds(level);
      g.writeName(level.name());
      g.writeStartObject();
      g.writeName("venueArea");
      g.writeNumber(t.venueArea());
      g.writeNumberProperty("functionRooms", t.functionRooms());
      g.writeBooleanProperty("signboardRequired", t.signboardRequired());
      g.writeBooleanProperty("unifiedLogoRequired", t.unifiedLogoRequired());
      g.writeNumberProperty("teamSize", t.teamSize());
      g.writeBooleanProperty("leaderRequired", t.leaderRequired());
      g.writeNumberProperty("projects", t.projects());
      g.writeNumberProperty("ruleDocuments", t.ruleDocuments());
      g.writeName("requiredRules");
      writeStrings(g, t.requiredRules());
      g.writeNumberProperty("displayBoards", t.displayBoards());
      g.writeBooleanProperty("publicPostingRequired", t.publicPostingRequired());
      g.writeName("exempt");
      writeStrings(g, new java.util.TreeSet<>(t.exempt()));
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
