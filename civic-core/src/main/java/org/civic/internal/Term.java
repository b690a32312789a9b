package org.civic.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A bilingual term — 双语术语: a stable kebab-case id, a Chinese name and an English name; the
 * one implementation behind civic's open vocabularies ({@code TeamCategory}, {@code LeaderRole}).
 * Two terms are equal when their ids are. Not for hosts: they see the vocabularies' own types.
 *
 * <p>Immutable and thread-safe.
 */
public final class Term {

  private final String id;
  private final String chinese;
  private final String english;

  private Term(String id, String chinese, String english) {
    this.id = id;
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * Obtains a term, checked.
   *
   * @param what what the term is, such as "team category", for the messages, not null
   * @param id a kebab-case id ({@link Ids#KEBAB_CASE}), not null
   * @param example a valid id of that kind, for the message, not null
   * @param chinese the Chinese name, not null or blank
   * @param english the English name, not null or blank
   * @return the term, not null
   * @throws NullPointerException if the id or a name is null
   * @throws IllegalArgumentException if the id is not kebab-case or a name is blank; the message
   *     names {@code what}
   */
  public static Term of(String what, String id, String example, String chinese, String english) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(chinese, "chinese");
    Objects.requireNonNull(english, "english");
    Ids.checkKebabCase(what, id, example);
    checkNames(what, id, chinese, english);
    return new Term(id, chinese, english);
  }

  /**
   * Checks a term's names.
   *
   * @param what what the term is, for the message
   * @param id the term's id, for the message, not null
   * @param chinese the Chinese name, not null or blank
   * @param english the English name, not null or blank
   * @throws NullPointerException if a name is null
   * @throws IllegalArgumentException if a name is blank
   */
  static void checkNames(String what, String id, String chinese, String english) {
    Objects.requireNonNull(chinese, "chinese");
    Objects.requireNonNull(english, "english");
    if (chinese.isBlank() || english.isBlank()) {
      throw new IllegalArgumentException(what + " " + id + " needs a Chinese and an English name, got \""
          + chinese + "\" and \"" + english + "\"");
    }
  }

  /** Returns the stable id. */
  public String id() {
    return id;
  }

  /** Returns the Chinese name. */
  public String chinese() {
    return chinese;
  }

  /** Returns the English name. */
  public String english() {
    return english;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Term other && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** Returns the id and the Chinese name, such as {@code legal 法律服务}. */
  @Override
  public String toString() {
    return id + " " + chinese;
  }
}
