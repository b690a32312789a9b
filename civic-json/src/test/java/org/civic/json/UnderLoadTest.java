package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.civic.activity.Activity;
import org.civic.activity.ActivityLog;
import org.civic.assessment.AssessmentTable;
import org.civic.assessment.Inspection;
import org.civic.division.Division;
import org.civic.order.ServiceOrder;
import org.civic.site.Site;
import org.civic.team.GridGroup;
import org.civic.team.Organisation;
import org.civic.team.Team;
import org.civic.team.TeamRules;
import org.civic.testkit.DamagedLines;
import org.civic.volunteer.ServiceRecord;
import org.civic.volunteer.Volunteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing lost under load (issue 20, item 4), at the size CI runs: a generated file of
 * {@value #LINES} lines, 1% of them damaged with every kind of damage the bad-input corpus knows
 * ({@link DamagedLines.Damage}), read leniently on the calling thread, on one and on two parser
 * threads and on the exact path alone, into a counting sink and into an {@link ActivityLog}: every
 * good record is delivered, every damaged line is reported once with its line number and its
 * problem id, and nothing is thrown.
 *
 * <p>Memory: Surefire runs this class alone in a JVM of its own with {@code -Xmx32m}
 * (civic-json's pom, execution {@code under-load}), less than the file (27 MB) and the activity
 * log's activities (about 13 MB) together, so a reader that held the file, or a pipeline that
 * queued blocks without bound, would end in an {@link OutOfMemoryError}. (With {@code -Xmx16m} and
 * 50,001 lines a read into the log ran out of memory; {@code -Xmx24m} passed, with little room.)
 * The full size, 2,000,000 lines under {@code -Xmx256m} and {@code -Xmx64m}, is the benchmark
 * {@code org.civic.benchmarks.UnderLoad}. ({@code -Dtest=UnderLoadTest} runs this class in the
 * default execution only, with the default heap — the parent pom's {@code tests-by-name} profile
 * skips {@code under-load} when a test is named; {@code -P'!tests-by-name' -Dtest=UnderLoadTest}
 * runs it under 32 MB again.)
 */
class UnderLoadTest {

  /** Lines in the file, the header included. */
  static final int LINES = 80_001;

  private static Path file;
  private static DamagedLines.Written written;

  @BeforeAll
  static void write(@TempDir Path dir) throws IOException {
    file = dir.resolve("load.jsonl");
    try (OutputStream out = Files.newOutputStream(file)) {
      written = DamagedLines.write(out, 20_4L, LINES, encoder());
    }
  }

  /** Each good record as civic's own writer writes its line. */
  static DamagedLines.Encoder encoder() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    LinesWriter writer = CivicJson.lenient().linesWriter(buffer);
    writer.flush();
    buffer.reset(); // the header: DamagedLines writes its own
    return record -> {
      if (record instanceof Activity a) {
        writer.write(a);
      } else if (record instanceof Volunteer v) {
        writer.write(v);
      } else if (record instanceof ServiceRecord r) {
        writer.write(r);
      } else if (record instanceof ServiceOrder o) {
        writer.write(o);
      } else if (record instanceof Site s) {
        writer.write(s);
      } else {
        writer.write((Division) record);
      }
      writer.flush();
      byte[] line = buffer.toByteArray();
      buffer.reset();
      return Arrays.copyOf(line, line.length - 1); // without its newline
    };
  }

  @Test
  void theFileHasEveryKindOfDamage() throws IOException {
    assertThat(written.lines()).isEqualTo(LINES);
    assertThat(written.damaged()).isEqualTo((LINES - 1) / 100);
    assertThat(DamagedLines.Damage.values())
        .allSatisfy(d -> assertThat(written.damaged(d)).as("%s", d).isGreaterThan(0));
    assertThat(Files.size(file)).as("with the log's activities, more than the heap of the under-load execution")
        .isGreaterThan(24L << 20);
  }

  static Stream<Arguments> reads() {
    return Stream.of(
        Arguments.of("calling thread", 0, false, false),
        Arguments.of("1 parser thread", 1, false, false),
        Arguments.of("1 parser thread, activity log", 1, false, true),
        Arguments.of("2 parser threads", 2, false, false),
        Arguments.of("2 parser threads, activity log", 2, false, true),
        Arguments.of("exact path", 0, true, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reads")
  void nothingIsLost(String name, int threads, boolean exactOnly, boolean log) throws IOException {
    CivicJson json = CivicJson.lenient().withLimits(CivicJson.defaultConstraints(), DamagedLines.LINE_LIMIT)
        .withParserThreads(threads);
    LinesOptions options = exactOnly ? json.linesOptions().withoutFastPath() : json.linesOptions();
    CountingSink sink = new CountingSink();
    // room for the activities to come, as a national ingest makes it: the columns are not copied as they grow
    ActivityLog.Builder activities = log ? ActivityLog.builder(written.good().get(Activity.class).intValue()) : null;
    long started = System.nanoTime();
    ReadReport report;
    try (InputStream in = Files.newInputStream(file)) {
      report = CivicJson.linesReader(options, in, "load.jsonl", sink, activities).read();
    }
    long nanos = System.nanoTime() - started;
    if (activities != null) {
      sink.counts.merge(Activity.class, (long) activities.size(), Long::sum);
    }

    assertThat(written.differences(sink.counts, report.errors(), report.warnings())).isEmpty();
    assertThat(report.records()).isEqualTo(written.goodRecords());
    long rejecting = Arrays.stream(written.damagedLines())
        .filter(line -> written.damageAt(line).orElseThrow().rejects()).count();
    assertThat(report.rejected()).hasSize((int) rejecting)
        .allSatisfy(r -> assertThat(written.damageAt(r.line())).isPresent());
    System.out.printf("UnderLoadTest %s: %,d lines, %,d damaged, %,d delivered, %,d errors, %,d warnings in %,d ms"
            + " (%,.0f lines/s)%n", name, written.lines(), written.damaged(), report.records(),
        report.errors().size(), report.warnings().size(), nanos / 1_000_000, written.lines() * 1e9 / nanos);
  }

  /** Counts the records it receives, by type. */
  static final class CountingSink implements RecordSink {
    final Map<Class<?>, Long> counts = new HashMap<>();

    private void count(Class<?> type) {
      counts.merge(type, 1L, Long::sum);
    }

    @Override
    public void division(Division division) {
      count(Division.class);
    }

    @Override
    public void site(Site site) {
      count(Site.class);
    }

    @Override
    public void team(Team team) {
      count(Team.class);
    }

    @Override
    public void grid(GridGroup grid) {
      count(GridGroup.class);
    }

    @Override
    public void organisation(Organisation organisation) {
      count(Organisation.class);
    }

    @Override
    public void volunteer(Volunteer volunteer) {
      count(Volunteer.class);
    }

    @Override
    public void activity(Activity activity) {
      count(Activity.class);
    }

    @Override
    public void order(ServiceOrder order) {
      count(ServiceOrder.class);
    }

    @Override
    public void teamRules(TeamRules rules) {
      count(TeamRules.class);
    }

    @Override
    public void profile(StandardProfile profile) {
      count(StandardProfile.class);
    }

    @Override
    public void assessmentTable(AssessmentTable table) {
      count(AssessmentTable.class);
    }

    @Override
    public void inspection(Inspection inspection) {
      count(Inspection.class);
    }

    @Override
    public void serviceRecord(ServiceRecord record) {
      count(ServiceRecord.class);
    }
  }
}
