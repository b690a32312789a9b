package org.civic.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.civic.site.Display;
import org.civic.site.Projects;
import org.civic.site.RuleDocuments;
import org.civic.site.Signage;
import org.civic.site.Site;
import org.civic.site.SiteFacts;
import org.civic.site.TeamFacts;
import org.civic.site.Venue;

/**
 * Generators of six-haves facts — 随机阵地事实 — for property tests of requirements, civic's and a
 * host's own. Values straddle the default thresholds (areas around 15, 20, 50 and 200 m², teams
 * around 5 and 10 members), each fact is unknown with a given probability, and rule documents
 * come from the names the source reports use.
 *
 * <pre>{@code
 * qt().forAll(longs().all()).checkAssert(seed -> {
 *   SiteFacts facts = RandomFacts.facts(new SplittableRandom(seed), 0.2);
 *   // assert a property of the host's requirement on these facts
 * });
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class RandomFacts {

  /** Rule document names from the source reports, and a few more. */
  public static final List<String> RULE_NAMES = List.of("安全管理制度", "网格志愿小组工作职责",
      "信息员工作职责", "志愿服务管理制度", "活动登记制度", "财务管理制度");

  private static final String[] ROLES = {"县委书记", "乡镇党委书记", "村党支部书记", "社区书记", "部门负责人"};

  private RandomFacts() {}

  /**
   * Generates facts, each one unknown with probability {@code unknownShare}.
   *
   * @param random the source of randomness, not null
   * @param unknownShare the probability that a fact is unknown, 0 to 1
   * @return the facts, not null
   */
  public static SiteFacts facts(RandomGenerator random, double unknownShare) {
    Objects.requireNonNull(random, "random");
    if (!(unknownShare >= 0 && unknownShare <= 1)) {
      throw new IllegalArgumentException("unknownShare must be 0 to 1: " + unknownShare);
    }
    SiteFacts f = SiteFacts.unknown();
    if (random.nextDouble() >= unknownShare) {
      f = f.withVenue(venue(random));
    }
    if (random.nextDouble() >= unknownShare) {
      f = f.withSignage(new Signage(random.nextInt(5) > 0, random.nextBoolean()));
    }
    if (random.nextDouble() >= unknownShare) {
      f = f.withTeam(team(random));
    }
    if (random.nextDouble() >= unknownShare) {
      f = f.withProjects(new Projects(random.nextInt(4), random.nextInt(12)));
    }
    if (random.nextDouble() >= unknownShare) {
      f = f.withRules(rules(random));
    }
    if (random.nextDouble() >= unknownShare) {
      f = f.withDisplay(new Display(random.nextInt(4), random.nextBoolean()));
    }
    return f;
  }

  /** Generates a venue: none, or an area near a default threshold, with 0–5 rooms. */
  public static Venue venue(RandomGenerator random) {
    if (random.nextInt(10) == 0) {
      return Venue.none();
    }
    int[] near = {15, 20, 50, 200};
    int base = near[random.nextInt(near.length)];
    BigDecimal area = BigDecimal.valueOf(Math.max(1, base - 3 + random.nextInt(7)))
        .add(BigDecimal.valueOf(random.nextInt(10), 1));
    return new Venue(area, random.nextInt(6));
  }

  /** Generates a team: led or not, with members near 5 or 10. */
  public static TeamFacts team(RandomGenerator random) {
    int members = Math.max(0, (random.nextBoolean() ? 5 : 10) - 2 + random.nextInt(5));
    return random.nextInt(6) == 0
        ? new TeamFacts(Optional.empty(), members)
        : TeamFacts.led(ROLES[random.nextInt(ROLES.length)], members);
  }

  /** Generates rule documents: a random subset of {@link #RULE_NAMES}. */
  public static RuleDocuments rules(RandomGenerator random) {
    Set<String> names = new TreeSet<>();
    for (String n : RULE_NAMES) {
      if (random.nextInt(3) == 0) {
        names.add(n);
      }
    }
    return new RuleDocuments(names);
  }

  /**
   * Gives each site random facts.
   *
   * @param random the source of randomness, not null
   * @param sites the sites, not null
   * @param unknownShare the probability that a fact is unknown, 0 to 1
   * @return the sites with facts, in the same order, not null
   */
  public static List<Site> withFacts(RandomGenerator random, List<Site> sites, double unknownShare) {
    List<Site> out = new ArrayList<>(sites.size());
    for (Site s : sites) {
      out.add(s.withFacts(facts(random, unknownShare)));
    }
    return out;
  }
}
