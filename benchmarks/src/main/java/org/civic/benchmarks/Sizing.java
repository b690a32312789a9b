package org.civic.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
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
 * the {@code ActivityRollup} of that log, and an {@code IncrementalRollup} preloaded with the same
 * activities ({@code addActivities}, one batch), with the volunteer index it keeps.
 *
 * <p>Each figure is a structure's own retained heap by JOL's object-graph walk ({@link
 * GraphLayout}): the graph from the structure and what it shares with the others (the hierarchy,
 * the log, the index), less the graph of what it shares — sizes, not addresses, are subtracted, so
 * a collection between the walks changes nothing. The cells of the incremental roll-up are the
 * year's non-empty (division, month) cells at every level, as {@code MonthlyTable.cells()} lists
 * them (activities only: no orders are added).
 *
 * <p>Run (after {@code benchmarks/run.sh} or {@code NationalData} has written the files): {@code
 * java -Xmx12g -cp benchmarks/target/benchmarks.jar org.civic.benchmarks.Sizing reduced} (or {@code
 * full} with {@code -Xmx20g}).
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
    long cells = rollup.monthly(NationalData.YEAR).cells().count();
    VolunteerIndex index = VolunteerIndex.growing();
    IncrementalRollup incremental = new IncrementalRollup(hierarchy, index).addActivities(log.asList());

    int sites = hierarchy.siteCount();
    int activities = log.size();
    int volunteers = distinctVolunteers(log);
    long hierarchyBytes = size(hierarchy);
    long logBytes = size(log);
    long rollupBytes = size(rollup, hierarchy, log) - size(hierarchy, log);
    long indexBytes = size(index);
    long incrementalBytes = size(incremental, hierarchy, index) - size(hierarchy, index);

    System.out.printf(Locale.ROOT, "%n%,d divisions, %,d sites, %,d activities, %,d (division, month) cells in %d%n",
        hierarchy.divisionCount(), sites, activities, cells, NationalData.YEAR);
    row("Hierarchy (divisions and sites, with facts)", hierarchyBytes, sites, "a site");
    row("ActivityLog", logBytes, activities, "an activity");
    row("ActivityRollup of the log (without the log)", rollupBytes, activities, "an activity");
    row("IncrementalRollup preloaded (without its index)", incrementalBytes, cells, "a cell");
    row("its VolunteerIndex.growing()", indexBytes, volunteers, "a volunteer");
    System.out.printf(Locale.ROOT, "RESULT sizing scale=%s sites=%d activities=%d cells=%d hierarchy=%d log=%d"
            + " rollup=%d incremental=%d index=%d%n", scale.id(), sites, activities, cells, hierarchyBytes, logBytes,
        rollupBytes, incrementalBytes, indexBytes);
  }

  /** The log's distinct volunteers: what the incremental roll-up's index holds. */
  private static int distinctVolunteers(ActivityLog log) {
    Set<VolunteerId> distinct = new HashSet<>();
    for (Activity a : log.asList()) {
      distinct.addAll(a.volunteers());
    }
    return distinct.size();
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
