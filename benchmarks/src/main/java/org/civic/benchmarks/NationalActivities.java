package org.civic.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.civic.activity.Activity;
import org.civic.site.SiteId;
import org.civic.team.TeamCategory;
import org.civic.team.TeamId;
import org.civic.volunteer.VolunteerId;
import org.jspecify.annotations.Nullable;

/**
 * A fast, deterministic generator of a national year of activities for benchmarks — millions of
 * {@link Activity} objects in seconds, where {@code RandomActivities.log} (exact distinct counts)
 * takes far longer at that size.
 *
 * <p>Activity {@code i} is {@code "a" + i}. The activities are made in chunks of
 * {@value #CHUNK}, chunk {@code c} drawing from its own {@code SplittableRandom(seed * 1_000_003 +
 * c)}, so the log is the same whatever the number of threads that make it. Each activity:
 *
 * <ul>
 *   <li>a site drawn uniformly from the given sites, and a day drawn uniformly from the year;
 *   <li>1–{@value #MAX_VOLUNTEERS} volunteers drawn uniformly from the pool (a repeat within one
 *       activity collapses, so a few have one fewer; person-times are always the set's size);
 *   <li>a category drawn from {@link TeamCategory#ELEVEN}, whose Chinese name is the theme;
 *   <li>10–209 beneficiaries, and 30–180 minutes of service per volunteer drawn;
 *   <li>the team a {@link TeamChooser} gives for the site and the category, if one is given
 *       ({@link NationalData} gives each site's team of that category);
 *   <li>no materials, consultations or sessions (they would cost memory and the full roll-up does
 *       not read them).
 * </ul>
 *
 * <p>Days, durations, categories and volunteer ids are shared objects, so the heap holds per activity
 * only the {@code Activity}, its id, and the two sorted sets.
 */
final class NationalActivities {

  /** Activities per chunk of one random stream. */
  static final int CHUNK = 50_000;

  /**
   * The most volunteers drawn for one activity. Ten, not thirty: with 1–30 (93 million
   * person-times) making the log and indexing it took minutes per JMH fork on this 2-core machine.
   */
  static final int MAX_VOLUNTEERS = 10;

  private NationalActivities() {}

  /** Returns the pool of volunteer ids: {@code "v" + n} for n in [0, size). */
  static List<VolunteerId> pool(int size) {
    VolunteerId[] ids = new VolunteerId[size];
    for (int n = 0; n < size; n++) {
      ids[n] = VolunteerId.of("v" + n);
    }
    return List.of(ids);
  }

  /** Chooses the team that holds an activity. */
  @FunctionalInterface
  interface TeamChooser {
    /**
     * Returns the team of an activity.
     *
     * @param site the site's position in the list of sites
     * @param category the category's position in {@link TeamCategory#ELEVEN}
     */
    TeamId team(int site, int category);
  }

  /** Generates the activities of a year without teams; see the overload. */
  static List<Activity> generate(long seed, int year, int count, List<SiteId> sites, List<VolunteerId> pool) {
    return generate(seed, year, count, sites, pool, null);
  }

  /** Generates the activities of a year with teams; ids {@code "a" + i}; see the overload. */
  static List<Activity> generate(long seed, int year, int count, List<SiteId> sites, List<VolunteerId> pool,
      @Nullable TeamChooser teams) {
    return generate("a", seed, year, count, sites, pool, teams);
  }

  /**
   * Generates the activities of a year, in parallel on the common pool.
   *
   * @param idPrefix the ids' prefix: activity {@code i} is {@code idPrefix + i}
   * @param seed the seed
   * @param year the year
   * @param count how many activities
   * @param sites where they are held, uniformly
   * @param pool the volunteers they draw from, uniformly
   * @param teams the team of each activity, or null for none
   * @return the activities, in id order, unmodifiable
   */
  static List<Activity> generate(String idPrefix, long seed, int year, int count, List<SiteId> sites,
      List<VolunteerId> pool, @Nullable TeamChooser teams) {
    SiteId[] siteArray = sites.toArray(SiteId[]::new);
    VolunteerId[] poolArray = pool.toArray(VolunteerId[]::new);
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate[] days = new LocalDate[first.lengthOfYear()];
    for (int d = 0; d < days.length; d++) {
      days[d] = first.plusDays(d);
    }
    Duration[] minutes = new Duration[6 * MAX_VOLUNTEERS + 1];
    for (int m = 0; m < minutes.length; m++) {
      minutes[m] = Duration.ofMinutes(30L * m);
    }
    Clock clock = Clock.fixed(Instant.parse((year + 1) + "-01-01T00:00:00Z"), ZoneOffset.UTC);
    Activity[] out = new Activity[count];
    int chunks = (count + CHUNK - 1) / CHUNK;
    IntStream.range(0, chunks).parallel().forEach(c -> {
      SplittableRandom random = new SplittableRandom(seed * 1_000_003 + c);
      VolunteerId[] drawn = new VolunteerId[MAX_VOLUNTEERS];
      int end = Math.min(count, (c + 1) * CHUNK);
      for (int i = c * CHUNK; i < end; i++) {
        int s = random.nextInt(siteArray.length);
        SiteId site = siteArray[s];
        LocalDate day = days[random.nextInt(days.length)];
        int k = 1 + random.nextInt(MAX_VOLUNTEERS);
        for (int v = 0; v < k; v++) {
          drawn[v] = poolArray[random.nextInt(poolArray.length)];
        }
        int f = random.nextInt(TeamCategory.ELEVEN.size());
        TeamCategory category = TeamCategory.ELEVEN.get(f);
        Activity.Builder b = Activity.builder(idPrefix + i, day, site);
        if (teams != null) {
          b.team(teams.team(s, f));
        }
        out[i] = b
            .category(category)
            .theme(category.chinese())
            .volunteers(Arrays.asList(drawn).subList(0, k))
            .beneficiaries(10 + random.nextInt(200))
            .serviceTime(minutes[k * (1 + random.nextInt(6))])
            .build(clock);
      }
    });
    return List.of(out);
  }
}
