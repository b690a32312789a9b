package org.civic.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.serialization.Encoder;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.civic.json.CivicJson;
import org.civic.problem.Problem;

/**
 * The roll-up job a host submits to its Flink cluster — 汇总作业入口:
 *
 * <pre>
 * flink run -c org.civic.flink.RollupMain civic-job.jar \
 *     --reference hdfs:///civic/national.jsonl.gz \
 *     --input hdfs:///civic/activities/2024/ \
 *     --output hdfs:///civic/rollup/2024/ \
 *     [--mode batch|streaming] [--lateness P31D] [--split-size 67108864] [--strict]
 * </pre>
 *
 * <p>{@code --reference} and {@code --input} take one or more comma-separated paths. The cells are
 * written as civic JSON Lines under {@code output/cells/}, the problems (one civic JSON object per
 * line) under {@code output/problems/} and the records later than the allowed lateness under
 * {@code output/late/}. In STREAMING mode Flink's file sink commits its files at checkpoints:
 * enable checkpointing in the cluster's configuration.
 *
 * <p>Not instantiable.
 */
public final class RollupMain {

  private RollupMain() {}

  /**
   * Builds the job on the environment Flink gives (a cluster's, or a local one) and runs it.
   *
   * @param args the arguments above
   * @throws IllegalArgumentException naming a bad or missing argument, with the usage
   * @throws Exception if the job fails
   */
  public static void main(String[] args) throws Exception {
    List<String> reference = new ArrayList<>();
    List<String> input = new ArrayList<>();
    String output = null;
    RuntimeExecutionMode mode = RuntimeExecutionMode.BATCH;
    RollupJob.Builder job;
    Duration lateness = Duration.ZERO;
    long splitSize = CivicLinesSource.DEFAULT_SPLIT_SIZE;
    boolean strict = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--strict")) {
        strict = true;
        continue;
      }
      if (i + 1 >= args.length) {
        throw usage("no value after " + a);
      }
      String v = args[++i];
      switch (a) {
        case "--reference" -> reference.addAll(Arrays.asList(v.split(",")));
        case "--input" -> input.addAll(Arrays.asList(v.split(",")));
        case "--output" -> output = v;
        case "--mode" -> mode = switch (v) {
          case "batch" -> RuntimeExecutionMode.BATCH;
          case "streaming" -> RuntimeExecutionMode.STREAMING;
          default -> throw usage("--mode is batch or streaming, got " + v);
        };
        case "--lateness" -> lateness = Duration.parse(v);
        case "--split-size" -> splitSize = Long.parseLong(v);
        default -> throw usage("unknown argument " + a);
      }
    }
    if (reference.isEmpty() || input.isEmpty() || output == null) {
      throw usage("--reference, --input and --output are required");
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setRuntimeMode(mode);
    job = RollupJob.builder(ReferenceData.files(reference)).allowedLateness(lateness);
    if (strict) {
      job.strict();
    }
    CivicLinesSource.Builder source = CivicLinesSource.builder(input).splitSize(splitSize);
    if (strict) {
      source.strict();
    }
    RollupJob.Streams out = job.build().apply(env, source.build());
    out.cells().sinkTo(FileSink.forRowFormat(new Path(output, "cells"), RollupJob.jsonLines()).build())
        .name("civic: cells");
    out.problems().sinkTo(FileSink.forRowFormat(new Path(output, "problems"), new JsonLine<Problem>()).build())
        .name("civic: problems");
    out.late().map(r -> Holder.MAPPER.writeValueAsString(r.value()), org.apache.flink.api.common.typeinfo.Types.STRING)
        .sinkTo(FileSink.forRowFormat(new Path(output, "late"),
            new org.apache.flink.api.common.serialization.SimpleStringEncoder<String>()).build())
        .name("civic: late records");
    env.execute("civic roll-up " + input);
  }

  private static IllegalArgumentException usage(String what) {
    return new IllegalArgumentException(what + "\nusage: RollupMain --reference FILE[,FILE] --input PATH[,PATH] "
        + "--output DIR [--mode batch|streaming] [--lateness P31D] [--split-size BYTES] [--strict]");
  }

  /** Writes a value as one line of civic JSON. */
  private static final class JsonLine<T> implements Encoder<T> {
    private static final long serialVersionUID = 1L;

    @Override
    public void encode(T value, java.io.OutputStream stream) throws java.io.IOException {
      stream.write(Holder.MAPPER.writeValueAsBytes(value));
      stream.write('\n');
    }
  }

  private static final class Holder {
    static final tools.jackson.databind.json.JsonMapper MAPPER = CivicJson.strict().mapper();
  }
}
