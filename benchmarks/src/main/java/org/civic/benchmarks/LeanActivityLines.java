package org.civic.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.civic.activity.Activity;
import org.civic.json.CivicJson;
import org.civic.json.LinesWriter;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.testkit.NationalDivisions;
import org.civic.volunteer.VolunteerId;

/**
 * The input of {@link LeanJsonIngestBenchmark}: lean records (6,000,000 of them, ≈0.8 GB), the
 * input the ingest target was first set on — a civic/1 JSON Lines file of {@value #COUNT}
 * activities at the national sites, written by civic's own {@link LinesWriter}.
 *
 * <p>Deterministic: one {@code SplittableRandom(}{@value #SEED}{@code )} drawn in record order.
 * Activity {@code i} has id {@code "a" + i}; a site drawn uniformly from the national main
 * sites of {@link NationalSites} ({@code "s"} + the 12-digit code, as in {@link NationalSites}); a day drawn uniformly
 * from 2024; 0, 1 or 2 volunteers drawn uniformly from {@code "v0"}…{@code "v999999"}; 10–209
 * beneficiaries and 30–180 minutes of service. No teams, category, themes or counters, so a record
 * is about 140 bytes:
 *
 * <pre>{"type":"activity","id":"a17","date":"2024-06-02","site":"s110101001001","volunteers":["v53321"],"beneficiaries":57,"serviceMinutes":120}</pre>
 *
 * <p>The file is made once under {@code benchmarks/target/} (or {@code -Dcivic.bench.dir}); a
 * side file records its parameters and size, and the file is reused while both match.
 */
final class LeanActivityLines {

  /** Activity records in the file (plus the header line). */
  static final int COUNT = 6_000_000;

  /** The seed of the one random stream. */
  static final long SEED = 42;

  /** Distinct volunteer ids drawn from. */
  static final int VOLUNTEER_POOL = 1_000_000;

  /** Changes whenever the generator changes, so an old file is not reused. */
  private static final String PARAMETERS = "v2 sites=" + NationalSites.SITE_COUNT + " count=" + COUNT + " seed=" + SEED + " pool=" + VOLUNTEER_POOL;

  private static final String NAME = "lean-activities-" + COUNT + ".jsonl";

  private LeanActivityLines() {}

  /** Returns the directory the file lives in. */
  static Path directory() {
    String dir = System.getProperty("civic.bench.dir");
    if (dir != null) {
      return Paths.get(dir);
    }
    Path module = Paths.get("benchmarks", "target");
    return Files.isDirectory(module) ? module : Paths.get("target");
  }

  /** Returns the file, generating it first if it is missing or not the expected one. */
  static Path file() {
    Path dir = directory();
    Path file = dir.resolve(NAME);
    Path info = dir.resolve(NAME + ".info");
    try {
      if (Files.isRegularFile(file) && Files.isRegularFile(info)) {
        List<String> lines = Files.readAllLines(info, StandardCharsets.UTF_8);
        if (lines.size() == 2 && lines.get(0).equals(PARAMETERS)
            && Long.parseLong(lines.get(1)) == Files.size(file)) {
          return file;
        }
      }
      Files.createDirectories(dir);
      Path tmp = dir.resolve(NAME + ".tmp");
      long started = System.nanoTime();
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
        write(out);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      long size = Files.size(file);
      Files.write(info, List.of(PARAMETERS, Long.toString(size)), StandardCharsets.UTF_8);
      System.out.printf("Generated %s: %,d bytes in %.1f s%n", file, size, (System.nanoTime() - started) / 1e9);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the header and the {@value #COUNT} activities with {@code CivicJson.strict().linesWriter}. */
  static void write(OutputStream out) {
    List<SiteId> siteList = new ArrayList<>(NationalSites.SITE_COUNT);
    NationalDivisions.forEach(d -> {
      Site s = NationalSites.mainSiteOf(d);
      if (s != null) {
        siteList.add(s.id());
      }
    });
    if (siteList.size() != NationalSites.SITE_COUNT) {
      throw new IllegalStateException("expected " + NationalSites.SITE_COUNT + " sites, got " + siteList.size());
    }
    SiteId[] sites = siteList.toArray(SiteId[]::new);
    LocalDate first = LocalDate.of(2024, 1, 1);
    LocalDate[] days = new LocalDate[first.lengthOfYear()];
    for (int d = 0; d < days.length; d++) {
      days[d] = first.plusDays(d);
    }
    Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    SplittableRandom random = new SplittableRandom(SEED);
    List<VolunteerId> volunteers = new ArrayList<>(2);
    try (LinesWriter w = CivicJson.strict().linesWriter(out)) {
      for (int i = 0; i < COUNT; i++) {
        SiteId site = sites[random.nextInt(sites.length)];
        LocalDate day = days[random.nextInt(days.length)];
        volunteers.clear();
        int k = random.nextInt(3);
        for (int v = 0; v < k; v++) {
          volunteers.add(VolunteerId.of("v" + random.nextInt(VOLUNTEER_POOL)));
        }
        w.write(Activity.builder("a" + i, day, site)
            .volunteers(volunteers)
            .beneficiaries(10 + random.nextInt(200))
            .serviceTime(Duration.ofMinutes(30L * (1 + random.nextInt(6))))
            .build(clock));
      }
    }
  }

  /** Generates the file (if needed) and prints its path and size. */
  public static void main(String[] args) {
    Path file = file();
    try {
      System.out.printf("%s: %,d bytes%n", file, Files.size(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
