package org.civic.division;

import java.util.Objects;

/**
 * An administrative division — 行政区划: a code and a name. Its level follows from the code.
 * A division is not a practice site: a township has a post only if one was built.
 *
 * <p>Immutable and thread-safe. The constructor is the factory, and takes a parsed code:
 * {@code new Division(DivisionCode.parse("411081"), "禹州市")}; a whole file of divisions is read
 * by {@link DivisionCsv}.
 *
 * @param code the statistical code, not null
 * @param name the name, such as {@code 禹州市}, not null or blank
 */
public record Division(DivisionCode code, String name) {

  /**
   * Creates a division.
   *
   * @throws NullPointerException if the code or the name is null
   * @throws IllegalArgumentException if the name is blank
   */
  public Division {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("division " + code + " has a blank name");
    }
  }

  /** Returns the level, from the code. */
  public DivisionLevel level() {
    return code.level();
  }

  /** Returns {@code code name}, such as {@code 411081000000 禹州市}. */
  @Override
  public String toString() {
    return code + " " + name;
  }
}
