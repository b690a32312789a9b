package org.civic.report;

import java.util.Locale;
import java.util.Objects;

/**
 * A label in both of the report's languages — 双语文本: Chinese and English. Renderers pick one
 * by locale (Chinese for {@code zh}, English otherwise).
 *
 * <p>Immutable and thread-safe.
 *
 * @param zh the Chinese text, not null
 * @param en the English text, not null
 */
public record Text(String zh, String en) {

  /** Creates a text. */
  public Text {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  /** Obtains a text. */
  public static Text of(String zh, String en) {
    return new Text(zh, en);
  }

  /** Obtains a text that reads the same in both languages, such as a place name. */
  public static Text same(String text) {
    return new Text(text, text);
  }

  /** Returns the text in a language: Chinese for {@code zh}, English otherwise. */
  public String in(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? zh : en;
  }
}
