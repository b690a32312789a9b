package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civic.activity.Activity;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Coverage;
import org.civic.hierarchy.Hierarchy;
import org.civic.metric.ActivityRollup;
import org.civic.metric.Change;
import org.civic.metric.Mean;
import org.civic.metric.MetricSet;
import org.civic.metric.Period;
import org.civic.metric.Ratio;
import org.civic.metric.VolunteerIndex;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.civic.site.SiteId;
import org.civic.standard.ComplianceSummary;
import org.civic.standard.OutcomeCounts;
import org.civic.standard.Score;
import org.civic.standard.SixHaves;
import org.civic.team.GridId;
import org.civic.team.TeamFormula;
import org.civic.team.TeamId;
import org.civic.testkit.AssessmentTables;
import org.civic.volunteer.NationalVolunteerNumber;
import org.civic.volunteer.ServiceReview;
import org.civic.volunteer.VolunteerActivity;
import org.civic.volunteer.VolunteerHours;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every type {@link CivicModule} writes reads back to an equal value — or is one of the few it
 * writes only, each named with its reason in docs/json-format.md. The types are the module's own
 * registrations, so a type added to the module without a sample here, or without a reader and
 * without a documented reason, fails this test.
 */
class ReadBackTest {

  private static final CivicModule MODULE = new CivicModule();
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(MODULE).build();

  /** Two or more values of each type the module reads, as different from each other as the type allows. */
  private static Map<Class<?>, List<?>> samples() {
    // the first sample dataset with records of every kind, so that no type's samples are empty
    Dataset d = java.util.stream.LongStream.iterate(22, x -> x + 1).mapToObj(x -> Samples.dataset(x, 40))
        .filter(x -> !x.serviceRecords().isEmpty() && !x.organisations().isEmpty() && !x.inspections().isEmpty()
            && !x.grids().isEmpty() && !x.orders().isEmpty() && !x.volunteers().isEmpty())
        .findFirst().orElseThrow();
    Map<Class<?>, List<?>> s = new LinkedHashMap<>();
    s.put(DivisionCode.class, List.of(DivisionCode.parse("411081"), DivisionCode.parse("411081103201")));
    s.put(SiteId.class, List.of(SiteId.of("yz"), SiteId.of("yz-103-201")));
    s.put(TeamId.class, List.of(TeamId.of("t-1")));
    s.put(GridId.class, List.of(GridId.of("g-1")));
    s.put(VolunteerId.class, List.of(VolunteerId.of("v-1")));
    s.put(Period.class, List.of(Period.year(2024), Period.parse("2024-Q1"), Period.parse("2024-01-01/2024-06-30")));
    s.put(TeamFormula.class, List.of(TeamFormula.parse("1+12+N")));
    s.put(NationalVolunteerNumber.class, List.of(NationalVolunteerNumber.of("ZY-41108120210001")));
    s.put(org.civic.division.Division.class, d.divisions().subList(0, 3));
    s.put(org.civic.site.Site.class, d.sites().subList(0, 3));
    s.put(org.civic.team.Team.class, d.teams());
    s.put(org.civic.team.GridGroup.class, d.grids());
    s.put(org.civic.team.OrganisationId.class, List.of(org.civic.team.OrganisationId.of("org-411081-017")));
    s.put(org.civic.team.Organisation.class, d.organisations());
    s.put(org.civic.team.TeamRules.class, List.of(org.civic.team.TeamRules.of(TeamFormula.parse("1+10+N")),
        Samples.teamRules(new java.util.SplittableRandom(5)).orElseGet(() -> org.civic.team.TeamRules.of(
            TeamFormula.parse("1+N")).withGridsRequiredAt(java.util.Set.of(org.civic.site.SiteLevel.STATION)))));
    s.put(org.civic.assessment.Inspection.class, d.inspections());
    s.put(org.civic.volunteer.Volunteer.class, d.volunteers());
    s.put(Activity.class, d.activities());
    s.put(org.civic.order.ServiceOrder.class, d.orders());
    s.put(org.civic.assessment.AssessmentTable.class, List.of(AssessmentTables.bijieShaped(),
        AssessmentTables.districtShaped()));
    s.put(org.civic.volunteer.ServiceRecord.class, d.serviceRecords());
    s.put(ServiceReview.class, List.of(new ServiceReview(1, 2, 3, Duration.ofMinutes(600), Duration.ofMinutes(300)),
        new ServiceReview(0, 0, 0, Duration.ZERO, Duration.ZERO)));
    s.put(VolunteerHours.class, List.of(new VolunteerHours(1, VolunteerId.of("v-1"), Duration.ofMinutes(90), 2)));
    s.put(Coverage.class, List.of(Coverage.of(18, 26)));
    s.put(Ratio.class, List.of(Ratio.of(1, 3)));
    s.put(Mean.class, List.of(Mean.of(10, 4)));
    s.put(Dataset.class, List.of(d, Dataset.empty()));
    s.put(StandardProfile.class, List.of(new StandardProfile("某省六有标准", "2024",
        SixHaves.profile().withVenueArea(org.civic.site.SiteLevel.STATION, 20))));
    s.put(Problem.class, List.of(Problem.of("x.y", Location.ofLine("f.json", 3).withColumn(7).withJsonPointer("/a")
        .withSubject("yz"), "bad").withExpected("good"), Problem.of("x.z", Location.unknown(), "worse")));
    s.put(MetricSet.class, metricSets(d));
    s.put(OutcomeCounts.class, List.of(OutcomeCounts.of(3, 1, 2, 0), OutcomeCounts.empty()));
    s.put(ComplianceSummary.class, List.of(ComplianceSummary.of(Map.of(SixHaves.VENUE, OutcomeCounts.of(1, 2, 3, 4)))));
    s.put(Score.class, List.of(Score.of(5, 6)));
    s.put(VolunteerActivity.class, List.of(new VolunteerActivity(3, 7, Duration.ofMinutes(420))));
    s.put(Change.class, List.of(new Change(120, 100), new Change(-3, 5)));
    return s;
  }

  /** The figures of the sample's top division, of one site, and of nothing. */
  private static List<MetricSet> metricSets(Dataset d) {
    Hierarchy h = d.toHierarchy();
    ActivityRollup rollup = ActivityRollup.of(h, d.activities(), d.orders(), VolunteerIndex.growing());
    List<MetricSet> sets = new ArrayList<>();
    sets.add(rollup.metrics(h.roots().get(0).code(), Period.year(2024)));
    sets.add(rollup.siteMetrics(d.activities().get(0).site(), Period.year(2024)));
    sets.add(MetricSet.empty());
    assertThat(sets.get(0).activities()).as("the sample has activities").isPositive();
    assertThat(sets.get(0).volunteers().count()).isPositive();
    return sets;
  }

  @Test
  void everyTypeTheModuleWritesReadsBackOrIsDocumentedAsWriteOnly() throws IOException {
    // a module made here, not the class's: what its constructor registers is what is checked
    CivicModule module = new CivicModule();
    JsonMapper mapper = JsonMapper.builder().addModule(module).build();
    Map<Class<?>, List<?>> samples = samples();
    String doc = Files.readString(Path.of("..", "docs", "json-format.md"));
    String writeOnly = doc.substring(doc.indexOf("### Written, not read back"));
    for (Class<?> type : module.writtenTypes()) {
      if (CivicModule.WRITE_ONLY.contains(type)) {
        assertThat(module.readTypes()).as(type + " is write-only").doesNotContain(type);
        assertThat(writeOnly).as("docs/json-format.md says why " + type.getSimpleName() + " is write-only")
            .contains("`" + type.getSimpleName() + "`");
        continue;
      }
      assertThat(module.readTypes()).as(type + " is read back").contains(type);
      assertThat(samples).as("a sample of " + type.getSimpleName()).containsKey(type);
      assertThat(samples.get(type)).as("samples of " + type.getSimpleName()).isNotEmpty();
      for (Object value : samples.get(type)) {
        String json = mapper.writeValueAsString(value);
        assertThat(mapper.readValue(json, type)).as(type.getSimpleName() + " " + json).isEqualTo(value);
      }
    }
    assertThat(module.writtenTypes()).containsAll(samples.keySet()).containsAll(CivicModule.WRITE_ONLY);
    assertThat(module.readTypes()).containsExactlyInAnyOrderElementsOf(samples.keySet());
  }

  /**
   * Every object inside every sample's JSON (but a whole dataset's, whose records are the other
   * samples): a field added that the object does not know is refused, naming it; and any one field
   * taken away gives a value or a problem — never another exception, so a reader that needs a
   * field reports it missing, and goes on to report every other field missing too.
   */
  @Test
  void aFieldAddedOrTakenAwayAnywhereIsReportedAndNothingElseIsThrown() {
    CivicModule module = new CivicModule();
    JsonMapper mapper = JsonMapper.builder().addModule(module).build();
    int objects = 0;
    int removals = 0;
    for (Map.Entry<Class<?>, List<?>> e : samples().entrySet()) {
      Class<?> type = e.getKey();
      for (Object value : type == Dataset.class ? List.of(Dataset.empty()) : e.getValue()) {
        JsonNode tree = mapper.valueToTree(value);
        for (String pointer : objectPointers(tree, "")) {
          objects++;
          JsonNode added = tree.deepCopy();
          ((ObjectNode) added.at(pointer)).put("zzz", 1);
          assertThatThrownBy(() -> mapper.treeToValue(added, type)).as("%s with \"zzz\" at %s", type.getSimpleName(),
              pointer).isInstanceOf(DatabindException.class).hasMessageContaining("zzz");
          for (String field : tree.at(pointer).propertyNames()) {
            removals++;
            JsonNode removed = tree.deepCopy();
            ((ObjectNode) removed.at(pointer)).remove(field);
            Throwable thrown = catchThrowable(() -> mapper.treeToValue(removed, type));
            if (thrown != null) {
              assertThat(thrown).as("%s without %s/%s", type.getSimpleName(), pointer, field)
                  .isInstanceOf(DatabindException.class);
            }
          }
          // every field taken away at once: each is reported, not only the first
          if (tree.at(pointer).size() > 1) {
            JsonNode empty = tree.deepCopy();
            ((ObjectNode) empty.at(pointer)).removeAll();
            Throwable thrown = catchThrowable(() -> mapper.treeToValue(empty, type));
            if (thrown != null) {
              assertThat(thrown).as("%s with %s empty", type.getSimpleName(), pointer)
                  .isInstanceOf(DatabindException.class);
            }
          }
        }
      }
    }
    assertThat(objects).isGreaterThan(100);
    assertThat(removals).isGreaterThan(500);
  }

  /** The JSON pointers of every object in a tree, itself included. */
  private static List<String> objectPointers(JsonNode node, String at) {
    List<String> pointers = new ArrayList<>();
    if (node.isObject()) {
      pointers.add(at);
      for (String name : node.propertyNames()) {
        pointers.addAll(objectPointers(node.get(name), at + "/" + name.replace("~", "~0").replace("/", "~1")));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        pointers.addAll(objectPointers(node.get(i), at + "/" + i));
      }
    }
    return pointers;
  }

  /** A metric set read back merges exactly: the volunteers who took part in both halves count once. */
  @Test
  void aMetricSetReadBackMergesAsTheOriginalDoes() {
    Dataset d = Samples.dataset(7, 60);
    VolunteerIndex index = VolunteerIndex.growing();
    int half = d.activities().size() / 2;
    MetricSet first = d.activities().subList(0, half).stream().collect(MetricSet.collector(index));
    MetricSet second = d.activities().subList(half, d.activities().size()).stream().collect(MetricSet.collector(index));
    MetricSet back1 = MAPPER.readValue(MAPPER.writeValueAsString(first), MetricSet.class);
    MetricSet back2 = MAPPER.readValue(MAPPER.writeValueAsString(second), MetricSet.class);
    assertThat(back1.plus(back2)).isEqualTo(first.plus(second));
    assertThat(first.volunteers().count() + second.volunteers().count())
        .as("some volunteers took part in both halves, so a count without its set would merge wrong")
        .isGreaterThan(back1.plus(back2).volunteers().count());
  }

  @Test
  void anyMetricSetOfActivitiesReadsBackEqual() {
    qt().withExamples(60).forAll(longs().all(), integers().between(1, 40)).checkAssert((seed, size) -> {
      Dataset d = Samples.dataset(seed, size);
      MetricSet m = d.activities().stream().collect(MetricSet.collector(VolunteerIndex.growing()));
      MetricSet withOrders = d.orders().stream().map(MetricSet::of).reduce(m, MetricSet::plus);
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(withOrders), MetricSet.class)).isEqualTo(withOrders);
    });
  }

  @Test
  void aMetricSetWhoseCountIsNotItsSetsSizeOrThatLacksAFieldIsRefusedNamingIt() {
    Dataset d = Samples.dataset(3, 30);
    MetricSet m = d.activities().stream().collect(MetricSet.collector(VolunteerIndex.growing()));
    String json = MAPPER.writeValueAsString(m);
    String lying = json.replace("\"volunteers\":" + m.volunteers().count() + ",",
        "\"volunteers\":" + (m.volunteers().count() + 1) + ",");
    assertThat(lying).isNotEqualTo(json);
    assertThatThrownBy(() -> MAPPER.readValue(lying, MetricSet.class)).isInstanceOf(DatabindException.class)
        .hasMessageContaining("metric.distinct-mismatch").hasMessageContaining("\"volunteers\" is");
    String noSessions = json.replaceFirst("\"sessions\":\\d+,", "");
    assertThatThrownBy(() -> MAPPER.readValue(noSessions, MetricSet.class)).isInstanceOf(DatabindException.class)
        .hasMessageContaining("the field \"sessions\" is missing");
    String negative = json.replaceFirst("\"materials\":\\d+", "\"materials\":-1");
    assertThatThrownBy(() -> MAPPER.readValue(negative, MetricSet.class)).isInstanceOf(DatabindException.class)
        .hasMessageContaining("/materials");
    String notBase64 = json.replaceFirst("\"distinct\":\\{\"volunteers\":\"[^\"]*\"", "\"distinct\":{\"volunteers\":\"%%\"");
    assertThatThrownBy(() -> MAPPER.readValue(notBase64, MetricSet.class)).isInstanceOf(DatabindException.class)
        .hasMessageContaining("/distinct/volunteers");
    String noSet = json.replaceFirst("\"distinct\":\\{[^}]*}", "\"distinct\":{}");
    assertThatThrownBy(() -> MAPPER.readValue(noSet, MetricSet.class)).isInstanceOf(DatabindException.class)
        .hasMessageContaining("the set of \"volunteers\" is missing");
  }

  @Test
  void aChangeWhoseAbsoluteIsNotTheDifferenceIsRefused() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"current\":120,\"previous\":100,\"absolute\":21}", Change.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("metric.change-mismatch");
    assertThat(MAPPER.readValue("{\"current\":120,\"previous\":100}", Change.class)).isEqualTo(new Change(120, 100));
    assertThatThrownBy(() -> MAPPER.readValue("{\"earned\":7,\"possible\":6}", Score.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("earned <= possible");
  }

  /** The same form through ServiceLoader, as a host's mapper finds the module. */
  @Test
  void aHostsMapperFindsTheReaders() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    MetricSet m = Samples.dataset(5, 20).activities().stream().collect(MetricSet.collector(VolunteerIndex.growing()));
    assertThat(found.readValue(found.writeValueAsString(m), MetricSet.class)).isEqualTo(m);
  }
}
