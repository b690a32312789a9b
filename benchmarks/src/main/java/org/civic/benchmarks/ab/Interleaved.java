package org.civic.benchmarks.ab;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * Two builds of civic in one JVM, timed shot for shot: the A/B harness. Each build gets a class
 * loader of its own (its jars and dependencies, and the {@link Workloads} classes, over the
 * platform loader), so both run on the same machine state at the same time; the shots alternate,
 * in random order within each pair, with a full GC before each, after warm-up shots of both. On a
 * shared, noisy machine this is what tells a few percent from the noise: a load that slows one
 * shot slows its pair's other shot too, and the ratio of the pair keeps.
 *
 * <p>Before timing, both builds must give the same checksum for each workload. Then, for each
 * workload, it prints the median shot time of each build with its range, the median of the
 * pairs' ratios B ÷ A with their 10th–90th percentile, and a verdict: B is faster (or slower)
 * beyond the noise only when that whole percentile range is below (or above) 1.
 *
 * <pre>
 * java -Xmx12g -cp benchmarks/target/classes org.civic.benchmarks.ab.Interleaved \
 *     --a main=&lt;classpath&gt; --b plain-ids=&lt;classpath&gt; --data benchmarks/target/national-reduced \
 *     --workloads Ingest,IngestTwoThreads,Index,Rollup,SixHavesCheck --pairs 15 --warmup 5
 * </pre>
 *
 * {@code benchmarks/ab.sh} builds the two revisions, makes their class paths and runs this.
 */
public final class Interleaved {

  private static final String WORKLOADS = "org.civic.benchmarks.ab.Workloads";

  private Interleaved() {}

  /** A build: a name and the loader of its classes. */
  private record Build(String name, URLClassLoader loader) {}

  /**
   * Runs the comparison.
   *
   * @param args {@code --a name=classpath --b name=classpath --data dir [--workloads a,b]
   *     [--pairs n] [--warmup n] [--classes dir-or-jar-of-the-workloads]}
   * @throws Exception if a workload fails
   */
  public static void main(String[] args) throws Exception {
    String a = null;
    String b = null;
    Path data = null;
    List<String> workloads = List.of("Ingest", "IngestTwoThreads", "Index", "Rollup", "SixHavesCheck");
    int pairs = 15;
    int warmup = 5;
    // Workloads is named, never loaded here: it links against civic, which this loader need not have
    String classes = Interleaved.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--a" -> a = args[i + 1];
        case "--b" -> b = args[i + 1];
        case "--data" -> data = Paths.get(args[i + 1]);
        case "--workloads" -> workloads = Arrays.asList(args[i + 1].split(","));
        case "--pairs" -> pairs = Integer.parseInt(args[i + 1]);
        case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
        case "--classes" -> classes = args[i + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (a == null || b == null || data == null) {
      throw new IllegalArgumentException("usage: --a name=classpath --b name=classpath --data dir [--workloads …]"
          + " [--pairs n] [--warmup n] [--classes path]");
    }
    Build buildA = build(a, classes);
    Build buildB = build(b, classes);
    System.out.printf(Locale.ROOT, "A = %s, B = %s; %d pairs after %d warm-up pairs; data %s; %s, %d cores%n%n",
        buildA.name, buildB.name, pairs, warmup, data, System.getProperty("java.vm.version"),
        Runtime.getRuntime().availableProcessors());
    System.out.println("| workload | A median (range), ms | B median (range), ms | B ÷ A median (p10–p90) | verdict |");
    System.out.println("|---|---:|---:|---:|---|");
    boolean agreed = true;
    for (String workload : workloads) {
      agreed &= compare(workload, data, buildA, buildB, pairs, warmup);
    }
    if (!agreed) {
      System.exit(1); // a command-line tool: the builds disagree
    }
  }

  private static Build build(String spec, String classes) throws MalformedURLException {
    int eq = spec.indexOf('=');
    if (eq < 1) {
      throw new IllegalArgumentException("a build is name=classpath: " + spec);
    }
    List<URL> urls = new ArrayList<>();
    for (String entry : spec.substring(eq + 1).split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        urls.add(Paths.get(entry).toUri().toURL());
      }
    }
    urls.add(Paths.get(classes).toUri().toURL()); // last: the build's own classes win
    return new Build(spec.substring(0, eq),
        new URLClassLoader(spec.substring(0, eq), urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader()));
  }

  private static LongSupplier workload(Build build, String name, Path data) throws ReflectiveOperationException {
    Thread.currentThread().setContextClassLoader(build.loader);
    Class<?> type = Class.forName(WORKLOADS + "$" + name, true, build.loader);
    if (type.getClassLoader() != build.loader) {
      throw new IllegalStateException(name + " was not loaded by " + build.name + "'s loader");
    }
    try {
      return (LongSupplier) type.getConstructor(Path.class).newInstance(data);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(build.name + ": " + name + " setup failed", e.getCause());
    }
  }

  /** Times one shot, after a full GC, with the build's loader as the context loader. */
  private static long shot(Build build, LongSupplier w, long[] checksum) {
    Thread.currentThread().setContextClassLoader(build.loader);
    System.gc();
    long t0 = System.nanoTime();
    checksum[0] = w.getAsLong();
    return System.nanoTime() - t0;
  }

  private static boolean compare(String name, Path data, Build a, Build b, int pairs, int warmup)
      throws ReflectiveOperationException {
    LongSupplier wa = workload(a, name, data);
    LongSupplier wb = workload(b, name, data);
    long[] ca = {0};
    long[] cb = {0};
    for (int i = 0; i < warmup; i++) {
      shot(a, wa, ca);
      shot(b, wb, cb);
    }
    if (ca[0] != cb[0]) {
      System.out.printf(Locale.ROOT, "| %s | | | | DISAGREE: checksum %d (A) vs %d (B) |%n", name, ca[0], cb[0]);
      return false;
    }
    double[] ta = new double[pairs];
    double[] tb = new double[pairs];
    double[] ratio = new double[pairs];
    SplittableRandom order = new SplittableRandom(pairs);
    for (int i = 0; i < pairs; i++) {
      if (order.nextBoolean()) {
        ta[i] = shot(a, wa, ca) / 1e6;
        tb[i] = shot(b, wb, cb) / 1e6;
      } else {
        tb[i] = shot(b, wb, cb) / 1e6;
        ta[i] = shot(a, wa, ca) / 1e6;
      }
      ratio[i] = tb[i] / ta[i];
    }
    double[] r = ratio.clone();
    Arrays.sort(r);
    double low = percentile(r, 0.1);
    double high = percentile(r, 0.9);
    String verdict = high < 1 ? "B faster beyond the noise" : low > 1 ? "B slower beyond the noise" : "within the noise";
    System.out.printf(Locale.ROOT, "| %s | %s | %s | %.3f (%.3f–%.3f) | %s |%n", name, summary(ta), summary(tb),
        percentile(r, 0.5), low, high, verdict);
    return true;
  }

  private static String summary(double[] times) {
    double[] t = times.clone();
    Arrays.sort(t);
    return String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", percentile(t, 0.5), t[0], t[t.length - 1]);
  }

  /** The p-quantile of sorted values, interpolated linearly. */
  private static double percentile(double[] sorted, double p) {
    double at = p * (sorted.length - 1);
    int lo = (int) Math.floor(at);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
  }
}
