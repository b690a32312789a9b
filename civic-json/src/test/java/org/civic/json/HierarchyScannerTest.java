package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.internal.HierarchyRows;
import org.civic.site.Display;
import org.civic.site.Projects;
import org.civic.site.RuleDocuments;
import org.civic.site.Signage;
import org.civic.site.Site;
import org.civic.site.SiteFacts;
import org.civic.site.SiteId;
import org.civic.site.Staffing;
import org.civic.site.TeamFacts;
import org.civic.site.Venue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.StreamReadConstraints;

/**
 * The hierarchy scanner on its own, a line at a time: each shape civic writes is read as the
 * record the writer wrote, and each line it must decline gives nothing, so that the parser reads
 * it. {@link FastPathTest} holds whole reads with and without the scanner to the same outcome;
 * that cannot see a line the scanner declines that it could have read. Here each outcome is pinned.
 */
class HierarchyScannerTest {

  private static final SiteFacts ALL_FACTS = SiteFacts.unknown()
      .withVenue(new Venue(new BigDecimal("197.20"), 4))
      .withSignage(new Signage(true, false))
      .withTeam(new TeamFacts(Optional.of("县委书记"), 8))
      .withProjects(new Projects(3, 10))
      .withRules(new RuleDocuments(new LinkedHashSet<>(List.of("安全管理制度", "活动登记制度"))))
      .withDisplay(new Display(0, true))
      .withStaffing(new Staffing(8, 1, 2));

  private static final Site CENTER = Site.center(SiteId.of("s411081000000"), "禹州市新时代文明实践中心",
      DivisionCode.parse("411081000000")).withFacts(ALL_FACTS);

  /** The line civic's writer writes for a record, without its newline. */
  private static String line(Object record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (LinesWriter w = CivicJson.strict().linesWriter(out)) {
      if (record instanceof Site s) {
        w.write(s);
      } else {
        w.write((Division) record);
      }
    }
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    return lines[lines.length - 1];
  }

  private static Object scan(String line) {
    byte[] b = (line + "\n").getBytes(StandardCharsets.UTF_8);
    HierarchyScanner scanner = new HierarchyScanner(1 << 20, StreamReadConstraints.defaults());
    Object record = HierarchyScanner.siteLine(b, 0, b.length) ? scanner.site(b, 0, b.length)
        : scanner.division(b, 0, b.length);
    if (record != null) {
      assertThat(scanner.next()).as("the newline after the line").isEqualTo(b.length - 1);
    }
    return record;
  }

  static Stream<Object> written() {
    DivisionCode village = DivisionCode.parse("411081103201");
    return Stream.of(
        new Division(DivisionCode.parse("411081000000"), "禹州市"),
        new Division(village, "多福巷社区居委会"),
        CENTER,
        CENTER.withFacts(SiteFacts.unknown()),
        CENTER.withFacts(SiteFacts.unknown().withTeam(new TeamFacts(Optional.empty(), 0))),
        CENTER.withFacts(SiteFacts.unknown().withRules(new RuleDocuments(new LinkedHashSet<>()))),
        CENTER.withFacts(SiteFacts.unknown().withStaffing(new Staffing(3, 0, 0))),
        CENTER.withFacts(SiteFacts.unknown().withVenue(new Venue(new BigDecimal("0"), 0))),
        Site.station(SiteId.of("s411081103201"), "多福巷社区新时代文明实践站", village),
        Site.point(SiteId.of("p1"), "“雷锋”服务点 ☕ 𠮷", village, SiteId.of("s411081103201")));
  }

  @ParameterizedTest
  @MethodSource("written")
  void everyShapeCivicWritesIsReadAsWritten(Object record) {
    assertThat(scan(line(record))).isEqualTo(record);
  }

  static Stream<String> declined() {
    String center = line(CENTER);
    String division = line(new Division(DivisionCode.parse("411081000000"), "禹州市"));
    return Stream.of(
        center.replace("\"id\":", "\"id\": "),
        center.replace("{\"venue\"", "{ \"venue\""),
        center.replace("\"name\":\"禹州市", "\"name\":\"\\u79b9州市"),
        center.replace("\"name\":\"禹州市新时代文明实践中心\"", "\"name\":\"\u3000 \""), // a blank name
        center.replace("\"name\":\"禹州市新时代文明实践中心\"", "\"name\":\"\""),
        center.replace("\"functionRooms\":4", "\"functionRooms\":04"),
        center.replace("\"functionRooms\":4", "\"functionRooms\":4.0"),
        center.replace("\"functionRooms\":4", "\"functionRooms\":4294967297"),
        center.replace("\"functionRooms\":4", "\"functionRooms\":-4"),
        center.replace("\"area\":197.2", "\"area\":1.972E2"),
        center.replace("\"area\":197.2", "\"area\":0197.2"),
        center.replace("\"area\":197.2", "\"area\":197."),
        center.replace("\"area\":197.2", "\"area\":197.125"), // finer than the columns' hundredths
        center.replace("\"area\":197.2", "\"area\":92233720368547758.08"), // past a long of hundredths
        center.replace("\"signboard\":true", "\"signboard\":1"),
        center.replace("\"level\":\"CENTER\"", "\"level\":\"center\""),
        center.replace("\"level\":\"CENTER\"", "\"level\":\"CENTRE\""),
        center.replace("\"division\":\"411081000000\"", "\"division\":\"41108100000x\""),
        center.replace("\"id\":\"s411081000000\"", "\"id\":\"s 1\""),
        center.replace("\"leaderRole\":\"县委书记\"", "\"leaderRole\":\" \""),
        center.replace("\"rules\":[", "\"rules\":[\"\","),
        center.replace("\"approved\":8,\"directors\":1", "\"approved\":1,\"directors\":3"),
        center.replace(",\"facts\":", ",\"zzz\":1,\"facts\":"),
        center.replace("{\"venue\"", "{\"zzz\":1,\"venue\""),
        center.replace("}}", "},\"zzz\":1}"),
        center.substring(0, center.length() - 1),
        center + " ",
        center + "}",
        division.replace("\"name\":\"禹州市\"", "\"name\":\"\""),
        division.replace("\"name\":\"禹州市\"", "\"name\":\" \u3000\""), // a blank name
        division.replace("\"name\":\"禹州市\"", "\"name\":\"\\t禹州市\""),
        division.replace("\"code\":\"411081000000\"", "\"code\":\"41108100000\""),
        division.replace("}", ",\"zzz\":1}"),
        "{\"type\":\"division\",\"name\":\"禹州市\",\"code\":\"411081000000\"}");
  }

  @ParameterizedTest
  @MethodSource("declined")
  void whatItCannotReadExactlyAsTheParserWouldIsDeclined(String line) {
    assertThat(scan(line)).isNull();
  }

  @Test
  void badUtf8InANameIsDeclined_andARealReplacementCharacterToo() {
    byte[] good = (line(CENTER) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = good.clone();
    int name = new String(good, StandardCharsets.UTF_8).indexOf("禹");
    bad[name + 1] = (byte) 0x41; // the second byte of a three-byte character
    HierarchyScanner scanner = new HierarchyScanner(1 << 20, StreamReadConstraints.defaults());
    assertThat(scanner.site(bad, 0, bad.length)).isNull();
    assertThat(scan(line(CENTER).replace("禹州市", "禹\uFFFD市"))).isNull();
  }

  /**
   * A line declined for its name is declined before its facts are taken in: the rules past the 64
   * the columns give a bit (and the leader roles) are not used up by lines the parser reads anyway.
   */
  @Test
  void aLineDeclinedForItsNameTakesNothingInFromItsFacts() {
    HierarchyRows rows = new HierarchyRows(1);
    HierarchyScanner scanner = new HierarchyScanner(1 << 20, StreamReadConstraints.defaults());
    String line = "{\"type\":\"site\",\"id\":\"s%d\",\"name\":\"%s\",\"level\":\"CENTER\","
        + "\"division\":\"411081000000\",\"facts\":{\"rules\":[\"r%d\"]}}\n";
    for (int i = 0; i < 64; i++) {
      byte[] blank = String.format(line, i, "\u3000", i).getBytes(StandardCharsets.UTF_8);
      assertThat(scanner.site(blank, 0, blank.length, rows)).as("a blank name").isFalse();
    }
    byte[] good = String.format(line, 64, "禹州市新时代文明实践中心", 64).getBytes(StandardCharsets.UTF_8);
    assertThat(scanner.site(good, 0, good.length, rows)).as("the 65th rule, the first a row keeps").isTrue();
    assertThat(rows.size()).isEqualTo(1);
  }

  @Test
  void aNameLongerThanTheStringLimitIsDeclined() {
    Site named = Site.center(SiteId.of("s411081000000"), "禹州市新时代文明实践中心".repeat(2), DivisionCode.parse("411081000000"));
    byte[] b = (line(named) + "\n").getBytes(StandardCharsets.UTF_8);
    StreamReadConstraints fits = StreamReadConstraints.builder().maxStringLength(24).build();
    StreamReadConstraints tooShort = StreamReadConstraints.builder().maxStringLength(23).build();
    assertThat(new HierarchyScanner(1 << 20, fits).site(b, 0, b.length)).isEqualTo(named);
    assertThat(new HierarchyScanner(1 << 20, tooShort).site(b, 0, b.length)).as("24 characters, 23 allowed").isNull();
  }

  @Test
  void aLineLongerThanTheLimitOrAStringLongerThanTheLimitIsDeclined() {
    byte[] b = (line(CENTER) + "\n").getBytes(StandardCharsets.UTF_8);
    assertThat(new HierarchyScanner(b.length - 2, StreamReadConstraints.defaults()).site(b, 0, b.length)).isNull();
    assertThat(new HierarchyScanner(b.length - 1, StreamReadConstraints.defaults()).site(b, 0, b.length)).isEqualTo(CENTER);
    StreamReadConstraints shortStrings = StreamReadConstraints.builder().maxStringLength(8).build();
    assertThat(new HierarchyScanner(1 << 20, shortStrings).site(b, 0, b.length)).isNull();
  }

  @Test
  void numbersAndStringsAreReadUpToTheirLimitsAndDeclinedPastThem() {
    String center = line(CENTER);
    // the largest int, and one past it
    Site most = CENTER.withFacts(SiteFacts.unknown().withProjects(new Projects(Integer.MAX_VALUE, Integer.MAX_VALUE)));
    assertThat(scan(line(most))).isEqualTo(most);
    assertThat(scan(line(most).replace("\"running\":2147483647", "\"running\":2147483648"))).isNull();
    // numbers of exactly the most digits the limits allow are read; one digit more is declined
    byte[] b = (center + "\n").getBytes(StandardCharsets.UTF_8);
    StreamReadConstraints five = StreamReadConstraints.builder().maxNumberLength(5).build();
    assertThat(new HierarchyScanner(1 << 20, five).site(b, 0, b.length)).isEqualTo(CENTER); // 197.2: five characters
    StreamReadConstraints four = StreamReadConstraints.builder().maxNumberLength(4).build();
    assertThat(new HierarchyScanner(1 << 20, four).site(b, 0, b.length)).isNull();
    StreamReadConstraints two = StreamReadConstraints.builder().maxNumberLength(2).build();
    byte[] small = (line(CENTER.withFacts(SiteFacts.unknown().withProjects(new Projects(12, 10)))) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(new HierarchyScanner(1 << 20, two).site(small, 0, small.length)).isNotNull();
    StreamReadConstraints one = StreamReadConstraints.builder().maxNumberLength(1).build();
    assertThat(new HierarchyScanner(1 << 20, one).site(small, 0, small.length)).isNull();
    // the longest string here is the id, 13 characters
    StreamReadConstraints thirteen = StreamReadConstraints.builder().maxStringLength(13).build();
    assertThat(new HierarchyScanner(1 << 20, thirteen).site(b, 0, b.length)).isEqualTo(CENTER);
    StreamReadConstraints twelve = StreamReadConstraints.builder().maxStringLength(12).build();
    assertThat(new HierarchyScanner(1 << 20, twelve).site(b, 0, b.length)).isNull();
  }

  @Test
  void linesOfOtherRecordsAreNeitherDivisionsNorSites() {
    HierarchyScanner scanner = new HierarchyScanner(1 << 20, StreamReadConstraints.defaults());
    for (String other : List.of("{\"type\":\"header\",\"format\":\"civic/1\"}",
        "{\"type\":\"activity\",\"id\":\"a1\",\"date\":\"2024-01-02\",\"site\":\"s2\"}",
        "{\"type\":\"divisions\",\"code\":\"411081000000\",\"name\":\"禹州市\"}")) {
      byte[] b = (other + "\n").getBytes(StandardCharsets.UTF_8);
      assertThat(HierarchyScanner.divisionLine(b, 0, b.length)).as(other).isFalse();
      assertThat(HierarchyScanner.siteLine(b, 0, b.length)).as(other).isFalse();
      assertThat(scanner.division(b, 0, b.length)).isNull();
      assertThat(scanner.site(b, 0, b.length)).isNull();
    }
  }

  @Test
  void aLineEndsAtANewlineACarriageReturnAndNewlineOrTheBlocksEnd() {
    String text = line(CENTER);
    byte[] crlf = (text + "\r\n").getBytes(StandardCharsets.UTF_8);
    HierarchyScanner scanner = new HierarchyScanner(1 << 20, StreamReadConstraints.defaults());
    assertThat(scanner.site(crlf, 0, crlf.length)).isEqualTo(CENTER);
    assertThat(scanner.next()).isEqualTo(crlf.length - 1);
    byte[] cut = text.getBytes(StandardCharsets.UTF_8);
    assertThat(scanner.site(cut, 0, cut.length)).isEqualTo(CENTER);
    assertThat(scanner.next()).isEqualTo(cut.length);
    byte[] lone = (text + "\r").getBytes(StandardCharsets.UTF_8);
    assertThat(scanner.site(lone, 0, lone.length)).isNull();
  }

  @Test
  void tightNestingOrNameLimitsTurnTheScannerOff() {
    assertThat(HierarchyScanner.fits(StreamReadConstraints.defaults())).isTrue();
    assertThat(HierarchyScanner.fits(StreamReadConstraints.builder().maxNestingDepth(2).build())).isFalse();
    assertThat(HierarchyScanner.fits(StreamReadConstraints.builder().maxNameLength(14).build())).isFalse();
    assertThat(HierarchyScanner.fits(StreamReadConstraints.builder().maxNameLength(15).build())).isTrue();
    assertThat(HierarchyScanner.fits(StreamReadConstraints.builder().maxDocumentLength(1 << 20).build())).isFalse();
  }
}
