package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.civic.activity.Activity;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Coverage;
import org.civic.metric.Period;
import org.civic.metric.Ratio;
import org.civic.order.ServiceOrder;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.team.Team;
import org.civic.team.TeamFormula;
import org.civic.volunteer.NationalVolunteerNumber;
import org.civic.volunteer.RecordStatus;
import org.civic.volunteer.ServiceRecord;
import org.civic.volunteer.Volunteer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RoundTripTest {

  private static byte[] write(Dataset d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CivicJson.strict().writeDataset(d, out);
    return out.toByteArray();
  }

  @Test
  void aDocumentReadsBackEqual() {
    qt().withExamples(150).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, size) -> {
      Dataset d = Samples.dataset(seed, size);
      CivicJson.DatasetResult r = CivicJson.strict().readDataset(new ByteArrayInputStream(write(d)), "d.json");
      assertThat(r.dataset()).isEqualTo(d);
      assertThat(r.report().isClean()).isTrue();
      assertThat(r.report().records()).isEqualTo(d.divisions().size() + d.sites().size() + d.teams().size()
          + d.grids().size() + d.organisations().size() + d.volunteers().size() + d.activities().size()
          + d.orders().size() + (d.profile().isPresent() ? 1 : 0) + (d.teamRules().isPresent() ? 1 : 0)
          + d.inspections().size()
          + d.assessmentTables().size() + d.serviceRecords().size());
    });
  }

  @Test
  void jsonLinesReadBackEqual() {
    qt().withExamples(150).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, size) -> {
      Dataset d = Samples.dataset(seed, size);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (LinesWriter w = CivicJson.strict().linesWriter(out)) {
        w.writeAll(d);
      }
      String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(text).endsWith("\n");
      assertThat(text.split("\n", -1)).allSatisfy(line -> assertThat(line).matches("|\\{\"type\":\"[a-z][A-Za-z]*\".*\\}"));
      Collecting sink = new Collecting();
      ReadReport report = CivicJson.strict().readLines(new ByteArrayInputStream(out.toByteArray()), "d.jsonl", sink);
      assertThat(report.isClean()).isTrue();
      assertThat(sink.dataset()).isEqualTo(d);
    });
  }

  @Test
  void theJacksonModuleIsFoundAndRoundTripsEveryType() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    // The first sample from seed 7 on with every kind of record, so that no loop below is empty.
    Dataset d = java.util.stream.LongStream.range(7, 1000).mapToObj(seed -> Samples.dataset(seed, 3))
        .filter(x -> Stream.of(x.divisions(), x.sites(), x.teams(), x.grids(), x.volunteers(), x.activities(), x.orders(),
                x.serviceRecords()).noneMatch(List::isEmpty))
        .findFirst().orElseThrow();
    assertThat(mapper.readValue(mapper.writeValueAsString(d), Dataset.class)).isEqualTo(d);
    for (Site s : d.sites()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(s), Site.class)).isEqualTo(s);
    }
    for (Team t : d.teams()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(t), Team.class)).isEqualTo(t);
    }
    for (org.civic.team.GridGroup g : d.grids()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(g), org.civic.team.GridGroup.class)).isEqualTo(g);
    }
    for (Activity a : d.activities()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(a), Activity.class)).isEqualTo(a);
    }
    for (ServiceOrder o : d.orders()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(o), ServiceOrder.class)).isEqualTo(o);
    }
    for (Volunteer v : d.volunteers()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(v), Volunteer.class)).isEqualTo(v);
    }
    for (ServiceRecord r : d.serviceRecords()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(r), ServiceRecord.class)).isEqualTo(r);
    }
    assertThat(d.serviceRecords()).extracting(ServiceRecord::status).contains(RecordStatus.APPROVED);
    NationalVolunteerNumber n = NationalVolunteerNumber.of("ZY-20240001");
    assertThat(mapper.writeValueAsString(n)).isEqualTo("\"ZY-20240001\"");
    assertThat(mapper.readValue("\"ZY-20240001\"", NationalVolunteerNumber.class)).isEqualTo(n);
    Division div = d.divisions().get(0);
    assertThat(mapper.readValue(mapper.writeValueAsString(div), Division.class)).isEqualTo(div);
    assertThat(mapper.writeValueAsString(DivisionCode.parse("411081"))).isEqualTo("\"411081000000\"");
    assertThat(mapper.readValue("\"2024-Q1\"", Period.class)).isEqualTo(Period.quarter(2024, 1));
    assertThat(mapper.readValue("\"1+12+N\"", TeamFormula.class)).isEqualTo(TeamFormula.of(12));
    assertThat(mapper.readValue("\"s-1\"", SiteId.class)).isEqualTo(SiteId.of("s-1"));
    assertThat(mapper.writeValueAsString(Coverage.of(18, 26))).isEqualTo("{\"built\":18,\"total\":26}");
    assertThat(mapper.readValue("{\"built\":18,\"total\":26}", Coverage.class)).isEqualTo(Coverage.of(18, 26));
    assertThat(mapper.readValue("{\"numerator\":1,\"denominator\":3}", Ratio.class)).isEqualTo(Ratio.of(1, 3));
  }

  @Test
  void computedFiguresAreWritten() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.writeValueAsString(org.civic.standard.OutcomeCounts.of(3, 1, 2, 0)))
        .isEqualTo("{\"pass\":3,\"fail\":1,\"incomplete\":2,\"not-applicable\":0}");
    assertThat(mapper.writeValueAsString(org.civic.standard.Score.of(5, 6))).isEqualTo("{\"earned\":5,\"possible\":6}");
    assertThat(mapper.writeValueAsString(new org.civic.metric.Change(120, 100)))
        .isEqualTo("{\"current\":120,\"previous\":100,\"absolute\":20}");
    assertThat(mapper.writeValueAsString(org.civic.metric.DistinctCount.of(1, 2, 2, 7))).isEqualTo("3");
    java.time.Instant t0 = java.time.Instant.parse("2024-05-01T08:00:00Z");
    org.civic.order.MenuItem item = new org.civic.order.MenuItem("m", "宣讲", "政策");
    org.civic.team.TeamId team = org.civic.team.TeamId.of("t");
    List<ServiceOrder> orders = List.of(
        ServiceOrder.place("o1", SiteId.of("s"), item, t0).match(team, t0.plusSeconds(3600))
            .deliver("a", t0.plusSeconds(3 * 3600)).rate(4, Optional.empty(), t0.plusSeconds(4 * 3600)),
        ServiceOrder.place("o2", SiteId.of("s"), item, t0).match(team, t0.plusSeconds(2 * 3600))
            .reject("忙", t0.plusSeconds(3 * 3600)).cancel("不要了", t0.plusSeconds(4 * 3600)),
        ServiceOrder.place("o3", SiteId.of("s"), item, t0));
    assertThat(mapper.writeValueAsString(org.civic.metric.OrderMetrics.of(orders)))
        .isEqualTo("{\"placed\":3,\"matched\":2,\"delivered\":1,\"rated\":1,\"rejected\":1,\"cancelled\":1,"
            + "\"ratingSum\":4,\"medianTimeToMatch\":\"PT1H\",\"medianTimeToDeliver\":\"PT3H\"}");
    assertThat(mapper.writeValueAsString(orders.stream().map(org.civic.metric.MetricSet::of)
            .reduce(org.civic.metric.MetricSet.empty(), org.civic.metric.MetricSet::plus)))
        .isEqualTo("{\"activities\":0,\"personTimes\":0,\"beneficiaries\":0,\"serviceMinutes\":0,"
            + "\"materials\":0,\"consultations\":0,\"sessions\":0,\"ordersPlaced\":3,\"ordersMatched\":2,"
            + "\"ordersDelivered\":1,\"ordersRated\":1,\"ratingSum\":4,\"ordersRejected\":1,\"ordersCancelled\":1,"
            + "\"volunteers\":0,\"organisations\":[],\"distinct\":{\"volunteers\":\"OjAAAAAAAAA=\"}}");
    assertThat(mapper.writeValueAsString(org.civic.problem.Problem.of("x.y",
        org.civic.problem.Location.ofLine("f.json", 3).withJsonPointer("/a"), "bad").withExpected("good")))
        .isEqualTo("{\"id\":\"x.y\",\"source\":\"f.json\",\"line\":3,\"pointer\":\"/a\",\"message\":\"bad\",\"expected\":\"good\"}");
  }

  @Test
  void theModuleFailsWithEveryProblemNamed() {
    JsonMapper mapper = JsonMapper.builder().addModule(new CivicModule()).build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapper.readValue(
            "{\"id\":\"s\",\"name\":\"站\",\"level\":\"STATION\",\"division\":\"123\",\"color\":1}", Site.class))
        .isInstanceOf(tools.jackson.databind.DatabindException.class)
        .hasMessageContaining("/division")
        .hasMessageContaining("/color");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapper.readValue(
            "{\"numerator\":3,\"denominator\":0}", Ratio.class))
        .isInstanceOf(tools.jackson.databind.DatabindException.class)
        .hasMessageContaining("3/0");
  }

  /**
   * Collects JSON Lines records back into a dataset through {@link Dataset#builder()}; with
   * {@link #onlyOn}, fails if it is called on another thread.
   */
  static final class Collecting implements RecordSink {
    private final Dataset.Builder data = Dataset.builder();
    private Thread only;

    /** Makes every later call fail unless it comes on thread t. */
    Collecting onlyOn(Thread t) {
      only = t;
      return this;
    }

    private void check() {
      if (only != null && Thread.currentThread() != only) {
        throw new AssertionError("the sink was called on " + Thread.currentThread().getName());
      }
    }

    @Override
    public void division(Division d) {
      check();
      data.division(d);
    }

    @Override
    public void site(Site s) {
      check();
      data.site(s);
    }

    @Override
    public void team(Team t) {
      check();
      data.team(t);
    }

    @Override
    public void grid(org.civic.team.GridGroup g) {
      check();
      data.grid(g);
    }

    @Override
    public void organisation(org.civic.team.Organisation o) {
      check();
      data.organisation(o);
    }

    @Override
    public void volunteer(Volunteer v) {
      check();
      data.volunteer(v);
    }

    @Override
    public void activity(Activity a) {
      check();
      data.activity(a);
    }

    @Override
    public void order(ServiceOrder o) {
      check();
      data.order(o);
    }

    @Override
    public void serviceRecord(ServiceRecord r) {
      check();
      data.serviceRecord(r);
    }

    @Override
    public void inspection(org.civic.assessment.Inspection i) {
      check();
      data.inspection(i);
    }

    @Override
    public void teamRules(org.civic.team.TeamRules r) {
      check();
      data.teamRules(r);
    }

    @Override
    public void profile(StandardProfile p) {
      check();
      data.profile(p);
    }

    @Override
    public void assessmentTable(org.civic.assessment.AssessmentTable t) {
      check();
      data.assessmentTable(t);
    }

    Dataset dataset() {
      return data.build();
    }
  }
}
