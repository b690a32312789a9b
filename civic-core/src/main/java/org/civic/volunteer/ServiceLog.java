package org.civic.volunteer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.hierarchy.internal.HierarchyAccess;
import org.civic.internal.ServiceDay;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;
import org.civic.site.SiteId;
import org.civic.team.TeamId;
import org.roaringbitmap.RoaringBitmap;

/**
 * Registered volunteers and their service records — 志愿服务台账 — with the figures users get
 * wrong: registered volunteers, distinct volunteers active in a period, participation
 * person-times, per site and rolled up to any subtree without counting twice a volunteer active
 * in two villages; service hours per volunteer, team, site and date range; rankings by hours; star
 * levels.
 *
 * <p>Only approved records count ({@link ServiceRecord#counts()}): a volunteer's own report of
 * hours counts once the team or site that recorded it approves it ("whoever records,
 * certifies"), and then for the time approved. {@link #review} says how many records await
 * review. Team figures are those of the records a team recorded (organised); site figures are
 * those of the records of service at the site.
 *
 * <p>Built by {@link #builder()}, which checks the records as a batch: every record names a
 * registered volunteer, no volunteer's approved service passes 24 hours on one day, and no
 * volunteer id or national volunteer number is registered twice. Immutable and thread-safe.
 *
 * <pre>{@code
 * ServiceLog log = ServiceLog.builder().addVolunteers(volunteers).addRecords(records).build();
 * VolunteerActivity township = log.activity(hierarchy, townshipCode, from, to);
 * township.activeVolunteers();   // distinct
 * township.personTimes();        // 人次
 * log.ranking(from, to);         // by approved hours, ties by volunteer id
 * log.stars(id, VolunteerStars.zhangjiagang());
 * }</pre>
 */
public final class ServiceLog {

  private final List<Volunteer> volunteers;
  private final Map<VolunteerId, Integer> index;
  private final Map<NationalVolunteerNumber, Integer> byNumber;
  private final List<ServiceRecord> records;
  private final int[] recordVolunteer;
  private final long[] serviceMinutes;

  private ServiceLog(List<Volunteer> volunteers, Map<VolunteerId, Integer> index,
      Map<NationalVolunteerNumber, Integer> byNumber, List<ServiceRecord> records) {
    this.volunteers = volunteers;
    this.index = index;
    this.byNumber = byNumber;
    this.records = records;
    this.recordVolunteer = new int[records.size()];
    this.serviceMinutes = new long[volunteers.size()];
    for (int r = 0; r < records.size(); r++) {
      int v = index.get(records.get(r).volunteer());
      recordVolunteer[r] = v;
      serviceMinutes[v] += records.get(r).service().toMinutes();
    }
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the registered volunteers, in the order added. */
  public List<Volunteer> volunteers() {
    return volunteers;
  }

  /** Returns the service records kept, in the order added. */
  public List<ServiceRecord> records() {
    return records;
  }

  /** Returns how many volunteers are registered (注册志愿者). */
  public long registered() {
    return volunteers.size();
  }

  /**
   * Returns how many volunteers registered at a site on or under a division.
   *
   * @param hierarchy the hierarchy, not null
   * @param division a division of it, not null
   * @return the count
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public long registered(Hierarchy hierarchy, DivisionCode division) {
    Under under = new Under(hierarchy, division);
    return volunteers.stream().filter(v -> v.homeSite().map(under::contains).orElse(false)).count();
  }

  /**
   * Returns a volunteer, if registered.
   *
   * @param id the id, not null
   * @return the volunteer, or empty
   */
  public Optional<Volunteer> volunteer(VolunteerId id) {
    Integer v = index.get(Objects.requireNonNull(id, "id"));
    return v == null ? Optional.empty() : Optional.of(volunteers.get(v));
  }

  /**
   * Returns a volunteer by national volunteer number (志愿者统一编号), if registered with it.
   *
   * @param number the number, not null
   * @return the volunteer, or empty
   */
  public Optional<Volunteer> volunteer(NationalVolunteerNumber number) {
    Integer v = byNumber.get(Objects.requireNonNull(number, "number"));
    return v == null ? Optional.empty() : Optional.of(volunteers.get(v));
  }

  /**
   * Returns a volunteer's cumulative time of approved actual service (travel excluded).
   *
   * @param id a registered volunteer, not null
   * @return the time, not null
   * @throws IllegalArgumentException if the volunteer is not registered
   */
  public Duration serviceTime(VolunteerId id) {
    return Duration.ofMinutes(serviceMinutes[indexOf(id)]);
  }

  /**
   * Returns a volunteer's time of approved actual service in a period, both days included.
   *
   * @param id a registered volunteer, not null
   * @param from the first day, not null
   * @param to the last day, not null
   * @return the time, not null
   * @throws IllegalArgumentException if the volunteer is not registered or the period ends before it starts
   */
  public Duration serviceTime(VolunteerId id, LocalDate from, LocalDate to) {
    int v = indexOf(id);
    checkPeriod(from, to);
    long minutes = 0;
    for (int r = 0; r < records.size(); r++) {
      if (recordVolunteer[r] == v && in(records.get(r), from, to)) {
        minutes += records.get(r).service().toMinutes();
      }
    }
    return Duration.ofMinutes(minutes);
  }

  /**
   * Returns a volunteer's star level (0 to 5) under thresholds, from their cumulative approved time.
   *
   * @param id a registered volunteer, not null
   * @param stars the thresholds, not null
   * @return 0 to 5
   * @throws IllegalArgumentException if the volunteer is not registered
   */
  public int stars(VolunteerId id, VolunteerStars stars) {
    Objects.requireNonNull(stars, "stars");
    return stars.stars(serviceTime(id));
  }

  /**
   * Returns the figures of one site for a period, both days included.
   *
   * @param site the site, not null
   * @param from the first day, not null
   * @param to the last day, not null
   * @return the figures, not null
   */
  public VolunteerActivity activity(SiteId site, LocalDate from, LocalDate to) {
    Objects.requireNonNull(site, "site");
    return activity(r -> r.site().equals(site), from, to);
  }

  /**
   * Returns the figures of every site on and under a division for a period, both days included;
   * a volunteer active at two sites counts once.
   *
   * @param hierarchy the hierarchy, not null
   * @param division a division of it, not null
   * @param from the first day, not null
   * @param to the last day, not null
   * @return the figures, not null
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public VolunteerActivity activity(Hierarchy hierarchy, DivisionCode division, LocalDate from, LocalDate to) {
    Under under = new Under(hierarchy, division);
    return activity(r -> under.contains(r.site()), from, to);
  }

  /**
   * Returns the figures of the records a team recorded (the service it organised) in a period,
   * both days included.
   *
   * @param team the team, not null
   * @param from the first day, not null
   * @param to the last day, not null
   * @return the figures, not null
   */
  public VolunteerActivity activity(TeamId team, LocalDate from, LocalDate to) {
    Objects.requireNonNull(team, "team");
    return activity(recordedBy(team), from, to);
  }

  /**
   * Returns the figures of each site with approved service in a period, both days included.
   *
   * @param from the first day, not null
   * @param to the last day, not null
   * @return the figures by site, in site id order, not null
   */
  public SortedMap<SiteId, VolunteerActivity> bySite(LocalDate from, LocalDate to) {
    return grouped(r -> Optional.of(r.site()), from, to);
  }

  /**
   * Returns the figures of each team that recorded approved service in a period, both days
   * included: the service each team organised.
   *
   * @param from the first day, not null
   * @param to the last day, not null
   * @return the figures by team, in team id order, not null
   */
  public SortedMap<TeamId, VolunteerActivity> byTeam(LocalDate from, LocalDate to) {
    return grouped(r -> r.recordedBy().team(), from, to);
  }

  private <K extends Comparable<K>> SortedMap<K, VolunteerActivity> grouped(
      Function<ServiceRecord, Optional<K>> key, LocalDate from, LocalDate to) {
    checkPeriod(from, to);
    Map<K, RoaringBitmap> active = new TreeMap<>();
    Map<K, long[]> sums = new TreeMap<>();
    for (int r = 0; r < records.size(); r++) {
      ServiceRecord rec = records.get(r);
      Optional<K> k = rec.counts() && in(rec, from, to) ? key.apply(rec) : Optional.empty();
      if (k.isPresent()) {
        active.computeIfAbsent(k.get(), x -> new RoaringBitmap()).add(recordVolunteer[r]);
        long[] s = sums.computeIfAbsent(k.get(), x -> new long[2]);
        s[0]++;
        s[1] += rec.service().toMinutes();
      }
    }
    SortedMap<K, VolunteerActivity> out = new TreeMap<>();
    sums.forEach((k, s) -> out.put(k, new VolunteerActivity(active.get(k).getLongCardinality(), s[0],
        Duration.ofMinutes(s[1]))));
    return Collections.unmodifiableSortedMap(out);
  }

  /**
   * Returns where the review of the records of a period stands, both days included: pending,
   * approved and rejected records, the time recorded or reported and the time approved.
   *
   * @param from the first day, not null
   * @param to the last day, not null
   * @return the figures, not null
   */
  public ServiceReview review(LocalDate from, LocalDate to) {
    return review(r -> true, from, to);
  }

  /**
   * Returns where the review of the records at sites on and under a division stands for a
   * period, both days included.
   *
   * @param hierarchy the hierarchy, not null
   * @param division a division of it, not null
   * @param from the first day, not null
   * @param to the last day, not null
   * @return the figures, not null
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public ServiceReview review(Hierarchy hierarchy, DivisionCode division, LocalDate from, LocalDate to) {
    Under under = new Under(hierarchy, division);
    return review(r -> under.contains(r.site()), from, to);
  }

  private ServiceReview review(Predicate<ServiceRecord> where, LocalDate from, LocalDate to) {
    checkPeriod(from, to);
    long[] byStatus = new long[RecordStatus.values().length];
    long recorded = 0;
    long approved = 0;
    for (ServiceRecord rec : records) {
      if (in(rec, from, to) && where.test(rec)) {
        byStatus[rec.status().ordinal()]++;
        recorded += rec.recordedTime().toMinutes();
        approved += rec.service().toMinutes();
      }
    }
    return new ServiceReview(byStatus[RecordStatus.REPORTED.ordinal()], byStatus[RecordStatus.APPROVED.ordinal()],
        byStatus[RecordStatus.REJECTED.ordinal()], Duration.ofMinutes(recorded), Duration.ofMinutes(approved));
  }

  /**
   * Ranks the volunteers with approved service in a period, both days included, by time: more
   * time first, equal times sharing a rank (1, 2, 2, 4) and listed in volunteer id order.
   *
   * @param from the first day, not null
   * @param to the last day, not null
   * @return every volunteer with approved time in the period, ranked, not null
   */
  public List<VolunteerHours> ranking(LocalDate from, LocalDate to) {
    return ranking(r -> true, from, to);
  }

  /**
   * Ranks the volunteers by their approved time at sites on and under a division in a period,
   * as {@link #ranking(LocalDate, LocalDate)} does.
   *
   * @param hierarchy the hierarchy, not null
   * @param division a division of it, not null
   * @param from the first day, not null
   * @param to the last day, not null
   * @return the ranking, not null
   * @throws IllegalArgumentException if the division is not in the hierarchy
   */
  public List<VolunteerHours> ranking(Hierarchy hierarchy, DivisionCode division, LocalDate from, LocalDate to) {
    Under under = new Under(hierarchy, division);
    return ranking(r -> under.contains(r.site()), from, to);
  }

  /**
   * Ranks the volunteers by their approved time in the service a team recorded in a period, as
   * {@link #ranking(LocalDate, LocalDate)} does.
   *
   * @param team the team, not null
   * @param from the first day, not null
   * @param to the last day, not null
   * @return the ranking, not null
   */
  public List<VolunteerHours> ranking(TeamId team, LocalDate from, LocalDate to) {
    Objects.requireNonNull(team, "team");
    return ranking(recordedBy(team), from, to);
  }

  private List<VolunteerHours> ranking(Predicate<ServiceRecord> where, LocalDate from, LocalDate to) {
    checkPeriod(from, to);
    long[] minutes = new long[volunteers.size()];
    long[] count = new long[volunteers.size()];
    for (int r = 0; r < records.size(); r++) {
      ServiceRecord rec = records.get(r);
      if (rec.counts() && in(rec, from, to) && where.test(rec)) {
        minutes[recordVolunteer[r]] += rec.service().toMinutes();
        count[recordVolunteer[r]]++;
      }
    }
    List<Integer> ranked = new ArrayList<>();
    for (int v = 0; v < minutes.length; v++) {
      if (minutes[v] > 0) {
        ranked.add(v);
      }
    }
    ranked.sort(Comparator.<Integer>comparingLong(v -> -minutes[v]).thenComparing(v -> volunteers.get(v).id()));
    List<VolunteerHours> out = new ArrayList<>(ranked.size());
    for (int i = 0; i < ranked.size(); i++) {
      int v = ranked.get(i);
      int rank = i > 0 && minutes[ranked.get(i - 1)] == minutes[v] ? out.get(i - 1).rank() : i + 1;
      out.add(new VolunteerHours(rank, volunteers.get(v).id(), Duration.ofMinutes(minutes[v]), count[v]));
    }
    return List.copyOf(out);
  }

  private static Predicate<ServiceRecord> recordedBy(TeamId team) {
    return r -> r.recordedBy().team().map(team::equals).orElse(false);
  }

  private static boolean in(ServiceRecord rec, LocalDate from, LocalDate to) {
    return !rec.date().isBefore(from) && !rec.date().isAfter(to);
  }

  private static void checkPeriod(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
    }
  }

  private VolunteerActivity activity(Predicate<ServiceRecord> where, LocalDate from, LocalDate to) {
    checkPeriod(from, to);
    RoaringBitmap active = new RoaringBitmap();
    long personTimes = 0;
    long minutes = 0;
    for (int r = 0; r < records.size(); r++) {
      ServiceRecord rec = records.get(r);
      if (!rec.counts() || !in(rec, from, to) || !where.test(rec)) {
        continue;
      }
      active.add(recordVolunteer[r]);
      personTimes++;
      minutes += rec.service().toMinutes();
    }
    return new VolunteerActivity(active.getLongCardinality(), personTimes, Duration.ofMinutes(minutes));
  }

  private int indexOf(VolunteerId id) {
    Integer v = index.get(Objects.requireNonNull(id, "id"));
    if (v == null) {
      throw new IllegalArgumentException("volunteer " + id + " is not registered");
    }
    return v;
  }

  /** The sites on and under a division. */
  private static final class Under {
    private final HierarchyAccess.Accessor access;
    private final Hierarchy hierarchy;
    private final int from;
    private final int to;

    Under(Hierarchy hierarchy, DivisionCode division) {
      Objects.requireNonNull(hierarchy, "hierarchy");
      Objects.requireNonNull(division, "division");
      this.access = HierarchyAccess.get();
      this.hierarchy = hierarchy;
      long range = access.siteRange(hierarchy, division);
      this.from = HierarchyAccess.from(range);
      this.to = HierarchyAccess.to(range);
    }

    boolean contains(SiteId site) {
      int s = access.sitePosition(hierarchy, site);
      return s >= from && s < to;
    }
  }

  /** Collects volunteers and records, then checks them as a batch; not thread-safe. */
  public static final class Builder {
    private final List<Volunteer> volunteers = new ArrayList<>();
    private final List<ServiceRecord> records = new ArrayList<>();

    private Builder() {}

    /** Adds a volunteer. */
    public Builder addVolunteer(Volunteer volunteer) {
      volunteers.add(Objects.requireNonNull(volunteer, "volunteer"));
      return this;
    }

    /** Adds volunteers. */
    public Builder addVolunteers(Iterable<Volunteer> volunteers) {
      Objects.requireNonNull(volunteers, "volunteers").forEach(this::addVolunteer);
      return this;
    }

    /** Adds a service record. */
    public Builder addRecord(ServiceRecord record) {
      records.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /** Adds service records. */
    public Builder addRecords(Iterable<ServiceRecord> records) {
      Objects.requireNonNull(records, "records").forEach(this::addRecord);
      return this;
    }

    /**
     * Builds the log strictly.
     *
     * @return the log, not null
     * @throws ProblemException naming every duplicate volunteer id or national volunteer number,
     *     every record of an unregistered volunteer and every approved record that takes a
     *     volunteer's day past 24 hours
     */
    public ServiceLog build() {
      List<Problem> problems = new ArrayList<>();
      ServiceLog log = assemble(problems);
      if (!problems.isEmpty()) {
        throw new ProblemException("cannot build the service log", problems);
      }
      return log;
    }

    /**
     * Builds the log leniently: keeps every good record, reports the rest.
     *
     * @return the log and the problems, not null
     */
    public Lenient buildLenient() {
      List<Problem> problems = new ArrayList<>();
      ServiceLog log = assemble(problems);
      return new Lenient(log, problems);
    }

    private ServiceLog assemble(List<Problem> problems) {
      Map<VolunteerId, Integer> index = new HashMap<>();
      Map<NationalVolunteerNumber, Integer> byNumber = new HashMap<>();
      List<Volunteer> kept = new ArrayList<>();
      for (Volunteer v : volunteers) {
        if (index.containsKey(v.id())) {
          problems.add(Problem.of("volunteer.duplicate-id", Location.ofSubject(v.id().value()),
              "volunteer id " + v.id() + " is registered twice").withExpected("each volunteer id once"));
          continue;
        }
        Optional<NationalVolunteerNumber> number = v.nationalNumber();
        if (number.isPresent() && byNumber.containsKey(number.get())) {
          problems.add(Problem.of("volunteer.duplicate-national-number", Location.ofSubject(v.id().value()),
              "volunteer " + v.id() + " has national volunteer number " + number.get() + ", as volunteer "
                  + kept.get(byNumber.get(number.get())).id() + " has")
              .withExpected("each national volunteer number (志愿者统一编号) once: one person, one registration"));
        } else {
          number.ifPresent(n -> byNumber.put(n, kept.size()));   // the first keeps the number; both stay registered
        }
        index.put(v.id(), kept.size());
        kept.add(v);
      }
      Map<VolunteerId, Map<LocalDate, Long>> daily = new HashMap<>();
      List<ServiceRecord> good = new ArrayList<>();
      for (int r = 0; r < records.size(); r++) {
        ServiceRecord rec = records.get(r);
        Location where = Location.ofSubject(rec.volunteer().value()).withJsonPointer("/records/" + r);
        if (!index.containsKey(rec.volunteer())) {
          problems.add(Problem.of("service.unknown-volunteer", where, "record " + r + " (" + rec
              + ") names volunteer " + rec.volunteer() + ", who is not registered").withExpected("a registered volunteer"));
          continue;
        }
        if (!rec.counts()) {
          good.add(rec);    // reported or rejected: nothing counts yet, so no day can pass 24 hours
          continue;
        }
        Map<LocalDate, Long> days = daily.computeIfAbsent(rec.volunteer(), k -> new HashMap<>());
        long before = days.getOrDefault(rec.date(), 0L);
        long after = before + rec.service().toMinutes();
        if (after > ServiceDay.MAX_MINUTES) {
          problems.add(Problem.of("service.over-24-hours", where, "record " + r + " would bring volunteer "
                  + rec.volunteer() + " to " + hours(after) + " hours of service on " + rec.date())
              .withExpected("at most 24 hours of service per volunteer per day"));
          continue;
        }
        days.put(rec.date(), after);
        good.add(rec);
      }
      return new ServiceLog(Collections.unmodifiableList(kept), Map.copyOf(index), Map.copyOf(byNumber),
          List.copyOf(good));
    }
  }

  /**
   * What a lenient build gives: the log of every good record and a problem for each other one.
   *
   * @param log the log, not null
   * @param problems the problems, in the order found, not null
   */
  public record Lenient(ServiceLog log, List<Problem> problems) {
    /** Creates a result; the list is copied. */
    public Lenient {
      Objects.requireNonNull(log, "log");
      problems = List.copyOf(problems);
    }
  }

  /** Minutes as hours to two places at most, at least one ("25.0", "24.03"): a problem's figure. */
  private static String hours(long minutes) {
    java.math.BigDecimal h = java.math.BigDecimal.valueOf(minutes).divide(java.math.BigDecimal.valueOf(60), 2,
        java.math.RoundingMode.UP).stripTrailingZeros();
    return h.scale() < 1 ? h.setScale(1).toPlainString() : h.toPlainString();
  }
}
