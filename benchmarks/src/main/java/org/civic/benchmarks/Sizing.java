package org.civic.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civic.activity.Activity;
import org.civic.activity.ActivityLog;
import org.civic.hierarchy.Hierarchy;
import org.civic.json.CivicJson;
import org.civic.json.RecordSink;
import org.civic.metric.ActivityRollup;
import org.civic.metric.IncrementalRollup;
import org.civic.metric.VolunteerIndex;
import org.civic.volunteer.VolunteerId;
import org.openjdk.jol.info.GraphLayout;

/**
 * What a host's heap holds at a scale of the shared benchmark data, structure by structure, as the
 * README's "Sizing" section states it: the {@code Hierarchy} read from {@code divisions.jsonl} and
 * {@code sites.jsonl} (with their facts), the {@code ActivityLog} read from {@code activities.jsonl},
 * the {@code ActivityRollup} of that log and its year's {@code MonthlyTable} once the table has
 * counted its distinct volunteers, an {@code IncrementalRollup} preloaded with the same activities
 * ({@code addActivities}, one batch) and the {@code VolunteerIndex.growing()} it keeps, and a
 * {@code VolunteerIndex.of} of the log's volunteers as a register.
 *
 * <p>Each figure is a structure's own retained heap by JOL's object-graph walk ({@link
 * GraphLayout}): the graph from the structure and from what it shares with the others (the
 * hierarchy, the log, the roll-up, the index, the register's ids), less the graph of what it
 * shares. JOL sums the objects' sizes, each object once, and never their addresses, so a collection
 * between two walks changes nothing. JDK constants a structure reaches ({@code List.of()}, enum
 * constants) count as its own: bytes. The cells are the year's non-empty (division, month) cells
 * at every level, as {@code MonthlyTable.cells()} lists them — those the incremental roll-up makes
 * from the activities (no orders are added).
 *
 * <p>Run (after {@code benchmarks/run.sh} or {@code NationalData} has written the files): {@code
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar org.civic.benchmarks.Sizing reduced} (or {@code
 * full} with {@code -Xmx10g}).
 */
public final class Sizing {

  private Sizing() {}

  /**
   * Reads a scale's files, builds each structure and prints its retained heap.
   *
   * @param args the scale ({@code reduced} or {@code full}), then optionally the data folder
   * @throws Exception if the files cannot be read
   */
  public static void main(String[] args) throws Exception {
    // a log holds lambdas (hidden classes), whose field offsets JOL finds only this way
    System.setProperty("jol.magicFieldOffset", "true");
    NationalData.Scale scale = NationalData.Scale.of(args.length > 0 ? args[0] : "reduced");
    Path dir = args.length > 1 ? Path.of(args[1]) : NationalData.directory(scale);
    NationalData.DataFiles files = new NationalData.DataFiles(dir);
    if (!Files.isRegularFile(files.activities())) {
      throw new IllegalArgumentException("no " + files.activities() + ": run NationalData " + scale.id() + " first");
    }
    System.out.println("data: " + dir + "; max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");

    Hierarchy hierarchy = EndToEndCivic.read(files, 2).hierarchy();
    ActivityLog.Builder builder = ActivityLog.builder();
    EndToEnd.readClean(CivicJson.lenient().withParserThreads(2), files.activities(), RecordSink.none(), builder);
    ActivityLog log = builder.build();
    ActivityRollup rollup = ActivityRollup.of(hierarchy, log, List.of(), VolunteerIndex.growing());
    ActivityRollup.MonthlyTable table = rollup.monthly(NationalData.YEAR);
    long cells = table.cells().count(); // counts the table's distinct volunteers, which it then keeps
    VolunteerIndex index = VolunteerIndex.growing();
    IncrementalRollup incremental = new IncrementalRollup(hierarchy, index).addActivities(log.asList());
    List<VolunteerId> register = distinctVolunteers(log);
    VolunteerIndex registerIndex = VolunteerIndex.of(register);

    int sites = hierarchy.siteCount();
    int activities = log.size();
    long hierarchyBytes = size(hierarchy);
    long logBytes = size(log);
    long rollupBytes = size(rollup, hierarchy, log) - size(hierarchy, log);
    long tableBytes = size(table, rollup, hierarchy, log) - size(rollup, hierarchy, log);
    long incrementalBytes = size(incremental, hierarchy, log, index) - size(hierarchy, log, index);
    long indexBytes = size(index);
    long registerBytes = size(registerIndex, register) - size(register);

    System.out.printf(Locale.ROOT, "%n%,d divisions, %,d sites, %,d activities, %,d volunteers, %,d (division, month)"
        + " cells in %d%n", hierarchy.divisionCount(), sites, activities, register.size(), cells, NationalData.YEAR);
    row("Hierarchy (divisions and sites, with facts)", hierarchyBytes, sites, "a site");
    row("ActivityLog", logBytes, activities, "an activity");
    row("ActivityRollup of the log (without the log)", rollupBytes, activities, "an activity");
    row("its MonthlyTable of the year, volunteers counted", tableBytes, cells, "a cell");
    row("IncrementalRollup preloaded (without its index)", incrementalBytes, cells, "a cell");
    row("its VolunteerIndex.growing()", indexBytes, register.size(), "a volunteer");
    row("VolunteerIndex.of(register) (without the ids)", registerBytes, register.size(), "a volunteer");
    System.out.printf(Locale.ROOT, "RESULT sizing scale=%s sites=%d activities=%d volunteers=%d cells=%d hierarchy=%d"
            + " log=%d rollup=%d table=%d incremental=%d growing=%d register=%d%n", scale.id(), sites, activities,
        register.size(), cells, hierarchyBytes, logBytes, rollupBytes, tableBytes, incrementalBytes, indexBytes,
        registerBytes);
  }

  /** The log's distinct volunteers, each once, as a host's register would list them. */
  private static List<VolunteerId> distinctVolunteers(ActivityLog log) {
    Set<VolunteerId> distinct = new LinkedHashSet<>();
    for (Activity a : log.asList()) {
      distinct.addAll(a.volunteers());
    }
    return List.copyOf(distinct);
  }

  /** The retained size of the object graph from these roots, in bytes. */
  private static long size(Object... roots) {
    return GraphLayout.parseInstance(roots).totalSize();
  }

  private static void row(String what, long bytes, long units, String unit) {
    System.out.printf(Locale.ROOT, "  %-50s %,15d B  %8.1f MiB  %8.1f B %s (%,d)%n", what, bytes,
        bytes / 1048576.0, (double) bytes / units, unit, units);
  }
}
