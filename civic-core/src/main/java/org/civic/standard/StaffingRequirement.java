package org.civic.standard;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.civic.site.Checkable;
import org.civic.site.SiteLevel;
import org.civic.site.Staffing;
import org.jspecify.annotations.Nullable;

/**
 * The staffing requirement — 编制要求 ({@value #ID}): a site's approved staff posts
 * ({@link Staffing}, 编制) reach the least number of its level, with the director and deputy posts
 * asked for. Not part of the six haves: a province's standard includes it when it wants it,
 * {@code SixHaves.standard().withRequirement(StaffingRequirement.defaults())}.
 *
 * <p>Defaults, from a Jiangxi pilot county's proposal to the provincial establishment office
 * (the source reports): a county center 6–8 staff with 1 director and 2 deputy directors
 * (拟定编6-8人，设主任1名，副主任2名); a township post 2–3 staff (定编2-3人). Other levels are
 * not applicable. The upper figure is the proposal's and is shown as evidence; more approved posts
 * than it still pass (Yuzhou's center was approved with 11). Unknown staffing is INCOMPLETE, known
 * to be unapproved ({@link Staffing#none()}) is FAIL.
 *
 * <p>Immutable and thread-safe; each {@code with…} returns a copy.
 */
public final class StaffingRequirement implements Requirement {

  /** The requirement's id. */
  public static final String ID = "staffing";
  /** The bundle of its messages, in Chinese and English. */
  static final String BUNDLE = "org.civic.standard.Staffing";

  private static final StaffingRequirement DEFAULTS = new StaffingRequirement(new EnumMap<>(Map.of(
      SiteLevel.CENTER, new Rule(6, 8, 1, 2),
      SiteLevel.POST, new Rule(2, 3, 0, 0))));

  private final Map<SiteLevel, Rule> rules;

  private StaffingRequirement(Map<SiteLevel, Rule> rules) {
    this.rules = rules;
  }

  /** The figures of one level: a range of staff posts and the leadership posts. */
  private record Rule(int least, int most, int directors, int deputies) {}

  /** Returns the requirement with the source's figures (see the class description). */
  public static StaffingRequirement defaults() {
    return DEFAULTS;
  }

  /** Returns a requirement that applies at no level, to build one from scratch. */
  public static StaffingRequirement none() {
    return new StaffingRequirement(new EnumMap<>(SiteLevel.class));
  }

  /**
   * Returns a copy of this requirement with the staff posts of a level.
   *
   * @param level the level, not null
   * @param least the least approved posts, 0 or more
   * @param most the upper figure of the range, at least {@code least}
   * @return the copy, not null
   * @throws IllegalArgumentException if the range is negative or reversed
   */
  public StaffingRequirement withRange(SiteLevel level, int least, int most) {
    Objects.requireNonNull(level, "level");
    if (least < 0 || most < least) {
      throw new IllegalArgumentException("staff range of " + level + " must be 0 <= least <= most, got " + least
          + "-" + most);
    }
    Rule old = rules.get(level);
    return with(level, new Rule(least, most, old == null ? 0 : old.directors, old == null ? 0 : old.deputies));
  }

  /**
   * Returns a copy of this requirement with the leadership posts a level must have.
   *
   * @param level a level the requirement applies at (given a range first), not null
   * @param directors the least director posts (主任), 0 or more
   * @param deputyDirectors the least deputy-director posts (副主任), 0 or more
   * @return the copy, not null
   * @throws IllegalArgumentException if a number is negative or the level has no range
   */
  public StaffingRequirement withLeadership(SiteLevel level, int directors, int deputyDirectors) {
    Objects.requireNonNull(level, "level");
    Rule old = rules.get(level);
    if (old == null) {
      throw new IllegalArgumentException("the staffing requirement does not apply at " + level
          + ": expected withRange(" + level + ", …) first");
    }
    if (directors < 0 || deputyDirectors < 0) {
      throw new IllegalArgumentException("leadership posts must not be negative: " + directors + ", "
          + deputyDirectors);
    }
    return with(level, new Rule(old.least, old.most, directors, deputyDirectors));
  }

  /**
   * Returns a copy of this requirement that does not apply at a level.
   *
   * @param level the level, not null
   * @return the copy, or this requirement if it did not apply there
   */
  public StaffingRequirement without(SiteLevel level) {
    Objects.requireNonNull(level, "level");
    if (!rules.containsKey(level)) {
      return this;
    }
    Map<SiteLevel, Rule> copy = new EnumMap<>(SiteLevel.class);
    copy.putAll(rules);
    copy.remove(level);
    return new StaffingRequirement(copy);
  }

  private StaffingRequirement with(SiteLevel level, Rule rule) {
    Map<SiteLevel, Rule> copy = new EnumMap<>(SiteLevel.class);
    copy.putAll(rules);
    copy.put(level, rule);
    return new StaffingRequirement(copy);
  }

  /** Returns the least approved posts at a level, if the requirement applies there. */
  public Optional<Integer> least(SiteLevel level) {
    Rule r = rules.get(Objects.requireNonNull(level, "level"));
    return r == null ? Optional.empty() : Optional.of(r.least);
  }

  /** Returns the upper figure of the range at a level, if the requirement applies there. */
  public Optional<Integer> most(SiteLevel level) {
    Rule r = rules.get(Objects.requireNonNull(level, "level"));
    return r == null ? Optional.empty() : Optional.of(r.most);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Evaluation evaluate(Checkable site) {
    Objects.requireNonNull(site, "site");
    Rule r = rules.get(site.level());
    if (r == null) {
      return Evaluation.notApplicable(Message.of(BUNDLE, ID + ".not-applicable"));
    }
    Staffing s = site.facts().staffing().orElse(null);
    if (s == null) {
      return Evaluation.incomplete(Message.of(BUNDLE, ID + ".incomplete"));
    }
    String key = key(s, r);
    return Evaluation.of(key.startsWith("pass") ? Outcome.PASS : Outcome.FAIL,
            Message.of(BUNDLE, ID + "." + key, s.approved(), r.least, r.most, s.directors(), s.deputyDirectors(),
                r.directors, r.deputies))
        .withEvidence("approved", s.approved())
        .withEvidence("directors", s.directors())
        .withEvidence("deputyDirectors", s.deputyDirectors())
        .withThreshold("approved ≥ " + r.least + " (proposal " + r.least + "–" + r.most + ")"
            + (r.directors + r.deputies > 0 ? ", directors ≥ " + r.directors + ", deputies ≥ " + r.deputies : ""));
  }

  @Override
  public Outcome outcome(Checkable site) {
    Objects.requireNonNull(site, "site");
    Rule r = rules.get(site.level());
    if (r == null) {
      return Outcome.NOT_APPLICABLE;
    }
    Staffing s = site.facts().staffing().orElse(null);
    return s == null ? Outcome.INCOMPLETE : key(s, r).startsWith("pass") ? Outcome.PASS : Outcome.FAIL;
  }

  private static String key(Staffing s, Rule r) {
    if (s.approved() < r.least) {
      return "fail";
    }
    if (s.directors() < r.directors || s.deputyDirectors() < r.deputies) {
      return "fail-leadership";
    }
    return s.approved() > r.most ? "pass-above" : "pass";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StaffingRequirement other && rules.equals(other.rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  @Override
  public String toString() {
    return "Requirement[" + ID + " " + rules + "]";
  }
}
