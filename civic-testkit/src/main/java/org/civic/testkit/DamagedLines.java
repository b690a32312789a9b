package org.civic.testkit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.civic.activity.Activity;
import org.civic.division.Division;
import org.civic.order.MenuItem;
import org.civic.order.ServiceOrder;
import org.civic.problem.Problem;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.team.TeamCategory;
import org.civic.team.TeamId;
import org.civic.volunteer.NationalVolunteerNumber;
import org.civic.volunteer.ServiceRecord;
import org.civic.volunteer.Volunteer;
import org.civic.volunteer.VolunteerId;

/**
 * A generated civic/1 JSON Lines file with damaged lines — 含损坏行的 JSON Lines — for load tests
 * of a lenient reader, civic's and hosts': it is written as it is made (never held whole), and
 * what a reader must find is remembered — how many good records of each type were written, and
 * the line number and kind of damage of every damaged line.
 *
 * <p>After the header, every run of 100 lines holds exactly one damaged line, at a random place:
 * 1%. The kinds of damage take turns, in an order shuffled afresh for each round, so that each is
 * about as frequent as the others. The good lines are a county's divisions and sites
 * ({@link RandomHierarchies}) and then a year's records, about 80% activities, 8% volunteers,
 * 7% service records and 5% service orders, with unique ids; they are written by the caller's
 * {@link Encoder} (civic-json's {@code LinesWriter}, for a civic test), so that they are exactly
 * what the writer writes.
 *
 * <p>One unit: the kinds of damage, each with the line that shows it and the problem a lenient
 * reader reports for it, and the writer that deals them among the good records; split, each kind
 * would have its damaged line in one file and its expected problem in another.
 *
 * <p>Lines of {@link Damage#LINE_TOO_LONG} are {@value #LONG_LINE} bytes long: read the file with
 * a line limit of {@value #LINE_LIMIT} bytes, which every other line keeps well within.
 *
 * <pre>{@code
 * DamagedLines.Written w;
 * try (OutputStream out = Files.newOutputStream(file)) {
 *   w = DamagedLines.write(out, 42, 2_000_000, record -> encode(record));
 * }
 * ReadReport r = CivicJson.lenient().withLimits(CivicJson.defaultConstraints(), DamagedLines.LINE_LIMIT)
 *     .readLines(in, "load.jsonl", sink);
 * assert r.records() == w.goodRecords();
 * }</pre>
 *
 * <p>Stateless and thread-safe; the same seed and line count give the same file.
 */
public final class DamagedLines {

  /** The line limit to read these files with: every line but a too-long one is far shorter. */
  public static final int LINE_LIMIT = 65_536;

  /** The length of a {@link Damage#LINE_TOO_LONG} line, in bytes (without its newline). */
  public static final int LONG_LINE = 70_000;

  /** The differences {@link Written#differences} describes one by one. */
  private static final int SHOWN = 20;

  /** One damaged line per this many lines. */
  private static final int RUN = 100;

  private static final int YEAR = 2024;

  private static final List<MenuItem> MENU = List.of(new MenuItem("m-policy", "政策宣讲", "政策"),
      new MenuItem("m-skills", "技能培训", "技能"), new MenuItem("m-law", "法律咨询", "法治"));

  private DamagedLines() {}

  /**
   * A kind of damage to a line — 损坏类型 — with the problem id civic-json's lenient reader
   * reports for it and the files of civic-json's bad-input corpus ({@code src/test/resources/bad/})
   * it is taken from. Each is the damage one of those files has, as it can stand on one JSON Lines
   * record line; the corpus' damage that cannot is left out: a missing or wrong header or format
   * and an empty input (the first line's, once per file), duplicate ids and the hierarchy's
   * problems (orphans, cycles, wrong levels, missing parents: between records, found when a
   * dataset is built), and a dataset document's own shape.
   */
  public enum Damage {
    /** A record cut off at a random byte (in the corpus: 01, 37). */
    TRUNCATED("json.syntax", "01-truncated.json", "37-broken-line-then-good.jsonl"),
    /** A good record with a NUL byte (0x00) put in at a random place (the fuzzer's crash-650d2f9a). */
    NUL_BYTE("json.syntax", "CivicJsonFuzzTestInputs/readLines/crash-650d2f9a"),
    /** A name with bytes that are not UTF-8 (22). */
    INVALID_UTF8("json.syntax", "22-invalid-utf8.json"),
    /** {@code NaN} for a number (21). */
    NAN("json.syntax", "21-nan.json"),
    /** A JSON array where an object must stand (03). */
    NOT_AN_OBJECT("json.wrong-type", "03-not-an-object.json"),
    /** A good record with a second value after it on the line (38, 33). */
    TWO_VALUES("jsonl.trailing", "38-two-values-on-a-line.jsonl", "33-trailing-value.json"),
    /** A key twice in one object (10). */
    DUPLICATE_KEY("json.duplicate-key", "10-duplicate-key.json"),
    /** A record without {@code "type"} (35). */
    MISSING_TYPE("jsonl.missing-type", "35-no-type.jsonl"),
    /** A {@code "type"} that is no record type (36). */
    UNKNOWN_TYPE("jsonl.unknown-type", "36-unknown-type.jsonl"),
    /** A number where a name must stand (06, 07). */
    WRONG_TYPE("json.wrong-type", "06-name-is-a-number.json", "07-sites-is-an-object.json"),
    /** A required field left out: an activity's date, a site's level (23, 47, assessment-4). */
    MISSING_FIELD("json.missing-field", "23-missing-level.json", "47-team-rules-without-formula.json",
        "assessment-4-share-without-threshold.jsonl"),
    /** A blank name (29, 43). */
    BLANK("json.blank", "29-blank-name.json", "43-grid-officer-blank.jsonl"),
    /** A division code with a letter, or too short (13, 14). */
    BAD_CODE("division.invalid-code", "13-code-with-letter.json", "14-code-too-short.json"),
    /** An id that is not an id: Chinese text, a space (32, 45). */
    BAD_ID("json.bad-id", "32-bad-site-id.json", "45-activity-organisation-id-in-chinese.jsonl"),
    /** A value outside its enumeration: a site level, an organisation kind (24, 44, 46, assessment-2). */
    BAD_ENUM("json.bad-enum", "24-unknown-level.json", "44-organisation-unknown-kind.jsonl",
        "46-team-rules-unknown-placement.jsonl", "assessment-2-unknown-basis.jsonl"),
    /** A team tier that is not built in and not defined (42). */
    UNKNOWN_TIER("json.unknown-tier", "42-unknown-tier.jsonl"),
    /** A date that does not exist (25). */
    BAD_DATE("json.bad-date", "25-bad-date.json"),
    /** A count below zero, minutes beyond a duration or a day (20, 39, 40, 48, 74, assessment-3). */
    OUT_OF_RANGE("json.out-of-range", "20-negative-count.json", "39-negative-members.jsonl",
        "40-minutes-beyond-a-duration.jsonl", "48-inspection-negative-points.jsonl",
        "74-reported-over-24-hours.jsonl", "assessment-3-negative-points.json"),
    /** A number of 80 digits (30). */
    HUGE_NUMBER("json.limit", "30-huge-number.json"),
    /** Objects nested 40 deep (31). */
    DEEP_NESTING("json.limit", "31-deep-nesting.json"),
    /** A line of {@value DamagedLines#LONG_LINE} bytes (HugeInputTest's line longer than the limit). */
    LINE_TOO_LONG("jsonl.line-too-long", "HugeInputTest"),
    /**
     * Fields each good that do not hold together: more hours than a day has for the volunteers,
     * a rejection without a reason, a recorder that is a team and a site (28, 71, 72).
     */
    INVALID_RECORD("json.invalid-record", "28-impossible-hours.json", "71-rejected-without-reason.jsonl",
        "72-recorded-by-a-team-and-a-site.json"),
    /** An order's history that skips a step (26). */
    ILLEGAL_TRANSITION("order.illegal-transition", "26-illegal-transition.json"),
    /** An order rated 9 of 5 (27). */
    BAD_HISTORY("order.bad-history", "27-rating-out-of-range.json"),
    /** An ID-card number given as a national volunteer number (73). */
    BAD_NATIONAL_NUMBER("volunteer.bad-national-number", "73-id-card-number-as-national-number.jsonl"),
    /** More minutes approved than reported (70). */
    APPROVED_OVER_REPORTED("service.approved-over-reported", "70-approved-over-reported.json"),
    /**
     * A good record with a field civic does not know (08, 09, 41): a warning in lenient mode, and
     * the record is kept — the one kind whose line is not rejected.
     */
    UNKNOWN_FIELD("json.unknown-field", "08-unknown-site-field.json", "09-unknown-top-field.json",
        "41-unknown-field-with-a-slash-and-a-tilde.json");

    private final String problemId;
    private final List<String> corpus;

    Damage(String problemId, String... corpus) {
      this.problemId = problemId;
      this.corpus = List.of(corpus);
    }

    /** Returns the id of the problem a lenient civic-json reader reports for the line, not null. */
    public String problemId() {
      return problemId;
    }

    /** Returns the corpus files (or the test) this damage is taken from, not null. */
    public List<String> corpus() {
      return corpus;
    }

    /**
     * Tells whether a lenient reader leaves the record out (an error); false for
     * {@link #UNKNOWN_FIELD}, whose record is kept with a warning.
     */
    public boolean rejects() {
      return this != UNKNOWN_FIELD;
    }
  }

  /**
   * Writes a good record as one line of civic JSON Lines: its UTF-8 bytes, without the newline.
   * The records are {@link Division}, {@link Site}, {@link Volunteer}, {@link Activity},
   * {@link ServiceRecord} and {@link ServiceOrder}.
   */
  @FunctionalInterface
  public interface Encoder {
    /**
     * Encodes a record.
     *
     * @param record the record, not null
     * @return its line, without newline, not null
     */
    byte[] line(Object record);
  }

  /**
   * What was written, and so what a lenient reader must find — 写入清单: the lines, the good
   * records of each type (a lenient reader delivers exactly these; an {@link Damage#UNKNOWN_FIELD}
   * line's record is among them), and each damaged line with its kind.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Written {
    private final long lines;
    private final Map<Class<?>, Long> good;
    private final int[] damagedLines;
    private final Damage[] damage;

    private Written(long lines, Map<Class<?>, Long> good, int[] damagedLines, Damage[] damage) {
      this.lines = lines;
      this.good = Collections.unmodifiableMap(new LinkedHashMap<>(good));
      this.damagedLines = damagedLines;
      this.damage = damage;
    }

    /** Returns the lines written, the header included. */
    public long lines() {
      return lines;
    }

    /**
     * Returns the good records written, by civic-core type ({@code Activity.class} …), in the
     * order the types first appear; unmodifiable.
     */
    public Map<Class<?>, Long> good() {
      return good;
    }

    /** Returns how many good records were written: the records a lenient reader delivers. */
    public long goodRecords() {
      return good.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Returns the line numbers (1-based) of the damaged lines, ascending; a copy. */
    public int[] damagedLines() {
      return damagedLines.clone();
    }

    /** Returns how many lines are damaged. */
    public int damaged() {
      return damagedLines.length;
    }

    /** Returns how many lines have a kind of damage. */
    public int damaged(Damage kind) {
      Objects.requireNonNull(kind, "kind");
      int n = 0;
      for (Damage d : damage) {
        n += d == kind ? 1 : 0;
      }
      return n;
    }

    /**
     * Returns the damage of a line, if it is damaged.
     *
     * @param line the 1-based line number
     * @return its damage, or empty for a good line, not null
     */
    public Optional<Damage> damageAt(long line) {
      int i = line > Integer.MAX_VALUE ? -1 : Arrays.binarySearch(damagedLines, (int) line);
      return i < 0 ? Optional.empty() : Optional.of(damage[i]);
    }

    /**
     * Compares what a lenient read found with what was written and describes every difference
     * (the first 20 of them, and how many there were): empty when nothing
     * was lost. A read must have delivered exactly the good records of each type, reported each
     * damaged line once — with its line number and the problem id of its {@link Damage} (an error,
     * or for {@link Damage#UNKNOWN_FIELD} a warning) — and no other line.
     *
     * @param delivered the records delivered, by civic-core type, not null
     * @param errors the read's errors, not null
     * @param warnings the read's warnings, not null
     * @return the differences, described; empty if there is none, not null
     */
    public List<String> differences(Map<Class<?>, Long> delivered, List<Problem> errors, List<Problem> warnings) {
      Objects.requireNonNull(delivered, "delivered");
      Objects.requireNonNull(errors, "errors");
      Objects.requireNonNull(warnings, "warnings");
      List<String> out = new ArrayList<>();
      Set<Class<?>> types = new LinkedHashSet<>(good.keySet());
      types.addAll(delivered.keySet());
      for (Class<?> type : types) {
        long want = good.getOrDefault(type, 0L);
        long got = delivered.getOrDefault(type, 0L);
        if (want != got) {
          out.add(type.getSimpleName() + ": " + got + " delivered, " + want + " good written");
        }
      }
      int[] counted = new int[1];
      compare(errors, true, out, counted);
      compare(warnings, false, out, counted);
      if (counted[0] > SHOWN) {
        out.add("… " + counted[0] + " differences in the problems in all");
      }
      return List.copyOf(out);
    }

    /** Compares the problems of one kind, errors or warnings, with the damaged lines they must report. */
    private void compare(List<Problem> problems, boolean rejected, List<String> out, int[] counted) {
      Map<Long, List<String>> byLine = new HashMap<>();
      for (Problem p : problems) {
        if (p.where().line().isEmpty()) {
          note(out, counted, "a problem without a line number: " + p);
        } else {
          byLine.computeIfAbsent(p.where().line().getAsLong(), k -> new ArrayList<>(1)).add(p.id());
        }
      }
      for (int i = 0; i < damagedLines.length; i++) {
        if (damage[i].rejects() != rejected) {
          continue;
        }
        List<String> ids = byLine.remove((long) damagedLines[i]);
        if (ids == null || !ids.equals(List.of(damage[i].problemId()))) {
          note(out, counted, "line " + damagedLines[i] + " (" + damage[i] + "): " + (rejected ? "errors " : "warnings ")
              + (ids == null ? "none" : ids) + ", expected [" + damage[i].problemId() + "]");
        }
      }
      new TreeMap<>(byLine).forEach((line, ids) -> note(out, counted,
          "line " + line + " is not damaged but has " + (rejected ? "errors " : "warnings ") + ids));
    }

    private static void note(List<String> out, int[] counted, String difference) {
      if (counted[0]++ < SHOWN) {
        out.add(difference);
      }
    }

    @Override
    public String toString() {
      Map<Damage, Integer> kinds = new EnumMap<>(Damage.class);
      for (Damage d : damage) {
        kinds.merge(d, 1, Integer::sum);
      }
      StringBuilder s = new StringBuilder().append(lines).append(" lines, good");
      good.forEach((type, n) -> s.append(' ').append(type.getSimpleName()).append('=').append(n));
      return s.append(", damaged ").append(damagedLines.length).append(' ').append(kinds).toString();
    }
  }

  /**
   * Writes a file of {@code lines} lines: the header, then good and damaged lines. The stream
   * is flushed, not closed.
   *
   * @param out where the UTF-8 bytes go, not null
   * @param seed the seed: the same seed gives the same file
   * @param lines the lines to write, the header included, 2 or more
   * @param encoder writes each good record's line, not null
   * @return what was written, not null
   * @throws IllegalArgumentException if lines is below 2
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static Written write(OutputStream out, long seed, int lines, Encoder encoder) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(encoder, "encoder");
    if (lines < 2) {
      throw new IllegalArgumentException("lines must be 2 or more: " + lines);
    }
    try {
      BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
      Written w = new Generator(new SplittableRandom(seed), buffered, encoder).write(lines);
      buffered.flush();
      return w;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One file's writing. */
  private static final class Generator {
    private final SplittableRandom random;
    private final OutputStream out;
    private final Encoder encoder;
    private final RandomHierarchies.Sample county;
    private final SiteId[] sites;
    private final Clock clock = Clock.fixed(Instant.parse((YEAR + 1) + "-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final LocalDate first = LocalDate.of(YEAR, 1, 1);
    private final Map<Class<?>, Long> good = new LinkedHashMap<>();
    /** The county's divisions and sites written so far. */
    private int hierarchy;
    /** The year's records made so far: the next one's number. */
    private long records;
    private int volunteers;
    private final Damage[] order = Damage.values();
    private int turn = order.length;

    Generator(SplittableRandom random, OutputStream out, Encoder encoder) {
      this.random = random;
      this.out = out;
      this.encoder = encoder;
      RandomHierarchies.Sample sample;
      do {
        sample = RandomHierarchies.generate(random, 10, 0.6);
      } while (sample.sites().isEmpty()); // a small sample may have none; records need a site
      this.county = sample;
      this.sites = county.sites().stream().map(Site::id).toArray(SiteId[]::new);
    }

    Written write(int lines) throws IOException {
      out.write("{\"type\":\"header\",\"format\":\"civic/1\"}\n".getBytes(StandardCharsets.US_ASCII));
      int runs = (lines - 2) / RUN + 1;
      int[] damagedLines = new int[runs];
      Damage[] damage = new Damage[runs];
      int n = 0;
      int next = 2 + random.nextInt(RUN); // the run's damaged line
      for (int line = 2; line <= lines; line++) {
        if (line == next) {
          Damage d = nextDamage();
          out.write(damaged(d));
          damagedLines[n] = line;
          damage[n++] = d;
          if (d == Damage.UNKNOWN_FIELD) {
            good.merge(Activity.class, 1L, Long::sum);
          }
        } else {
          out.write(encoder.line(nextRecord()));
        }
        out.write('\n');
        if ((line - 1) % RUN == 0) { // the run's last line
          next = line + 1 + random.nextInt(RUN);
        }
      }
      return new Written(lines, good, Arrays.copyOf(damagedLines, n), Arrays.copyOf(damage, n));
    }

    private Damage nextDamage() {
      if (turn == order.length) {
        for (int i = order.length - 1; i > 0; i--) {
          int j = random.nextInt(i + 1);
          Damage t = order[i];
          order[i] = order[j];
          order[j] = t;
        }
        turn = 0;
      }
      return order[turn++];
    }

    // ------------------------------------------------------------------ good records

    /** The next good record: the county's divisions and sites first, then a year's records. */
    private Object nextRecord() {
      Object r = record();
      good.merge(r instanceof Division ? Division.class : r instanceof Site ? Site.class : r.getClass(), 1L, Long::sum);
      return r;
    }

    private Object record() {
      List<Division> divisions = county.divisions();
      if (hierarchy < divisions.size()) {
        return divisions.get(hierarchy++);
      }
      if (hierarchy < divisions.size() + sites.length) {
        return county.sites().get(hierarchy++ - divisions.size());
      }
      long i = records++;
      int kind = random.nextInt(100);
      if (kind < 8 || volunteers == 0) {
        return volunteer();
      }
      if (kind < 15) {
        return serviceRecord();
      }
      if (kind < 20) {
        return order(i);
      }
      return activity(i);
    }

    private SiteId site() {
      return sites[random.nextInt(sites.length)];
    }

    private VolunteerId someVolunteer() {
      return RandomActivities.volunteer(random.nextInt(Math.max(1, volunteers)));
    }

    private LocalDate day() {
      return first.plusDays(random.nextInt(first.lengthOfYear()));
    }

    private Volunteer volunteer() {
      int i = volunteers++;
      Volunteer v = Volunteer.of(RandomActivities.volunteer(i), "志愿者" + i,
          LocalDate.of(YEAR - 1 - random.nextInt(5), 1, 1).plusDays(random.nextInt(365)), Set.of(),
          Optional.of(site()));
      return random.nextBoolean() ? v
          : v.withNationalNumber(NationalVolunteerNumber.of(String.format("ZY%d%08d", YEAR, i)));
    }

    private ServiceRecord serviceRecord() {
      Duration time = Duration.ofMinutes(15L * random.nextInt(33));
      ServiceRecord r = ServiceRecord.of(someVolunteer(), day(), site(), time);
      return switch (random.nextInt(6)) {
        case 0 -> ServiceRecord.reported(r.volunteer(), r.date(), r.site(), time);
        case 1 -> ServiceRecord.reported(r.volunteer(), r.date(), r.site(), time).approve();
        case 2 -> ServiceRecord.reported(r.volunteer(), r.date(), r.site(), time).reject("重复申报");
        default -> r;
      };
    }

    private ServiceOrder order(long i) {
      SiteId site = site();
      Instant t = first.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(random.nextInt(360 * 24 * 3600));
      ServiceOrder o = ServiceOrder.place("o" + i, site, MENU.get(random.nextInt(MENU.size())), t);
      int path = random.nextInt(10);
      if (path == 0) {
        return o.cancel("群众取消", t.plusSeconds(600));
      }
      o = o.match(TeamId.of("t-" + site.value()), t.plusSeconds(3600));
      if (path == 1) {
        return o;
      }
      o = o.deliver("a-order-" + i, t.plusSeconds(7200));
      return path < 7 ? o.rate(1 + random.nextInt(5), Optional.of("满意"), t.plusSeconds(10_800)) : o;
    }

    private Activity activity(long i) {
      SiteId site = site();
      LocalDate date = day();
      int k = 1 + random.nextInt(Math.min(10, Math.max(1, volunteers)));
      VolunteerId[] who = new VolunteerId[k];
      for (int v = 0; v < k; v++) {
        who[v] = someVolunteer();
      }
      TeamCategory category = TeamCategory.ELEVEN.get(random.nextInt(TeamCategory.ELEVEN.size()));
      return Activity.builder("a" + i, date, site)
          .team(TeamId.of("t-" + site.value()))
          .category(category)
          .theme(category.chinese())
          .monthTheme(RandomActivities.MONTH_THEMES.get(date.getMonthValue() - 1))
          .volunteers(Arrays.asList(who))
          .beneficiaries(10 + random.nextInt(200))
          .serviceTime(Duration.ofMinutes(30L * k * (1 + random.nextInt(6))))
          .materials(random.nextInt(4) == 0 ? random.nextInt(300) : 0)
          .sessions(1)
          .build(clock);
    }

    // ------------------------------------------------------------------ damaged lines

    /** An activity's line as civic writes one, with {@code fields} in place of the usual after the id. */
    private String activityLine(String fields) {
      return "{\"type\":\"activity\",\"id\":\"x" + random.nextInt(1_000_000) + "\"," + fields + "}";
    }

    private String usual() {
      return "\"date\":\"" + day() + "\",\"site\":\"" + site().value() + "\",\"volunteers\":[\""
          + someVolunteer().value() + "\"],\"beneficiaries\":" + (10 + random.nextInt(200)) + ",\"serviceMinutes\":60";
    }

    private byte[] damaged(Damage d) {
      String site = site().value();
      String v = someVolunteer().value();
      String date = day().toString();
      int variant = random.nextInt(3);
      String line = switch (d) {
        case TRUNCATED -> {
          byte[] good = encoder.line(activity(records++));
          yield new String(Arrays.copyOf(good, 1 + random.nextInt(good.length - 1)),
              StandardCharsets.ISO_8859_1);
        }
        case NUL_BYTE -> {
          byte[] good = encoder.line(activity(records++));
          int at = random.nextInt(good.length + 1);
          byte[] b = new byte[good.length + 1];
          System.arraycopy(good, 0, b, 0, at);
          System.arraycopy(good, at, b, at + 1, good.length - at);
          yield new String(b, StandardCharsets.ISO_8859_1);
        }
        case INVALID_UTF8 -> null; // bytes of their own, below
        case NAN -> activityLine("\"date\":\"" + date + "\",\"site\":\"" + site + "\",\"beneficiaries\":NaN");
        case NOT_AN_OBJECT -> "[\"activity\",\"x" + random.nextInt(1000) + "\",\"" + date + "\"]";
        case TWO_VALUES -> new String(encoder.line(activity(records++)), StandardCharsets.ISO_8859_1) + " {}";
        case DUPLICATE_KEY -> activityLine("\"date\":\"" + date + "\",\"date\":\"" + date + "\",\"site\":\"" + site
            + "\"");
        case MISSING_TYPE -> "{\"kind\":\"activity\",\"id\":\"x1\"," + usual() + "}";
        case UNKNOWN_TYPE -> "{\"type\":\"county\",\"code\":\"411081000000\",\"name\":\"禹州市\"}";
        case WRONG_TYPE -> variant == 0
            ? "{\"type\":\"volunteer\",\"id\":\"" + v + "\",\"name\":42,\"registered\":\"2021-03-05\"}"
            : activityLine("\"date\":\"" + date + "\",\"site\":\"" + site + "\",\"volunteers\":\"" + v + "\"");
        case MISSING_FIELD -> variant == 0
            ? "{\"type\":\"site\",\"id\":\"st-x\",\"name\":\"站\",\"division\":\"411081103201\"}"
            : activityLine("\"site\":\"" + site + "\",\"volunteers\":[\"" + v + "\"],\"serviceMinutes\":60");
        case BLANK -> variant == 0
            ? "{\"type\":\"volunteer\",\"id\":\"" + v + "\",\"name\":\"  \",\"registered\":\"2021-03-05\"}"
            : "{\"type\":\"division\",\"code\":\"411081103201\",\"name\":\"\"}";
        case BAD_CODE -> variant == 0
            ? "{\"type\":\"division\",\"code\":\"41108x000000\",\"name\":\"禹州市\"}"
            : "{\"type\":\"division\",\"code\":\"4110810\",\"name\":\"禹州市\"}";
        case BAD_ID -> variant == 0
            ? activityLine("\"date\":\"" + date + "\",\"site\":\"站点 1\"")
            : activityLine("\"date\":\"" + date + "\",\"site\":\"" + site + "\",\"organisations\":[\"义工联合会\"]");
        case BAD_ENUM -> variant == 0
            ? "{\"type\":\"site\",\"id\":\"st-x\",\"name\":\"站\",\"level\":\"HUT\",\"division\":\"411081103201\"}"
            : "{\"type\":\"organisation\",\"id\":\"org-1\",\"name\":\"义工联合会\",\"kind\":\"CHARITY\","
                + "\"division\":\"411081\"}";
        case UNKNOWN_TIER -> "{\"type\":\"team\",\"id\":\"t-x\",\"name\":\"队\",\"tier\":\"platoon\",\"site\":\"" + site
            + "\",\"members\":5}";
        case BAD_DATE -> activityLine("\"date\":\"" + YEAR + "-02-30\",\"site\":\"" + site + "\"");
        case OUT_OF_RANGE -> switch (variant) {
          case 0 -> activityLine("\"date\":\"" + date + "\",\"site\":\"" + site + "\",\"beneficiaries\":-"
              + (1 + random.nextInt(9)));
          case 1 -> activityLine("\"date\":\"" + date + "\",\"site\":\"" + site + "\",\"volunteers\":[\"" + v
              + "\"],\"serviceMinutes\":153722867280912931");
          default -> "{\"type\":\"serviceRecord\",\"volunteer\":\"" + v + "\",\"date\":\"" + date + "\",\"site\":\"" + site
              + "\",\"serviceMinutes\":1500,\"status\":\"REPORTED\"}";
        };
        case HUGE_NUMBER -> activityLine("\"date\":\"" + date + "\",\"site\":\"" + site + "\",\"beneficiaries\":"
            + "9".repeat(80));
        // before "type", in a field no reader looks into: the limit is all that is wrong
        case DEEP_NESTING -> "{\"notes\":" + "{\"n\":".repeat(40) + "0" + "}".repeat(40)
            + ",\"type\":\"activity\",\"id\":\"x1\"," + usual() + "}";
        case LINE_TOO_LONG -> {
          String head = "{\"type\":\"activity\",\"id\":\"x1\",\"date\":\"" + date + "\",\"site\":\"" + site
              + "\",\"theme\":\"";
          yield head + "x".repeat(LONG_LINE - head.length() - 2) + "\"}";
        }
        case INVALID_RECORD -> switch (variant) {
          case 0 -> activityLine("\"date\":\"" + date + "\",\"site\":\"" + site + "\",\"volunteers\":[\"" + v
              + "\"],\"serviceMinutes\":3000");
          case 1 -> "{\"type\":\"serviceRecord\",\"volunteer\":\"" + v + "\",\"date\":\"" + date + "\",\"site\":\"" + site
              + "\",\"serviceMinutes\":180,\"status\":\"REJECTED\"}";
          default -> "{\"type\":\"serviceRecord\",\"volunteer\":\"" + v + "\",\"date\":\"" + date + "\",\"site\":\"" + site
              + "\",\"serviceMinutes\":60,\"recordedBy\":{\"team\":\"t-201\",\"site\":\"" + site + "\"}}";
        };
        case ILLEGAL_TRANSITION -> "{\"type\":\"order\",\"id\":\"o-x\",\"site\":\"" + site + "\",\"item\":{\"id\":\"m-1\","
            + "\"name\":\"维修\",\"theme\":\"技能\"},\"history\":[{\"state\":\"PLACED\",\"at\":\"" + YEAR
            + "-05-01T08:00:00Z\"},{\"state\":\"DELIVERED\",\"at\":\"" + YEAR + "-05-02T08:00:00Z\",\"note\":\"a-1\"}]}";
        case BAD_HISTORY -> "{\"type\":\"order\",\"id\":\"o-x\",\"site\":\"" + site + "\",\"item\":{\"id\":\"m-1\","
            + "\"name\":\"维修\",\"theme\":\"技能\"},\"rating\":9,\"history\":[{\"state\":\"PLACED\",\"at\":\"" + YEAR
            + "-05-01T08:00:00Z\"},{\"state\":\"MATCHED\",\"at\":\"" + YEAR + "-05-01T09:00:00Z\",\"note\":\"t-1\"},"
            + "{\"state\":\"DELIVERED\",\"at\":\"" + YEAR + "-05-02T08:00:00Z\",\"note\":\"a-1\"},{\"state\":\"RATED\","
            + "\"at\":\"" + YEAR + "-05-02T09:00:00Z\"}]}";
        case BAD_NATIONAL_NUMBER -> "{\"type\":\"volunteer\",\"id\":\"" + v + "\",\"name\":\"赵某\",\"registered\":"
            + "\"2021-03-05\",\"nationalNumber\":\"11010519491231002X\"}";
        case APPROVED_OVER_REPORTED -> "{\"type\":\"serviceRecord\",\"volunteer\":\"" + v + "\",\"date\":\"" + date
            + "\",\"site\":\"" + site + "\",\"serviceMinutes\":120,\"status\":\"APPROVED\",\"approvedMinutes\":150}";
        case UNKNOWN_FIELD -> activityLine(usual() + ",\"colour" + (variant == 0 ? "/a~b" : "") + "\":\"red\"");
      };
      if (d == Damage.INVALID_UTF8) {
        byte[] head = ("{\"type\":\"volunteer\",\"id\":\"" + v + "\",\"name\":\"志愿").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\",\"registered\":\"2021-03-05\"}".getBytes(StandardCharsets.UTF_8);
        byte[] b = Arrays.copyOf(head, head.length + 2 + tail.length);
        b[head.length] = (byte) 0xC3; // a lead byte followed by one that is no continuation
        b[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, b, head.length + 2, tail.length);
        return b;
      }
      return d == Damage.TRUNCATED || d == Damage.NUL_BYTE || d == Damage.TWO_VALUES
          ? line.getBytes(StandardCharsets.ISO_8859_1) // the encoder's bytes, as they were
          : line.getBytes(StandardCharsets.UTF_8);
    }
  }
}
