package org.civic.volunteer;

import java.util.Objects;
import java.util.Optional;
import org.civic.site.SiteId;
import org.civic.team.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * Who recorded a piece of service — 记录主体: the organising volunteer team or practice site.
 * The 2021 rules on service records and certificates (民政部令第67号) keep "whoever organises,
 * records; whoever records, certifies" (谁组织谁记录，谁记录谁证明): the recorder is the one that
 * approves a volunteer's own report and that may certify the hours.
 *
 * <p>Exactly one of {@link #team()} and {@link #site()} is present. Immutable and thread-safe;
 * {@link #toString()} prints {@code team:<id>} or {@code site:<id>}.
 */
public final class Recorder {

  private final @Nullable TeamId team;
  private final @Nullable SiteId site;

  private Recorder(@Nullable TeamId team, @Nullable SiteId site) {
    this.team = team;
    this.site = site;
  }

  /**
   * Obtains the recorder that is a volunteer team.
   *
   * @param team the organising team, not null
   * @return the recorder, not null
   */
  public static Recorder ofTeam(TeamId team) {
    return new Recorder(Objects.requireNonNull(team, "team"), null);
  }

  /**
   * Obtains the recorder that is a practice site (a center, post, station or point).
   *
   * @param site the organising site, not null
   * @return the recorder, not null
   */
  public static Recorder ofSite(SiteId site) {
    return new Recorder(null, Objects.requireNonNull(site, "site"));
  }

  /** Returns the team, if a team recorded. */
  public Optional<TeamId> team() {
    return Optional.ofNullable(team);
  }

  /** Returns the site, if a site recorded. */
  public Optional<SiteId> site() {
    return Optional.ofNullable(site);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Recorder r && Objects.equals(team, r.team) && Objects.equals(site, r.site);
  }

  @Override
  public int hashCode() {
    return Objects.hash(team, site);
  }

  @Override
  public String toString() {
    return team != null ? "team:" + team : "site:" + site;
  }
}
