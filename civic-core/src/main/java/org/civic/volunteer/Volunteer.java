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
 * A registered volunteer — 注册志愿者: id, name, registration date, the teams they belong to and
 * the site they registered at, if known.
 *
 * <p>Immutable and thread-safe.
 */
public final class Volunteer {

  private final VolunteerId id;
  private final String name;
  private final LocalDate registered;
  private final Set<TeamId> teams;
  private final @Nullable SiteId homeSite;

  private Volunteer(VolunteerId id, String name, LocalDate registered, Set<TeamId> teams, @Nullable SiteId homeSite) {
    this.id = id;
    this.name = name;
    this.registered = registered;
    this.teams = teams;
    this.homeSite = homeSite;
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
        homeSite.orElse(null));
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

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Volunteer v && id.equals(v.id) && name.equals(v.name) && registered.equals(v.registered)
        && teams.equals(v.teams) && Objects.equals(homeSite, v.homeSite);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, registered, teams, homeSite);
  }

  @Override
  public String toString() {
    return "Volunteer " + id + " " + name + " registered " + registered;
  }
}
