package org.civic.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.civic.activity.Activity;
import org.civic.activity.ActivityLog;
import org.civic.internal.FirstSeenCodes;
import org.civic.internal.IsoDates;
import org.civic.site.SiteId;
import org.civic.team.OrganisationId;
import org.civic.team.TeamCategory;
import org.civic.team.TeamId;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

/**
 * An activity log's columns hold exactly the activities added to them, whatever they carry and
 * however they were added: whole, joined, or field by field as civic's readers add them.
 */
class ActivityColumnsPropertiesTest {

  /** Activities using every field, with repeated sites, volunteers, teams and themes. */
  static List<Activity> activities(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    List<TeamCategory> categories = TeamCategory.builtIn();
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
      if (r.nextInt(4) == 0) { // organisations take part in some activities only: the column is sparse
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
          b.organisation(OrganisationId.of("org:" + r.nextInt(6)));
        }
      }
      if (r.nextBoolean()) {
        b.category(categories.get(r.nextInt(categories.size())));
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

  /**
   * {@code ActivityLog.of} reads a collection a batch at a time and makes room for the rest after
   * a sample: it must give the log that adding the activities one by one gives, numbering and all.
   */
  @Test
  void aLogOfACollectionIsTheLogOfItsActivitiesAddedOneByOne() {
    qt().withExamples(40).forAll(longs().all(), integers().between(0, 3_000)).checkAssert((seed, n) -> {
      List<Activity> as = activities(seed, n);
      ActivityLog.Builder oneByOne = ActivityLog.builder();
      as.forEach(oneByOne::add);
      ActivityLog expectedLog = oneByOne.build();
      ActivityLog built = ActivityLog.of(as);
      ActivityColumns expected = ActivityLogAccess.columns(expectedLog);
      ActivityColumns log = ActivityLogAccess.columns(built);
      assertThat(log.size()).isEqualTo(n);
      assertThat(log.sites()).isEqualTo(expected.sites());
      assertThat(log.volunteers()).isEqualTo(expected.volunteers());
      for (int row = 0; row < n; row++) {
        assertThat(log.idOf(row)).isEqualTo(as.get(row).id());
        assertThat(log.siteNumber(row)).isEqualTo(expected.siteNumber(row));
        assertThat(log.volunteerCount(row)).isEqualTo(expected.volunteerCount(row));
        for (int k = 0; k < log.volunteerCount(row); k++) {
          assertThat(log.volunteerNumber(row, k)).isEqualTo(expected.volunteerNumber(row, k));
        }
        assertThat(log.teamCount(row)).isEqualTo(expected.teamCount(row));
        assertThat(log.organisationCount(row)).isEqualTo(expected.organisationCount(row));
      }
      assertThat(built.asList()).isEqualTo(as);
      assertSameNumbering(built, expectedLog);
    });
  }

  @Test
  void aNullActivityIsRefusedByName() {
    List<Activity> as = new ArrayList<>(activities(7, 100));
    as.set(70, null);
    assertThatThrownBy(() -> ActivityLog.of(as)).isInstanceOf(NullPointerException.class).hasMessage("activity");
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
  void rowReadsAndNumberingsAgreeWithTheActivities() {
    qt().withExamples(100).forAll(longs().all(), integers().between(1, 300)).checkAssert((seed, n) -> {
      List<Activity> as = activities(seed, n);
      ActivityColumns log = ActivityLogAccess.columns(ActivityLog.of(as));
      FirstSeenCodes organisationCodes = log.organisationCodes();
      Set<SiteId> sites = new LinkedHashSet<>();
      Set<VolunteerId> volunteers = new LinkedHashSet<>();
      List<OrganisationId> organisationsSeen = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        final int i = r;
        Activity a = as.get(i);
        sites.add(a.site());
        assertThat(log.idOf(i)).isEqualTo(a.id());
        assertThat(log.siteOf(i)).isEqualTo(a.site());
        assertThat(log.sites().get(log.siteNumber(i))).isEqualTo(a.site());
        assertThat(log.epochDay(i)).isEqualTo(a.date().toEpochDay());
        assertThat(log.volunteerCount(i)).isEqualTo(a.personTimes());
        Set<VolunteerId> row = new HashSet<>();
        for (int k = 0; k < log.volunteerCount(i); k++) {
          row.add(log.volunteerOf(i, k));
          assertThat(log.volunteers().get(log.volunteerNumber(i, k))).isEqualTo(log.volunteerOf(i, k));
        }
        assertThat(row).isEqualTo(a.volunteers());
        volunteers.addAll(row);
        Set<TeamId> teams = new HashSet<>();
        for (int k = 0; k < log.teamCount(i); k++) {
          teams.add(log.teamOf(i, k));
        }
        assertThat(teams).isEqualTo(a.teams());
        Set<OrganisationId> organisations = new HashSet<>();
        for (int k = 0; k < log.organisationCount(i); k++) {
          OrganisationId o = log.organisationOf(i, k);
          organisations.add(o);
          // the row's organisation by its code: each distinct one numbered once, first seen first
          int code = organisationCodes.codes()[log.organisationStart(i) + k];
          assertThat(organisationCodes.get(code)).isEqualTo(o.value());
          if (!organisationsSeen.contains(o)) {
            assertThat(code).isEqualTo(organisationsSeen.size());
            organisationsSeen.add(o);
          }
        }
        assertThat(organisations).isEqualTo(a.organisations()).hasSize(log.organisationCount(i));
        assertThat(log.categoryNumber(i) >= 0).isEqualTo(a.category().isPresent());
        a.category().ifPresent(c -> assertThat(log.categories().get(log.categoryNumber(i))).isEqualTo(c));
        assertThat(log.themeNumber(i) >= 0).isEqualTo(a.theme().isPresent());
        a.theme().ifPresent(t -> assertThat(log.themes().get(log.themeNumber(i))).isEqualTo(t));
        assertThat(log.monthThemeNumber(i) >= 0).isEqualTo(a.monthTheme().isPresent());
        a.monthTheme().ifPresent(t -> assertThat(log.themes().get(log.monthThemeNumber(i))).isEqualTo(t));
        assertThat(log.beneficiariesOf(i)).isEqualTo(a.beneficiaries());
        assertThat(log.serviceMinutesOf(i)).isEqualTo(a.serviceTime().toMinutes());
        assertThat(log.materialsOf(i)).isEqualTo(a.materials());
        assertThat(log.consultationsOf(i)).isEqualTo(a.consultations());
        assertThat(log.sessionsOf(i)).isEqualTo(a.sessions());
      }
      assertThat(log.sites()).containsExactlyElementsOf(sites);
      if (organisationCodes == null) { // no activity had one
        assertThat(as).allMatch(a -> a.organisations().isEmpty());
      } else {
        assertThat(organisationCodes.size()).isEqualTo(organisationsSeen.size());
      }
      assertThat(new HashSet<>(log.volunteers())).isEqualTo(volunteers);
      assertThat(log.volunteers()).doesNotHaveDuplicates();
    });
  }

  @Test
  void daysOfManyRowsAreKeptAsLocalDateCountsThem() {
    // one builder, row after row: a day in the year of the row before, in a leap year after a
    // year that is not (and back), or anywhere in range; and days that do not exist
    qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      ActivityLog.Builder builder = ActivityLog.builder(r.nextInt(4));
      ActivityColumns b = ActivityLogAccess.columns(builder);
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
        b.begin();
        b.id(("a" + i).toCharArray(), 0, ("a" + i).length());
        b.site("s".toCharArray(), 0, 1);
        assertThat(b.day(IsoDates.epochDay(year, m, d))).as("%d-%d-%d", year, m, d).isEqualTo(date != null);
        assertThat(b.commit()).isEqualTo(date != null);
        if (date != null) {
          kept.add(date);
        }
      }
      ActivityColumns log = ActivityLogAccess.columns(builder.build());
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
      ActivityLog.Builder builder = ActivityLog.builder(r.nextInt(4));
      ActivityColumns b = ActivityLogAccess.columns(builder);
      for (Activity a : as) {
        // a doomed row first: opened, partly filled, then failed or abandoned
        b.begin();
        char[] site = "bad site".toCharArray();
        b.volunteer("v-doomed".toCharArray(), 0, 8);
        b.team("t-doomed".toCharArray(), 0, 8);
        b.organisation("o-doomed".toCharArray(), 0, 8);
        b.theme("doomed".toCharArray(), 0, 6);
        if (r.nextBoolean()) {
          assertThat(b.site(site, 0, site.length)).isFalse();
          assertThat(b.commit()).isFalse();
        }
        builder.add(a);
      }
      ActivityLog log = builder.build();
      assertThat(log.asList()).isEqualTo(as);
      assertThat(ActivityLogAccess.columns(log).volunteers()).noneMatch(v -> v.value().equals("v-doomed"));
      assertThat(ActivityLogAccess.columns(log).themes()).doesNotContain("doomed");
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
    // three builders given the same ids: as characters, as the run of id bytes at an offset up to
    // the first byte that is not an id character (idAt and the like: the run must end where the
    // candidate does, or the caller abandons the row), and each id either way
    qt().withExamples(300).forAll(longs().all(), integers().between(1, 40)).checkAssert((seed, n) -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<ActivityLog.Builder> builders = List.of(ActivityLog.builder(r.nextInt(4)), ActivityLog.builder(r.nextInt(4)),
          ActivityLog.builder(r.nextInt(4)));
      ActivityColumns chars = ActivityLogAccess.columns(builders.get(0));
      ActivityColumns runs = ActivityLogAccess.columns(builders.get(1));
      ActivityColumns mixed = ActivityLogAccess.columns(builders.get(2));
      for (int i = 0; i < n; i++) {
        for (ActivityColumns b : List.of(chars, runs, mixed)) {
          b.begin();
          b.day(IsoDates.epochDay(2024, 1, 1));
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
          int field = r.nextInt(5);
          boolean byChars = give(chars, field, false, c, b, from, to, limit);
          boolean byRun = give(runs, field, true, c, b, from, to, limit);
          if (!runsAbandoned) { // after a run that did not end at the quote, the row is no longer compared
            assertThat(byRun).as("%s", s).isEqualTo(byChars);
          }
          runsAbandoned |= !byRun;
          mixedAbandoned |= !give(mixed, field, r.nextBoolean(), c, b, from, to, limit);
        }
        boolean kept = chars.commit();
        assertThat(!runsAbandoned && runs.commit()).isEqualTo(kept);
        assertThat(!mixedAbandoned && mixed.commit()).isEqualTo(kept);
      }
      ActivityLog expected = builders.get(0).build();
      for (ActivityLog.Builder b : builders.subList(1, 3)) {
        assertThat(b.build().asList()).isEqualTo(expected.asList()).hasSize(expected.size());
      }
    });
  }

  /**
   * Gives an id to a row's field (0 id, 1 site, 2 volunteer, 3 team, 4 organisation) as characters, or as the run
   * of id bytes at b[from] before limit, which is taken only if it ends at to; returns whether it
   * was taken.
   */
  private static boolean give(ActivityColumns log, int field, boolean run, char[] c, byte[] b, int from, int to,
      int limit) {
    if (!run) {
      return switch (field) {
        case 0 -> log.id(c, 0, c.length);
        case 1 -> log.site(c, 0, c.length);
        case 2 -> log.volunteer(c, 0, c.length);
        case 3 -> log.team(c, 0, c.length);
        default -> log.organisation(c, 0, c.length);
      };
    }
    return to == switch (field) {
      case 0 -> log.idAt(b, from, limit);
      case 1 -> log.siteAt(b, from, limit);
      case 2 -> log.volunteerAt(b, from, limit);
      case 3 -> log.teamAt(b, from, limit);
      default -> log.organisationAt(b, from, limit);
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
            ActivityColumns open = ActivityLogAccess.columns(joined);
            open.begin();
            open.volunteer("v-doomed".toCharArray(), 0, 8); // an open row is discarded
          }
          joined.addAll(ActivityLog.of(wider), before, before + to - i);
        }
        i = to;
      }
      joined.addAll(ActivityLog.of(others), 5, 5); // nothing
      ActivityLog log = joined.build();
      assertThat(log.asList()).isEqualTo(as);
      assertThat(ActivityLogAccess.columns(log).volunteers()).noneMatch(v -> v.value().equals("v-doomed"));
      assertSameNumbering(log, ActivityLog.of(as));
    });
  }

  /** The same categories and themes, numbered the same: a log's numbering does not depend on how it was built. */
  static void assertSameNumbering(ActivityLog built, ActivityLog expectedLog) {
    ActivityColumns log = ActivityLogAccess.columns(built);
    ActivityColumns expected = ActivityLogAccess.columns(expectedLog);
    assertThat(log.categories()).isEqualTo(expected.categories());
    assertThat(log.themes()).isEqualTo(expected.themes());
    for (int row = 0; row < log.size(); row++) {
      assertThat(log.categoryNumber(row)).isEqualTo(expected.categoryNumber(row));
      assertThat(log.themeNumber(row)).isEqualTo(expected.themeNumber(row));
      assertThat(log.monthThemeNumber(row)).isEqualTo(expected.monthThemeNumber(row));
    }
    Set<String> used = new LinkedHashSet<>();
    for (Activity a : expectedLog.asList()) {
      a.theme().ifPresent(used::add);
      a.monthTheme().ifPresent(used::add);
    }
    assertThat(log.themes()).containsExactlyElementsOf(used); // in order of first use, none unused
    assertSameOrganisationCodes(log, expected);
  }

  /**
   * The same organisations numbered the same, each row's by the same codes: however a log was built
   * (joined, or with refused rows that named organisations), its numbering is that of its rows.
   */
  static void assertSameOrganisationCodes(ActivityColumns log, ActivityColumns expected) {
    FirstSeenCodes codes = log.organisationCodes();
    FirstSeenCodes expectedCodes = expected.organisationCodes();
    int size = codes == null ? 0 : codes.size();
    assertThat(size).isEqualTo(expectedCodes == null ? 0 : expectedCodes.size());
    for (int c = 0; c < size; c++) {
      assertThat(codes.get(c)).isEqualTo(expectedCodes.get(c));
    }
    for (int row = 0; row < log.size(); row++) {
      assertThat(log.organisationCount(row)).isEqualTo(expected.organisationCount(row));
      for (int k = 0; k < log.organisationCount(row); k++) {
        assertThat(codes.codes()[log.organisationStart(row) + k])
            .isEqualTo(expectedCodes.codes()[expected.organisationStart(row) + k]);
      }
    }
  }

  @Test
  void aLogWhoseOnlyOrganisationWasOnARefusedRowNumbersNone() {
    ActivityLog.Builder builder = ActivityLog.builder();
    ActivityColumns b = ActivityLogAccess.columns(builder);
    b.begin();
    b.organisation("o-doomed".toCharArray(), 0, 8);
    char[] site = "bad site".toCharArray();
    assertThat(b.site(site, 0, site.length)).isFalse();
    assertThat(b.commit()).isFalse();
    List<Activity> as = activities(11, 40).stream().filter(a -> a.organisations().isEmpty()).toList();
    as.forEach(builder::add);
    assertThatThrownBy(b::organisationCodes).isInstanceOf(IllegalStateException.class); // still growing
    ActivityColumns log = ActivityLogAccess.columns(builder.build());
    FirstSeenCodes codes = log.organisationCodes();
    assertThat(codes).isNotNull(); // the refused row made the column
    assertThat(codes.size()).isZero();
    for (int row = 0; row < log.size(); row++) {
      assertThat(log.organisationCount(row)).isZero();
      assertThat(log.organisationStart(row)).isZero();
    }
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
