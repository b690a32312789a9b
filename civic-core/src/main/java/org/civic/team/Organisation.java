package org.civic.team;

import java.util.Objects;
import org.civic.division.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * A participating organisation — 参与组织: a registered volunteer organisation (志愿服务组织), a
 * social organisation (社会组织) or another social force that joins a county's practice — the "N"
 * of "1+N". It is registered in a division (the county or township whose register lists it);
 * teams name it as a member organisation ({@link Team#organisations()}) and activities as a
 * participant ({@code Activity.organisations()}), and the roll-ups count it distinctly at every
 * level and period, as they count volunteers.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Organisation o = Organisation.of(OrganisationId.of("org-411081-017"), "禹州市义工联合会",
 *     OrganisationKind.SOCIAL_ORGANISATION, DivisionCode.parse("411081"));
 * }</pre>
 */
public final class Organisation {

  private final OrganisationId id;
  private final String name;
  private final OrganisationKind kind;
  private final DivisionCode division;

  private Organisation(OrganisationId id, String name, OrganisationKind kind, DivisionCode division) {
    this.id = id;
    this.name = name;
    this.kind = kind;
    this.division = division;
  }

  /**
   * Obtains an organisation.
   *
   * @param id the id, not null
   * @param name the registered name, not null or blank
   * @param kind the kind, not null
   * @param division the division whose register lists it, not null
   * @return the organisation, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank; the message names the organisation
   */
  public static Organisation of(OrganisationId id, String name, OrganisationKind kind, DivisionCode division) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(division, "division");
    if (name.isBlank()) {
      throw new IllegalArgumentException("organisation " + id + " needs a name");
    }
    return new Organisation(id, name, kind, division);
  }

  /** Returns the id. */
  public OrganisationId id() {
    return id;
  }

  /** Returns the registered name. */
  public String name() {
    return name;
  }

  /** Returns the kind. */
  public OrganisationKind kind() {
    return kind;
  }

  /** Returns the division whose register lists it. */
  public DivisionCode division() {
    return division;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Organisation g && id.equals(g.id) && name.equals(g.name) && kind == g.kind
        && division.equals(g.division);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, kind, division);
  }

  @Override
  public String toString() {
    return kind.chinese() + " " + id + " " + name + " @" + division;
  }
}
