package org.civic.constraints;

import org.civic.standard.SixHaves;
import org.civic.standard.Standard;

/** Supplies the six-haves standard with its default thresholds — 默认六有标准. Stateless. */
public final class SixHavesProvider implements StandardProvider {

  /** Creates the provider. */
  public SixHavesProvider() {}

  @Override
  public Standard standard() {
    return SixHaves.standard();
  }
}
