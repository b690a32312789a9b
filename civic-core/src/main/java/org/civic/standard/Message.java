package org.civic.standard;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A message in the caller's language — 本地化消息: a resource bundle, a key and arguments,
 * formatted with {@link MessageFormat} when a locale is chosen. civic's own messages are in the
 * bundle {@value #CIVIC_BUNDLE} in Chinese ({@code zh_CN}) and English ({@code en}, also the
 * fallback); a host's requirement names its own bundle, or gives a {@link #literal literal}.
 * A host's bundle is found through the class loader: on the class path as it is, in a named
 * module when that module opens the bundle's package ({@code opens com.example;}).
 *
 * <p>Immutable and thread-safe if the arguments are (civic passes strings and numbers).
 */
public final class Message {

  /** The base name of civic's message bundle. */
  public static final String CIVIC_BUNDLE = "org.civic.standard.Messages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String bundle;
  private final String key;
  private final List<Object> arguments;

  private Message(String bundle, String key, List<Object> arguments) {
    this.bundle = bundle;
    this.key = key;
    this.arguments = arguments;
  }

  /**
   * Obtains a message from a bundle.
   *
   * @param bundle the bundle's base name, such as {@code com.example.Messages}, not null
   * @param key the key, not null
   * @param arguments the {@link MessageFormat} arguments, not null (elements not null)
   * @return the message, not null
   */
  public static Message of(String bundle, String key, Object... arguments) {
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(arguments, "arguments");
    List<Object> args = new ArrayList<>(arguments.length);
    for (Object a : arguments) {
      args.add(Objects.requireNonNull(a, "argument"));
    }
    return new Message(bundle, key, List.copyOf(args));
  }

  /**
   * Obtains a message from civic's own bundle; for civic's packages.
   *
   * @param key the key, not null
   * @param arguments the arguments, not null
   * @return the message, not null
   */
  public static Message civic(String key, Object... arguments) {
    return of(CIVIC_BUNDLE, key, arguments);
  }

  /**
   * Obtains a message that reads the same in every language.
   *
   * @param text the text, not null
   * @return the message, not null
   */
  public static Message literal(String text) {
    Objects.requireNonNull(text, "text");
    return new Message("", text, List.of());
  }

  /** Returns the bundle's base name, empty for a literal. */
  public String bundle() {
    return bundle;
  }

  /** Returns the key (the text itself for a literal). */
  public String key() {
    return key;
  }

  /** Returns the arguments. */
  public List<Object> arguments() {
    return arguments;
  }

  /**
   * Returns the text in a language: the bundle for that locale, or the bundle's base file (civic
   * ships English there) — never the JVM's default locale.
   *
   * @param locale the language, not null
   * @return the text, not null
   * @throws MissingResourceException if the bundle or the key does not exist
   */
  public String text(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (bundle.isEmpty()) {
      return key;
    }
    String pattern = resourceBundle(bundle, locale).getString(key);
    return arguments.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(arguments.toArray());
  }

  /** Finds a bundle on the class path or, when civic-core is a named module, on the module path. */
  private static ResourceBundle resourceBundle(String baseName, Locale locale) {
    Module core = Message.class.getModule();
    if (!core.isNamed()) {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      try {
        return ResourceBundle.getBundle(baseName, locale, loader != null ? loader : Message.class.getClassLoader(),
            NO_FALLBACK);
      } catch (MissingResourceException e) {
        return ResourceBundle.getBundle(baseName, locale, Message.class.getClassLoader(), NO_FALLBACK);
      }
    }
    // A named module may not pass a Control (UnsupportedOperationException), so the rule "never
    // the JVM's default locale" is applied here: a bundle found by falling back to the default
    // locale is replaced by the base bundle.
    ResourceBundle rb = namedModuleBundle(core, baseName, locale);
    if (!NO_FALLBACK.getCandidateLocales(baseName, locale).contains(rb.getLocale())) {
      rb = namedModuleBundle(core, baseName, Locale.ROOT);
    }
    return rb;
  }

  /**
   * Looks in civic-core itself, then on the class path of the thread's context class loader and of
   * civic-core's class loader. A host on the module path opens its bundle's package so that its
   * class loader finds it.
   */
  private static ResourceBundle namedModuleBundle(Module core, String baseName, Locale locale) {
    List<Module> places = new ArrayList<>(3);
    places.add(core);
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context != null) {
      places.add(context.getUnnamedModule());
    }
    ClassLoader own = Message.class.getClassLoader();
    if (own != null && own != context) {
      places.add(own.getUnnamedModule());
    }
    MissingResourceException missing = null;
    for (Module place : places) {
      try {
        return ResourceBundle.getBundle(baseName, locale, place);
      } catch (MissingResourceException e) {
        missing = e;
      }
    }
    throw Objects.requireNonNull(missing);
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof Message other && bundle.equals(other.bundle) && key.equals(other.key)
        && arguments.equals(other.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bundle, key, arguments);
  }

  @Override
  public String toString() {
    return bundle.isEmpty() ? key : key + arguments;
  }
}
