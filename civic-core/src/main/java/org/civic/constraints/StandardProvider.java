package org.civic.constraints;

import org.civic.standard.Standard;

/**
 * Supplies the standard a {@link MeetsStandard} constraint checks — 标准提供者. Implement it with
 * a public no-argument constructor to use a province's profile:
 *
 * <pre>{@code
 * public final class HenanProfile implements StandardProvider {
 *   public Standard standard() {
 *     return SixHaves.profile().withVenueArea(SiteLevel.STATION, 20).toStandard("河南", "2024");
 *   }
 * }
 * }</pre>
 *
 * <p>Called once per constraint initialization; the standard must be thread-safe (civic's are).
 */
@FunctionalInterface
public interface StandardProvider {

  /** Returns the standard. */
  Standard standard();
}
