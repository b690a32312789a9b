package org.civic.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.civic.activity.internal.ActivityRules;
import org.civic.internal.Ids;
import org.civic.internal.ServiceDay;
import org.civic.internal.SortedArraySet;
import org.civic.site.SiteId;
import org.civic.team.OrganisationId;
import org.civic.team.TeamCategory;
import org.civic.team.TeamId;
import org.civic.volunteer.VolunteerId;
import org.jspecify.annotations.Nullable;

/**
 * A practice activity — 文明实践活动: when and where, by which teams, in which category (队伍类别) and under
 * which theme (and month theme, 一月一主题), with which volunteers (each is one participation,
 * 人次) and which participating organisations (the "N" of "1+N": volunteer and social
 * organisations), how many beneficiaries (受益群众人次), the volunteers' service time, and optional
 * counters: materials handed out (份), consultations (人次) and sessions (场次).
 *
 * <p>Immutable and thread-safe. Built by {@link #builder}, whose {@link Builder#build(Clock)}
 * rejects bad values with a message naming the activity and the field.
 */
public final class Activity {

  private final String id;
  private final LocalDate date;
  private final SiteId site;
  private final Set<TeamId> teams;
  private final @Nullable TeamCategory category;
  private final @Nullable String theme;
  private final @Nullable String monthTheme;
  private final Set<VolunteerId> volunteers;
  private final Set<OrganisationId> organisations;
  private final long beneficiaries;
  private final Duration serviceTime;
  private final long materials;
  private final long consultations;
  private final long sessions;

  private Activity(Builder b) {
    this.id = b.id;
    this.date = b.date;
    this.site = b.site;
    this.teams = SortedArraySet.copyOfSorted(b.teams);
    this.category = b.category;
    this.theme = b.theme;
    this.monthTheme = b.monthTheme;
    this.volunteers = SortedArraySet.copyOfSorted(b.volunteers);
    this.organisations = SortedArraySet.copyOfSorted(b.organisations);
    this.beneficiaries = b.beneficiaries;
    this.serviceTime = b.serviceTime;
    this.materials = b.materials;
    this.consultations = b.consultations;
    this.sessions = b.sessions;
  }

  /**
   * Starts an activity.
   *
   * @param id the activity's id (1–64 of {@code A-Z a-z 0-9 - _ . : /}), not null
   * @param date the day it was held, not null
   * @param site where, not null
   * @return a builder, not null
   * @throws IllegalArgumentException if the id is invalid
   */
  public static Builder builder(String id, LocalDate date, SiteId site) {
    return new Builder(id, date, site);
  }

  /** Returns the id. */
  public String id() {
    return id;
  }

  /** Returns the day it was held. */
  public LocalDate date() {
    return date;
  }

  /** Returns the site. */
  public SiteId site() {
    return site;
  }

  /** Returns the teams that held it. */
  public Set<TeamId> teams() {
    return teams;
  }

  /** Returns the category, if recorded. */
  public Optional<TeamCategory> category() {
    return Optional.ofNullable(category);
  }

  /** Returns the theme, if recorded. */
  public Optional<String> theme() {
    return Optional.ofNullable(theme);
  }

  /** Returns the month theme (一月一主题), if recorded. */
  public Optional<String> monthTheme() {
    return Optional.ofNullable(monthTheme);
  }

  /** Returns the participating volunteers. */
  public Set<VolunteerId> volunteers() {
    return volunteers;
  }

  /**
   * Returns the participating organisations (参与组织): registered volunteer organisations and social
   * organisations that took part, in id order.
   */
  public Set<OrganisationId> organisations() {
    return organisations;
  }

  /** Returns the participation person-times (人次): one per participating volunteer. */
  public long personTimes() {
    return volunteers.size();
  }

  /** Returns the beneficiaries (受益群众人次). */
  public long beneficiaries() {
    return beneficiaries;
  }

  /** Returns the volunteers' total time of service. */
  public Duration serviceTime() {
    return serviceTime;
  }

  /** Returns the materials handed out (份). */
  public long materials() {
    return materials;
  }

  /** Returns the consultations (人次). */
  public long consultations() {
    return consultations;
  }

  /** Returns the sessions (场次/期). */
  public long sessions() {
    return sessions;
  }

  /** Returns a builder holding this activity's values. */
  public Builder toBuilder() {
    Builder b = new Builder(id, date, site);
    b.teams.addAll(teams);
    b.category = category;
    b.theme = theme;
    b.monthTheme = monthTheme;
    b.volunteers.addAll(volunteers);
    b.organisations.addAll(organisations);
    b.beneficiaries = beneficiaries;
    b.serviceTime = serviceTime;
    b.materials = materials;
    b.consultations = consultations;
    b.sessions = sessions;
    return b;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Activity a && id.equals(a.id) && date.equals(a.date) && site.equals(a.site)
        && teams.equals(a.teams) && Objects.equals(category, a.category) && Objects.equals(theme, a.theme)
        && Objects.equals(monthTheme, a.monthTheme) && volunteers.equals(a.volunteers)
        && organisations.equals(a.organisations)
        && beneficiaries == a.beneficiaries && serviceTime.equals(a.serviceTime) && materials == a.materials
        && consultations == a.consultations && sessions == a.sessions;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, date, site, volunteers, beneficiaries);
  }

  @Override
  public String toString() {
    return "Activity " + id + " " + date + " @" + site + " (" + volunteers.size() + " volunteers, "
        + beneficiaries + " beneficiaries)";
  }

  /** Builds an {@link Activity}; not thread-safe. Values are checked in {@link #build(Clock)}. */
  public static final class Builder {
    private final String id;
    private final LocalDate date;
    private final SiteId site;
    private final Set<TeamId> teams = new TreeSet<>();
    private @Nullable TeamCategory category;
    private @Nullable String theme;
    private @Nullable String monthTheme;
    private final Set<VolunteerId> volunteers = new TreeSet<>();
    private final Set<OrganisationId> organisations = new TreeSet<>();
    private long beneficiaries;
    private Duration serviceTime = Duration.ZERO;
    private long materials;
    private long consultations;
    private long sessions;

    private Builder(String id, LocalDate date, SiteId site) {
      this.id = Ids.check("activity", Objects.requireNonNull(id, "id"));
      this.date = Objects.requireNonNull(date, "date");
      this.site = Objects.requireNonNull(site, "site");
    }

    /** Adds a team that held the activity. */
    public Builder team(TeamId team) {
      teams.add(Objects.requireNonNull(team, "team"));
      return this;
    }

    /** Sets the category. */
    public Builder category(TeamCategory category) {
      this.category = Objects.requireNonNull(category, "category");
      return this;
    }

    /** Sets the theme. */
    public Builder theme(String theme) {
      this.theme = Objects.requireNonNull(theme, "theme");
      return this;
    }

    /** Sets the month theme. */
    public Builder monthTheme(String monthTheme) {
      this.monthTheme = Objects.requireNonNull(monthTheme, "monthTheme");
      return this;
    }

    /** Adds participating volunteers. */
    public Builder volunteers(Iterable<VolunteerId> ids) {
      Objects.requireNonNull(ids, "ids").forEach(v -> volunteers.add(Objects.requireNonNull(v, "volunteer")));
      return this;
    }

    /** Adds a participating organisation (again is once). */
    public Builder organisation(OrganisationId organisation) {
      organisations.add(Objects.requireNonNull(organisation, "organisation"));
      return this;
    }

    /** Adds participating organisations. */
    public Builder organisations(Iterable<OrganisationId> ids) {
      Objects.requireNonNull(ids, "ids").forEach(this::organisation);
      return this;
    }

    /** Sets the beneficiaries (checked in build). */
    public Builder beneficiaries(long beneficiaries) {
      this.beneficiaries = beneficiaries;
      return this;
    }

    /** Sets the volunteers' total service time (checked in build). */
    public Builder serviceTime(Duration serviceTime) {
      this.serviceTime = Objects.requireNonNull(serviceTime, "serviceTime");
      return this;
    }

    /** Sets the materials handed out (checked in build). */
    public Builder materials(long materials) {
      this.materials = materials;
      return this;
    }

    /** Sets the consultations (checked in build). */
    public Builder consultations(long consultations) {
      this.consultations = consultations;
      return this;
    }

    /** Sets the sessions (checked in build). */
    public Builder sessions(long sessions) {
      this.sessions = sessions;
      return this;
    }

    /**
     * {@code LocalDate.now(clock)}, without the zone rules {@code LocalDate.now} makes for a fixed
     * offset on every call (a reader checks every activity against its clock).
     */
    private static LocalDate today(Clock clock) {
      if (clock.getZone() instanceof ZoneOffset offset) {
        return LocalDate.ofEpochDay(Math.floorDiv(clock.instant().getEpochSecond() + offset.getTotalSeconds(), 86_400L));
      }
      return LocalDate.now(clock);
    }

    /**
     * Returns what is wrong with the values so far, field by field; empty if nothing is.
     *
     * @param clock tells today; an activity cannot be held after it, not null
     * @return each problem as {@code field: message}, in field order, not null
     */
    public java.util.List<String> problems(Clock clock) {
      Objects.requireNonNull(clock, "clock");
      java.util.List<String> problems = new java.util.ArrayList<>();
      LocalDate today = today(clock);
      if (date.isAfter(today)) {
        problems.add("date: " + date + " is after today, " + today);
      }
      negative(problems, "beneficiaries", beneficiaries);
      negative(problems, "materials", materials);
      negative(problems, "consultations", consultations);
      negative(problems, "sessions", sessions);
      if (serviceTime.isNegative()) {
        problems.add("serviceTime: must not be negative, got " + serviceTime);
      } else if (!ServiceDay.possible(serviceTime, volunteers.size())) {
        problems.add("serviceTime: " + serviceTime.toHours() + " hours is impossible for " + volunteers.size()
            + " volunteers in one day (at most 24 hours each)");
      }
      if (theme != null && ActivityRules.blank(theme)) {
        problems.add("theme: must not be blank");
      }
      if (monthTheme != null && ActivityRules.blank(monthTheme)) {
        problems.add("monthTheme: must not be blank");
      }
      return problems;
    }

    private static void negative(java.util.List<String> problems, String field, long value) {
      if (value < 0) {
        problems.add(field + ": must not be negative, got " + value);
      }
    }

    /**
     * Builds the activity.
     *
     * @param clock tells today; an activity cannot be held after it, not null
     * @return the activity, not null
     * @throws IllegalArgumentException naming the activity and every bad field
     */
    public Activity build(Clock clock) {
      java.util.List<String> problems = problems(clock);
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("activity " + id + ": " + String.join("; ", problems));
      }
      return new Activity(this);
    }

    /** Builds a row of an {@link ActivityLog}, whose values were checked when it was added. */
    Activity buildChecked() {
      return new Activity(this);
    }
  }
}
