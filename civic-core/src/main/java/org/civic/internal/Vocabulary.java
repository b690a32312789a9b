package org.civic.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * An open vocabulary of {@link Term terms} — 词表: the built-in terms of one kind and the rules
 * for a host's own, written once for every kind ({@code TeamCategory}, {@code LeaderRole}).
 * {@link #of} returns the built-in term of an id whatever names it is given, so two values with
 * one id are the same value; a built-in id is valid by construction, so the id pattern is only
 * checked for a host's own id (a reader of many records is spared it). Not for hosts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the public type of the vocabulary's terms
 */
public final class Vocabulary<T> {

  private final String what;
  private final String example;
  private final Function<? super T, Term> term;
  private final Function<? super Term, ? extends T> make;
  private final List<T> builtIn;
  private final Map<String, T> byId;

  /**
   * Creates a vocabulary.
   *
   * @param what what its terms are, such as "team category", for the messages, not null
   * @param example a valid id of a host's own term, for the messages, not null
   * @param term reads a value's term, not null
   * @param make makes a value of a host's own term, not null
   * @param builtIn the built-in values, in their order, ids distinct, not null
   * @throws IllegalArgumentException if two built-in values have one id
   */
  public Vocabulary(String what, String example, Function<? super T, Term> term,
      Function<? super Term, ? extends T> make, List<T> builtIn) {
    this.what = Objects.requireNonNull(what, "what");
    this.example = Objects.requireNonNull(example, "example");
    this.term = Objects.requireNonNull(term, "term");
    this.make = Objects.requireNonNull(make, "make");
    this.builtIn = List.copyOf(builtIn);
    Map<String, T> ids = new HashMap<>();
    for (T t : this.builtIn) {
      if (ids.putIfAbsent(term.apply(t).id(), t) != null) {
        throw new IllegalArgumentException("two built-in " + what + " values have the id " + term.apply(t).id());
      }
    }
    this.byId = Map.copyOf(ids);
  }

  /**
   * Obtains the built-in value of an id, or a host's own.
   *
   * @param id a kebab-case id, not null
   * @param chinese the Chinese name, not null or blank
   * @param english the English name, not null or blank
   * @return the value, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is not kebab-case or a name is blank, with a
   *     message naming what the vocabulary holds ("team category id …")
   */
  public T of(String id, String chinese, String english) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(chinese, "chinese");
    Objects.requireNonNull(english, "english");
    T known = byId.get(id);
    if (known == null) {
      return make.apply(Term.of(what, id, example, chinese, english));
    }
    Term.checkNames(what, id, chinese, english);
    return known;
  }

  /** Returns the built-in values, in their order. */
  public List<T> builtIn() {
    return builtIn;
  }

  /**
   * Finds a built-in value by its Chinese name, surrounding white space ignored.
   *
   * @param chinese the name, not null
   * @return the value, or empty
   */
  public Optional<T> byChinese(String chinese) {
    String name = Objects.requireNonNull(chinese, "chinese").strip();
    return builtIn.stream().filter(t -> term.apply(t).chinese().equals(name)).findFirst();
  }
}
