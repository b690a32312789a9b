package org.civic;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.ClassSanityTester;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Parameter;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.civic.activity.ActivityLog;
import org.civic.assessment.Assessment;
import org.civic.assessment.AssessmentLine;
import org.civic.assessment.Evidence;
import org.civic.assessment.Inspection;
import org.civic.assessment.Measurement;
import org.civic.assessment.StarThresholds;
import org.civic.hierarchy.BuildResult;
import org.civic.hierarchy.Coverage;
import org.civic.metric.DistinctCount;
import org.civic.metric.Extremes;
import org.civic.metric.MetricSet;
import org.civic.metric.OrderMetrics;
import org.civic.metric.VolunteerIndex;
import org.civic.order.ServiceOrder;
import org.civic.problem.Problem;
import org.civic.site.Staffing;
import org.civic.standard.CheckResult;
import org.civic.standard.ComplianceSummary;
import org.civic.standard.LevelThresholds;
import org.civic.standard.OutcomeCounts;
import org.civic.standard.Score;
import org.civic.standard.SiteCompliance;
import org.civic.standard.SixHaves;
import org.civic.standard.SixHavesProfile;
import org.civic.team.GridCounts;
import org.civic.team.Organisation;
import org.civic.team.OrganisationKind;
import org.civic.team.OrganisationRegister;
import org.civic.team.TeamNode;
import org.civic.team.TeamRule;
import org.civic.team.TeamStructureReport;
import org.civic.team.TeamTree;
import org.civic.volunteer.ServiceReview;
import org.civic.volunteer.VolunteerActivity;
import org.civic.volunteer.VolunteerStars;
import org.jspecify.annotations.Nullable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civic.activity.Activity;
import org.civic.assessment.AssessmentTable;
import org.civic.assessment.Criterion;
import org.civic.assessment.Item;
import org.civic.assessment.Mark;
import org.civic.assessment.SubItem;
import org.civic.assessment.Subject;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.metric.MonthlyFigures;
import org.civic.metric.Period;
import org.civic.order.MenuItem;
import org.civic.problem.Location;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.standard.Evaluation;
import org.civic.standard.Message;
import org.civic.team.GridId;
import org.civic.team.LeaderRole;
import org.civic.team.OrganisationId;
import org.civic.team.Team;
import org.civic.team.TeamCategory;
import org.civic.team.TeamFormula;
import org.civic.team.TeamId;
import org.civic.team.TeamLadder;
import org.civic.team.TeamRules;
import org.civic.team.TeamTier;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

/**
 * Value-type contracts over every public value type of civic-core's exported packages — each
 * record and each class that defines {@code equals}, found in the compiled classes so that a new
 * one cannot slip by: equals and hashCode agree (Guava testlib's {@code EqualsTester}, or its
 * {@code ClassSanityTester} where the public factories can be fed generated values), every null
 * argument to a constructor, factory or instance method is refused with a
 * {@code NullPointerException}, and that exception names the parameter. Static factories of
 * every public type are also swept by {@link StaticFactoriesTest}.
 */
class ValueContractsTest {

  static List<Class<?>> valueTypes() throws Exception {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> c : StaticFactoriesTest.publicTypes()) {
      if (c.isRecord() || declaresEquals(c)) {
        out.add(c);
      }
    }
    return out;
  }

  static boolean declaresEquals(Class<?> c) {
    try {
      Method m = c.getDeclaredMethod("equals", Object.class);
      return !Modifier.isAbstract(m.getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** The county, township and village of the samples. */
  private static final DivisionCode COUNTY = DivisionCode.parse("411081");
  private static final DivisionCode TOWN = DivisionCode.parse("411081001000");
  private static final DivisionCode VILLAGE = DivisionCode.parse("411081001001");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final Message PASS = Message.civic("six-haves.venue.pass");
  private static final Criterion ASSESSED = Criterion.assessed();

  /**
   * Equality groups written by hand, one supplier per group (called twice: two equal instances
   * built apart), for the value types Guava's generator cannot test from their factories: built
   * by a builder or derived by civic; a factory that validates more than generated values
   * satisfy (a parsed code, a formula, five ascending thresholds); or equality that deliberately
   * reads only part of the arguments — a vocabulary term (tier, category, leader role) is equal
   * by id, its names only checked.
   */
  static Map<Class<?>, List<Supplier<?>>> handGroups() {
    Map<Class<?>, List<Supplier<?>>> g = new LinkedHashMap<>();
    // activity
    g.put(Activity.class, List.of(() -> activity("a", 5), () -> activity("b", 5), () -> activity("a", 6),
        () -> Activity.builder("a", LocalDate.of(2024, 3, 5), SiteId.of("c")).beneficiaries(9).build(CLOCK)));
    // assessment
    g.put(Measurement.class, List.of(() -> Measurement.share(1, 2), () -> Measurement.share(1, 3),
        () -> Measurement.count(1), () -> Measurement.count(2)));
    g.put(StarThresholds.class, List.of(() -> StarThresholds.of(10, 20, 30, 40, 50),
        () -> StarThresholds.of(10, 20, 30, 40, 60)));
    g.put(Evidence.class, List.of(Evidence::none, () -> Evidence.none().withMeasure("a", Measurement.count(1)),
        () -> Evidence.none().withMark("1.1", Mark.of(3, "好"))));
    g.put(Subject.class, List.of(() -> Subject.site(SiteId.of("c"), "站", SiteLevel.STATION),
        () -> Subject.site(SiteId.of("d"), "站", SiteLevel.STATION),
        () -> Subject.team(TeamId.of("c"), "站", SiteLevel.STATION),
        () -> Subject.of(Site.station(SiteId.of("e"), "村站", VILLAGE))));
    g.put(Item.class, List.of(() -> item("1", 10), () -> item("2", 10), () -> item("1", 5),
        () -> item("1", 10).withEnglishName("Venue")));
    g.put(AssessmentTable.class, List.of(() -> table("t", 10), () -> table("u", 10), () -> table("t", 5)));
    g.put(Inspection.class, List.of(() -> inspection("c", 3), () -> inspection("d", 3), () -> inspection("c", 4)));
    g.put(Assessment.class, List.of(() -> assessment(3), () -> assessment(4)));
    g.put(AssessmentLine.class, List.of(() -> assessment(3).lines().get(0), () -> assessment(4).lines().get(0)));
    // division
    g.put(DivisionCode.class, List.of(() -> COUNTY, () -> TOWN, () -> DivisionCode.parse("411081001000")
        .parent().orElseThrow().equals(COUNTY) ? VILLAGE : COUNTY));
    // hierarchy
    g.put(Coverage.class, List.of(Coverage::empty, () -> Coverage.of(1, 2), () -> Coverage.of(2, 2)));
    // a hierarchy is equal only to itself (a large index, not a value): one for both results
    Hierarchy built = hierarchy();
    Hierarchy same = hierarchy();
    g.put(BuildResult.class, List.of(() -> new BuildResult(built, List.of()),
        () -> new BuildResult(built, List.of(Problem.of("x.y", Location.unknown(), "z"))),
        () -> new BuildResult(same, List.of())));
    // metric
    g.put(DistinctCount.class, List.of(DistinctCount::empty, () -> DistinctCount.of(1, 5), () -> DistinctCount.of(1)));
    g.put(Extremes.class, List.of(Extremes::empty, () -> Extremes.of(3), () -> Extremes.of(3, 4)));
    g.put(Period.class, List.of(() -> Period.month(YearMonth.of(2024, 3)), () -> Period.parse("2024-03-05"),
        () -> Period.quarter(2024, 1), () -> Period.year(2024), () -> Period.parse("2024-03-05/2024-04-20")));
    g.put(MetricSet.class, List.of(MetricSet::empty,
        () -> MetricSet.of(Activity.builder("a", LocalDate.of(2024, 3, 5), SiteId.of("c")).beneficiaries(9)
            .volunteers(List.of(VolunteerId.of("v"))).build(CLOCK), VolunteerIndex.of(List.of(VolunteerId.of("v")))),
        () -> MetricSet.of(activity("a", 5), VolunteerIndex.growing()),
        () -> MetricSet.of(ServiceOrder.place("o", SiteId.of("c"), menu(), Instant.EPOCH))));
    g.put(OrderMetrics.class, List.of(() -> OrderMetrics.of(List.of()),
        () -> OrderMetrics.of(List.of(ServiceOrder.place("o", SiteId.of("c"), menu(), Instant.EPOCH)))));
    // order
    g.put(ServiceOrder.class, List.of(() -> ServiceOrder.place("o", SiteId.of("c"), menu(), Instant.EPOCH),
        () -> ServiceOrder.place("p", SiteId.of("c"), menu(), Instant.EPOCH),
        () -> ServiceOrder.place("o", SiteId.of("c"), menu(), Instant.EPOCH).match(TeamId.of("t"), Instant.EPOCH)));
    // site
    g.put(Site.class, List.of(() -> Site.station(SiteId.of("c"), "站", VILLAGE),
        () -> Site.station(SiteId.of("d"), "站", VILLAGE), () -> Site.post(SiteId.of("c"), "所", TOWN)));
    g.put(Staffing.class, List.of(() -> new Staffing(3, 1, 1), () -> new Staffing(4, 1, 1),
        () -> new Staffing(3, 1, 2)));
    // standard
    g.put(CheckResult.class, List.of(() -> check("venue", Evaluation.pass(PASS)),
        () -> check("rooms", Evaluation.pass(PASS)), () -> check("venue", Evaluation.fail(PASS))));
    g.put(SiteCompliance.class, List.of(
        () -> new SiteCompliance(Optional.of(SiteId.of("c")), SiteLevel.STATION, List.of()),
        () -> new SiteCompliance(Optional.of(SiteId.of("c")), SiteLevel.STATION,
            List.of(check("venue", Evaluation.pass(PASS))))));
    g.put(ComplianceSummary.class, List.of(() -> ComplianceSummary.of(Map.of()),
        () -> ComplianceSummary.of(Map.of("venue", OutcomeCounts.of(1, 0, 0, 0)))));
    g.put(Score.class, List.of(() -> Score.of(1, 2), () -> Score.of(2, 2), () -> Score.of(0, 0)));
    g.put(LevelThresholds.class, List.of(() -> SixHaves.profile().thresholds(SiteLevel.STATION),
        () -> SixHaves.profile().thresholds(SiteLevel.CENTER)));
    g.put(SixHavesProfile.class, List.of(SixHaves::profile,
        () -> SixHaves.profile().withTeamSize(SiteLevel.STATION, 99)));
    // team
    g.put(TeamTier.class, List.of(() -> TeamTier.BRIGADE, () -> TeamTier.of("work-group", "工作组", "Work group"),
        () -> TeamTier.of("other", "其他", "Other")));
    g.put(TeamCategory.class, List.of(() -> TeamCategory.builtIn().get(0),
        () -> TeamCategory.of("work-group", "工作组", "Work group")));
    g.put(LeaderRole.class, List.of(() -> LeaderRole.COUNTY_HEAD,
        () -> LeaderRole.of("work-group", "工作组组长", "Work group leader")));
    g.put(TeamFormula.class, List.of(() -> TeamFormula.parse("1+N"), () -> TeamFormula.parse("1+12+N")));
    g.put(TeamLadder.class, List.of(TeamLadder::defaults,
        () -> TeamLadder.withoutBranches(List.of(TeamTier.BRIGADE, TeamTier.SQUAD))));
    g.put(TeamRules.class, List.of(() -> TeamRules.of(TeamFormula.parse("1+N")),
        () -> TeamRules.of(TeamFormula.parse("1+12+N"))));
    g.put(Team.class, List.of(() -> team("t", 5), () -> team("u", 5), () -> team("t", 6)));
    g.put(TeamTree.class, List.of(() -> TeamTree.of(List.of(team("t", 5))), () -> TeamTree.of(List.of(team("t", 6)))));
    g.put(TeamNode.class, List.of(() -> new TeamNode(team("t", 5), List.of(), 5),
        () -> new TeamNode(team("t", 5), List.of(), 6)));
    g.put(TeamStructureReport.class, List.of(() -> new TeamStructureReport(List.of()),
        () -> new TeamStructureReport(List.of(check("venue", Evaluation.pass(PASS))))));
    g.put(GridCounts.class, List.of(() -> new GridCounts(2, 1, 10, 3, 2), () -> new GridCounts(2, 2, 10, 3, 2)));
    g.put(OrganisationRegister.class, List.of(() -> OrganisationRegister.of(List.of()),
        () -> OrganisationRegister.of(List.of(Organisation.of(OrganisationId.of("o"), "协会",
            OrganisationKind.SOCIAL_ORGANISATION, COUNTY)))));
    // volunteer
    g.put(VolunteerStars.class, List.of(VolunteerStars::national, VolunteerStars::zhangjiagang));
    g.put(ServiceReview.class, List.of(() -> new ServiceReview(1, 2, 0, Duration.ofHours(3), Duration.ofHours(2)),
        () -> new ServiceReview(1, 2, 1, Duration.ofHours(3), Duration.ofHours(2))));
    g.put(VolunteerActivity.class, List.of(() -> new VolunteerActivity(2, 3, Duration.ofHours(4)),
        () -> new VolunteerActivity(2, 3, Duration.ofHours(5))));
    return g;
  }

  /** Every public value type of the exported packages: a record, or a class that defines equals. */
  @Test
  void equalsAndHashCodeAgreeForEveryValueType() throws Exception {
    ClassSanityTester tester = tester();
    Map<Class<?>, List<Supplier<?>>> hand = handGroups();
    List<Class<?>> types = valueTypes();
    assertThat(types).hasSizeGreaterThan(70);
    List<String> failures = new ArrayList<>();
    for (Class<?> c : types) {
      try {
        if (hand.containsKey(c)) {
          EqualsTester equals = new EqualsTester();
          for (Supplier<?> group : hand.get(c)) {
            Object a = group.get();
            Object b = group.get();
            assertThat(a).isInstanceOf(c);
            equals.addEqualityGroup(a, b);
          }
          equals.testEquals();
        } else if (c.isRecord()) {
          tester.testEquals(c);
        } else {
          tester.forAllPublicStaticMethods(c).thatReturn(c).testEquals();
        }
      } catch (AssertionError | RuntimeException e) {
        failures.add(c.getName() + ": " + e);
      }
    }
    assertThat(failures).isEmpty();
    assertThat(hand.keySet()).as("hand-written groups only for value types").isSubsetOf(types);
  }

  /**
   * No nulls in: every public constructor, factory and instance method of every value type
   * refuses a null argument not marked nullable with a {@code NullPointerException} — on the
   * instances of every equality group, and on those Guava builds from the factories.
   */
  @Test
  void everyValueTypeRefusesNullEverywhere() throws Exception {
    ClassSanityTester tester = tester();
    NullPointerTester nulls = nullPointerTester();
    Map<Class<?>, List<Supplier<?>>> hand = handGroups();
    List<String> failures = new ArrayList<>();
    for (Class<?> c : valueTypes()) {
      try {
        if (hand.containsKey(c)) {
          nulls.testAllPublicStaticMethods(c);
          nulls.testAllPublicConstructors(c);
          for (Supplier<?> group : hand.get(c)) {
            nulls.testAllPublicInstanceMethods(group.get());
          }
        } else if (c.isRecord()) {
          tester.testNulls(c);
        } else {
          tester.forAllPublicStaticMethods(c).thatReturn(c).testNulls();
        }
      } catch (AssertionError | RuntimeException e) {
        failures.add(c.getName() + ": " + e);
      }
    }
    assertThat(failures).isEmpty();
  }

  /**
   * A refused null says which argument it was: the message of every {@code NullPointerException}
   * a public factory or constructor throws for a null is the parameter's name (a record's
   * component name, or an identifier for the others) — not the JVM's "Cannot invoke …".
   */
  @Test
  void aRefusedNullNamesTheParameter() throws Exception {
    List<String> failures = new ArrayList<>();
    for (Class<?> c : StaticFactoriesTest.publicTypes()) {
      List<Executable> targets = new ArrayList<>(List.of(c.getConstructors()));
      for (Method m : c.getMethods()) {
        // an enum's valueOf is the JDK's, whose message is "Name is null"
        if (Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == c
            && !(c.isEnum() && m.getName().equals("valueOf"))) {
          targets.add(m);
        }
      }
      for (Executable e : targets) {
        Parameter[] params = e.getParameters();
        Object[] args = new Object[params.length];
        boolean complete = true;
        for (int i = 0; i < params.length; i++) {
          args[i] = defaultValue(params[i].getType());
          complete &= args[i] != null || !params[i].getType().isPrimitive();
        }
        if (!complete) {
          continue;
        }
        for (int i = 0; i < params.length; i++) {
          if (params[i].getType().isPrimitive() || params[i].isAnnotationPresent(Nullable.class)
              || params[i].getAnnotatedType().isAnnotationPresent(Nullable.class) || args[i] == null) {
            continue;
          }
          Object[] withNull = args.clone();
          withNull[i] = null;
          String message = nullMessage(e, withNull);
          String expected = c.isRecord() && e instanceof Constructor<?>
              ? c.getRecordComponents()[i].getName() : null;
          if (message == null ? false
              : expected != null ? !message.equals(expected) : !message.matches("[a-z][A-Za-z0-9]*( .*)?")) {
            failures.add(e + " parameter " + i + ": " + message);
          } else if (message == null) {
            failures.add(e + " parameter " + i + ": a NullPointerException without a message");
          }
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  private static @org.jspecify.annotations.Nullable String nullMessage(Executable e, Object[] args) {
    try {
      if (e instanceof Method m) {
        m.invoke(null, args);
      } else {
        ((Constructor<?>) e).newInstance(args);
      }
      return "no exception";
    } catch (InvocationTargetException ex) {
      Throwable cause = ex.getCause();
      return cause instanceof NullPointerException ? String.valueOf(cause.getMessage())
          : "threw " + cause;
    } catch (ReflectiveOperationException ex) {
      return "could not call: " + ex;
    }
  }

  private static @org.jspecify.annotations.Nullable Object defaultValue(Class<?> type) {
    Object v = DEFAULTS.get(type);
    return v != null ? v : com.google.common.testing.ArbitraryInstances.get(type);
  }

  /** A valid value of each type civic's parameters take, for both null checks. */
  private static final Map<Class<?>, Object> DEFAULTS = defaults();

  private static Map<Class<?>, Object> defaults() {
    Map<Class<?>, Object> d = new LinkedHashMap<>();
    d.put(String.class, "a");
    d.put(DivisionCode.class, COUNTY);
    d.put(Hierarchy.class, hierarchy());
    d.put(SiteId.class, SiteId.of("c"));
    d.put(TeamId.class, TeamId.of("t"));
    d.put(VolunteerId.class, VolunteerId.of("v"));
    d.put(OrganisationId.class, OrganisationId.of("o"));
    d.put(GridId.class, GridId.of("g"));
    d.put(TeamFormula.class, TeamFormula.parse("1+N"));
    d.put(TeamTier.class, TeamTier.BRIGADE);
    d.put(TeamLadder.class, TeamLadder.defaults());
    d.put(TeamRules.class, TeamRules.of(TeamFormula.parse("1+N")));
    d.put(TeamTree.class, TeamTree.of(List.of(team("t", 5))));
    d.put(Team.class, team("t", 5));
    d.put(SiteLevel.class, SiteLevel.STATION);
    d.put(LocalDate.class, LocalDate.of(2024, 3, 5));
    d.put(Year.class, Year.of(2024));
    d.put(Instant.class, Instant.EPOCH);
    d.put(Criterion.class, ASSESSED);
    d.put(Measurement.class, Measurement.count(1));
    d.put(Mark.class, Mark.of(3, "好"));
    d.put(SubItem.class, SubItem.score("1.1", "分项", 10, ASSESSED));
    d.put(Item.class, item("1", 10));
    d.put(AssessmentTable.class, table("t", 10));
    d.put(Subject.class, Subject.site(SiteId.of("c"), "站", SiteLevel.STATION));
    d.put(Evidence.class, Evidence.none());
    d.put(Site.class, Site.station(SiteId.of("c"), "站", VILLAGE));
    d.put(Activity.class, activity("a", 5));
    d.put(ActivityLog.class, ActivityLog.of(List.of()));
    d.put(MenuItem.class, menu());
    d.put(Location.class, Location.unknown());
    d.put(Message.class, PASS);
    d.put(Evaluation.class, Evaluation.pass(PASS));
    d.put(TeamRule.class, new TeamRule(3, Optional.empty()));
    d.put(Period.class, Period.year(2024));
    return d;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static NullPointerTester nullPointerTester() {
    NullPointerTester t = new NullPointerTester();
    DEFAULTS.forEach((type, value) -> t.setDefault((Class) type, value));
    return t;
  }


  static ClassSanityTester tester() {
    DivisionCode county = COUNTY;
    DivisionCode town = TOWN;
    Hierarchy h = hierarchy();
    Hierarchy h2 = Hierarchy.builder().addDivisions(List.of(new Division(county, "禹州市"),
        new Division(town, "颍川街道"))).build();
    Message m1 = PASS;
    Message m2 = Message.literal("另一条");
    Criterion c1 = ASSESSED;
    Criterion c2 = Criterion.countAtLeast("months-with-activities", 3);
    TeamFormula f1 = TeamFormula.parse("1+N");
    TeamFormula f2 = TeamFormula.parse("1+12+N");
    return new ClassSanityTester()
        .setDistinctValues(String.class, "a", "b")
        .setDistinctValues(DivisionCode.class, county, town)
        .setDistinctValues(Hierarchy.class, h, h2)
        .setDistinctValues(SiteId.class, SiteId.of("c"), SiteId.of("d"))
        .setDistinctValues(TeamId.class, TeamId.of("t"), TeamId.of("u"))
        .setDistinctValues(VolunteerId.class, VolunteerId.of("v"), VolunteerId.of("w"))
        .setDistinctValues(OrganisationId.class, OrganisationId.of("o"), OrganisationId.of("p"))
        .setDistinctValues(GridId.class, GridId.of("g"), GridId.of("h"))
        .setDistinctValues(TeamFormula.class, f1, f2)
        .setDistinctValues(TeamTier.class, TeamTier.BRIGADE, TeamTier.SQUAD)
        .setDistinctValues(TeamCategory.class, TeamCategory.builtIn().get(0), TeamCategory.builtIn().get(1))
        .setDistinctValues(LeaderRole.class, LeaderRole.COUNTY_HEAD, LeaderRole.VILLAGE_SECRETARY)
        .setDistinctValues(TeamLadder.class, TeamLadder.defaults(),
            TeamLadder.withoutBranches(List.of(TeamTier.BRIGADE, TeamTier.SQUAD)))
        .setDistinctValues(TeamRules.class, TeamRules.of(f1), TeamRules.of(f2))
        .setDistinctValues(TeamRule.class, new TeamRule(3, Optional.empty()), new TeamRule(5, Optional.empty()))
        .setDistinctValues(SiteLevel.class, SiteLevel.POST, SiteLevel.STATION)
        .setDistinctValues(LocalDate.class, LocalDate.of(2024, 3, 5), LocalDate.of(2024, 4, 6))
        .setDistinctValues(YearMonth.class, YearMonth.of(2024, 3), YearMonth.of(2024, 4))
        .setDistinctValues(Year.class, Year.of(2024), Year.of(2025))
        .setDistinctValues(Instant.class, Instant.parse("2024-03-05T08:00:00Z"), Instant.parse("2024-03-06T08:00:00Z"))
        .setDistinctValues(Duration.class, Duration.ofMinutes(30), Duration.ofMinutes(90))
        .setDistinctValues(BigDecimal.class, new BigDecimal("1.5"), new BigDecimal("2.5"))
        .setDistinctValues(Period.class, Period.month(YearMonth.of(2024, 3)), Period.year(2024))
        .setDistinctValues(Location.class, Location.ofLine("a.jsonl", 3), Location.ofSubject("site c"))
        .setDistinctValues(Message.class, m1, m2)
        .setDistinctValues(Evaluation.class, Evaluation.pass(m1), Evaluation.fail(m2))
        .setDistinctValues(Criterion.class, c1, c2)
        .setDistinctValues(Measurement.class, Measurement.count(1), Measurement.share(1, 2))
        .setDistinctValues(Mark.class, Mark.of(3, "好"), Mark.of(5, "很好"))
        .setDistinctValues(SubItem.class, SubItem.score("1.1", "分项", 10, c1), SubItem.score("1.2", "分项二", 5, c2))
        .setDistinctValues(Subject.class, Subject.site(SiteId.of("c"), "站", SiteLevel.STATION),
            Subject.team(TeamId.of("t"), "队", SiteLevel.POST))
        .setDistinctValues(MenuItem.class, menu(), new MenuItem("n", "义诊", "卫生"))
        .setDistinctValues(Team.class, team("t", 5), team("u", 6))
        .setDistinctValues(Activity.class, activity("a", 5), activity("b", 6))
        .setDistinctValues(MonthlyFigures.class, new MonthlyFigures(1, 2, 3, 4), new MonthlyFigures(2, 2, 3, 4));
  }

  private static Hierarchy hierarchy() {
    return Hierarchy.builder().addDivisions(List.of(new Division(COUNTY, "禹州市")))
        .addSites(List.of(Site.center(SiteId.of("c"), "禹州市新时代文明实践中心", COUNTY))).build();
  }

  private static Activity activity(String id, int day) {
    return Activity.builder(id, LocalDate.of(2024, 3, day), SiteId.of("c")).build(CLOCK);
  }

  private static Team team(String id, int members) {
    return Team.builder(TeamId.of(id), "队", TeamTier.BRIGADE, SiteId.of("c")).members(members).build();
  }

  private static MenuItem menu() {
    return new MenuItem("m", "宣讲", "政策");
  }

  private static Item item(String id, long points) {
    return Item.of(id, "阵地", List.of(SubItem.score(id + ".1", "场所", points, ASSESSED)));
  }

  private static AssessmentTable table(String id, long points) {
    return AssessmentTable.builder(id, "测评表", "1").item(item("1", points)).build();
  }

  private static Inspection inspection(String site, long points) {
    return Inspection.of("t", Subject.Kind.SITE, site, LocalDate.of(2024, 3, 5), Optional.empty(),
        Map.of("1.1", Mark.of(points, "好")));
  }

  private static Assessment assessment(long points) {
    return table("t", 10).assess(Subject.site(SiteId.of("c"), "站", SiteLevel.STATION),
        Evidence.none().withMark("1.1", Mark.of(points, "好")));
  }

  private static CheckResult check(String id, Evaluation evaluation) {
    return CheckResult.of(id, "venue", Optional.of(SiteId.of("c")), SiteLevel.STATION, evaluation);
  }
}
