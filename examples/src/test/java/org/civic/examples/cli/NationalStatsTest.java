package org.civic.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.civic.activity.Activity;
import org.civic.division.Division;
import org.civic.hierarchy.Hierarchy;
import org.civic.json.CivicJson;
import org.civic.json.LinesWriter;
import org.civic.metric.ActivityRollup;
import org.civic.metric.MetricSet;
import org.civic.metric.Period;
import org.civic.metric.VolunteerIndex;
import org.civic.order.ServiceOrder;
import org.civic.site.Site;
import org.civic.testkit.NationalDivisions;
import org.civic.testkit.RandomActivities;
import org.civic.testkit.RandomHierarchies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code civic stats} over a national-shaped JSON Lines file — the real division list, generated
 * sites, a year of activities and orders — gives the figures the object path gives: activities
 * parsed into an {@code ActivityLog} on parser threads and indexed there, against a list of
 * {@link Activity} objects rolled up by {@link ActivityRollup#of(Hierarchy, java.util.Collection,
 * java.util.Collection, VolunteerIndex)}. In the build the file holds three provinces (Guangdong,
 * with its cities without counties, Henan and Xinjiang) and 100,000 activities; with
 * {@code -Dcivic.cli.national=true} the whole country and 1,000,000 activities.
 */
class NationalStatsTest {

  private static final boolean NATIONAL = Boolean.getBoolean("civic.cli.national");
  private static final Set<String> PROVINCES = Set.of("44", "41", "65");

  @Test
  void statsOverANationalShapedFileGivesTheObjectPathsFigures(@TempDir Path dir) throws IOException {
    SplittableRandom random = new SplittableRandom(2024_22);
    List<Division> divisions = new ArrayList<>();
    NationalDivisions.forEach(d -> {
      if (NATIONAL || PROVINCES.contains(d.code().toString().substring(0, 2))) {
        divisions.add(d);
      }
    });
    List<Site> sites = RandomHierarchies.sites(random, divisions, 0.6);
    int n = NATIONAL ? 1_000_000 : 100_000;
    List<Activity> activities = RandomActivities.log(random, sites, 2024, n, n / 3, n * 3);
    List<ServiceOrder> orders = RandomActivities.orders(random, sites, 2024, n / 10);
    Path file = dir.resolve("national.jsonl");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        LinesWriter w = CivicJson.strict().linesWriter(out)) {
      divisions.forEach(w::write);
      sites.forEach(w::write);
      activities.forEach(w::write);
      orders.forEach(w::write);
    }

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = CivicCli.run(new String[] {"stats", file.toString(), "--period", "2024", "--format", "json",
        "--threads", "2"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();

    Hierarchy h = Hierarchy.builder().addDivisions(divisions).addSites(sites).build();
    ActivityRollup objects = ActivityRollup.of(h, activities, orders, VolunteerIndex.growing());
    StringBuilder expected = new StringBuilder();
    for (Division root : h.roots()) {
      MetricSet m = objects.metrics(root.code(), Period.year(2024));
      expected.append(String.format("{\"division\":\"%s\",\"period\":\"2024\",\"activities\":%d,\"volunteers\":%d,"
              + "\"personTimes\":%d,\"beneficiaries\":%d,\"serviceMinutes\":%d,\"ordersPlaced\":%d,"
              + "\"ordersDelivered\":%d,\"approvedServiceMinutes\":0,\"serviceRecordsPending\":0}%n", root.code(),
          m.activities(), m.volunteers().count(), m.personTimes(), m.beneficiaries(), m.serviceTime().toMinutes(),
          m.ordersPlaced(), m.ordersDelivered()));
    }
    assertThat(h.roots()).hasSize(NATIONAL ? 31 : 3);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    long total = h.roots().stream().mapToLong(r -> objects.metrics(r.code(), Period.year(2024)).activities()).sum();
    assertThat(total).as("every activity counted once, in its province").isEqualTo(n);
  }
}
