package org.civic.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civic.site.SiteFacts;
import org.civic.site.SiteId;
import org.civic.site.Venue;
import org.junit.jupiter.api.Test;

/**
 * English counts agree with their nouns — "1 function room", "2 function rooms", "no function
 * rooms" — through {@code MessageFormat}'s choice format, in every English message civic-core ships
 * (the six haves, functioning, teams, staffing, assessments). Chinese has no plural and is left as
 * it is. The Bean Validation bundle has no choice format to use (Hibernate Validator's
 * interpolation has none, and EL is off for civic's violations), so its English says "function
 * rooms: 1" instead.
 */
class PluralsTest {

  /** The bundles with English text and the file of each. */
  static final Map<String, String> BUNDLES = Map.of(
      Message.CIVIC_BUNDLE, "org/civic/standard/Messages_en.properties",
      "org.civic.standard.Staffing", "org/civic/standard/Staffing_en.properties",
      "org.civic.assessment.Messages", "org/civic/assessment/Messages_en.properties");

  /** The counted nouns of civic's English messages, singular. */
  static final List<String> NOUNS = List.of("function room", "room", "member", "service project", "rule document",
      "display board", "activity", "brigade", "branch", "approved staff post", "director post",
      "deputy-director post", "star");

  private static final Pattern ONE_PLURAL = Pattern.compile("(?<![\\d.,])1 (" + String.join("|",
      NOUNS.stream().map(PluralsTest::plural).toList()) + ")\\b");

  static String plural(String noun) {
    return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies"
        : noun.endsWith("ch") ? noun + "es" : noun + "s";
  }

  /** "N room" for N other than 1: a singular noun after another count. */
  private static Pattern manySingular(long n) {
    return Pattern.compile("(?<![\\d.,])" + String.format(Locale.ENGLISH, "%,d", n).replace(",", "\\,")
        + " (" + String.join("|", NOUNS) + ")\\b(?!s|es|-)");
  }

  private static List<String> keys(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = PluralsTest.class.getResourceAsStream("/" + file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    List<String> keys = new ArrayList<>(p.stringPropertyNames());
    Collections.sort(keys);
    return keys;
  }

  /** Every English message, with every argument the same count. */
  private static List<String> everyMessage(long n) throws IOException {
    List<String> texts = new ArrayList<>();
    for (Map.Entry<String, String> b : BUNDLES.entrySet()) {
      for (String key : keys(b.getValue())) {
        Object[] args = new Object[8];
        java.util.Arrays.fill(args, n);
        texts.add(Message.of(b.getKey(), key, args).text(Locale.ENGLISH));
      }
    }
    return texts;
  }

  @Test
  void oneIsSingularAndEveryOtherCountPlural() {
    qt().withExamples(40).forAll(integers().between(0, 100_000)).checkAssert(n -> {
      try {
        for (String text : everyMessage(n)) {
          if (n == 1) {
            Matcher m = ONE_PLURAL.matcher(text);
            assertThat(m.find()).as("\"%s\" says 1 with a plural", text).isFalse();
          } else {
            assertThat(manySingular(n).matcher(text).find()).as("\"%s\" says %d with a singular", text, n).isFalse();
          }
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    // the property's counts include 1 on every run
    assertThat(ONE_PLURAL.matcher("with 1 function rooms").find()).isTrue();
  }

  @Test
  void theVenueAsTheIssueQuotedIt() {
    Message one = Message.civic(SixHaves.VENUE + ".fail", new java.math.BigDecimal("12"), 1,
        new java.math.BigDecimal("15"), 1);
    assertThat(one.text(Locale.ENGLISH)).isEqualTo("The venue of 12 m² with 1 function room falls short of the "
        + "requirement (at least 15 m² and 1 room).");
    Message two = Message.civic(SixHaves.VENUE + ".pass", new java.math.BigDecimal("40"), 2,
        new java.math.BigDecimal("30"), 2);
    assertThat(two.text(Locale.ENGLISH)).isEqualTo("The venue of 40 m² with 2 function rooms meets the requirement "
        + "(at least 30 m² and 2 rooms).");
    Message none = Message.civic(SixHaves.VENUE + ".fail", new java.math.BigDecimal("20"), 0,
        new java.math.BigDecimal("15"), 1);
    assertThat(none.text(Locale.ENGLISH)).contains("with no function rooms");
    assertThat(one.text(Locale.CHINA)).doesNotContain("room").contains("1");
  }

  @Test
  void aCheckedSiteSaysItTooAndVerbsAgree() {
    var station = org.civic.site.Site.station(SiteId.of("s"), "某村新时代文明实践站",
        org.civic.division.DivisionCode.parse("411081103201"))
        .withFacts(SiteFacts.unknown().withVenue(Venue.of(12, 1)));
    String text = SixHaves.standard().check(station).violations().stream()
        .filter(r -> r.requirementId().equals(SixHaves.VENUE)).findFirst().orElseThrow().message(Locale.ENGLISH);
    assertThat(text).contains("with 1 function room ").doesNotContain("1 function rooms");
    assertThat(Message.civic(SixHaves.PROJECTS + ".fail", 1, 3).text(Locale.ENGLISH))
        .isEqualTo("1 service project is running, fewer than the 3 required.");
    assertThat(Message.civic(Functioning.ACTIVITIES + ".fail", 1, 12, "2024-01-01", "2024-12-31").text(Locale.ENGLISH))
        .isEqualTo("Only 1 activity was held from 2024-01-01 to 2024-12-31, fewer than the 12 required.");
    assertThat(Message.civic("team.brigade.fail", 2).text(Locale.ENGLISH))
        .isEqualTo("There are 2 brigades; exactly one is expected.");
  }
}
