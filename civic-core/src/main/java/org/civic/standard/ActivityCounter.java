package org.civic.standard;

import java.time.LocalDate;
import java.util.OptionalLong;
import org.civic.site.SiteId;

/**
 * Tells how many activities a site held in a period — 活动计数 — for the "functioning, not just
 * built" requirement ({@link Functioning#activities}). A host backs it with its own activity
 * records; civic's activity log will implement it too.
 *
 * <p>Implementations must be thread-safe and deterministic.
 */
@FunctionalInterface
public interface ActivityCounter {

  /**
   * Returns how many activities a site held from one date to another, both included; empty if
   * the counter has no records for that site (the check is then INCOMPLETE, not FAIL).
   *
   * @param site the site, not null
   * @param from the first day, not null
   * @param to the last day, not before {@code from}, not null
   * @return the count, or empty if unknown
   */
  OptionalLong activities(SiteId site, LocalDate from, LocalDate to);
}
