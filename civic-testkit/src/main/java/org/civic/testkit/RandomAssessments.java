package org.civic.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.civic.assessment.AssessmentTable;
import org.civic.assessment.Criterion;
import org.civic.assessment.Evidence;
import org.civic.assessment.Item;
import org.civic.assessment.Mark;
import org.civic.assessment.Measurement;
import org.civic.assessment.PointKind;
import org.civic.assessment.StarThresholds;
import org.civic.assessment.SubItem;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.site.Staffing;
import org.civic.standard.CheckResult;
import org.civic.standard.Evaluation;
import org.civic.standard.Message;
import org.civic.standard.Outcome;
import org.civic.standard.SixHaves;

/**
 * Generators of assessment tables and of the evidence to assess by — 随机测评表与测评依据 — for
 * property tests of scoring, civic's and a host's (a host's totals, star ratings, funding or
 * reports over any table a province might ship). Tables mix every kind of point (score, bonus,
 * deduction), every basis (rules, shares, counts, marks), half points, starting scores,
 * bonus caps, level restrictions and star thresholds; evidence leaves some sub-items without
 * their evidence.
 *
 * <pre>{@code
 * qt().forAll(longs().all()).checkAssert(seed -> {
 *   SplittableRandom random = new SplittableRandom(seed);
 *   AssessmentTable table = RandomAssessments.table(random);
 *   Assessment a = table.assess(RandomAssessments.subject(random), RandomAssessments.evidence(random, table));
 *   // assert the host's invariant, such as 0 <= a.total() <= table.maxTotal()
 * });
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class RandomAssessments {

  /** The measures generated tables compare: two shares and a count. */
  public static final List<String> MEASURES = List.of(AssessmentTables.STAFF_VOLUNTEER_SHARE,
      AssessmentTables.PARTY_MEMBER_VOLUNTEER_SHARE, Measurement.MONTHS_WITH_ACTIVITIES);

  private static final SiteLevel[] LEVELS = SiteLevel.values();

  private RandomAssessments() {}

  /**
   * Generates a table: 1 to 9 items of 1 to 5 sub-items, points in halves from 0.5 to 20.
   *
   * @param random the source of randomness, not null
   * @return the table, not null
   */
  public static AssessmentTable table(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    boolean deductions = random.nextInt(4) == 0;
    AssessmentTable.Builder b = AssessmentTable.builder("random-" + random.nextInt(1000), "随机测评表", "1");
    if (deductions) {
      b.base(BigDecimal.valueOf(random.nextInt(1, 201), 1).multiply(BigDecimal.TEN));
    }
    if (random.nextInt(3) == 0) {
      b.bonusCap(half(random));
    }
    if (random.nextInt(4) == 0) {
      EnumSet<SiteLevel> levels = EnumSet.noneOf(SiteLevel.class);
      levels.add(LEVELS[random.nextInt(LEVELS.length)]);
      levels.add(LEVELS[random.nextInt(LEVELS.length)]);
      b.levels(levels);
    }
    int items = random.nextInt(1, 10);
    for (int i = 1; i <= items; i++) {
      List<SubItem> subs = new ArrayList<>();
      int n = random.nextInt(1, 6);
      for (int j = 1; j <= n; j++) {
        subs.add(subItem(random, i + "." + j, deductions));
      }
      b.item(Item.of(Integer.toString(i), "项目" + i, subs));
    }
    AssessmentTable t = b.build();
    if (random.nextBoolean()) {
      return t;
    }
    // the same table with stars within reach
    AssessmentTable.Builder s = AssessmentTable.builder(t.id(), t.name(), t.version()).base(t.base());
    t.bonusCap().ifPresent(s::bonusCap);
    if (!t.levels().isEmpty()) {
      s.levels(t.levels());
    }
    t.items().forEach(s::item);
    List<BigDecimal> thresholds = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      thresholds.add(t.maxTotal().multiply(BigDecimal.valueOf(random.nextInt(0, 101))).movePointLeft(2)
          .setScale(2, java.math.RoundingMode.DOWN));
    }
    thresholds.sort(null);
    return s.stars(StarThresholds.of(thresholds)).build();
  }

  private static SubItem subItem(RandomGenerator random, String id, boolean deductions) {
    int k = random.nextInt(10);
    PointKind kind = deductions ? (k < 7 ? PointKind.DEDUCTION : k < 9 ? PointKind.SCORE : PointKind.BONUS)
        : (k < 6 ? PointKind.SCORE : k < 8 ? PointKind.BONUS : PointKind.DEDUCTION);
    Criterion c = switch (random.nextInt(4)) {
      case 0 -> Criterion.rule(SixHaves.IDS.get(random.nextInt(SixHaves.IDS.size())));
      case 1 -> Criterion.shareAtLeast(MEASURES.get(random.nextInt(2)), random.nextInt(0, 101));
      case 2 -> Criterion.countAtLeast(Measurement.MONTHS_WITH_ACTIVITIES, random.nextInt(0, 13));
      default -> Criterion.assessed();
    };
    SubItem s = SubItem.of(id, "细则" + id, kind, half(random).max(new BigDecimal("0.5")), c);
    if (random.nextInt(5) == 0) {
      s = s.withLevels(EnumSet.of(LEVELS[random.nextInt(LEVELS.length)]));
    }
    return s;
  }

  /** A figure in halves, 0 to 20. */
  private static BigDecimal half(RandomGenerator random) {
    return BigDecimal.valueOf(random.nextInt(0, 41), 0).divide(BigDecimal.valueOf(2));
  }

  /**
   * Generates a site subject of a random level.
   *
   * @param random the source of randomness, not null
   * @return the subject, not null
   */
  public static org.civic.assessment.Subject subject(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    SiteLevel level = LEVELS[random.nextInt(LEVELS.length)];
    return org.civic.assessment.Subject.site(SiteId.of("s" + random.nextInt(1000)), "阵地", level);
  }

  /**
   * Generates evidence for a table: each sub-item's evidence is missing with probability 1 in 5,
   * else a rule outcome, a measurement of the criterion's kind or a mark within its points.
   *
   * @param random the source of randomness, not null
   * @param table the table, not null
   * @return the evidence, not null
   */
  public static Evidence evidence(RandomGenerator random, AssessmentTable table) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(table, "table");
    Evidence e = Evidence.none();
    List<CheckResult> results = new ArrayList<>();
    for (SubItem s : table.subItems()) {
      if (random.nextInt(5) == 0) {
        continue;
      }
      Criterion c = s.criterion();
      switch (c.basis()) {
        case RULE -> {
          Outcome o = Outcome.values()[random.nextInt(4)];
          results.add(CheckResult.of(c.reference().orElseThrow(), "random", Optional.empty(), SiteLevel.STATION,
              Evaluation.of(o, Message.literal(o.name()))));
        }
        case SHARE -> {
          long whole = random.nextInt(0, 200);
          e = e.withMeasure(c.reference().orElseThrow(), Measurement.share(random.nextLong(0, whole + 1), whole));
        }
        case COUNT -> e = e.withMeasure(c.reference().orElseThrow(), Measurement.count(random.nextInt(0, 13)));
        default -> {
          BigDecimal quarters = s.points().multiply(BigDecimal.valueOf(4));
          e = e.withMark(s.id(), Mark.of(BigDecimal.valueOf(random.nextLong(0, quarters.longValueExact() + 1))
              .divide(BigDecimal.valueOf(4)), "随机"));
        }
      }
    }
    return e.withResults(results);
  }

  /**
   * Generates a site's approved staffing (编制) around the proposal's figures: 0 to 12 posts, with
   * up to 1 director and 2 deputies among them.
   *
   * @param random the source of randomness, not null
   * @return the staffing, not null
   */
  public static Staffing staffing(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    int approved = random.nextInt(0, 13);
    int directors = Math.min(approved, random.nextInt(0, 2));
    int deputies = Math.min(approved - directors, random.nextInt(0, 3));
    return new Staffing(approved, directors, deputies);
  }
}
