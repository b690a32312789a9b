package org.civic.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every built-in message exists in Chinese and English, for civic and for Bean Validation. */
class MessagesTest {

  /** A host's own bundle, under src/test/resources. */
  private static final String HOST_BUNDLE = "org.civic.standard.HostMessages";

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/" + resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /** The keys the built-in requirements can produce. */
  private static List<String> builtInKeys() {
    List<String> keys = new ArrayList<>();
    for (String id : SixHaves.IDS) {
      for (Outcome o : Outcome.values()) {
        keys.add(id + "." + o.key());
      }
    }
    keys.addAll(List.of(SixHaves.SIGNAGE + ".fail-logo", SixHaves.TEAM + ".fail-leader",
        SixHaves.RULES + ".fail-missing", SixHaves.DISPLAY + ".fail-posting",
        Functioning.ACTIVITIES + ".pass", Functioning.ACTIVITIES + ".fail",
        Functioning.ACTIVITIES + ".incomplete"));
    return keys;
  }

  @Test
  void everyBuiltInKeyIsInBothLanguages() throws IOException {
    Properties en = load("org/civic/standard/Messages_en.properties");
    Properties zh = load("org/civic/standard/Messages_zh.properties");
    Properties base = load("org/civic/standard/Messages.properties");
    for (String key : builtInKeys()) {
      assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
      assertThat(zh.getProperty(key)).as("zh " + key).isNotBlank();
      assertThat(zh.getProperty(key)).as("zh " + key + " is Chinese").containsPattern("\\p{IsHan}");
    }
    assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames()).isEqualTo(base.stringPropertyNames());
  }

  @Test
  void theBeanValidationBundlesMatchInEveryLanguage() throws IOException {
    Properties en = load("org/civic/standard/Messages_en.properties");
    Properties zh = load("org/civic/standard/Messages_zh.properties");
    for (String suffix : List.of("", "_en", "_zh", "_zh_CN")) {
      Properties bv = load("ContributorValidationMessages" + suffix + ".properties");
      Properties source = suffix.startsWith("_zh") ? zh : en;
      for (String key : source.stringPropertyNames()) {
        String text = source.getProperty(key);
        String actual = bv.getProperty("org.civic." + key);
        if (text.contains(",choice,")) {
          // No choice format in Bean Validation: the same figures, in words that read for any count.
          assertThat(actual).as(suffix + " " + key).doesNotContain("choice")
              .doesNotContainPattern("\\{arg\\d\\} (" + String.join("|", PluralsTest.NOUNS) + ")");
          assertThat(arguments(actual)).as(suffix + " " + key).isEqualTo(arguments(text.replaceAll("\\{(\\d),[^}]*}",
              "{$1}").replaceAll("\\{(\\d)\\}", "{arg$1}")));
          continue;
        }
        String expected = text.replaceAll("\\{(\\d)\\}", "{arg$1}");
        assertThat(actual).as(suffix + " " + key).isEqualTo(expected);
      }
      assertThat(bv.getProperty("org.civic.constraints.MeetsStandard.message")).isNotBlank();
      assertThat(bv.getProperty("org.civic.constraints.requirement.fail")).isNotBlank();
    }
  }

  /** The {argN} a Bean Validation message names, sorted. */
  private static java.util.SortedSet<String> arguments(String text) {
    java.util.SortedSet<String> args = new java.util.TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{arg\\d\\}").matcher(text);
    while (m.find()) {
      args.add(m.group());
    }
    return args;
  }

  @Test
  void everyKeyFormatsInBothLanguages() {
    for (String key : builtInKeys()) {
      Message m = Message.civic(key, 1, 2, 3, 4);
      assertThat(m.text(Locale.CHINA)).doesNotContain("{");
      assertThat(m.text(Locale.ENGLISH)).doesNotContain("{");
      assertThat(m.text(Locale.SIMPLIFIED_CHINESE)).isEqualTo(m.text(Locale.CHINESE));
    }
  }

  /**
   * A language civic does not ship reads the base bundle (English), never the JVM's default
   * locale — on the class path (a Control) and in a named module (where getBundle refuses one).
   */
  @Test
  void anUnshippedLanguageReadsTheBaseBundleNotTheDefaultLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.CHINA);
    try {
      Message civic = Message.civic(SixHaves.VENUE + ".fail", 10, 1, 20, 2);
      assertThat(civic.text(Locale.FRENCH)).isEqualTo(civic.text(Locale.ENGLISH)).startsWith("The venue");
      assertThat(civic.text(Locale.CHINA)).startsWith("场所面积");
      Message host = Message.of("org.civic.standard.HostMessages", "host.motto", 3);
      assertThat(host.text(Locale.ENGLISH)).isEqualTo("The motto is missing on 3 boards.");
      assertThat(host.text(Locale.FRENCH)).isEqualTo("The motto is missing on 3 boards.");
      assertThat(host.text(Locale.SIMPLIFIED_CHINESE)).isEqualTo("3 块展板缺少标语。");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aLiteralReadsTheSameInEveryLanguage() {
    Message m = Message.literal("缺少省级统一标识 {0}");
    assertThat(m.text(Locale.ENGLISH)).isEqualTo("缺少省级统一标识 {0}");
    assertThat(m.text(Locale.CHINA)).isEqualTo("缺少省级统一标识 {0}");
    assertThat(m.bundle()).isEmpty();
  }

  @Test
  void aHostsBundleIsReadInTheLanguageAskedFor_elseFromItsBaseFile_neverInTheDefaultLocale() {
    Message m = Message.of(HOST_BUNDLE, "tea.missing", 3);
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.CHINA);
    try {
      assertThat(m.text(Locale.CHINA)).isEqualTo("缺少茶室（3 人次）。");
      assertThat(m.text(Locale.ENGLISH)).isEqualTo("The tea room is missing (3 visits).");
      assertThat(m.text(Locale.FRENCH)).as("no French file: the base file, not the JVM's Chinese default")
          .isEqualTo("The tea room is missing (3 visits).");
    } finally {
      Locale.setDefault(saved);
    }
    assertThatThrownBy(() -> Message.of(HOST_BUNDLE, "tea.nope").text(Locale.ENGLISH))
        .isInstanceOf(MissingResourceException.class);
  }
}
