package org.civic.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.civic.site.Site;
import org.civic.volunteer.ServiceRecord;
import org.civic.volunteer.Volunteer;
import org.civic.volunteer.VolunteerId;

/**
 * Generators of volunteers and service records — 随机志愿者与服务记录 — over given sites, for
 * property tests of volunteer figures: volunteers serve at several sites (so distinct counts and
 * totals differ), on days of one year, never more than 24 hours a day.
 *
 * <p>Stateless and thread-safe.
 */
public final class RandomVolunteers {

  private RandomVolunteers() {}

  /**
   * A generated sample.
   *
   * @param volunteers the volunteers, not null
   * @param records their service records, not null
   */
  public record Sample(List<Volunteer> volunteers, List<ServiceRecord> records) {
    /** Creates a sample; the lists are copied. */
    public Sample {
      volunteers = List.copyOf(volunteers);
      records = List.copyOf(records);
    }
  }

  /**
   * Generates volunteers registered at the given sites and their records there in {@code year}.
   *
   * @param random the source of randomness, not null
   * @param sites where volunteers register and serve, not null or empty
   * @param volunteers how many volunteers, 0 or more
   * @param records how many records, 0 or more
   * @param year the year of service
   * @return the sample, not null
   */
  public static Sample generate(RandomGenerator random, List<Site> sites, int volunteers, int records, int year) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(sites, "sites");
    if (sites.isEmpty() || volunteers < 0 || records < 0) {
      throw new IllegalArgumentException("need sites and non-negative counts");
    }
    List<Volunteer> vs = new ArrayList<>(volunteers);
    for (int i = 0; i < volunteers; i++) {
      Site home = sites.get(random.nextInt(sites.size()));
      vs.add(Volunteer.of(VolunteerId.of("v" + i), "志愿者" + i, LocalDate.of(year - 1 - random.nextInt(5), 1, 1)
          .plusDays(random.nextInt(365)), Set.of(), Optional.of(home.id())));
    }
    List<ServiceRecord> rs = new ArrayList<>(records);
    if (volunteers > 0) {
      LocalDate first = LocalDate.of(year, 1, 1);
      int days = first.lengthOfYear();
      java.util.Map<Long, Integer> used = new java.util.HashMap<>();
      for (int i = 0; i < records; i++) {
        // Up to 8 hours a record, cut so that no volunteer's day exceeds 24 hours.
        int v = random.nextInt(volunteers);
        int d = random.nextInt(days);
        long key = (long) v * 400 + d;
        int minutes = Math.min(random.nextInt(33) * 15, 24 * 60 - used.getOrDefault(key, 0));
        used.merge(key, minutes, Integer::sum);
        Site site = sites.get(random.nextInt(sites.size()));
        rs.add(ServiceRecord.of(vs.get(v).id(), first.plusDays(d), site.id(), java.time.Duration.ofMinutes(minutes)));
      }
    }
    return new Sample(vs, rs);
  }
}
