package org.civic.benchmarks;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.civic.activity.Activity;
import org.civic.activity.ActivityLog;
import org.civic.division.Division;
import org.civic.hierarchy.Hierarchy;
import org.civic.json.CivicJson;
import org.civic.json.LinesWriter;
import org.civic.json.RecordSink;
import org.civic.flink.CivicLinesSource;
import org.civic.flink.MetricAccumulatorSerializer;
import org.civic.flink.ReferenceData;
import org.civic.flink.RollupCell;
import org.civic.flink.RollupJob;
import org.civic.metric.ActivityRollup;
import org.civic.metric.MetricAccumulator;
import org.civic.metric.MetricSet;
import org.civic.metric.Period;
import org.civic.metric.VolunteerIndex;
import org.civic.testkit.RandomActivities;
import org.civic.testkit.RandomHierarchies;
import org.civic.volunteer.Volunteer;
import org.civic.volunteer.VolunteerId;

/**
 * One side-by-side run (not JMH: a Flink job is seconds long and owns its threads): the same
 * civic JSON Lines file of activities rolled up to every (division, month / quarter / year) cell
 * by {@link ActivityRollup} on one thread (read with civic-json's fast path, indexed, every cell
 * queried) and by civic-flink's {@link RollupJob} on a local Flink environment at parallelism 1
 * and 2 (BATCH). Each is run twice; the second run is reported. Also prints the state per cell:
 * the serialized accumulator of each cell, as Flink keeps it.
 *
 * <p>Arguments: activities (default 300,000), a folder (default {@code target/flink-side-by-side}).
 */
public final class FlinkSideBySide {

  private FlinkSideBySide() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
    Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/flink-side-by-side"));
    SplittableRandom random = new SplittableRandom(2024);
    RandomHierarchies.Sample sample = RandomHierarchies.generate(random, 60, 0.9);
    Hierarchy h = Hierarchy.builder().addDivisions(sample.divisions()).addSites(sample.sites()).build();
    int distinct = n / 2;
    List<Activity> activities = RandomActivities.log(random, sample.sites(), 2024, n, distinct, n * 4);
    List<VolunteerId> register = new ArrayList<>();
    for (int i = 0; i < distinct; i++) {
      register.add(RandomActivities.volunteer(i));
    }
    Path reference = dir.resolve("reference.jsonl");
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(reference));
         LinesWriter w = CivicJson.strict().linesWriter(o)) {
      sample.divisions().forEach(w::write);
      sample.sites().forEach(w::write);
      for (VolunteerId v : register) {
        w.write(Volunteer.of(v, "志愿者", LocalDate.of(2023, 1, 1), Set.of(), Optional.empty()));
      }
    }
    Path records = dir.resolve("activities.jsonl");
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(records));
         LinesWriter w = CivicJson.strict().linesWriter(o)) {
      activities.forEach(w::write);
    }
    List<Period> periods = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      periods.add(Period.month(YearMonth.of(2024, m)));
    }
    for (int q = 1; q <= 4; q++) {
      periods.add(Period.quarter(2024, q));
    }
    periods.add(Period.year(2024));
    System.out.printf("%,d activities, %,d person-times, %,d divisions, %,d sites, file %,d bytes, %d cores%n", n,
        activities.stream().mapToLong(Activity::personTimes).sum(), h.divisionCount(), h.siteCount(),
        Files.size(records), Runtime.getRuntime().availableProcessors());

    long oneMachine = 0;
    long cells = 0;
    long stateBytes = 0;
    for (int run = 0; run < 2; run++) {
      long t = System.nanoTime();
      ActivityLog.Builder log = ActivityLog.builder();
      try (InputStream in = Files.newInputStream(records)) {
        CivicJson.lenient().readLines(in, "activities.jsonl", RecordSink.none(), log);
      }
      ActivityRollup rollup = ActivityRollup.of(h, log.build(), List.of(), VolunteerIndex.of(register));
      cells = 0;
      stateBytes = 0;
      DataOutputSerializer out = new DataOutputSerializer(1 << 16);
      for (Division d : (Iterable<Division>) h.divisions()::iterator) {
        for (Period p : periods) {
          MetricSet m = rollup.metrics(d.code(), p);
          if (m.activities() > 0) {
            cells++;
            out.clear();
            MetricAccumulatorSerializer.INSTANCE.serialize(new MetricAccumulator().merge(m), out);
            stateBytes += out.length();
          }
        }
      }
      oneMachine = System.nanoTime() - t;
    }
    System.out.printf("ActivityRollup, 1 thread (read + index + %,d cells): %,d ms, %,.0f activities/s%n", cells,
        oneMachine / 1_000_000, n / (oneMachine / 1e9));
    System.out.printf("state per cell (serialized MetricAccumulator): %,.0f bytes on average, %,d cells, %,d bytes%n",
        (double) stateBytes / cells, cells, stateBytes);

    for (int parallelism : new int[] {1, 2}) {
      long best = 0;
      long emitted = 0;
      for (int run = 0; run < 2; run++) {
        Configuration conf = new Configuration();
        conf.setString("source.reader.close.timeout", "1000");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        env.setParallelism(parallelism);
        long t = System.nanoTime();
        RollupJob job = RollupJob.builder(ReferenceData.files(List.of(reference.toString()))).totals(false).build();
        RollupJob.Streams s = job.apply(env, CivicLinesSource.builder(List.of(records.toString()))
            .splitSize(Files.size(records) / (parallelism * 4L) + 1).build());
        emitted = 0;
        try (CloseableIterator<RollupCell> it = s.cells().executeAndCollect("side by side")) {
          while (it.hasNext()) {
            it.next();
            emitted++;
          }
        }
        best = System.nanoTime() - t;
      }
      System.out.printf("Flink local, parallelism %d (read + roll up + collect %,d cells): %,d ms, %,.0f activities/s%n",
          parallelism, emitted, best / 1_000_000, n / (best / 1e9));
    }
  }
}
