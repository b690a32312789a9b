package org.civic.standard;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.civic.hierarchy.internal.FactColumns;
import org.civic.site.Checkable;
import org.civic.site.Display;
import org.civic.site.Projects;
import org.civic.site.RuleDocuments;
import org.civic.site.Signage;
import org.civic.site.SiteFacts;
import org.civic.site.SiteLevel;
import org.civic.site.TeamFacts;
import org.civic.site.Venue;
import org.jspecify.annotations.Nullable;

/**
 * The six-haves standard — 六有 (有场所、有标识、有队伍、有项目、有制度、有展示): the built-in
 * requirements {@value #VENUE}, {@value #SIGNAGE}, {@value #TEAM}, {@value #PROJECTS},
 * {@value #RULES} and {@value #DISPLAY}, with thresholds per site level.
 *
 * <p>Default thresholds ({@link #profile()}); the figures marked † are the source's pilot
 * county's, the rest are civic's choice, and every one is configurable:
 * <table>
 * <caption>Default six-haves thresholds</caption>
 * <tr><th>level</th><th>venue m²</th><th>function rooms</th><th>team members</th><th>projects</th>
 *     <th>rules</th><th>display boards</th></tr>
 * <tr><td>center</td><td>200 †</td><td>3</td><td>10</td><td>1</td><td>安全管理制度</td><td>1</td></tr>
 * <tr><td>sub-center</td><td>50</td><td>1</td><td>5</td><td>1</td><td>安全管理制度</td><td>1</td></tr>
 * <tr><td>post</td><td>20 †</td><td>1</td><td>10 †</td><td>1</td><td>安全管理制度</td><td>1</td></tr>
 * <tr><td>station</td><td>15 †</td><td>1</td><td>5 †</td><td>1</td><td>安全管理制度</td><td>1</td></tr>
 * <tr><td>point</td><td>not applicable</td><td>—</td><td>3</td><td>1</td><td>安全管理制度</td><td>1</td></tr>
 * </table>
 * Every level requires a signboard and a team leader; the unified logo and public posting are
 * not required by default.
 *
 * <p>Stateless and thread-safe.
 */
public final class SixHaves {

  /** 有场所 — a venue with function rooms. */
  public static final String VENUE = "six-haves.venue";
  /** 有标识 — a signboard and (optionally) the unified logo. */
  public static final String SIGNAGE = "six-haves.signage";
  /** 有队伍 — a volunteer team with a leader. */
  public static final String TEAM = "six-haves.team";
  /** 有项目 — running service projects. */
  public static final String PROJECTS = "six-haves.projects";
  /** 有制度 — written rules. */
  public static final String RULES = "six-haves.rules";
  /** 有展示 — public display of the work. */
  public static final String DISPLAY = "six-haves.display";
  /** The six ids, in the standard's order. */
  public static final List<String> IDS = List.of(VENUE, SIGNAGE, TEAM, PROJECTS, RULES, DISPLAY);

  /** The default standard's name. */
  public static final String NAME = "六有";
  /** The default standard's version. */
  public static final String VERSION = "civic-1";

  private static final String SAFETY_RULES = "安全管理制度";
  private static final SixHavesProfile DEFAULT_PROFILE = defaultProfile();
  private static final Standard DEFAULT_STANDARD = standard(DEFAULT_PROFILE, NAME, VERSION);

  private SixHaves() {}

  private static SixHavesProfile defaultProfile() {
    Map<SiteLevel, LevelThresholds> levels = new EnumMap<>(SiteLevel.class);
    levels.put(SiteLevel.CENTER, defaults(200, 3, 10, Set.of()));
    levels.put(SiteLevel.SUB_CENTER, defaults(50, 1, 5, Set.of()));
    levels.put(SiteLevel.POST, defaults(20, 1, 10, Set.of()));
    levels.put(SiteLevel.STATION, defaults(15, 1, 5, Set.of()));
    levels.put(SiteLevel.POINT, defaults(0, 0, 3, Set.of(VENUE)));
    return new SixHavesProfile(levels);
  }

  private static LevelThresholds defaults(int area, int rooms, int team, Set<String> exempt) {
    return new LevelThresholds(BigDecimal.valueOf(area), rooms, true, false, team, true, 1, 1,
        Set.of(SAFETY_RULES), 1, false, exempt);
  }

  /** Returns the default profile (see the class description). */
  public static SixHavesProfile profile() {
    return DEFAULT_PROFILE;
  }

  /** Returns the six-haves standard with the default thresholds. */
  public static Standard standard() {
    return DEFAULT_STANDARD;
  }

  static Standard standard(SixHavesProfile profile, String name, String version) {
    List<Requirement> six = new java.util.ArrayList<>();
    for (int kind = 0; kind < IDS.size(); kind++) {
      six.add(new Facet(kind, profile));
    }
    return Standard.of(name, version, six);
  }

  private static final Evaluation PASS = Evaluation.pass(Message.literal("PASS"));
  private static final Evaluation FAIL = Evaluation.fail(Message.literal("FAIL"));

  private static Evaluation result(String id, boolean pass, boolean full, Object... args) {
    if (!full) {
      return pass ? PASS : FAIL;
    }
    return Evaluation.of(pass ? Outcome.PASS : Outcome.FAIL,
        Message.civic(id + "." + (pass ? Outcome.PASS : Outcome.FAIL).key(), args));
  }

  private static Evaluation venue(Venue v, LevelThresholds t, boolean full) {
    boolean pass = v.exists() && v.area().compareTo(t.venueArea()) >= 0
        && v.functionRooms() >= t.functionRooms();
    if (!full) {
      return pass ? PASS : FAIL;
    }
    return result(VENUE, pass, true, v.area(), v.functionRooms(), t.venueArea(), t.functionRooms())
        .withEvidence("area", v.area().toPlainString())
        .withEvidence("functionRooms", v.functionRooms())
        .withThreshold("area ≥ " + t.venueArea().toPlainString() + " m², function rooms ≥ " + t.functionRooms());
  }

  private static Evaluation signage(Signage s, LevelThresholds t, boolean full) {
    boolean sign = s.signboard() || !t.signboardRequired();
    boolean logo = s.unifiedLogo() || !t.unifiedLogoRequired();
    if (!full) {
      return sign && logo ? PASS : FAIL;
    }
    String key = SIGNAGE + "." + (sign && logo ? "pass" : !sign ? "fail" : "fail-logo");
    return Evaluation.of(sign && logo ? Outcome.PASS : Outcome.FAIL, Message.civic(key))
        .withEvidence("signboard", s.signboard())
        .withEvidence("unifiedLogo", s.unifiedLogo())
        .withThreshold("signboard" + (t.signboardRequired() ? " required" : " optional") + ", unified logo"
            + (t.unifiedLogoRequired() ? " required" : " optional"));
  }

  private static Evaluation team(TeamFacts team, LevelThresholds t, boolean full) {
    boolean size = team.members() >= t.teamSize();
    boolean leader = team.hasLeader() || !t.leaderRequired();
    if (!full) {
      return size && leader ? PASS : FAIL;
    }
    String key = TEAM + "." + (size && leader ? "pass" : !size ? "fail" : "fail-leader");
    Evaluation e = Evaluation.of(size && leader ? Outcome.PASS : Outcome.FAIL,
            Message.civic(key, team.members(), t.teamSize()))
        .withEvidence("members", team.members())
        .withEvidence("leader", team.leaderRole().orElse("none"));
    return e.withThreshold("members ≥ " + t.teamSize() + (t.leaderRequired() ? ", a leader" : ""));
  }

  private static Evaluation projects(Projects p, LevelThresholds t, boolean full) {
    boolean pass = p.running() >= t.projects();
    if (!full) {
      return pass ? PASS : FAIL;
    }
    return result(PROJECTS, pass, true, p.running(), t.projects())
        .withEvidence("running", p.running())
        .withEvidence("menuItems", p.menuItems())
        .withThreshold("running projects ≥ " + t.projects());
  }

  private static Evaluation rules(RuleDocuments r, LevelThresholds t, boolean full) {
    boolean count = r.documents().size() >= t.ruleDocuments();
    boolean required = true;
    for (String name : t.requiredRules()) {
      required &= r.documents().contains(name);
    }
    if (!full) {
      return count && required ? PASS : FAIL;
    }
    Set<String> missing = new TreeSet<>(t.requiredRules());
    missing.removeAll(r.documents());
    String key = RULES + "." + (count && required ? "pass" : !required ? "fail-missing" : "fail");
    return Evaluation.of(count && required ? Outcome.PASS : Outcome.FAIL,
            Message.civic(key, r.documents().size(), t.ruleDocuments(), names(missing)))
        .withEvidence("documents", names(r.documents()))
        .withThreshold("documents ≥ " + t.ruleDocuments()
            + (t.requiredRules().isEmpty() ? "" : ", including " + names(t.requiredRules())));
  }

  private static String names(Set<String> names) {
    StringBuilder sb = new StringBuilder();
    for (String n : names) {
      sb.append('《').append(n).append('》');
    }
    return sb.toString();
  }

  private static Evaluation display(Display d, LevelThresholds t, boolean full) {
    boolean boards = d.boards() >= t.displayBoards();
    boolean posting = d.publicPosting() || !t.publicPostingRequired();
    if (!full) {
      return boards && posting ? PASS : FAIL;
    }
    String key = DISPLAY + "." + (boards && posting ? "pass" : !boards ? "fail" : "fail-posting");
    return Evaluation.of(boards && posting ? Outcome.PASS : Outcome.FAIL,
            Message.civic(key, d.boards(), t.displayBoards()))
        .withEvidence("boards", d.boards())
        .withEvidence("publicPosting", d.publicPosting())
        .withThreshold("boards ≥ " + t.displayBoards() + (t.publicPostingRequired() ? ", public posting" : ""));
  }

  /**
   * One of the six requirements: exempt → N/A, unknown fact → INCOMPLETE, else judged against the
   * level's thresholds. Reads the facts directly (no lambdas, no per-site objects), so that a
   * national check stays fast.
   */
  private static final class Facet implements FactRequirement {
    private final int kind;
    private final String id;
    private final LevelThresholds[] thresholds;
    private final boolean[] exempt;

    Facet(int kind, SixHavesProfile profile) {
      this.kind = kind;
      this.id = IDS.get(kind);
      SiteLevel[] levels = SiteLevel.values();
      this.thresholds = new LevelThresholds[levels.length];
      this.exempt = new boolean[levels.length];
      for (SiteLevel l : levels) {
        thresholds[l.ordinal()] = profile.thresholds(l);
        exempt[l.ordinal()] = profile.thresholds(l).exempt().contains(id);
      }
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Outcome outcome(Checkable site) {
      return outcome(site.level(), site.facts());
    }

    @Override
    public Outcome outcome(SiteLevel level, SiteFacts facts) {
      int l = level.ordinal();
      if (exempt[l]) {
        return Outcome.NOT_APPLICABLE;
      }
      Evaluation e = judge(facts, thresholds[l], false);
      return e == null ? Outcome.INCOMPLETE : e.outcome();
    }

    /** Returns the judgement, or null if the fact is unknown. */
    private @Nullable Evaluation judge(SiteFacts f, LevelThresholds t, boolean full) {
      switch (kind) {
        case 0: {
          Venue v = f.venue().orElse(null);
          return v == null ? null : venue(v, t, full);
        }
        case 1: {
          Signage s = f.signage().orElse(null);
          return s == null ? null : signage(s, t, full);
        }
        case 2: {
          TeamFacts team = f.team().orElse(null);
          return team == null ? null : team(team, t, full);
        }
        case 3: {
          Projects p = f.projects().orElse(null);
          return p == null ? null : projects(p, t, full);
        }
        case 4: {
          RuleDocuments r = f.rules().orElse(null);
          return r == null ? null : rules(r, t, full);
        }
        default: {
          Display d = f.display().orElse(null);
          return d == null ? null : display(d, t, full);
        }
      }
    }

    @Override
    public @Nullable ColumnCheck columns(FactColumns c) {
      return new Columns(this, c);
    }

    @Override
    public Evaluation evaluate(Checkable site) {
      int level = site.level().ordinal();
      if (exempt[level]) {
        return Evaluation.notApplicable(Message.civic(id + ".not-applicable"));
      }
      Evaluation e = judge(site.facts(), thresholds[level], true);
      return e != null ? e : Evaluation.incomplete(Message.civic(id + ".incomplete"));
    }

    @Override
    public String toString() {
      return "Requirement[" + id + "]";
    }
  }

  /** One requirement over one hierarchy's fact columns: a few array reads per site. */
  private static final class Columns implements FactRequirement.ColumnCheck {
    private static final int NA = Outcome.NOT_APPLICABLE.ordinal();
    private static final int INCOMPLETE = Outcome.INCOMPLETE.ordinal();
    private static final int PASS = Outcome.PASS.ordinal();
    private static final int FAIL = Outcome.FAIL.ordinal();

    private final int kind;
    private final int knownBit;
    private final FactColumns c;
    private final boolean[] exempt;
    private final long[] areaCenti;
    private final boolean[] areaExact;
    private final int[] count;
    private final boolean[] need1;
    private final boolean[] need2;
    private final long[] ruleMask;
    private final boolean[] ruleMissing;

    Columns(Facet f, FactColumns c) {
      this.kind = f.kind;
      this.c = c;
      this.knownBit = new int[] {FactColumns.VENUE, FactColumns.SIGNAGE, FactColumns.TEAM, FactColumns.PROJECTS,
          FactColumns.RULES, FactColumns.DISPLAY}[kind];
      int levels = f.thresholds.length;
      exempt = f.exempt.clone();
      areaCenti = new long[levels];
      areaExact = new boolean[levels];
      count = new int[levels];
      need1 = new boolean[levels];
      need2 = new boolean[levels];
      ruleMask = new long[levels];
      ruleMissing = new boolean[levels];
      for (int l = 0; l < levels; l++) {
        LevelThresholds t = f.thresholds[l];
        BigDecimal centi = t.venueArea().movePointRight(2);
        areaExact[l] = centi.scale() <= 0 && centi.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
        areaCenti[l] = areaExact[l] ? centi.longValue() : 0;
        switch (kind) {
          case 0 -> count[l] = t.functionRooms();
          case 1 -> {
            need1[l] = t.signboardRequired();
            need2[l] = t.unifiedLogoRequired();
          }
          case 2 -> {
            count[l] = t.teamSize();
            need1[l] = t.leaderRequired();
          }
          case 3 -> count[l] = t.projects();
          case 4 -> {
            count[l] = t.ruleDocuments();
            for (String name : t.requiredRules()) {
              int bit = c.ruleNames.indexOf(name);
              if (bit < 0) {
                ruleMissing[l] = true;   // no site has it: every site with known rules fails
              } else {
                ruleMask[l] |= 1L << bit;
              }
            }
          }
          default -> {
            count[l] = t.displayBoards();
            need1[l] = t.publicPostingRequired();
          }
        }
      }
    }

    @Override
    public int outcome(int s, int l) {
      if (exempt[l]) {
        return NA;
      }
      int known = c.known[s];
      if ((known & knownBit) == 0) {
        return INCOMPLETE;
      }
      int flags = c.flags[s];
      boolean pass;
      switch (kind) {
        case 0:
          if ((known & FactColumns.INEXACT) != 0 || !areaExact[l]) {
            return -1;
          }
          pass = c.areaCenti[s] > 0 && c.areaCenti[s] >= areaCenti[l] && c.rooms[s] >= count[l];
          break;
        case 1:
          pass = ((flags & FactColumns.SIGNBOARD) != 0 || !need1[l]) && ((flags & FactColumns.LOGO) != 0 || !need2[l]);
          break;
        case 2:
          pass = c.members[s] >= count[l] && ((flags & FactColumns.LEADER) != 0 || !need1[l]);
          break;
        case 3:
          pass = c.projects[s] >= count[l];
          break;
        case 4:
          if ((known & FactColumns.INEXACT) != 0) {
            return -1;
          }
          pass = !ruleMissing[l] && c.ruleCount(s) >= count[l] && (c.ruleMask[s] & ruleMask[l]) == ruleMask[l];
          break;
        default:
          pass = c.boards[s] >= count[l] && ((flags & FactColumns.POSTING) != 0 || !need1[l]);
          break;
      }
      return pass ? PASS : FAIL;
    }
  }
}
