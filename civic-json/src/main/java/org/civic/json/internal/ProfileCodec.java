package org.civic.json.internal;

import static org.civic.json.internal.Codecs.build;
import static org.civic.json.internal.Codecs.writeStrings;

import java.math.BigDecimal;
import java.util.List;
import org.civic.site.SiteLevel;
import org.civic.standard.LevelThresholds;
import org.civic.standard.SixHaves;
import org.civic.standard.SixHavesProfile;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes a six-haves profile's thresholds by site level in the {@code civic/1} layout.
 * Reads report every problem to the {@link Cursor} and return null for a bad record; writes never
 * fail on a valid model.
 *
 * <p>Not for hosts. Stateless and thread-safe.
 */
public final class ProfileCodec {

  private ProfileCodec() {}

  /** Reads a six-haves profile's levels (the thresholds of each level present). */
  public static @Nullable SixHavesProfile read(Cursor c) {
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
      Cursor.Mark at = c.mark();
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
  public static void writeFields(JsonGenerator g, SixHavesProfile profile) {
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
