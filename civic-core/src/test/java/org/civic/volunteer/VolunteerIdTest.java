package org.civic.volunteer;

import org.civic.internal.IdContract;

/** {@link VolunteerId} keeps the contract of every civic id. */
class VolunteerIdTest extends IdContract<VolunteerId> {

  @Override
  protected Class<VolunteerId> type() {
    return VolunteerId.class;
  }

  @Override
  protected VolunteerId of(String value) {
    return VolunteerId.of(value);
  }

  @Override
  protected String value(VolunteerId id) {
    return id.value();
  }

  @Override
  protected String kind() {
    return "volunteer";
  }
}
