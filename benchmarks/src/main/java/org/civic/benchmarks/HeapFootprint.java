package org.civic.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civic.hierarchy.Hierarchy;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures the retained heap per site of the national hierarchy of the shared benchmark data
 * ({@link NationalData}: 663,128 divisions, 644,290 main sites, no facts). Target: at most 80
 * bytes per site (issue 18; 150 before).
 *
 * <p>Two independent measurements:
 *
 * <ol>
 *   <li>JOL's object-graph walk ({@link GraphLayout}) from the {@link Hierarchy}: the exact
 *       shallow sizes of every object reachable from it, which is its retained size since it
 *       shares nothing with the rest of the heap. Printed per field too, showing where the bytes
 *       go.
 *   <li>The GC difference: used heap after several full collections with the hierarchy reachable,
 *       minus used heap after dropping it and collecting again. The builder and the input are
 *       unreachable before either reading. Under G1, large arrays live in humongous regions whose
 *       unused tail is counted as used, so run with {@code -XX:+UseSerialGC} for a figure that
 *       should match JOL's to within noise.
 * </ol>
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.civic.benchmarks.HeapFootprint}.
 */
public final class HeapFootprint {

  /** The only strong reference to the hierarchy while it is measured. */
  private static Hierarchy held;

  private HeapFootprint() {}

  /**
   * Builds the national hierarchy and prints its retained heap.
   *
   * @param args ignored
   * @throws Exception if the measurement fails
   */
  public static void main(String[] args) throws Exception {
    System.out.println("GC: " + gcNames() + "; max heap "
        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");

    // Build in a separate frame, so the builder, its input and the parsed divisions are garbage
    // once it returns.
    held = NationalSites.check(NationalSites.loadAndBuild());
    int sites = held.siteCount();
    int divisions = held.divisionCount();
    System.out.println("built " + held);

    // 1. The GC difference, first: JOL's layout keeps the graph reachable while it exists.
    long with = usedAfterGc();
    // 2. JOL, in its own frame so that its layout is garbage afterwards.
    long jolBytes = jol(held);
    held = null;
    long without = usedAfterGc();
    long gcBytes = with - without;
    System.out.println();
    print("retained heap (JOL)", jolBytes, sites, divisions);
    print("retained heap (GC difference)", gcBytes, sites, divisions);
    System.out.printf(Locale.ROOT, "  used heap after full GCs: with it %,d B, without it %,d B%n",
        with, without);
    System.out.println();
    System.out.printf(Locale.ROOT, "RESULT bytesTotal=%d bytesPerSite=%.1f bytesPerDivision=%.1f"
            + " (JOL); gcDifference=%d (%.1f per site)%n", jolBytes, (double) jolBytes / sites,
        (double) jolBytes / divisions, gcBytes, (double) gcBytes / sites);
    System.out.println((double) jolBytes / sites <= 80 ? "PASS: at most 80 bytes per site"
        : "FAIL: more than 80 bytes per site");
  }

  /** Prints JOL's footprint of the hierarchy, by field and by class, and returns its size. */
  private static long jol(Hierarchy hierarchy) throws IllegalAccessException {
    GraphLayout layout = GraphLayout.parseInstance(hierarchy);
    System.out.println();
    System.out.println("JOL object graph: " + layout.totalCount() + " objects, "
        + layout.totalSize() + " B");
    System.out.println("by field (each counts only objects not reached through an earlier field):");
    byField(hierarchy);
    System.out.println();
    System.out.println(layout.toFootprint());
    return layout.totalSize();
  }

  private static void print(String what, long bytes, int sites, int divisions) {
    System.out.printf(Locale.ROOT, "%s: %,d B (%.1f MiB) = %.1f B per site (%,d sites),"
            + " %.1f B per division (%,d divisions)%n",
        what, bytes, bytes / 1048576.0, (double) bytes / sites, sites,
        (double) bytes / divisions, divisions);
  }

  /** Prints the bytes each field of the hierarchy adds, in declaration order. */
  private static void byField(Hierarchy hierarchy) throws IllegalAccessException {
    List<Object> seen = new ArrayList<>();
    long before = 0;
    int sites = hierarchy.siteCount();
    for (Field f : Hierarchy.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
        continue;
      }
      f.setAccessible(true);
      Object value = f.get(hierarchy);
      if (value == null) {
        continue;
      }
      seen.add(value);
      long after = GraphLayout.parseInstance(seen.toArray()).totalSize();
      System.out.printf(Locale.ROOT, "  %-14s %,13d B  %6.1f B/site%n", f.getName(), after - before,
          (double) (after - before) / sites);
      before = after;
    }
    long shell = GraphLayout.parseInstance(hierarchy).totalSize() - before;
    System.out.printf(Locale.ROOT, "  %-14s %,13d B%n", "(Hierarchy)", shell);
  }

  private static long usedAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 6; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static String gcNames() {
    List<String> names = new ArrayList<>();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      names.add(gc.getName());
    }
    return String.join(", ", names);
  }
}
