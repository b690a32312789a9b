package org.civic.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints the markdown summary of a benchmark run (issue 9): every JMH result's median and range,
 * the side-by-side ratios, and each target with pass or fail.
 *
 * <p>Reads every {@code *.json} file JMH wrote ({@code -rf json}) in a results directory, and
 * {@code heap.txt}, the output of {@link HeapFootprint}, and {@code sizing.txt}, that of {@link
 * Sizing}. Medians and ranges are over the measured
 * iterations (JMH's raw data), not JMH's mean and error.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.civic.benchmarks.ResultsSummary
 * benchmarks/target/results}.
 */
public final class ResultsSummary {

  /** One line per benchmark: what it measures. */
  static final Map<String, String> PURPOSES = Map.ofEntries(
      Map.entry("EndToEndBenchmark.civicOneThread",
          "end to end, warm: activity file → all figures with distinct volunteers, civic, 1 thread"),
      Map.entry("EndToEndBenchmark.civicTwoThreads", "the same, civic, 2 threads"),
      Map.entry("EndToEndBenchmark.duckdbOneThread", "the same in DuckDB (read_ndjson, join, GROUP BY), 1 thread"),
      Map.entry("EndToEndBenchmark.duckdbTwoThreads", "the same in DuckDB, 2 threads"),
      Map.entry("HierarchyBenchmark.loadAndBuild", "hierarchy build: parse the national CSV, add the sites, build"),
      Map.entry("HierarchyBenchmark.buildOnly", "hierarchy build from divisions and sites in memory (diagnostic)"),
      Map.entry("HierarchyBenchmark.nationalCoverage", "national coverage at all 5 levels in one pass"),
      Map.entry("HierarchyBenchmark.nationalCoverageExcludingOtherTownships",
          "the same, without townships of kind OTHER"),
      Map.entry("SixHavesBenchmark.civicCheckAll", "six-haves check of all sites, civic's batch API"),
      Map.entry("SixHavesBenchmark.civicCheckEachSite", "six-haves per site with full results (per-object API)"),
      Map.entry("SixHavesBenchmark.hibernateValidatorAnnotations",
          "the same six rules as Bean Validation annotations, Hibernate Validator"),
      Map.entry("SixHavesBenchmark.hibernateValidatorMeetsStandard",
          "civic's @MeetsStandard through Hibernate Validator"),
      Map.entry("RollupBenchmark.civicFullRollup", "full roll-up of all activities, all levels, monthly: civic"),
      Map.entry("RollupBenchmark.duckdbFullRollup", "the same roll-up in DuckDB (in process, JDBC, 2 threads)"),
      Map.entry("RollupBenchmark.duckdbRollupAboveVillage", "DuckDB without the village level (diagnostic)"),
      Map.entry("RollupBenchmark.streamsFullRollup", "the same roll-up with streams and a HashMap"),
      Map.entry("RollupBenchmark.rollupIndexBuild", "civic's one-off indexing, ActivityRollup.of, from objects"),
      Map.entry("RollupBenchmark.rollupIndexBuildFromLog", "the same from a new ActivityLog of those activities"),
      Map.entry("RollupBenchmark.volunteerIndexOfLookups", "1,000,000 look-ups in VolunteerIndex.of (diagnostic)"),
      Map.entry("RollupBenchmark.hashMapIndexLookups", "1,000,000 look-ups in a HashMap (diagnostic)"),
      Map.entry("IncrementalBenchmark.civicIncrementalAdd",
          "incremental update of one activity: IncrementalRollup.add, preloaded"),
      Map.entry("IncrementalBenchmark.civicPreloadYear",
          "a new IncrementalRollup given the year's activities and orders (addActivities, addOrders)"),
      Map.entry("IncrementalBenchmark.batchBuildYear", "ActivityRollup.of the same objects: the batch build"),
      Map.entry("IncrementalBenchmark.handHashMapAdd", "the same in a hand-written HashMap of cells, sums only"),
      Map.entry("IncrementalBenchmark.duckdbInsertAndRequery", "DuckDB: INSERT the activity, re-query its 5 rows"),
      Map.entry("JsonIngestBenchmark.civicIngest", "JSONL ingest: civic readLines (lenient)"),
      Map.entry("JsonIngestBenchmark.civicIngestToLog", "JSONL ingest: civic straight into an ActivityLog"),
      Map.entry("JsonIngestBenchmark.civicIngestToLogTwoThreads",
          "JSONL ingest: civic into an ActivityLog, 2 parser threads"),
      Map.entry("JsonIngestBenchmark.civicIngestTwoThreads", "JSONL ingest: civic readLines, 2 parser threads"),
      Map.entry("JsonIngestBenchmark.civicIngestStrict", "JSONL ingest: civic readLines (strict)"),
      Map.entry("JsonIngestBenchmark.bareTokenLoop", "a bare Jackson token loop over the same bytes (baseline)"),
      Map.entry("JsonIngestBenchmark.jacksonDataBinding", "plain Jackson data binding of each line"),
      Map.entry("JsonIngestBenchmark.perLineTokenLoop", "token loop with a parser per line (diagnostic)"),
      Map.entry("JsonIngestBenchmark.handStreamingToActivity", "hand-written streaming to Activity (diagnostic)"));

  private static final Pattern HEAP = Pattern.compile("RESULT bytesTotal=(\\d+) bytesPerSite=([0-9.]+)");
  private static final Pattern SIZING = Pattern.compile(
      "RESULT sizing scale=\\S+ sites=(\\d+) activities=(\\d+) volunteers=(\\d+) cells=(\\d+) hierarchy=(\\d+)"
          + " log=(\\d+) rollup=(\\d+) table=(\\d+) incremental=(\\d+) growing=(\\d+) register=(\\d+)");

  /** One benchmark's measured iterations. */
  record Result(String name, String mode, String unit, double[] samples) {
    double median() {
      double[] s = samples.clone();
      Arrays.sort(s);
      int n = s.length;
      return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    double min() {
      return Arrays.stream(samples).min().orElse(Double.NaN);
    }

    double max() {
      return Arrays.stream(samples).max().orElse(Double.NaN);
    }

    /** Whether a higher score is better (throughput), as opposed to a time per operation. */
    boolean higherIsBetter() {
      return mode.equals("thrpt");
    }
  }

  private ResultsSummary() {}

  /**
   * Prints the summary of the results in a directory.
   *
   * @param args the results directory; default {@code benchmarks/target/results}
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path dir = Paths.get(args.length > 0 ? args[0] : "benchmarks/target/results");
    System.out.print(summary(dir));
  }

  /** Returns the markdown summary of the results in a directory. */
  static String summary(Path dir) throws IOException {
    Map<String, Result> results = read(dir);
    OptionalDouble heapPerSite = heapPerSite(dir.resolve("heap.txt"));
    StringBuilder out = new StringBuilder();
    Path data = dir.resolve("data.txt");
    if (Files.isRegularFile(data)) {
      Files.readAllLines(data, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("national data"))
          .findFirst().ifPresent(l -> out.append("Data: ").append(l.replaceFirst(", files ready.*", "")).append("\n\n"));
    }
    out.append(EndToEndSummary.summary(dir, results));
    out.append("| Benchmark | Purpose | Mode | Median | Range (min – max) | Samples |\n");
    out.append("| --- | --- | --- | ---: | --- | ---: |\n");
    for (Result r : results.values()) {
      out.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %s %s | %s – %s | %d |%n", r.name(),
          PURPOSES.getOrDefault(r.name(), ""), r.mode(), fmt(r.median()), r.unit(), fmt(r.min()), fmt(r.max()),
          r.samples().length));
    }
    if (heapPerSite.isPresent()) {
      out.append(String.format(Locale.ROOT, "| `HeapFootprint` | retained heap per site of the national hierarchy"
          + " (JOL) | — | %.1f B/site | — | 1 |%n", heapPerSite.getAsDouble()));
    }
    StringBuilder sides = new StringBuilder();
    ratio(sides, results, "RollupBenchmark.duckdbFullRollup", "RollupBenchmark.civicFullRollup",
        "roll-up: DuckDB ÷ civic", 3.0, "civic ≥ 3× faster");
    ratio(sides, results, "RollupBenchmark.streamsFullRollup", "RollupBenchmark.civicFullRollup",
        "roll-up: streams/HashMap ÷ civic", Double.NaN, "—");
    ratio(sides, results, "SixHavesBenchmark.hibernateValidatorAnnotations", "SixHavesBenchmark.civicCheckAll",
        "six-haves: Hibernate Validator ÷ civic", 10.0, "civic ≥ 10× faster");
    ingest(sides, results);
    ratio(sides, results, "JsonIngestBenchmark.jacksonDataBinding", "JsonIngestBenchmark.civicIngest",
        "ingest: Jackson data binding time ÷ civic time", Double.NaN, "—");
    ratio(sides, results, "IncrementalBenchmark.handHashMapAdd", "IncrementalBenchmark.civicIncrementalAdd",
        "incremental add: hand HashMap ÷ civic", Double.NaN, "—");
    ratio(sides, results, "IncrementalBenchmark.duckdbInsertAndRequery", "IncrementalBenchmark.civicIncrementalAdd",
        "incremental add: DuckDB INSERT + re-query ÷ civic", Double.NaN, "—");
    ratio(sides, results, "RollupBenchmark.rollupIndexBuildFromLog", "RollupBenchmark.rollupIndexBuild",
        "indexing (`ActivityRollup.of`): from a log ÷ from objects", 0.5, "from objects within 2× of from a log (≥ 0.5×)");
    ratio(sides, results, "IncrementalBenchmark.batchBuildYear", "IncrementalBenchmark.civicPreloadYear",
        "incremental preload of the year: batch build (`ActivityRollup.of`) ÷ preload", 1.0,
        "preload no slower than the batch build");
    if (heapPerSite.isPresent()) {
      double b = heapPerSite.getAsDouble();
      sides.append(String.format(Locale.ROOT, "| hierarchy: retained heap per site (JOL) | %.1f B | ≤ 80 B | %s |%n", b,
          b <= 80 ? "**pass**" : "**fail**"));
    }
    if (sides.length() > 0) {
      out.append("\n| Side by side (same run, same data) | Ratio of medians | Target | Result |\n");
      out.append("| --- | ---: | --- | --- |\n");
      out.append(sides);
    }
    StringBuilder rows = new StringBuilder();
    absolute(rows, results, "HierarchyBenchmark.loadAndBuild", 1000, "ms", "< 1 s");
    absolute(rows, results, "HierarchyBenchmark.nationalCoverage", 50, "ms", "< 50 ms");
    absolute(rows, results, "SixHavesBenchmark.civicCheckAll", 500, "ms", "< 0.5 s");
    absolute(rows, results, "RollupBenchmark.civicFullRollup", 500, "ms", "< 0.5 s");
    absolute(rows, results, "IncrementalBenchmark.civicIncrementalAdd", 5000, "ns", "< 5 µs (at full scale)");
    if (rows.length() > 0) {
      out.append("\n| Absolute target | Median | Target | Result |\n");
      out.append("| --- | ---: | --- | --- |\n");
      out.append(rows);
    }
    sizing(out, dir.resolve("sizing.txt"));
    return out.toString();
  }

  private static void ratio(StringBuilder out, Map<String, Result> results, String slow, String fast, String label,
      double target, String targetText) {
    Result s = results.get(slow);
    Result f = results.get(fast);
    if (s == null || f == null) {
      return;
    }
    double r = s.higherIsBetter() ? f.median() / s.median() : s.median() / f.median();
    String verdict = Double.isNaN(target) ? "—" : r >= target ? "**pass**" : "**fail**";
    out.append(String.format(Locale.ROOT, "| %s | %s× | %s | %s |%n", label, fmt(r), targetText, verdict));
  }

  private static void ingest(StringBuilder out, Map<String, Result> results) {
    Result bare = results.get("JsonIngestBenchmark.bareTokenLoop");
    if (bare == null) {
      return;
    }
    for (String name : List.of("civicIngest", "civicIngestToLog", "civicIngestTwoThreads",
        "civicIngestToLogTwoThreads")) {
      Result civic = results.get("JsonIngestBenchmark." + name);
      if (civic == null) {
        continue;
      }
      // The share of the bare loop's throughput: time ratio for times, score ratio for throughputs.
      double share = civic.higherIsBetter() ? civic.median() / bare.median() : bare.median() / civic.median();
      out.append(String.format(Locale.ROOT, "| ingest: `%s` throughput ÷ bare token loop | %.0f%% | ≥ 60%% | %s |%n",
          name, 100 * share, share >= 0.6 ? "**pass**" : "**fail**"));
    }
  }

  private static void absolute(StringBuilder out, Map<String, Result> results, String name, double limitMs,
      String unit, String targetText) {
    Result r = results.get(name);
    if (r == null || !r.unit().equals(unit + "/op")) {
      return;
    }
    double m = r.median();
    out.append(String.format(Locale.ROOT, "| `%s` | %s %s | %s | %s |%n", name, fmt(m), r.unit(), targetText,
        m < limitMs ? "**pass**" : "**fail**"));
  }

  /** Reads every JMH JSON file in a directory, by benchmark name without the package, in file order. */
  static Map<String, Result> read(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.json")) {
      s.forEach(files::add);
    }
    files.sort(null);
    JsonMapper mapper = JsonMapper.builder().build();
    Map<String, Result> out = new LinkedHashMap<>();
    for (Path f : files) {
      JsonNode root;
      try (InputStream in = Files.newInputStream(f)) {
        root = mapper.readTree(in);
      }
      for (JsonNode b : root) {
        String name = b.get("benchmark").asString().replaceFirst("^org\\.civic\\.benchmarks\\.", "");
        JsonNode metric = b.get("primaryMetric");
        List<Double> samples = new ArrayList<>();
        for (JsonNode fork : metric.get("rawData")) {
          for (JsonNode v : fork) {
            samples.add(v.asDouble());
          }
        }
        out.put(name, new Result(name, b.get("mode").asString(), metric.get("scoreUnit").asString(),
            samples.stream().mapToDouble(Double::doubleValue).toArray()));
      }
    }
    return out;
  }

  /** Appends {@link Sizing}'s table (its RESULT line), if the run made one. */
  static void sizing(StringBuilder out, Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    Optional<Matcher> found = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(SIZING::matcher)
        .filter(Matcher::find).findFirst();
    if (found.isEmpty()) {
      return;
    }
    Matcher m = found.get();
    long sites = Long.parseLong(m.group(1));
    long activities = Long.parseLong(m.group(2));
    long volunteers = Long.parseLong(m.group(3));
    long cells = Long.parseLong(m.group(4));
    out.append("\n| Retained heap (JOL, `Sizing`) | Bytes | Per unit |\n| --- | ---: | ---: |\n");
    sizingRow(out, "`Hierarchy` (divisions and sites, with facts)", Long.parseLong(m.group(5)), sites, "a site");
    sizingRow(out, "`ActivityLog`", Long.parseLong(m.group(6)), activities, "an activity");
    sizingRow(out, "`ActivityRollup` of the log (without the log)", Long.parseLong(m.group(7)), activities,
        "an activity");
    sizingRow(out, "its `MonthlyTable` of the year, volunteers counted", Long.parseLong(m.group(8)), cells,
        "a (division, month) cell");
    sizingRow(out, "`IncrementalRollup`, the year preloaded (without its index)", Long.parseLong(m.group(9)), cells,
        "a (division, month) cell");
    sizingRow(out, "its `VolunteerIndex.growing()`", Long.parseLong(m.group(10)), volunteers, "a volunteer");
    sizingRow(out, "`VolunteerIndex.of(register)` (without the ids)", Long.parseLong(m.group(11)), volunteers,
        "a volunteer");
  }

  private static void sizingRow(StringBuilder out, String what, long bytes, long units, String unit) {
    out.append(String.format(Locale.ROOT, "| %s | %,d B (%.1f MiB) | %.1f B %s |%n", what, bytes, bytes / 1048576.0,
        (double) bytes / units, unit));
  }

  /** Reads the bytes per site from HeapFootprint's output, if the file is there. */
  static OptionalDouble heapPerSite(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return OptionalDouble.empty();
    }
    Optional<Matcher> m = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(HEAP::matcher)
        .filter(Matcher::find).findFirst();
    return m.map(x -> OptionalDouble.of(Double.parseDouble(x.group(2)))).orElse(OptionalDouble.empty());
  }

  /** Three significant figures, with thousands separators above 1,000. */
  static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "—";
    }
    double a = Math.abs(v);
    if (a >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (a >= 100) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    if (a >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    if (a >= 1) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }
}
