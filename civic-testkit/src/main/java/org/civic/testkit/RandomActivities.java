package org.civic.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.civic.activity.Activity;
import org.civic.order.MenuItem;
import org.civic.order.ServiceOrder;
import org.civic.site.Site;
import org.civic.team.TeamCategory;
import org.civic.team.TeamId;
import org.civic.volunteer.VolunteerId;

/**
 * Generators of activity logs and service orders — 随机活动台账 — for property tests and for
 * samples with given figures, such as the source's county: 2,187 activities with 37,985
 * distinct volunteers taking part 57,913 times.
 *
 * <p>Stateless and thread-safe. The same seed gives the same log.
 */
public final class RandomActivities {

  /** The month themes (一月一主题) the generated activities carry, January to December. */
  public static final List<String> MONTH_THEMES = List.of("新春文明", "学雷锋", "清明祭英烈", "劳动光荣",
      "青春向党", "端午传承", "党的生日", "国防教育", "尊师重教", "爱国主义", "法治宣传", "志愿服务");

  private static final List<MenuItem> MENU = List.of(new MenuItem("m-policy", "政策宣讲", "政策"),
      new MenuItem("m-skills", "技能培训", "技能"), new MenuItem("m-law", "法律咨询", "法治"),
      new MenuItem("m-civility", "文明劝导", "文明"), new MenuItem("m-origin", "初心故事会", "初心"));

  private RandomActivities() {}

  /**
   * Generates a year's activity log with exactly the given figures.
   *
   * @param random the source of randomness, not null
   * @param sites where activities are held, not null or empty
   * @param year the year
   * @param activities how many activities, 1 or more
   * @param distinctVolunteers how many distinct volunteers take part, at most {@code personTimes}
   * @param personTimes how many participations in all, at least {@code activities}
   * @return the activities, not null
   * @throws IllegalArgumentException if the figures cannot hold together
   */
  public static List<Activity> log(RandomGenerator random, List<Site> sites, int year, int activities,
      int distinctVolunteers, int personTimes) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(sites, "sites");
    if (sites.isEmpty() || activities < 1 || distinctVolunteers < 1 || personTimes < activities
        || personTimes < distinctVolunteers || (long) activities * distinctVolunteers < personTimes) {
      throw new IllegalArgumentException("need sites, activities >= 1, distinct <= person-times >= activities, and"
          + " person-times <= activities × distinct (a volunteer takes part in an activity once)");
    }
    // Sizes: each activity at least one participant and at most every volunteer, the rest at random.
    int[] size = new int[activities];
    Arrays.fill(size, 1);
    for (int i = activities; i < personTimes; i++) {
      int a = random.nextInt(activities);
      while (size[a] == distinctVolunteers) {
        a = (a + 1) % activities;
      }
      size[a]++;
    }
    // Seat volunteers activity by activity: first those who have not taken part yet (in a random
    // order, so that every one of them takes part), then others at random, never one twice in an
    // activity. The distinct count and the person-times come out exact.
    int[] fresh = new int[distinctVolunteers];
    for (int i = 0; i < distinctVolunteers; i++) {
      fresh[i] = i;
    }
    for (int i = distinctVolunteers - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = fresh[i];
      fresh[i] = fresh[j];
      fresh[j] = t;
    }
    int next = 0;
    List<Set<Integer>> members = new ArrayList<>(activities);
    for (int a = 0; a < activities; a++) {
      Set<Integer> who = new HashSet<>();
      int leftAfter = 0;
      for (int b = a + 1; b < activities; b++) {
        leftAfter += size[b];
      }
      // Take enough fresh volunteers now that the rest can still be seated later.
      int mustTakeFresh = Math.max(0, (distinctVolunteers - next) - leftAfter);
      int takeFresh = Math.min(size[a], Math.max(mustTakeFresh, random.nextInt(size[a] + 1)));
      takeFresh = Math.min(takeFresh, distinctVolunteers - next);
      for (int k = 0; k < takeFresh; k++) {
        who.add(fresh[next++]);
      }
      while (who.size() < size[a]) {
        int repeatable = next - who.size(); // every member so far is among the first `next`
        if (repeatable == 0) {
          who.add(fresh[next++]);
        } else if (repeatable * 4 >= next) {
          int v;
          do {
            v = fresh[random.nextInt(next)];
          } while (who.contains(v));
          who.add(v);
        } else {
          List<Integer> candidates = new ArrayList<>(repeatable);
          for (int i = 0; i < next; i++) {
            if (!who.contains(fresh[i])) {
              candidates.add(fresh[i]);
            }
          }
          who.add(candidates.get(random.nextInt(candidates.size())));
        }
      }
      members.add(who);
    }
    List<Activity> out = new ArrayList<>(activities);
    LocalDate first = LocalDate.of(year, 1, 1);
    java.time.Clock clock = java.time.Clock.fixed(Instant.parse((year + 1) + "-01-01T00:00:00Z"), ZoneOffset.UTC);
    for (int a = 0; a < activities; a++) {
      Set<Integer> who = members.get(a);
      LocalDate date = first.plusDays(random.nextInt(first.lengthOfYear()));
      Site site = sites.get(random.nextInt(sites.size()));
      List<VolunteerId> ids = who.stream().sorted().map(RandomActivities::volunteer).toList();
      TeamCategory category = TeamCategory.ELEVEN.get(random.nextInt(TeamCategory.ELEVEN.size()));
      out.add(Activity.builder("a" + year + "-" + a, date, site.id())
          .team(TeamId.of("t-" + site.id().value()))
          .category(category)
          .theme(category.chinese())
          .monthTheme(MONTH_THEMES.get(date.getMonthValue() - 1))
          .volunteers(ids)
          .beneficiaries(10 + random.nextInt(200))
          .serviceTime(Duration.ofMinutes(30L * ids.size() * (1 + random.nextInt(6))))
          .materials(random.nextInt(4) == 0 ? random.nextInt(300) : 0)
          .consultations(random.nextInt(3) == 0 ? random.nextInt(50) : 0)
          .sessions(1)
          .build(clock));
    }
    return out;
  }

  /** Returns the id generated logs give volunteer number {@code i}: {@code v} + i. */
  public static VolunteerId volunteer(int i) {
    return VolunteerId.of("v" + i);
  }

  /**
   * Generates orders placed at the sites in a year, each taken a random way through the workflow
   * (some cancelled, some rejected and re-dispatched, most delivered and many rated).
   *
   * @param random the source of randomness, not null
   * @param sites where orders are placed, not null or empty
   * @param year the year
   * @param count how many orders
   * @return the orders, not null
   */
  public static List<ServiceOrder> orders(RandomGenerator random, List<Site> sites, int year, int count) {
    Objects.requireNonNull(random, "random");
    List<ServiceOrder> out = new ArrayList<>(count);
    Instant start = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    for (int i = 0; i < count; i++) {
      Site site = sites.get(random.nextInt(sites.size()));
      Instant t = start.plusSeconds(random.nextInt(360 * 24 * 3600));
      ServiceOrder o = ServiceOrder.place("o" + year + "-" + i, site.id(), MENU.get(random.nextInt(MENU.size())), t);
      int path = random.nextInt(10);
      if (path == 0) {
        out.add(o.cancel("群众取消", t.plusSeconds(600)));
        continue;
      }
      t = t.plusSeconds(600 + random.nextInt(3 * 24 * 3600));
      o = o.match(TeamId.of("t-" + site.id().value()), t);
      if (path == 1) {
        t = t.plusSeconds(3600);
        o = o.reject("人手不足", t).match(TeamId.of("t2-" + site.id().value()), t.plusSeconds(1800));
        t = t.plusSeconds(1800);
      }
      if (path == 2) {
        out.add(o);
        continue;
      }
      t = t.plusSeconds(3600 + random.nextInt(7 * 24 * 3600));
      o = o.deliver("a-order-" + i, t);
      if (path < 8) {
        o = o.rate(1 + random.nextInt(5), random.nextBoolean() ? Optional.of("满意") : Optional.empty(),
            t.plusSeconds(3600));
      }
      out.add(o);
    }
    return out;
  }
}
