package org.civic.json;

import java.util.Objects;
import org.civic.standard.SixHavesProfile;
import org.civic.standard.Standard;

/**
 * A named six-haves profile as a dataset carries it — 标准配置: a province's or county's
 * thresholds with the standard's name and version.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the standard's name, not null or blank
 * @param version its version, not null or blank
 * @param thresholds the thresholds per level, not null
 */
public record StandardProfile(String name, String version, SixHavesProfile thresholds) {

  /** Creates a profile. */
  public StandardProfile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(thresholds, "thresholds");
    if (name.isBlank() || version.isBlank()) {
      throw new IllegalArgumentException("a standard profile needs a name and a version");
    }
  }

  /** Returns the standard these thresholds make. */
  public Standard toStandard() {
    return thresholds.toStandard(name, version);
  }
}
