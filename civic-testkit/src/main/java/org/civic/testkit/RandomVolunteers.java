package org.civic.testkit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.civic.site.Site;
import org.civic.team.TeamId;
import org.civic.volunteer.NationalVolunteerNumber;
import org.civic.volunteer.Recorder;
import org.civic.volunteer.ServiceRecord;
import org.civic.volunteer.Volunteer;
import org.civic.volunteer.VolunteerId;

/**
 * Generators of volunteers and service records — 随机志愿者与服务记录 — over given sites, for
 * property tests of volunteer figures: volunteers serve at several sites (so distinct counts and
 * totals differ), on days of one year, never more than 24 hours a day. The
 * {@linkplain #generate(RandomGenerator, List, List, int, int, int) fuller generator} also draws
 * national volunteer numbers, records kept by teams, and volunteers' own reports in every state of
 * their review (pending, approved in full or in part, rejected).
 *
 * <p>Stateless and thread-safe.
 */
public final class RandomVolunteers {

  /** Reasons a recorder gives for rejecting a volunteer's report. */
  private static final String[] REASONS = {"活动当天未签到", "重复申报", "时长与签到记录不符", "not at the activity"};

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

  /**
   * Generates volunteers registered at the given sites and their records there in {@code year},
   * as {@link #generate(RandomGenerator, List, int, int, int)} does, and more: about half the
   * volunteers have a national volunteer number (志愿者统一编号, distinct); about half the records
   * are recorded by one of the teams (when there are teams), the others by their site; and about
   * a third are a volunteer's own report — pending, approved in full, approved in part or rejected
   * with a reason, about equally. No volunteer's recorded time passes 24 hours on a day, so no
   * approval can either.
   *
   * @param random the source of randomness, not null
   * @param sites where volunteers register and serve, not null or empty
   * @param teams the teams that may record service, not null, may be empty
   * @param volunteers how many volunteers, 0 or more
   * @param records how many records, 0 or more
   * @param year the year of service
   * @return the sample, not null
   */
  public static Sample generate(RandomGenerator random, List<Site> sites, List<TeamId> teams, int volunteers,
      int records, int year) {
    Objects.requireNonNull(teams, "teams");
    Sample plain = generate(random, sites, volunteers, records, year);
    List<Volunteer> vs = new ArrayList<>(plain.volunteers().size());
    for (int i = 0; i < plain.volunteers().size(); i++) {
      Volunteer v = plain.volunteers().get(i);
      vs.add(random.nextBoolean() ? v : v.withNationalNumber(NationalVolunteerNumber.of(
          String.format("ZY%d%08d", year, i))));
    }
    List<ServiceRecord> rs = new ArrayList<>(plain.records().size());
    for (ServiceRecord r : plain.records()) {
      ServiceRecord x = r;
      if (random.nextInt(3) == 0) {
        ServiceRecord own = ServiceRecord.reported(r.volunteer(), r.date(), r.site(), r.recordedTime());
        x = switch (random.nextInt(4)) {
          case 0 -> own;
          case 1 -> own.approve();
          case 2 -> own.approve(Duration.ofMinutes(random.nextLong(r.recordedTime().toMinutes() + 1)));
          default -> own.reject(REASONS[random.nextInt(REASONS.length)]);
        };
      }
      if (!teams.isEmpty() && random.nextBoolean()) {
        x = x.withRecorder(Recorder.ofTeam(teams.get(random.nextInt(teams.size()))));
      }
      rs.add(x);
    }
    return new Sample(vs, rs);
  }
}
