package org.civic.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.civic.problem.Problem;

/** What the Flink tests share: one MiniCluster shape, environments without Kryo, and collecting a roll-up. */
final class Jobs {

  private Jobs() {}

  /** One TaskManager with four slots: parallelism 1 to 4. */
  static MiniClusterExtension cluster() {
    Configuration conf = new Configuration();
    // Flink 2.3's source reader can wait its whole close timeout (30 s by default) for an idle
    // split fetcher when a reader was given many small splits, after every record was read and
    // emitted; the tests' splits are small on purpose. (A TaskManager setting, not a job's.)
    conf.set(ConfigOptions.key("source.reader.close.timeout").longType().noDefaultValue(), 500L);
    return new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder().setConfiguration(conf)
        .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());
  }

  /** An environment on the test's MiniCluster that refuses any type Flink would give to Kryo. */
  static StreamExecutionEnvironment env(RuntimeExecutionMode mode, int parallelism) {
    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setRuntimeMode(mode);
    env.setParallelism(parallelism);
    return env;
  }

  /** What a roll-up emitted: every cell emission in order, the latest per cell, the problems and the late records. */
  record Output(List<RollupCell> emitted, Map<Long, RollupCell> latest, List<Problem> problems,
      List<CivicRecord> late) {}

  static Output run(StreamExecutionEnvironment env, RollupJob.Streams streams) throws Exception {
    try (CloseableIterator<RollupCell> cells = streams.cells().collectAsync();
         CloseableIterator<Problem> problems = streams.problems().collectAsync();
         CloseableIterator<CivicRecord> late = streams.late().collectAsync()) {
      env.execute("civic roll-up test");
      List<RollupCell> emitted = new ArrayList<>();
      cells.forEachRemaining(emitted::add);
      Map<Long, RollupCell> latest = new HashMap<>();
      emitted.forEach(c -> latest.put(c.key(), c));
      List<Problem> ps = new ArrayList<>();
      problems.forEachRemaining(ps::add);
      List<CivicRecord> ls = new ArrayList<>();
      late.forEachRemaining(ls::add);
      return new Output(emitted, latest, ps, ls);
    }
  }

  static Duration days(int n) {
    return Duration.ofDays(n);
  }
}
