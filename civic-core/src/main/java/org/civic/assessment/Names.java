package org.civic.assessment;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The naming rules tables share: a name as the province writes it, an optional English one. Not API. */
final class Names {

  private Names() {}

  /** Checks a name: not null, not blank. */
  static String check(String what, String name) {
    Objects.requireNonNull(name, what);
    if (name.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return name;
  }

  /** Checks an optional English name: null, or not blank. */
  static @Nullable String checkEnglish(String what, @Nullable String english) {
    if (english != null && english.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank when given");
    }
    return english;
  }

  /** Picks the name for a language: the table's own for Chinese, the English one (or the own) otherwise. */
  static String in(Locale locale, String name, @Nullable String english) {
    Objects.requireNonNull(locale, "locale");
    return english == null || locale.getLanguage().equals("zh") ? name : english;
  }
}
