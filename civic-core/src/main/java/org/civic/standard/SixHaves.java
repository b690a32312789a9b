package org.civic.standard;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.civic.site.Checkable;
import org.civic.site.Display;
import org.civic.site.Projects;
import org.civic.site.RuleDocuments;
import org.civic.site.Signage;
import org.civic.site.SiteLevel;
import org.civic.site.TeamFacts;
import org.civic.site.Venue;

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
    return Standard.of(name, version, List.of(
        new Facet<>(VENUE, profile, c -> c.facts().venue().orElse(null), SixHaves::venue),
        new Facet<>(SIGNAGE, profile, c -> c.facts().signage().orElse(null), SixHaves::signage),
        new Facet<>(TEAM, profile, c -> c.facts().team().orElse(null), SixHaves::team),
        new Facet<>(PROJECTS, profile, c -> c.facts().projects().orElse(null), SixHaves::projects),
        new Facet<>(RULES, profile, c -> c.facts().rules().orElse(null), SixHaves::rules),
        new Facet<>(DISPLAY, profile, c -> c.facts().display().orElse(null), SixHaves::display)));
  }

  /** Judges a known fact against a level's thresholds; full = build message and evidence. */
  @FunctionalInterface
  private interface Judge<F> {
    Evaluation judge(F fact, LevelThresholds t, boolean full);
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

  /** One of the six requirements: exempt → N/A, unknown fact → INCOMPLETE, else the judge. */
  private static final class Facet<F> implements Requirement {
    private final String id;
    private final LevelThresholds[] thresholds;
    private final boolean[] exempt;
    private final Function<Checkable, F> fact;
    private final Judge<F> judge;

    Facet(String id, SixHavesProfile profile, Function<Checkable, F> fact, Judge<F> judge) {
      this.id = id;
      this.fact = fact;
      this.judge = judge;
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
      int level = site.level().ordinal();
      if (exempt[level]) {
        return Outcome.NOT_APPLICABLE;
      }
      F f = fact.apply(site);
      return f == null ? Outcome.INCOMPLETE : judge.judge(f, thresholds[level], false).outcome();
    }

    @Override
    public Evaluation evaluate(Checkable site) {
      int level = site.level().ordinal();
      if (exempt[level]) {
        return Evaluation.notApplicable(Message.civic(id + ".not-applicable"));
      }
      F f = fact.apply(site);
      if (f == null) {
        return Evaluation.incomplete(Message.civic(id + ".incomplete"));
      }
      return judge.judge(f, thresholds[level], true);
    }

    @Override
    public String toString() {
      return "Requirement[" + id + "]";
    }
  }
}
