package org.civic.examples;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.civic.flink.CivicLinesSource;
import org.civic.flink.ReferenceData;
import org.civic.flink.RollupCell;
import org.civic.flink.RollupJob;
import org.civic.json.CivicJson;
import org.civic.json.Dataset;
import org.civic.json.LinesWriter;
import org.civic.metric.ActivityRollup;
import org.civic.metric.MetricSet;
import org.civic.metric.Period;
import org.civic.metric.VolunteerIndex;
import org.civic.volunteer.Volunteer;

/**
 * The bundled Yuzhou (禹州市) year rolled up on a local Apache Flink environment (civic-flink's
 * {@code RollupJob}, BATCH mode, parallelism 2) — the same figures the main command prints, and
 * every (division, period) cell checked against the one-machine roll-up.
 *
 * <pre>
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=org.civic.examples.FlinkRollup -Dexec.classpathScope=compile
 * </pre>
 */
public final class FlinkRollup {

  private FlinkRollup() {}

  /**
   * Runs the example.
   *
   * @param args optionally a folder for the JSON Lines files the job reads (default: a temporary one)
   * @throws Exception if the job fails
   */
  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = args.length > 0 ? Files.createDirectories(Path.of(args[0])) : Files.createTempDirectory("civic-flink");
    Dataset yz;
    try (InputStream in = FlinkRollup.class.getResourceAsStream("yuzhou-2024.json")) {
      yz = CivicJson.strict().readDataset(in, "yuzhou-2024.json").dataset();
    }
    Dataset.Builder volunteers = Dataset.builder();
    try (InputStream in = new GZIPInputStream(FlinkRollup.class.getResourceAsStream("yuzhou-2024-volunteers.jsonl.gz"))) {
      CivicJson.strict().readLines(in, "yuzhou-2024-volunteers.jsonl", volunteers);
    }
    List<Volunteer> register = volunteers.build().volunteers();
    // What a host hands its cluster: the reference data (divisions, sites, the register) and the records.
    Path reference = dir.resolve("yuzhou-reference.jsonl");
    try (OutputStream o = Files.newOutputStream(reference); LinesWriter w = CivicJson.strict().linesWriter(o)) {
      yz.divisions().forEach(w::write);
      yz.sites().forEach(w::write);
      register.forEach(w::write);
    }
    Path records = dir.resolve("yuzhou-2024-records.jsonl");
    try (OutputStream o = Files.newOutputStream(records); LinesWriter w = CivicJson.strict().linesWriter(o)) {
      yz.activities().forEach(w::write);
      yz.orders().forEach(w::write);
    }

    org.apache.flink.configuration.Configuration conf = new org.apache.flink.configuration.Configuration();
    // Flink 2.3's file source can wait this long (30 s by default) for an idle split fetcher at the
    // very end, after every record was read, when one reader was given several splits.
    conf.setString("source.reader.close.timeout", "1000");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    env.setParallelism(2);
    RollupJob job = RollupJob.builder(ReferenceData.files(List.of(reference.toString()))).build();
    RollupJob.Streams streams = job.apply(env, CivicLinesSource.builder(List.of(records.toString()))
        .splitSize(Files.size(records) / 4 + 1).build());
    Map<String, RollupCell> cells = new HashMap<>();
    try (CloseableIterator<RollupCell> it = streams.cells().executeAndCollect("civic: Yuzhou on Flink")) {
      it.forEachRemaining(c -> cells.put(c.division().map(Object::toString).orElse("total") + " " + c.period(), c));
    }

    Period year = Period.year(2024);
    MetricSet m = cells.get(YuzhouSample.YUZHOU + " " + year).metrics();
    out.println("civic on Flink — 禹州市 (411081), 2024: " + cells.size() + " cells (division × month, quarter, year)");
    out.printf("  volunteers: %,d registered, %,d took part, %,d person-times; %,d activities, %,d served%n",
        register.size(), m.volunteers().count(), m.personTimes(), m.activities(), m.beneficiaries());
    out.printf("  four orders: %,d placed, %,d delivered (%s), mean rating %s%n", m.ordersPlaced(), m.ordersDelivered(),
        m.deliveryRate().format(1), m.rating().value(2));
    ActivityRollup one = ActivityRollup.of(yz.toHierarchy(), yz.activities(), yz.orders(),
        VolunteerIndex.of(register.stream().map(Volunteer::id).toList()));
    long same = cells.values().stream().filter(c -> c.division().isPresent())
        .filter(c -> c.metrics().equals(one.metrics(c.division().orElseThrow(), c.period()))).count();
    long divisionCells = cells.values().stream().filter(c -> c.division().isPresent()).count();
    out.printf("  every cell equals the one-machine roll-up: %s (%d of %d)%n", same == divisionCells, same, divisionCells);
  }
}
