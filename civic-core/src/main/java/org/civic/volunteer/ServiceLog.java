package org.civic.volunteer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.hierarchy.internal.HierarchyAccess;
import org.civic.internal.ServiceDay;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;
import org.civic.site.SiteId;
import org.roaringbitmap.RoaringBitmap;

/**
 * Registered volunteers and their service records — 志愿服务台账 — with the figures users get
 * wrong: registered volunteers, distinct volunteers active in a period, participation
 * person-times, per site and rolled up to any subtree without counting twice a volunteer active
 * in two villages; cumulative service hours and star levels.
 *
 * <p>Built by {@link #builder()}, which checks the records as a batch: every record names a
 * registered volunteer, and no volunteer serves more than 24 hours on one day. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ServiceLog log = ServiceLog.builder().addVolunteers(volunteers).addRecords(records).build();
 * VolunteerActivity township = log.activity(hierarchy, townshipCode, from, to);
 * township.activeVolunteers();   // distinct
 * township.personTimes();        // 人次
 * log.stars(id, VolunteerStars.national());
 * }</pre>
 */
public final class ServiceLog {

  private final List<Volunteer> volunteers;
  private final Map<VolunteerId, Integer> index;
  private final List<ServiceRecord> records;
  private final int[] recordVolunteer;
  private final long[] serviceMinutes;

  private ServiceLog(List<Volunteer> volunteers, Map<VolunteerId, Integer> index, List<ServiceRecord> records) {
    this.volunteers = volunteers;
    this.index = index;
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
   * Returns a volunteer's cumulative time of actual service (travel excluded).
   *
   * @param id a registered volunteer, not null
   * @return the time, not null
   * @throws IllegalArgumentException if the volunteer is not registered
   */
  public Duration serviceTime(VolunteerId id) {
    return Duration.ofMinutes(serviceMinutes[indexOf(id)]);
  }

  /**
   * Returns a volunteer's star level (0 to 5) under thresholds.
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

  private VolunteerActivity activity(java.util.function.Predicate<ServiceRecord> where, LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
    }
    RoaringBitmap active = new RoaringBitmap();
    long personTimes = 0;
    long minutes = 0;
    for (int r = 0; r < records.size(); r++) {
      ServiceRecord rec = records.get(r);
      if (rec.date().isBefore(from) || rec.date().isAfter(to) || !where.test(rec)) {
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
     * @throws ProblemException naming every duplicate volunteer, every record of an unregistered
     *     volunteer and every record that takes a volunteer's day past 24 hours
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
      List<Volunteer> kept = new ArrayList<>();
      for (Volunteer v : volunteers) {
        if (index.putIfAbsent(v.id(), kept.size()) != null) {
          problems.add(Problem.of("volunteer.duplicate-id", Location.ofSubject(v.id().value()),
              "volunteer id " + v.id() + " is registered twice").withExpected("each volunteer id once"));
        } else {
          kept.add(v);
        }
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
        Map<LocalDate, Long> days = daily.computeIfAbsent(rec.volunteer(), k -> new HashMap<>());
        long before = days.getOrDefault(rec.date(), 0L);
        long after = before + rec.service().toMinutes();
        if (after > ServiceDay.MAX_MINUTES) {
          problems.add(Problem.of("service.over-24-hours", where, "record " + r + " would bring volunteer "
                  + rec.volunteer() + " to " + after / 60.0 + " hours of service on " + rec.date())
              .withExpected("at most 24 hours of service per volunteer per day"));
          continue;
        }
        days.put(rec.date(), after);
        good.add(rec);
      }
      return new ServiceLog(Collections.unmodifiableList(kept), Map.copyOf(index), List.copyOf(good));
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
}
