package org.civic.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.civic.activity.Activity;
import org.civic.json.CivicJson;
import org.civic.json.LinesWriter;
import org.civic.metric.ActivityRollup;
import org.civic.metric.VolunteerIndex;
import org.civic.order.ServiceOrder;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;
import org.civic.site.SiteId;
import org.civic.testkit.RandomActivities;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading civic JSON Lines in Flink: a file cut into many splits and chunks gives every good
 * record exactly once and every bad line as problems at that line of the file (lenient), the
 * roll-up sends them to its problems output and still counts every good record, and strict mode
 * fails the job with a located problem.
 */
class CivicLinesSourceTest {

  @RegisterExtension
  static final MiniClusterExtension CLUSTER = Jobs.cluster();

  @TempDir
  static Path dir;

  static Fixtures fixtures;
  static Path file;
  /** The 1-based numbers of the lines that cannot be read. */
  static final Set<Long> BAD_LINES = new TreeSet<>();

  private static final List<String> BAD = List.of(
      "{\"type\":\"activity\",\"id\":\"cut-short\",\"date\":\"2024-03-0",
      "this is not JSON",
      "{\"type\":\"order\"}",
      "{\"type\":\"activity\",\"id\":\"a-bad-date\",\"date\":\"2024-13-40\",\"site\":\"s\"}",
      "{\"type\":\"starship\",\"id\":\"x\"}");

  @BeforeAll
  static void writeAFileWithBadLines() throws Exception {
    fixtures = Fixtures.generate(23, dir, 5, 300);
    List<String> lines = new ArrayList<>(Files.readAllLines(fixtures.records(), StandardCharsets.UTF_8));
    List<String> out = new ArrayList<>();
    out.add(lines.get(0));   // the header
    for (int i = 1; i < lines.size(); i++) {
      if (i % 29 == 0) {
        out.add(BAD.get((i / 29) % BAD.size()));
        BAD_LINES.add((long) out.size());
      }
      out.add(lines.get(i));
    }
    file = dir.resolve("with-bad-lines.jsonl");
    Files.write(file, out, StandardCharsets.UTF_8);
    assertThat(BAD_LINES).hasSizeGreaterThan(10);
  }

  @Test
  void everyGoodRecordOnceAndEveryBadLineAtItsLine() throws Exception {
    StreamExecutionEnvironment env = Jobs.env(RuntimeExecutionMode.BATCH, 3);
    List<CivicRecord> records = new ArrayList<>();
    try (CloseableIterator<CivicRecord> it = env.fromSource(CivicLinesSource.builder(List.of(file.toString()))
        .splitSize(1_500).chunkSize(700).build(), WatermarkStrategy.noWatermarks(), "lines").executeAndCollect()) {
      it.forEachRemaining(records::add);
    }
    Map<String, Integer> activities = new HashMap<>();
    Map<String, Integer> orders = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (CivicRecord r : records) {
      r.activity().ifPresent(a -> activities.merge(a.id(), 1, Integer::sum));
      r.order().ifPresent(o -> orders.merge(o.id(), 1, Integer::sum));
      r.problem().ifPresent(problems::add);
    }
    assertThat(activities.keySet()).containsExactlyInAnyOrderElementsOf(fixtures.activities().stream().map(Activity::id).toList());
    assertThat(activities.values()).allMatch(n -> n == 1);
    assertThat(orders.keySet()).containsExactlyInAnyOrderElementsOf(fixtures.orders().stream().map(ServiceOrder::id).toList());
    assertThat(orders.values()).allMatch(n -> n == 1);
    assertThat(problems).allSatisfy(p -> {
      assertThat(p.where().source().orElseThrow()).endsWith(file.toString());
      assertThat(p.where().line()).isPresent();
    });
    assertThat(problems.stream().map(p -> p.where().line().getAsLong()).collect(java.util.stream.Collectors.toSet()))
        .as("the lines of the problems are exactly the bad lines").isEqualTo(BAD_LINES);
  }

  @Test
  void theRollupReportsBadLinesAndUnknownSitesAndVolunteersAndCountsEveryGoodRecord() throws Exception {
    Activity nowhere = Activity.builder("a-nowhere", LocalDate.of(2024, 5, 1), SiteId.of("nowhere"))
        .volunteers(List.of(RandomActivities.volunteer(0))).build(Clock.systemUTC());
    Activity stranger = Activity.builder("a-stranger", LocalDate.of(2024, 5, 2), fixtures.sites().get(0).id())
        .volunteers(List.of(VolunteerId.of("not-registered"))).build(Clock.systemUTC());
    ByteArrayOutputStream extra = new ByteArrayOutputStream();
    try (LinesWriter w = CivicJson.strict().linesWriter(extra)) {
      w.write(nowhere).write(stranger);
    }
    Path withStrangers = dir.resolve("with-strangers.jsonl");
    String text = Files.readString(file) + extra.toString(StandardCharsets.UTF_8).lines().skip(1)
        .map(l -> l + "\n").reduce("", String::concat);
    Files.writeString(withStrangers, text);

    StreamExecutionEnvironment env = Jobs.env(RuntimeExecutionMode.BATCH, 2);
    RollupJob job = RollupJob.builder(fixtures.referenceData()).build();
    Jobs.Output out = Jobs.run(env, job.apply(env, CivicLinesSource.builder(List.of(withStrangers.toString()))
        .splitSize(5_000).build()));
    assertThat(out.problems().stream().filter(p -> p.where().line().isPresent())
        .map(p -> p.where().line().getAsLong()).collect(java.util.stream.Collectors.toSet())).isEqualTo(BAD_LINES);
    assertThat(out.problems()).filteredOn(p -> p.id().equals("activity.unknown-site"))
        .singleElement().satisfies(p -> assertThat(p.where().subject()).contains("a-nowhere"));
    assertThat(out.problems()).filteredOn(p -> p.id().equals("activity.unknown-volunteer"))
        .singleElement().satisfies(p -> assertThat(p.message()).contains("not-registered"));
    RollupJobTest.assertSameAsOneMachine(fixtures, out.latest());
    ActivityRollup one = ActivityRollup.of(fixtures.hierarchy(), fixtures.activities(), fixtures.orders(),
        VolunteerIndex.of(fixtures.register()));
    assertThat(one.activityCount()).isEqualTo(fixtures.activities().size());
  }

  @Test
  void strictModeFailsTheJobWithALocatedProblem() {
    StreamExecutionEnvironment env = Jobs.env(RuntimeExecutionMode.BATCH, 2);
    env.fromSource(CivicLinesSource.builder(List.of(file.toString())).strict().splitSize(4_000).build(),
        WatermarkStrategy.noWatermarks(), "lines").sinkTo(new org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink<>());
    assertThatThrownBy(() -> env.execute("strict")).hasRootCauseInstanceOf(ProblemException.class)
        .satisfies(e -> {
          Throwable root = e;
          while (root.getCause() != null) {
            root = root.getCause();
          }
          // the list of problems does not cross from the cluster (Problem is not Serializable); the
          // message lists them, with their file and line
          assertThat(root.getMessage()).startsWith("cannot read file:" + file + " (strict): ")
              .contains("  file:" + file + ":");
          String line = root.getMessage().replaceFirst("(?s).*\\n  [^ ]*jsonl:(\\d+):.*", "$1");
          assertThat(BAD_LINES).contains(Long.parseLong(line));
        });
  }
}
