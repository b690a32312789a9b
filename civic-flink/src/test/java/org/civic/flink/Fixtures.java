package org.civic.flink;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.civic.activity.Activity;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.json.CivicJson;
import org.civic.json.LinesWriter;
import org.civic.metric.ActivityRollup;
import org.civic.metric.VolunteerIndex;
import org.civic.order.ServiceOrder;
import org.civic.site.Site;
import org.civic.testkit.RandomActivities;
import org.civic.testkit.RandomHierarchies;
import org.civic.volunteer.Volunteer;
import org.civic.volunteer.VolunteerId;

/**
 * Generated national-shaped data (a province of cities, counties, townships and villages with their
 * posts and stations, a year of activities and orders from civic-testkit), written as the civic
 * JSON Lines files a host would hand the job: the reference data and the records, shuffled.
 */
record Fixtures(Hierarchy hierarchy, List<VolunteerId> register, List<Activity> activities,
    List<ServiceOrder> orders, Path reference, Path records) {

  static final int YEAR = 2024;

  static Fixtures generate(long seed, Path dir, int size, int activityCount) {
    SplittableRandom random = new SplittableRandom(seed);
    RandomHierarchies.Sample sample;
    do {
      sample = RandomHierarchies.generate(random, size, 0.8);
    } while (sample.sites().isEmpty());
    Hierarchy h = Hierarchy.builder().addDivisions(sample.divisions()).addSites(sample.sites()).build();
    int distinct = Math.max(1, activityCount * 3);
    List<Activity> activities = RandomActivities.log(random, sample.sites(), YEAR, activityCount, distinct,
        activityCount * 6);
    List<ServiceOrder> orders = RandomActivities.orders(random, sample.sites(), YEAR, activityCount / 4 + 1);
    List<VolunteerId> register = new ArrayList<>();
    for (int i = 0; i < distinct; i++) {
      register.add(RandomActivities.volunteer(i));
    }
    Collections.shuffle(register, new java.util.Random(seed));   // numbering is the register's order, not the ids'
    try {
      Files.createDirectories(dir);
      Path reference = dir.resolve("reference-" + seed + ".jsonl");
      try (OutputStream out = Files.newOutputStream(reference); LinesWriter w = CivicJson.strict().linesWriter(out)) {
        sample.divisions().forEach(w::write);
        sample.sites().forEach(w::write);
        for (VolunteerId v : register) {
          w.write(Volunteer.of(v, "志愿者", LocalDate.of(2023, 1, 1), Set.of(), Optional.empty()));
        }
      }
      List<Object> lines = new ArrayList<>(activities);
      lines.addAll(orders);
      Collections.shuffle(lines, new java.util.Random(seed + 1));
      Path records = dir.resolve("records-" + seed + ".jsonl");
      try (OutputStream out = Files.newOutputStream(records); LinesWriter w = CivicJson.strict().linesWriter(out)) {
        for (Object o : lines) {
          if (o instanceof Activity a) {
            w.write(a);
          } else {
            w.write((ServiceOrder) o);
          }
        }
      }
      return new Fixtures(h, List.copyOf(register), activities, orders, reference, records);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ReferenceData referenceData() {
    return ReferenceData.files(List.of(reference.toString()));
  }

  /** The one-machine roll-up of the same records. */
  ActivityRollup rollup() {
    return ActivityRollup.of(hierarchy, activities, orders, VolunteerIndex.of(register));
  }

  /** The divisions of the hierarchy, in code order. */
  List<DivisionCode> divisions() {
    return hierarchy.divisions().map(Division::code).toList();
  }

  List<Site> sites() {
    return hierarchy.sites().toList();
  }
}
