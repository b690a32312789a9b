package org.civic.activity.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;
import org.civic.internal.AsciiStrings;
import org.civic.internal.CharDictionary;
import org.civic.site.SiteId;
import org.civic.volunteer.VolunteerId;

/**
 * The distinct sites and volunteers of built columns, numbered in the order first seen, and each
 * row's (or participation's) number: what a roll-up looks up once per distinct id instead of once
 * per row. Immutable once made.
 */
final class Numbering {

  final int[] site;
  final List<SiteId> sites;
  /** The distinct sites' ids as text, without making a {@link SiteId} of each. */
  final CharDictionary siteText;
  final int[] volunteer;
  final List<VolunteerId> volunteers;

  Numbering(AsciiStrings siteIds, AsciiStrings volunteerIds) {
    CharDictionary s = new CharDictionary();
    site = codes(siteIds, s);
    sites = new Distinct<>(s, SiteId::of);
    siteText = s;
    CharDictionary v = new CharDictionary();
    volunteer = codes(volunteerIds, v);
    volunteers = new Distinct<>(v, VolunteerId::of);
  }

  private static int[] codes(AsciiStrings strings, CharDictionary dictionary) {
    int[] codes = new int[strings.size()];
    byte[] b = strings.bytes();
    for (int i = 0; i < codes.length; i++) {
      int from = strings.start(i);
      codes[i] = dictionary.code(b, from, strings.end(i) - from);
    }
    return codes;
  }

  /** The strings of a dictionary as values, made when read. */
  static final class Distinct<T> extends AbstractList<T> implements RandomAccess {
    private final CharDictionary dictionary;
    private final Function<String, T> factory;
    private final int size;

    Distinct(CharDictionary dictionary, Function<String, T> factory) {
      this.dictionary = dictionary;
      this.factory = factory;
      this.size = dictionary.size();
    }

    @Override
    public T get(int index) {
      Objects.checkIndex(index, size);
      return factory.apply(dictionary.get(index));
    }

    @Override
    public int size() {
      return size;
    }
  }
}
