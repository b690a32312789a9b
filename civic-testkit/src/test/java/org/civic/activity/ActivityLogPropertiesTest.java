package org.civic.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.civic.site.SiteId;
import org.civic.team.TeamCategory;
import org.civic.team.TeamId;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

/** An activity log holds exactly the activities added to it, whatever they carry. */
class ActivityLogPropertiesTest {

  /** Activities using every field, with repeated sites, volunteers, teams and themes. */
  static List<Activity> activities(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    List<TeamCategory> fields = TeamCategory.builtIn();
    List<Activity> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int volunteers = r.nextInt(10) == 0 ? 60 + r.nextInt(80) : r.nextInt(4);
      Activity.Builder b = Activity.builder("a-" + i + "." + r.nextInt(1000),
          LocalDate.of(1 + r.nextInt(9999), 1 + r.nextInt(12), 1 + r.nextInt(28)), SiteId.of("s" + r.nextInt(1 + n / 3)));
      List<VolunteerId> vs = new ArrayList<>();
      for (int k = 0; k < volunteers; k++) {
        vs.add(VolunteerId.of("v" + r.nextInt(200)));
      }
      b.volunteers(vs);
      for (int k = r.nextInt(3); k > 0; k--) {
        b.team(TeamId.of("t:" + r.nextInt(5)));
      }
      if (r.nextBoolean()) {
        b.category(fields.get(r.nextInt(fields.size())));
      }
      if (r.nextInt(3) == 0) {
        b.theme(List.of("学雷锋", "theme 2", "清明祭英烈").get(r.nextInt(3)));
      }
      if (r.nextInt(3) == 0) {
        b.monthTheme(List.of("新春文明", "学雷锋").get(r.nextInt(2)));
      }
      int distinct = new HashSet<>(vs).size();
      b.beneficiaries(r.nextInt(5) == 0 ? 0 : r.nextLong(1L << 40))
          .serviceTime(Duration.ofMinutes(r.nextLong(24L * 60 * Math.max(1, distinct) + 1)))
          .materials(r.nextInt(4) == 0 ? r.nextInt(1000) : 0)
          .consultations(r.nextInt(4) == 0 ? r.nextInt(1000) : 0)
          .sessions(r.nextInt(4) == 0 ? r.nextInt(10) : 0);
      out.add(b.build(java.time.Clock.fixed(java.time.Instant.parse("9999-12-31T00:00:00Z"), java.time.ZoneOffset.UTC)));
    }
    return out;
  }

  @Test
  void theLogGivesBackEveryActivityEqual() {
    qt().withExamples(200).forAll(longs().all(), integers().between(0, 300)).checkAssert((seed, n) -> {
      List<Activity> as = activities(seed, n);
      ActivityLog log = ActivityLog.of(as);
      assertThat(log.size()).isEqualTo(as.size());
      assertThat(log.asList()).isEqualTo(as);
    });
  }

  @Test
  void rowAccessorsAndNumberingsAgreeWithTheActivities() {
    qt().withExamples(100).forAll(longs().all(), integers().between(1, 300)).checkAssert((seed, n) -> {
      List<Activity> as = activities(seed, n);
      ActivityLog log = ActivityLog.of(as);
      Set<SiteId> sites = new LinkedHashSet<>();
      Set<VolunteerId> volunteers = new LinkedHashSet<>();
      for (int r = 0; r < n; r++) {
        final int i = r;
        Activity a = as.get(i);
        sites.add(a.site());
        assertThat(log.id(i)).isEqualTo(a.id());
        assertThat(log.site(i)).isEqualTo(a.site());
        assertThat(log.sites().get(log.siteNumber(i))).isEqualTo(a.site());
        assertThat(log.epochDay(i)).isEqualTo(a.date().toEpochDay());
        assertThat(log.volunteerCount(i)).isEqualTo(a.personTimes());
        Set<VolunteerId> row = new HashSet<>();
        for (int k = 0; k < log.volunteerCount(i); k++) {
          row.add(log.volunteer(i, k));
          assertThat(log.volunteers().get(log.volunteerNumber(i, k))).isEqualTo(log.volunteer(i, k));
        }
        assertThat(row).isEqualTo(a.volunteers());
        volunteers.addAll(row);
        assertThat(log.categoryNumber(i).isPresent()).isEqualTo(a.category().isPresent());
        a.category().ifPresent(c -> assertThat(log.categories().get(log.categoryNumber(i).getAsInt())).isEqualTo(c));
        a.theme().ifPresent(t -> assertThat(log.themes().get(log.themeNumber(i).getAsInt())).isEqualTo(t));
        assertThat(log.beneficiaries(i)).isEqualTo(a.beneficiaries());
        assertThat(log.serviceMinutes(i)).isEqualTo(a.serviceTime().toMinutes());
        assertThat(log.materials(i)).isEqualTo(a.materials());
        assertThat(log.consultations(i)).isEqualTo(a.consultations());
        assertThat(log.sessions(i)).isEqualTo(a.sessions());
      }
      assertThat(log.sites()).containsExactlyElementsOf(sites);
      assertThat(new HashSet<>(log.volunteers())).isEqualTo(volunteers);
      assertThat(log.volunteers()).doesNotHaveDuplicates();
    });
  }

  @Test
  void daysAreCountedAsLocalDateCountsThem() {
    qt().withExamples(5000).forAll(integers().between(-ActivityLog.MAX_YEAR, ActivityLog.MAX_YEAR),
        integers().between(-1, 14), integers().between(-1, 33)).checkAssert((y, m, d) -> {
          LocalDate date;
          try {
            date = LocalDate.of(y, m, d);
          } catch (java.time.DateTimeException e) {
            date = null;
          }
          ActivityLog.Builder b = ActivityLog.builder();
          b.begin();
          assertThat(b.date(y, m, d)).as("%d-%d-%d", y, m, d).isEqualTo(date != null);
          if (date != null) {
            assertThat(ActivityLog.Builder.epochDay(y, m, d)).isEqualTo(date.toEpochDay());
          }
        });
  }

  @Test
  void daysOfManyRowsAreKeptAsLocalDateCountsThem() {
    // one builder, row after row: a day in the year of the row before, in a leap year after a
    // year that is not (and back), or anywhere in range
    qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      ActivityLog.Builder b = ActivityLog.builder(r.nextInt(4));
      List<LocalDate> kept = new ArrayList<>();
      int year = 2024;
      for (int i = 0; i < 60; i++) {
        year = switch (r.nextInt(6)) {
          case 0 -> r.nextInt(-ActivityLog.MAX_YEAR, ActivityLog.MAX_YEAR + 1);
          case 1 -> List.of(1900, 2000, 2023, 2024, 2100, -4, 0, ActivityLog.MAX_YEAR, -ActivityLog.MAX_YEAR)
              .get(r.nextInt(9));
          case 2 -> year + 1;
          default -> year;
        };
        year = Math.max(-ActivityLog.MAX_YEAR, Math.min(ActivityLog.MAX_YEAR, year));
        int m = r.nextInt(-1, 15);
        int d = r.nextInt(4) == 0 ? r.nextInt(-1, 34) : 27 + r.nextInt(5);
        LocalDate date;
        try {
          date = LocalDate.of(year, m, d);
        } catch (java.time.DateTimeException e) {
          date = null;
        }
        b.begin().id(("a" + i).toCharArray(), 0, ("a" + i).length());
        b.site("s".toCharArray(), 0, 1);
        assertThat(b.date(year, m, d)).as("%d-%d-%d", year, m, d).isEqualTo(date != null);
        assertThat(b.commit()).isEqualTo(date != null);
        if (date != null) {
          kept.add(date);
        }
      }
      ActivityLog log = b.build();
      assertThat(log.size()).isEqualTo(kept.size());
      for (int i = 0; i < kept.size(); i++) {
        assertThat(log.epochDay(i)).as("row %d", i).isEqualTo(kept.get(i).toEpochDay());
      }
    });
  }

  @Test
  void rowsThatFailLeaveNoTrace() {
    qt().withExamples(100).forAll(longs().all(), integers().between(1, 100)).checkAssert((seed, n) -> {
      List<Activity> as = activities(seed, n);
      SplittableRandom r = new SplittableRandom(seed ^ 7);
      ActivityLog.Builder b = ActivityLog.builder(r.nextInt(4));
      for (Activity a : as) {
        // a doomed row first: opened, partly filled, then failed or abandoned
        b.begin();
        char[] site = "bad site".toCharArray();
        b.volunteer("v-doomed".toCharArray(), 0, 8);
        b.team("t-doomed".toCharArray(), 0, 8);
        b.theme("doomed".toCharArray(), 0, 6);
        if (r.nextBoolean()) {
          assertThat(b.site(site, 0, site.length)).isFalse();
          assertThat(b.commit()).isFalse();
        }
        b.add(a);
      }
      ActivityLog log = b.build();
      assertThat(log.asList()).isEqualTo(as);
      assertThat(log.volunteers()).noneMatch(v -> v.value().equals("v-doomed"));
      assertThat(log.themes()).doesNotContain("doomed");
      assertSameNumbering(log, ActivityLog.of(as));
    });
  }

  /** A candidate id: mostly valid, sometimes too long, empty, or with a space, an escape, a control or non-ASCII character. */
  private static String candidate(SplittableRandom r) {
    // í and ð: bytes outside ASCII whose lower 7 bits are id characters
    String alphabet = "ab9-_.:/ \\\"\t\u0000\u007féíð点";
    int n = r.nextInt(10) == 0 ? r.nextInt(70) : 1 + r.nextInt(6);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(r.nextInt(4) == 0 ? alphabet.charAt(r.nextInt(alphabet.length())) : (char) ('a' + r.nextInt(3)));
    }
    return s.toString();
  }

  @Test
  void idsGivenAsUtf8BytesAreTakenAsTheirCharactersAre() {
    // four builders given the same ids: as characters, as bytes with their length, as bytes up to
    // the first byte that is not an id character (idAt and the like: the run must end where the
    // candidate does, or the caller abandons the row), and each id any of these ways
    qt().withExamples(300).forAll(longs().all(), integers().between(1, 40)).checkAssert((seed, n) -> {
      SplittableRandom r = new SplittableRandom(seed);
      ActivityLog.Builder chars = ActivityLog.builder(r.nextInt(4));
      ActivityLog.Builder bytes = ActivityLog.builder(r.nextInt(4));
      ActivityLog.Builder runs = ActivityLog.builder(r.nextInt(4));
      ActivityLog.Builder mixed = ActivityLog.builder(r.nextInt(4));
      for (int i = 0; i < n; i++) {
        for (ActivityLog.Builder b : List.of(chars, bytes, runs, mixed)) {
          b.begin();
          b.date(2024, 1, 1);
        }
        boolean runsAbandoned = false;
        boolean mixedAbandoned = false;
        // now and then more ids than a row keeps by hash alone (32)
        for (int k = r.nextInt(10) == 0 ? 40 + r.nextInt(40) : r.nextInt(8); k >= 0; k--) {
          String s = candidate(r);
          char[] c = s.toCharArray();
          // at an offset, then a closing quote and 0–9 more bytes (so some runs end near the array's end)
          String after = "\"" + "ab\"".repeat(3).substring(0, r.nextInt(10));
          byte[] b = ("«" + s + after).getBytes(java.nio.charset.StandardCharsets.UTF_8);
          int from = 2;
          int to = b.length - after.length();
          int limit = r.nextBoolean() ? b.length : to; // a run may stop at the limit
          int field = r.nextInt(4);
          boolean byChars = give(chars, field, 0, c, b, from, to, limit);
          assertThat(give(bytes, field, 1, c, b, from, to, limit)).as("%s", s).isEqualTo(byChars);
          boolean byRun = give(runs, field, 2, c, b, from, to, limit);
          if (!runsAbandoned) { // after a run that did not end at the quote, the row is no longer compared
            assertThat(byRun).as("%s", s).isEqualTo(byChars);
          }
          runsAbandoned |= !byRun;
          mixedAbandoned |= !give(mixed, field, r.nextInt(3), c, b, from, to, limit);
        }
        boolean kept = chars.commit();
        assertThat(bytes.commit()).isEqualTo(kept);
        assertThat(!runsAbandoned && runs.commit()).isEqualTo(kept);
        assertThat(!mixedAbandoned && mixed.commit()).isEqualTo(kept);
      }
      ActivityLog expected = chars.build();
      for (ActivityLog.Builder b : List.of(bytes, runs, mixed)) {
        assertThat(b.build().asList()).isEqualTo(expected.asList()).hasSize(expected.size());
      }
    });
  }

  /**
   * Gives an id to a builder's field (0 id, 1 site, 2 volunteer, 3 team) as characters (way 0), as
   * bytes b[from, to) (1), or as the run of id bytes at b[from] before limit (2), which is taken
   * only if it ends at to; returns whether it was taken.
   */
  private static boolean give(ActivityLog.Builder log, int field, int way, char[] c, byte[] b, int from, int to,
      int limit) {
    return switch (way) {
      case 0 -> switch (field) {
        case 0 -> log.id(c, 0, c.length);
        case 1 -> log.site(c, 0, c.length);
        case 2 -> log.volunteer(c, 0, c.length);
        default -> log.team(c, 0, c.length);
      };
      case 1 -> switch (field) {
        case 0 -> log.id(b, from, to - from);
        case 1 -> log.site(b, from, to - from);
        case 2 -> log.volunteer(b, from, to - from);
        default -> log.team(b, from, to - from);
      };
      default -> to == switch (field) {
        case 0 -> log.idAt(b, from, limit);
        case 1 -> log.siteAt(b, from, limit);
        case 2 -> log.volunteerAt(b, from, limit);
        default -> log.teamAt(b, from, limit);
      };
    };
  }

  @Test
  void joiningLogsGivesTheActivitiesInOrder() {
    // pieces of one list, each added one by one or cut from a log that holds more on both sides
    qt().withExamples(150).forAll(longs().all(), integers().between(0, 200)).checkAssert((seed, n) -> {
      List<Activity> as = activities(seed, n);
      List<Activity> others = activities(~seed, 20);
      SplittableRandom r = new SplittableRandom(seed ^ 11);
      ActivityLog.Builder joined = ActivityLog.builder(r.nextInt(4));
      int i = 0;
      while (i < n) {
        int to = Math.min(n, i + 1 + r.nextInt(40));
        if (r.nextInt(4) == 0) {
          as.subList(i, to).forEach(joined::add);
        } else {
          int before = r.nextInt(3);
          int after = r.nextInt(3);
          List<Activity> wider = new ArrayList<>(others.subList(0, before));
          wider.addAll(as.subList(i, to));
          wider.addAll(others.subList(10, 10 + after));
          if (r.nextBoolean()) {
            joined.begin().volunteer("v-doomed".toCharArray(), 0, 8); // an open row is discarded
          }
          joined.addAll(ActivityLog.of(wider), before, before + to - i);
        }
        i = to;
      }
      joined.addAll(ActivityLog.of(others), 5, 5); // nothing
      ActivityLog log = joined.build();
      assertThat(log.asList()).isEqualTo(as);
      assertThat(log.volunteers()).noneMatch(v -> v.value().equals("v-doomed"));
      assertSameNumbering(log, ActivityLog.of(as));
    });
  }

  /** The same fields and themes, numbered the same: a log's numbering does not depend on how it was built. */
  static void assertSameNumbering(ActivityLog log, ActivityLog expected) {
    assertThat(log.categories()).isEqualTo(expected.categories());
    assertThat(log.themes()).isEqualTo(expected.themes());
    for (int row = 0; row < log.size(); row++) {
      assertThat(log.categoryNumber(row)).isEqualTo(expected.categoryNumber(row));
      assertThat(log.themeNumber(row)).isEqualTo(expected.themeNumber(row));
    }
    Set<String> used = new LinkedHashSet<>();
    for (Activity a : expected.asList()) {
      a.theme().ifPresent(used::add);
      a.monthTheme().ifPresent(used::add);
    }
    assertThat(log.themes()).containsExactlyElementsOf(used); // in order of first use, none unused
  }

  @Test
  void addAllChecksTheRows() {
    ActivityLog log = ActivityLog.of(activities(3, 5));
    ActivityLog.Builder b = ActivityLog.builder();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.addAll(log, 3, 6))
        .isInstanceOf(IndexOutOfBoundsException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.addAll(log, 4, 3))
        .isInstanceOf(IndexOutOfBoundsException.class);
    b.addAll(log).build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.addAll(log))
        .isInstanceOf(IllegalStateException.class);
  }
}
