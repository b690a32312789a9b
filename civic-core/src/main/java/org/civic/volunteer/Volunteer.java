package org.civic.volunteer;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.civic.site.SiteId;
import org.civic.team.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * A registered volunteer — 注册志愿者: id, name, registration date, the teams they belong to, the
 * site they registered at and the national volunteer number (志愿者统一编号), if known. The
 * {@link VolunteerId} is the register's own key, which service records name; the national number,
 * where present, is the volunteer's stable id across registers ({@link #stableId()}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Volunteer {

  private final VolunteerId id;
  private final String name;
  private final LocalDate registered;
  private final Set<TeamId> teams;
  private final @Nullable SiteId homeSite;
  private final @Nullable NationalVolunteerNumber nationalNumber;

  private Volunteer(VolunteerId id, String name, LocalDate registered, Set<TeamId> teams, @Nullable SiteId homeSite,
      @Nullable NationalVolunteerNumber nationalNumber) {
    this.id = id;
    this.name = name;
    this.registered = registered;
    this.teams = teams;
    this.homeSite = homeSite;
    this.nationalNumber = nationalNumber;
  }

  /**
   * Obtains a volunteer.
   *
   * @param id the id, not null
   * @param name the name, not null or blank
   * @param registered the registration date, not null
   * @param teams the teams they belong to, not null
   * @param homeSite the site they registered at, if known, not null
   * @return the volunteer, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Volunteer of(VolunteerId id, String name, LocalDate registered, Set<TeamId> teams,
      Optional<SiteId> homeSite) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(registered, "registered");
    Objects.requireNonNull(teams, "teams");
    Objects.requireNonNull(homeSite, "homeSite");
    if (name.isBlank()) {
      throw new IllegalArgumentException("volunteer " + id + " needs a name");
    }
    return new Volunteer(id, name, registered, Collections.unmodifiableSortedSet(new TreeSet<>(teams)),
        homeSite.orElse(null), null);
  }

  /**
   * Returns a copy of this volunteer with the national volunteer number (志愿者统一编号).
   *
   * @param number the number, not null
   * @return the copy, or this volunteer if the number is the same, not null
   */
  public Volunteer withNationalNumber(NationalVolunteerNumber number) {
    Objects.requireNonNull(number, "number");
    return number.equals(nationalNumber) ? this : new Volunteer(id, name, registered, teams, homeSite, number);
  }

  /** Returns the id. */
  public VolunteerId id() {
    return id;
  }

  /** Returns the name. */
  public String name() {
    return name;
  }

  /** Returns the registration date. */
  public LocalDate registered() {
    return registered;
  }

  /** Returns the teams, sorted. */
  public Set<TeamId> teams() {
    return teams;
  }

  /** Returns the site the volunteer registered at, if known. */
  public Optional<SiteId> homeSite() {
    return Optional.ofNullable(homeSite);
  }

  /** Returns the national volunteer number (志愿者统一编号), if known. */
  public Optional<NationalVolunteerNumber> nationalNumber() {
    return Optional.ofNullable(nationalNumber);
  }

  /**
   * Returns the id that stays the same across registers: the national volunteer number where
   * present, else the register's id.
   *
   * @return the national number's text, or the id's, not null
   */
  public String stableId() {
    return nationalNumber != null ? nationalNumber.value() : id.value();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Volunteer v && id.equals(v.id) && name.equals(v.name) && registered.equals(v.registered)
        && teams.equals(v.teams) && Objects.equals(homeSite, v.homeSite)
        && Objects.equals(nationalNumber, v.nationalNumber);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, registered, teams, homeSite, nationalNumber);
  }

  @Override
  public String toString() {
    return "Volunteer " + id + " " + name + " registered " + registered;
  }
}
