package org.civic.benchmarks;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civic.activity.Activity;
import org.civic.activity.ActivityLog;
import org.civic.assessment.AssessmentTable;
import org.civic.assessment.Inspection;
import org.civic.division.Division;
import org.civic.json.CivicJson;
import org.civic.json.LinesWriter;
import org.civic.json.ReadReport;
import org.civic.json.RecordSink;
import org.civic.json.StandardProfile;
import org.civic.order.ServiceOrder;
import org.civic.site.Site;
import org.civic.team.GridGroup;
import org.civic.team.Organisation;
import org.civic.team.Team;
import org.civic.team.TeamRules;
import org.civic.testkit.DamagedLines;
import org.civic.volunteer.ServiceRecord;
import org.civic.volunteer.Volunteer;

/**
 * Nothing lost under load (issue 20, item 4), at full size: writes a civic JSON Lines file of
 * 2,000,001 lines (the header and 2,000,000 records, 1% of them damaged with every kind of damage
 * of civic-json's bad-input corpus: {@link DamagedLines}) under {@code benchmarks/target/under-load/},
 * then reads it leniently on one and on two parser threads (and on the calling thread), into a
 * counting sink and into an {@link ActivityLog}. Each read must deliver exactly the good records
 * written, of each type, and report each damaged line once, with its line number and the problem
 * id of its damage ({@link DamagedLines.Written#differences}); the run fails otherwise. It prints,
 * per read, the lines, damaged lines, records delivered, errors and warnings, the wall time, lines
 * and records delivered per second, the heap pools' peak use during the read (summed: an upper
 * bound of the peak heap) and the heap still used after the read and a full collection (what the
 * report and the log keep).
 *
 * <p>Run, under the heap (the one command; {@code benchmarks/run.sh} runs it too):
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar org.civic.benchmarks.UnderLoad 2000001 sink
 * </pre>
 *
 * <p>{@code lines} defaults to 2,000,001; the second argument, {@code sink}, {@code log} or
 * {@code both} (the default), chooses the reads. The counting sink keeps nothing, so its reads show
 * the reader's own memory; an activity log keeps every activity (about 210 bytes each as the file's
 * activities come, with the builder's spare capacity), which at full size is more than 256 MiB:
 * run {@code log} with a bigger heap. civic-json's {@code UnderLoadTest} runs the same checks on
 * 80,001 lines in every build.
 */
public final class UnderLoad {

  private UnderLoad() {}

  /**
   * Writes the file and reads it every way; exits with status 1 if a read lost anything.
   *
   * @param args the number of lines (header included), then what to read into: {@code sink}, {@code log}
   *     or {@code both} (the default); both optional
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int lines = args.length > 0 ? Integer.parseInt(args[0].replace(",", "").replace("_", "")) : 2_000_001;
    String into = args.length > 1 ? args[1] : "both";
    if (!List.of("sink", "log", "both").contains(into)) {
      throw new IllegalArgumentException("read into sink, log or both: " + into);
    }
    Path dir = Files.isDirectory(Paths.get("benchmarks", "target")) ? Paths.get("benchmarks", "target", "under-load")
        : Paths.get("target", "under-load");
    Files.createDirectories(dir);
    Path file = dir.resolve("load-" + lines + ".jsonl");
    System.out.printf("max heap %,d MiB, %d processors, Java %s%n", Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

    long started = System.nanoTime();
    DamagedLines.Written written;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      written = DamagedLines.write(out, 20_4L, lines, encoder());
    }
    System.out.printf("wrote %s: %,d bytes in %,d ms; %s%n", file, Files.size(file),
        (System.nanoTime() - started) / 1_000_000, written);

    boolean lost = false;
    for (int threads : new int[] {1, 2, 0}) {
      for (boolean log : new boolean[] {false, true}) {
        if (log ? !into.equals("sink") : !into.equals("log")) {
          lost |= !read(file, written, threads, log);
        }
      }
    }
    if (lost) {
      System.out.println("FAIL: a read lost records or problems");
      System.exit(1);
    }
    System.out.println("PASS: every read delivered every good record and reported every damaged line");
  }

  /** Reads the file one way, prints the figures and returns whether nothing was lost. */
  private static boolean read(Path file, DamagedLines.Written written, int threads, boolean log) throws IOException {
    CivicJson json = CivicJson.lenient().withLimits(CivicJson.defaultConstraints(), DamagedLines.LINE_LIMIT)
        .withParserThreads(threads);
    CountingSink sink = new CountingSink();
    // room for the activities to come, as a national ingest makes it: the columns are not copied as they grow
    ActivityLog.Builder activities = log ? ActivityLog.builder(written.good().get(Activity.class).intValue()) : null;
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long started = System.nanoTime();
    ReadReport report;
    try (InputStream in = Files.newInputStream(file)) {
      report = activities == null ? json.readLines(in, file.getFileName().toString(), sink)
          : json.readLines(in, file.getFileName().toString(), sink, activities);
    }
    long nanos = System.nanoTime() - started;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.gc();
    long kept = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    if (activities != null) {
      sink.counts.merge(Activity.class, (long) activities.size(), Long::sum);
    }
    List<String> differences = written.differences(sink.counts, report.errors(), report.warnings());
    System.out.printf("RESULT %s%s: %,d lines, %,d damaged, %,d delivered (%,d good written), %,d errors, %,d warnings;"
            + " %,.1f s, %,.0f lines/s (%,.0f records/s); peak heap %,d MiB, kept after the read %,d MiB%n",
        threads == 0 ? "calling thread" : threads + " parser thread" + (threads > 1 ? "s" : ""),
        log ? ", activity log" : ", counting sink", written.lines(), written.damaged(), report.records(),
        written.goodRecords(), report.errors().size(), report.warnings().size(), nanos / 1e9,
        written.lines() * 1e9 / nanos, report.records() * 1e9 / nanos, peak >> 20, kept >> 20);
    differences.forEach(d -> System.out.println("  LOST " + d));
    return differences.isEmpty() && report.records() == written.goodRecords();
  }

  /** Each good record as civic's own writer writes its line (as civic-json's UnderLoadTest does). */
  private static DamagedLines.Encoder encoder() {
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

  /** Counts the records it receives, by type. */
  private static final class CountingSink implements RecordSink {
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
    public void serviceRecord(ServiceRecord record) {
      count(ServiceRecord.class);
    }
  }
}
