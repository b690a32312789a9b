package org.civic.activity.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.civic.internal.FirstSeenCodes;
import org.civic.site.SiteId;
import org.civic.volunteer.VolunteerId;

/**
 * The distinct sites and volunteers of built columns, numbered in the order first seen
 * ({@link FirstSeenCodes}), and each row's (or participation's) number: what a roll-up looks up
 * once per distinct id instead of once per row. Immutable once made.
 */
final class Numbering {

  final int[] site;
  final List<SiteId> sites;
  /** The distinct sites' ids as text, without making a {@link SiteId} of each. */
  final FirstSeenCodes siteText;
  final int[] volunteer;
  final List<VolunteerId> volunteers;

  /** The numbering of the rows' sites and of their volunteers, each by the codes of its column. */
  Numbering(FirstSeenCodes s, FirstSeenCodes v) {
    site = s.codes();
    sites = new Distinct<>(s.size(), s::get, SiteId::of);
    siteText = s;
    volunteer = v.codes();
    volunteers = new Distinct<>(v.size(), v::get, VolunteerId::of);
  }

  /** Distinct strings by code as values, made when read. */
  static final class Distinct<T> extends AbstractList<T> implements RandomAccess {
    private final int size;
    private final IntFunction<String> strings;
    private final Function<String, T> factory;

    Distinct(int size, IntFunction<String> strings, Function<String, T> factory) {
      this.size = size;
      this.strings = strings;
      this.factory = factory;
    }

    @Override
    public T get(int index) {
      Objects.checkIndex(index, size);
      return factory.apply(strings.apply(index));
    }

    @Override
    public int size() {
      return size;
    }
  }
}
