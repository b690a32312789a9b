package org.civic.report.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.civic.report.Text;

/** The report's labels in both languages, from {@code org/civic/report/Labels*.properties}. Not API. */
public final class Labels {

  // From civic-report's own module (or its class loader on the class path). No Control: a named
  // module may not pass one. None is needed for the JVM's default locale to stay out: Locale.ROOT
  // reads the base bundle (English) and Chinese finds Labels_zh, so neither falls back.
  private static final ResourceBundle ZH =
      ResourceBundle.getBundle("org.civic.report.Labels", Locale.CHINESE, Labels.class.getModule());
  private static final ResourceBundle EN =
      ResourceBundle.getBundle("org.civic.report.Labels", Locale.ROOT, Labels.class.getModule());

  private Labels() {}

  /** Returns a label in both languages. */
  public static Text text(String key, Object... args) {
    return Text.of(format(ZH, key, args, Locale.CHINESE), format(EN, key, args, Locale.ENGLISH));
  }

  /** Tells whether a label exists. */
  public static boolean has(String key) {
    return EN.containsKey(key) && ZH.containsKey(key);
  }

  private static String format(ResourceBundle b, String key, Object[] args, Locale locale) {
    String pattern = b.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
