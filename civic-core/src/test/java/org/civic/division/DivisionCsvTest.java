package org.civic.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;
import org.junit.jupiter.api.Test;

class DivisionCsvTest {

  static InputStream resource(String name) {
    return DivisionCsvTest.class.getResourceAsStream("/org/civic/data/" + name);
  }

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The reader's fast path decides alone for good lines, so it must accept exactly what the exact
   * path accepts; a wrong fast path would only fall back to the exact one and hide (PIT's survivors
   * in fastCode and parentMatches).
   */
  @Test
  void theFastPathAcceptsExactlyTheCodesAndParentsTheExactPathAccepts() {
    for (String text : List.of("411081103201", "411081103000", "411081000000", "410000000000", "411000000000",
        "000000000000", "41108110320", "4110811032010", "41108110320a", "411081103201".replace('2', '/'),
        "411081103201".replace('0', ':'), "999999999999", "990000000000")) {
      DivisionCode exact;
      try {
        exact = DivisionCode.parse(text);
      } catch (InvalidDivisionCodeException e) {
        exact = null;
      }
      assertThat(DivisionCsv.fastCode(text)).as(text).isEqualTo(exact);
    }
    long village = DivisionCode.parse("411081103201").value();
    assertThat(DivisionCsv.parentMatches("411081103000", village)).isTrue();
    assertThat(DivisionCsv.parentMatches("411081000000", village)).as("the grandparent").isFalse();
    assertThat(DivisionCsv.parentMatches("411081103001", village)).isFalse();
    assertThat(DivisionCsv.parentMatches("41108110300", village)).isFalse();
    assertThat(DivisionCsv.parentMatches("41108110300a", village)).isFalse();
    assertThat(DivisionCsv.parentMatches("4110811030/0", village)).isFalse();
    assertThat(DivisionCsv.parentMatches("", village)).isFalse();
    long province = DivisionCode.parse("410000000000").value();
    assertThat(DivisionCsv.parentMatches("", province)).as("a province has no parent").isTrue();
    assertThat(DivisionCsv.parentMatches("000000000000", province)).isFalse();
    long county = DivisionCode.parse("411081000000").value();
    assertThat(DivisionCsv.parentMatches("411000000000", county)).isTrue();
  }

  @Test
  void readsYuzhou() throws IOException {
    List<Division> divisions;
    try (InputStream in = resource("yuzhou-411081.csv")) {
      divisions = DivisionCsv.readAll(in, "yuzhou-411081.csv");
    }
    assertThat(divisions).hasSize(1 + 26 + 679);
    assertThat(divisions.get(0)).isEqualTo(new Division(DivisionCode.parse("411081000000"), "禹州市"));
    assertThat(divisions).filteredOn(d -> d.level() == DivisionLevel.TOWNSHIP).hasSize(26);
  }

  @Test
  void readsGzipTransparently() throws IOException {
    byte[] plain;
    try (InputStream in = resource("taihe-360826.csv")) {
      plain = in.readAllBytes();
    }
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(plain);
    }
    List<Division> fromGzip = DivisionCsv.readAll(new ByteArrayInputStream(gz.toByteArray()), "taihe.csv.gz");
    List<Division> fromPlain = DivisionCsv.readAll(new ByteArrayInputStream(plain), "taihe.csv");
    assertThat(fromGzip).isEqualTo(fromPlain).hasSize(1 + 26 + 322);
  }

  @Test
  void everyBadLineIsReportedAndEveryGoodOneKept() {
    String csv = "\uFEFFcode,name,level,parent_code\n"
        + "411081000000,禹州市,county,411000000000\n"
        + "41108100100,颍川街道,township,411081000000\n"          // line 3: 11 digits
        + "411081002000,,township,411081000000\n"                // line 4: blank name
        + "411081003000,韩城街道,village,411081000000\n"          // line 5: level mismatch
        + "411081004000,钧台街道,township,411082000000\n"         // line 6: parent mismatch
        + "411081005000,褚河街道,township\n"                      // line 7: 3 fields
        + "411081100000,\"火龙镇\",township,411081000000\r\n"     // line 8: fine, quoted, CRLF
        + "411081101000,\"顺店\"镇,township,411081000000\n"        // line 9: stray quote
        + "411081102000,方山镇,town,411081000000\n";              // line 10: unknown level
    List<Division> good = new ArrayList<>();
    DivisionCsv.Result result = DivisionCsv.read(text(csv), "test.csv", good::add);
    assertThat(good).extracting(Division::name).containsExactly("禹州市", "火龙镇");
    assertThat(result.records()).isEqualTo(2);
    assertThat(result.problems()).extracting(p -> p.where().line().getAsLong())
        .containsExactly(3L, 4L, 5L, 6L, 7L, 9L, 10L);
    assertThat(result.problems()).extracting(Problem::id).containsExactly(
        "division.invalid-code", "division-csv.blank-name", "division-csv.level-mismatch",
        "division-csv.parent-mismatch", "division-csv.field-count", "division-csv.syntax",
        "division-csv.level");
    assertThat(result.problems()).allSatisfy(p -> {
      assertThat(p.where().source()).contains("test.csv");
      assertThat(p.expected()).isPresent();
    });
    Problem mismatch = result.problems().get(3);
    assertThat(mismatch.where().subject()).contains("411081004000");
    assertThat(mismatch.expected()).contains("411081000000");
  }

  @Test
  void aWrongHeaderStopsWithOneProblem() {
    DivisionCsv.Result result = DivisionCsv.read(text("id,name\n1,2\n"), "x.csv", d -> { });
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo("division-csv.header");
      assertThat(p.expected()).contains("the header code,name,level,parent_code");
    });
  }

  @Test
  void emptyInputIsAProblem() {
    assertThat(DivisionCsv.read(text(""), "empty.csv", d -> { }).problems())
        .extracting(Problem::message).containsExactly("the input is empty");
  }

  @Test
  void invalidUtf8IsAProblemNotAnException() {
    byte[] head = "code,name,level,parent_code\n411081000000,".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(head, head.length + 3);
    bytes[head.length] = (byte) 0xC3;
    bytes[head.length + 1] = (byte) 0x28;
    bytes[head.length + 2] = '\n';
    DivisionCsv.Result result = DivisionCsv.read(new ByteArrayInputStream(bytes), "bad.csv", d -> { });
    assertThat(result.problems()).extracting(Problem::id).containsExactly("division-csv.encoding");
  }

  /** The bundled Yuzhou list as Excel or WPS on Chinese Windows saves it: GB18030 (GBK), CRLF. */
  private static byte[] yuzhouInGb18030() throws IOException {
    String utf8;
    try (InputStream in = resource("yuzhou-411081.csv")) {
      utf8 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    byte[] gb = utf8.replace("\n", "\r\n").getBytes(DivisionCsv.GB18030);
    assertThat(new String(gb, StandardCharsets.ISO_8859_1)).as("not ASCII: the names are in GB18030's two-byte form")
        .isNotEqualTo(utf8.replace("\n", "\r\n"));
    return gb;
  }

  @Test
  void aGb18030CopyOfYuzhouReadsToTheSameDivisionsWhenTheCharsetIsNamed() throws IOException {
    List<Division> utf8;
    try (InputStream in = resource("yuzhou-411081.csv")) {
      utf8 = DivisionCsv.readAll(in, "yuzhou-411081.csv");
    }
    byte[] gb = yuzhouInGb18030();
    List<Division> fromGb = new ArrayList<>();
    DivisionCsv.Result result = DivisionCsv.read(new ByteArrayInputStream(gb), "yuzhou-gbk.csv", DivisionCsv.GB18030,
        fromGb::add);
    assertThat(result.problems()).isEmpty();
    assertThat(fromGb).isEqualTo(utf8).hasSize(1 + 26 + 679);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(gb);
    }
    List<Division> fromGzip = new ArrayList<>();
    assertThat(DivisionCsv.read(new ByteArrayInputStream(gz.toByteArray()), "yuzhou-gbk.csv.gz",
        Charset.forName("GBK"), fromGzip::add).problems()).as("GBK, a subset of GB18030, names it too").isEmpty();
    assertThat(fromGzip).isEqualTo(utf8);
  }

  @Test
  void gb18030ReadAsUtf8SaysItLooksLikeGb18030AndHowToNameTheCharset() throws IOException {
    byte[] gb = yuzhouInGb18030();
    List<Division> read = new ArrayList<>();
    DivisionCsv.Result result = DivisionCsv.read(new ByteArrayInputStream(gb), "yuzhou-gbk.csv", read::add);
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo("division-csv.encoding");
      assertThat(p.where().source()).hasValue("yuzhou-gbk.csv");
      assertThat(p.message()).contains("not valid UTF-8").contains("GB18030 (GBK)")
          .contains("DivisionCsv.GB18030").contains("--charset GB18030");
    });
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(gb);
    }
    assertThat(DivisionCsv.read(new ByteArrayInputStream(gz.toByteArray()), "yuzhou-gbk.csv.gz", d -> { }).problems())
        .singleElement().satisfies(p -> assertThat(p.message()).contains("GB18030 (GBK)"));
  }

  @Test
  void bytesThatAreNeitherUtf8NorGb18030GetNoHint() {
    byte[] bytes = "code,name,level,parent_code\n411081000000,\u00ff\u00ff\u00ff,county,411000000000\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    DivisionCsv.Result result = DivisionCsv.read(new ByteArrayInputStream(bytes), "latin.csv", d -> { });
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo("division-csv.encoding");
      assertThat(p.message()).isEqualTo("the bytes are not valid UTF-8");
    });
    assertThatThrownBy(() -> DivisionCsv.read(new ByteArrayInputStream(bytes), "x.csv", null, d -> { }))
        .isInstanceOf(NullPointerException.class).hasMessage("charset");
  }

  @Test
  void truncatedGzipIsAProblemNotAnException() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz); InputStream in = resource("taihe-360826.csv")) {
      in.transferTo(out);
    }
    byte[] cut = Arrays.copyOf(gz.toByteArray(), gz.size() / 2);
    List<Division> good = new ArrayList<>();
    DivisionCsv.Result result = DivisionCsv.read(new ByteArrayInputStream(cut), "cut.csv.gz", good::add);
    assertThat(result.problems()).extracting(Problem::id).containsExactly("division-csv.gzip");
  }

  @Test
  void strictReadThrowsWithEveryProblem() {
    String csv = "code,name,level,parent_code\nx,a,county,\ny,b,county,\n";
    assertThatThrownBy(() -> DivisionCsv.readAll(text(csv), "bad.csv"))
        .isInstanceOfSatisfying(ProblemException.class,
            e -> assertThat(e.problems()).hasSize(2))
        .hasMessageContaining("bad.csv:2:1")
        .hasMessageContaining("bad.csv:3:1");
  }

  @Test
  void levelWords() {
    assertThat(DivisionLevel.parse("village")).isEqualTo(DivisionLevel.VILLAGE);
    assertThatThrownBy(() -> DivisionLevel.parse("Village"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"Village\"");
  }

  @Test
  void divisionNeedsAName() {
    assertThatThrownBy(() -> new Division(DivisionCode.parse("411081"), " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("411081000000");
    assertThatThrownBy(() -> new Division(null, "x")).isInstanceOf(NullPointerException.class);
  }
}
