package org.civic.site;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A site's venue — 场所: floor area in square metres and the number of function rooms (功能室).
 * {@link #none()} records that the site is known to have no venue of its own.
 *
 * <p>Immutable and thread-safe.
 *
 * @param area the floor area in m², zero or more, not null
 * @param functionRooms the number of function rooms, zero or more
 */
public record Venue(BigDecimal area, int functionRooms) {

  private static final Venue NONE = new Venue(BigDecimal.ZERO, 0);

  /**
   * Creates a venue.
   *
   * @throws IllegalArgumentException if the area or the room count is negative
   */
  public Venue {
    Objects.requireNonNull(area, "area");
    if (area.signum() < 0) {
      throw new IllegalArgumentException("venue area must not be negative: " + area + " m²");
    }
    if (functionRooms < 0) {
      throw new IllegalArgumentException("function rooms must not be negative: " + functionRooms);
    }
    area = area.stripTrailingZeros();
    if (area.scale() < 0) {
      area = area.setScale(0);
    }
  }

  /**
   * Obtains a venue.
   *
   * @param squareMetres the floor area in m², zero or more and finite
   * @param functionRooms the number of function rooms, zero or more
   * @return the venue, not null
   * @throws IllegalArgumentException if a value is negative or not finite
   */
  public static Venue of(double squareMetres, int functionRooms) {
    if (!Double.isFinite(squareMetres)) {
      throw new IllegalArgumentException("venue area must be finite: " + squareMetres);
    }
    return new Venue(BigDecimal.valueOf(squareMetres), functionRooms);
  }

  /** Returns the venue of a site known to have none: 0 m², no rooms. */
  public static Venue none() {
    return NONE;
  }

  /** Tells whether there is a venue at all (a positive area). */
  public boolean exists() {
    return area.signum() > 0;
  }
}
