package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.civic.activity.Activity;
import org.civic.activity.ActivityLog;
import org.civic.activity.internal.ActivityLogAccess;
import org.civic.internal.Ids;
import org.civic.json.FastPathTest.Mode;
import org.civic.team.TeamCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.StreamReadConstraints;

/**
 * The activity scanner on its own, a line at a time: what it must read (every shape civic writes,
 * and the variants it promises to take — any field order, a category as an id, numbers of up to
 * 18 digits, a line at the block's or the array's end), read into the log exactly as the exact
 * path reads the same line; and what it must decline, committing nothing, so that the row after
 * it is read as if the declined line had never been tried.
 *
 * <p>{@link FastPathTest} holds whole reads with and without the scanner to the same outcome; that
 * cannot see a line the scanner declines that it could have read (the exact path then reads it, a
 * little slower). Here each line's outcome is pinned.
 */
class ActivityScannerTest {

  private static final String HEADER = "{\"type\":\"header\",\"format\":\"civic/1\"}\n";
  private static final String CULTURE = "{\"id\":\"culture\",\"zh\":\"文化艺术\",\"en\":\"Culture and arts\"}";
  /** Every field, in the order civic writes them. */
  private static final String FULL = "{\"type\":\"activity\",\"id\":\"a1\",\"date\":\"2024-07-13\",\"site\":\"s1\","
      + "\"teams\":[\"t1\",\"t2\"],\"category\":" + CULTURE + ",\"theme\":\"学雷锋\",\"monthTheme\":\"三月\","
      + "\"volunteers\":[\"v1\",\"v2\"],\"organisations\":[\"o1\"],\"beneficiaries\":100,\"serviceMinutes\":30,"
      + "\"materials\":7,\"consultations\":12,\"sessions\":2}";
  private static final String MINIMAL = "{\"type\":\"activity\",\"id\":\"a9\",\"date\":\"2024-01-02\",\"site\":\"s2\"}";
  private static final int MAX_LINE = 1 << 20;

  /** {@link #MINIMAL} with more after its site: {@code after("\"sessions\":1}")}; without the brace, cut there. */
  private static String after(String rest) {
    return MINIMAL.substring(0, MINIMAL.length() - 1) + "," + rest;
  }

  /** What one scan did: the value {@link ActivityScanner#row} returned and the rows the log kept. */
  private record Scan(int result, List<Activity> logged) {}

  /** Scans the line at offset `from` of `bytes` (the block ends at `end`), then a line known to be good. */
  private static Scan scan(byte[] bytes, int from, int end, int maxLine, StreamReadConstraints limits) {
    ActivityLog.Builder log = ActivityLog.builder();
    ActivityScanner scanner = new ActivityScanner(ActivityLogAccess.columns(log), maxLine, limits);
    int result = scanner.row(bytes, from, end);
    return new Scan(result, log.build().asList());
  }

  private static Scan scan(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return scan(bytes, 0, bytes.length, MAX_LINE, CivicJson.defaultConstraints());
  }

  /** The activity the exact path reads from a line (and its log keeps). */
  private static List<Activity> exact(String line) {
    byte[] bytes = (HEADER + line + "\n").getBytes(StandardCharsets.UTF_8);
    return FastPathTest.read(CivicJson.strict(), bytes, Mode.EXACT, FastPathTest.Into.LOG).logged();
  }

  /** The line is read, up to its newline (or the block's end), into what the exact path reads. */
  private static void assertRead(String line) {
    List<Activity> expected = exact(line);
    assertThat(expected).as("the exact path reads %s", line).hasSize(1);
    for (String ending : new String[] {"\n", "\r\n", "", "\nnext"}) {
      String text = line + ending;
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      int lineBytes = line.getBytes(StandardCharsets.UTF_8).length;
      int nl = ending.isEmpty() ? lineBytes : lineBytes + ending.indexOf('\n');
      // in an array that ends with the block, and in one with bytes after the block's end (as many
      // as a block of 64 KiB has after most lines), at an offset
      byte[] padded = new byte[bytes.length + 8192];
      System.arraycopy(bytes, 0, padded, 3, bytes.length);
      Arrays.fill(padded, 3 + bytes.length, padded.length, (byte) '9');
      assertThat(scan(bytes, 0, bytes.length, MAX_LINE, CivicJson.defaultConstraints()))
          .as("%s ending %s", line, ending.replace("\r", "\\r").replace("\n", "\\n"))
          .isEqualTo(new Scan(nl, expected));
      assertThat(scan(padded, 3, 3 + bytes.length, MAX_LINE, CivicJson.defaultConstraints()))
          .as("%s ending %s, at an offset", line, ending.replace("\r", "\\r").replace("\n", "\\n"))
          .isEqualTo(new Scan(3 + nl, expected));
    }
  }

  /** The line is declined: nothing committed, and a good line after it in the same log is read alone. */
  private static void assertDeclined(String line) {
    assertDeclined(line, CivicJson.defaultConstraints(), MAX_LINE);
  }

  private static void assertDeclined(String line, StreamReadConstraints limits, int maxLine) {
    for (String ending : new String[] {"\n", ""}) {
      byte[] bad = (line + ending).getBytes(StandardCharsets.UTF_8);
      byte[] good = (MINIMAL + "\n").getBytes(StandardCharsets.UTF_8);
      ActivityLog.Builder log = ActivityLog.builder();
      ActivityScanner scanner = new ActivityScanner(ActivityLogAccess.columns(log), maxLine, limits);
      assertThat(scanner.row(bad, 0, bad.length)).as("%s", line).isEqualTo(-1);
      assertThat(log.size()).as("%s", line).isZero();
      assertThat(scanner.row(good, 0, good.length)).as("the line after %s", line).isEqualTo(good.length - 1);
      assertThat(log.build().asList()).as("the line after %s", line).isEqualTo(exact(MINIMAL));
    }
  }

  @Test
  void readsEveryFieldCivicWrites() {
    assertRead(FULL);
    assertRead(MINIMAL);
  }

  @Test
  void readsLinesCivicsWriterWrites() {
    String text = new String(FastPathTest.lines(11, 5), StandardCharsets.UTF_8);
    int read = 0;
    for (String line : text.split("\n")) {
      if (line.startsWith("{\"type\":\"activity\"")) {
        assertRead(line);
        read++;
      }
    }
    assertThat(read).isGreaterThan(5);
  }

  @Test
  void readsTheFieldsInAnyOrder() {
    List<String> fields = fields(FULL);
    List<String> reversed = new ArrayList<>(fields.subList(1, fields.size()));
    java.util.Collections.reverse(reversed);
    assertRead(FULL.substring(0, 1) + fields.get(0) + "," + String.join(",", reversed) + "}");
    // each field moved to the end, and each moved to just after the type
    for (int k = 1; k < fields.size(); k++) {
      List<String> last = new ArrayList<>(fields);
      last.add(last.remove(k));
      assertRead("{" + String.join(",", last) + "}");
      List<String> first = new ArrayList<>(fields);
      first.add(1, first.remove(k));
      assertRead("{" + String.join(",", first) + "}");
    }
  }

  /** The fields of a line without nesting beyond one level: name and value, as written. */
  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    int depth = 0;
    int start = 1;
    boolean quoted = false;
    for (int i = 1; i < line.length() - 1; i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '[' || c == '{')) {
        depth++;
      } else if (!quoted && (c == ']' || c == '}')) {
        depth--;
      } else if (!quoted && depth == 0 && c == ',') {
        fields.add(line.substring(start, i));
        start = i + 1;
      }
    }
    fields.add(line.substring(start, line.length() - 1));
    return fields;
  }

  @Test
  void readsEveryBuiltInCategoryAsAnIdAndAsCivicWritesIt() {
    for (TeamCategory c : TeamCategory.builtIn()) {
      String object = "{\"id\":\"" + c.id() + "\",\"zh\":\"" + c.chinese() + "\",\"en\":\"" + c.english() + "\"}";
      assertRead(after("\"category\":\"" + c.id() + "\"}"));
      assertRead(after("\"category\":" + object + "}"));
      assertRead(after("\"category\":" + object + ",\"beneficiaries\":3}"));
    }
  }

  @Test
  void declinesCategoriesItDoesNotKnowOrCivicDoesNotWrite() {
    assertDeclined(after("\"category\":\"tea-culture\"}"));
    assertDeclined(after("\"category\":\"cultur\"}"));
    assertDeclined(after("\"category\":\"culturee\"}"));
    assertDeclined(after("\"category\":\"\"}"));
    assertDeclined(after("\"category\":\"culture}"));
    assertDeclined(after("\"category\":null}"));
    assertDeclined(after("\"category\":{\"id\":\"culture\"}}"));
    assertDeclined(after("\"category\":{\"id\": \"culture\"}}"));
    assertDeclined(after("\"category\":" + CULTURE.replace("文化艺术", "文化") + "}"));
    assertDeclined(after("\"category\":" + CULTURE.replace("Culture and arts", "Culture") + "}"));
    assertDeclined(after("\"category\":{\"id\":\"tea\",\"zh\":\"茶\",\"en\":\"Tea\"}}"));
    // the same number of bytes as a built-in category's object, one of them different: in the id's
    // word, a word in the middle, and the last word
    assertDeclined(after("\"category\":" + CULTURE.replace("文化艺术", "文化艺人") + "}"));
    assertDeclined(after("\"category\":" + CULTURE.replace("Culture and arts", "Culture and artz") + "}"));
    assertDeclined(after("\"category\":" + CULTURE.replace("Culture and arts", "Culture anD arts") + "}"));
    // a category's object cut at the line's end
    assertDeclined(after("\"category\":" + CULTURE.substring(0, CULTURE.length() - 3)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"beneficiaries", "serviceMinutes", "materials", "consultations", "sessions"})
  void readsWholeNumbersOfOneToEighteenDigits(String field) {
    StringBuilder digits = new StringBuilder();
    for (int n = 1; n <= 18; n++) {
      digits.append((char) ('1' + n % 9));
      String number = digits.toString();
      if (field.equals("serviceMinutes") && n > 3) {
        number = "1440"; // more is not a possible service time for two volunteers: the log refuses it
      }
      assertRead(after("\"" + field + "\":" + number + "}"));
      assertRead(after("\"" + field + "\":" + number + ",\"theme\":\"x\"}"));
    }
    assertRead(after("\"" + field + "\":0}"));
    assertRead(after("\"" + field + "\":10}"));
    String other = field.equals("materials") ? "sessions" : "materials";
    assertRead(after("\"" + field + "\":" + (field.equals("serviceMinutes") ? "100" : "1000000")
        + ",\"" + other + "\":1}"));
  }

  @Test
  void readsANumberAtTheVeryEndOfTheArray() {
    // the line's last value ends the array but for its brace: no word of eight bytes fits there
    for (String number : new String[] {"0", "7", "42", "1234567", "12345678", "123456789012345678"}) {
      String line = after("\"beneficiaries\":" + number + "}");
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      assertThat(scan(bytes, 0, bytes.length, MAX_LINE, CivicJson.defaultConstraints()))
          .isEqualTo(new Scan(bytes.length, exact(line)));
    }
  }

  @Test
  void declinesNumbersCivicDoesNotWrite() {
    for (String number : new String[] {"00", "07", "-1", "-0", "+1", "1.0", "1e2", "1E0", "\"12\"", "null",
        "1234567890123456789", "9223372036854775808", " 1", "1 ", "0x1", "12345678x"}) {
      assertDeclined(after("\"beneficiaries\":" + number + "}"));
      assertDeclined(after("\"sessions\":" + number + ",\"theme\":\"x\"}"));
    }
    // a number that ends the block without its brace
    assertDeclined(after("\"beneficiaries\":12"));
    assertDeclined(after("\"beneficiaries\":123456789"));
  }

  @Test
  void declinesNumbersLongerThanTheLimitAllows() {
    for (int max = 1; max <= 4; max++) {
      StreamReadConstraints limits = CivicJson.defaultConstraints().rebuild().maxNumberLength(max).build();
      String within = "9".repeat(max);
      String beyond = "9".repeat(max + 1);
      byte[] ok = (after("\"beneficiaries\":" + within + "}") + "\n").getBytes(StandardCharsets.UTF_8);
      assertThat(scan(ok, 0, ok.length, MAX_LINE, limits).result()).isEqualTo(ok.length - 1);
      assertDeclined(after("\"beneficiaries\":" + beyond + "}"), limits, MAX_LINE);
    }
  }

  @Test
  void readsEmptyAndLongLists() {
    assertRead(after("\"teams\":[],\"volunteers\":[],\"organisations\":[]}"));
    StringBuilder many = new StringBuilder();
    for (int k = 0; k < 40; k++) {
      many.append(k == 0 ? "" : ",").append("\"v").append(k).append('"');
    }
    assertRead(after("\"volunteers\":[" + many + "],\"serviceMinutes\":40}"));
    assertRead(after("\"volunteers\":[\"" + "x".repeat(Ids.MAX_LENGTH) + "\"]}"));
  }

  @Test
  void declinesListsCivicDoesNotWrite() {
    for (String list : new String[] {"[1]", "[\"a\",]", "[\"a\" ]", "[ \"a\"]", "[[\"a\"]]", "\"a\"", "[null]",
        "[\"a\",\"" + "x".repeat(Ids.MAX_LENGTH + 1) + "\"]", "[\"a\",\"\"]", "[\"a\"", "[\"a\",", "[", "[\"a\\u0062\"]",
        "[\"点\"]", "[\"a\";\"b\"]", "{}", "[\"a\"}", "[\"a\",\"b\"}"}) {
      for (String field : new String[] {"teams", "volunteers", "organisations"}) {
        assertDeclined(after("\"" + field + "\":" + list + "}"));
        assertDeclined(after("\"" + field + "\":" + list));
      }
    }
  }

  @Test
  void readsThemesOfAnyPlainText() {
    for (String theme : new String[] {"x", "学雷锋", "é", "\uD83D\uDE00 emoji", "a\u007fb", "tab-less 'quotes'"}) {
      assertRead(after("\"theme\":\"" + theme + "\"}"));
      assertRead(after("\"monthTheme\":\"" + theme + "\",\"sessions\":1}"));
    }
  }

  @Test
  void readsMoreThemesThanItKeepsDecoded() {
    // 600 distinct themes, each twice: past the 256 it keeps decoded, it decodes each time
    ActivityLog.Builder log = ActivityLog.builder();
    ActivityScanner scanner = new ActivityScanner(ActivityLogAccess.columns(log), MAX_LINE, CivicJson.defaultConstraints());
    StringBuilder expected = new StringBuilder(HEADER);
    for (int k = 0; k < 1200; k++) {
      String line = MINIMAL.replace("a9", "a" + k).replace("}", ",\"theme\":\"主题" + k % 600 + "\"}") + "\n";
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      assertThat(scanner.row(bytes, 0, bytes.length)).isEqualTo(bytes.length - 1);
      expected.append(line);
    }
    List<Activity> exact = FastPathTest.read(CivicJson.strict(), expected.toString().getBytes(StandardCharsets.UTF_8),
        Mode.EXACT, FastPathTest.Into.LOG).logged();
    assertThat(log.build().asList()).hasSize(1200).isEqualTo(exact);
  }

  @Test
  void declinesThemesItCannotCopyAsTheyAre() {
    for (String theme : new String[] {"\\u5b66", "a\\nb", "a\\\"b", "a\tb", "a\u0001", "学雷锋"}) {
      String value = theme.equals("学雷锋") ? "\"" + theme : "\"" + theme + "\"";
      assertDeclined(after("\"theme\":" + value + "}"));
      assertDeclined(after("\"monthTheme\":" + value + "}"));
    }
    for (String value : new String[] {"null", "1", "[]", "\"x", "\"\"", "\" \""}) { // blank themes: the log refuses them
      assertDeclined(after("\"theme\":" + value + "}"));
    }
    // malformed UTF-8: a character's second byte replaced by a byte that cannot follow its first
    byte[] line = (after("\"theme\":\"学雷锋\"}") + "\n").getBytes(StandardCharsets.UTF_8);
    int at = MINIMAL.length() - 1 + ",\"theme\":\"".length();
    line[at + 1] = (byte) 'x';
    ActivityLog.Builder log = ActivityLog.builder();
    ActivityScanner scanner = new ActivityScanner(ActivityLogAccess.columns(log), MAX_LINE, CivicJson.defaultConstraints());
    assertThat(scanner.row(line, 0, line.length)).isEqualTo(-1);
    assertThat(log.size()).isZero();
  }

  @Test
  void declinesThemesLongerThanTheStringLimit() {
    StreamReadConstraints limits = CivicJson.defaultConstraints().rebuild().maxStringLength(100).build();
    byte[] ok = (after("\"theme\":\"" + "学".repeat(100) + "\"}") + "\n").getBytes(StandardCharsets.UTF_8);
    assertThat(scan(ok, 0, ok.length, MAX_LINE, limits).result()).isEqualTo(ok.length - 1);
    assertDeclined(after("\"theme\":\"" + "学".repeat(101) + "\"}"), limits, MAX_LINE);
    assertDeclined(after("\"monthTheme\":\"" + "学".repeat(101) + "\"}"), limits, MAX_LINE);
  }

  @Test
  void declinesIdsAndDatesCivicDoesNotWrite() {
    for (String id : new String[] {"", "a b", "点", "a\\u0031", "x".repeat(Ids.MAX_LENGTH + 1), "a\u007f"}) {
      assertDeclined(MINIMAL.replace("\"a9\"", "\"" + id + "\""));
      assertDeclined(MINIMAL.replace("\"s2\"", "\"" + id + "\""));
    }
    assertDeclined(MINIMAL.replace("\"a9\"", "a9"));
    assertDeclined(MINIMAL.replace("\"s2\"", "s2"));
    assertDeclined(MINIMAL.replace("\"s2\"}", "\"s2"));
    for (String date : new String[] {"2024-1-02", "2024-01-2", "2024-01-022", "2023-02-30", "2024/01/02", "+2024-01-02"}) {
      assertDeclined(MINIMAL.replace("2024-01-02", date));
    }
    assertDeclined(MINIMAL.replace("\"2024-01-02\"", "20240102"));
    assertDeclined("{\"type\":\"activity\",\"id\":\"a9\",\"site\":\"s2\",\"date\":\"2024-01-02");
    assertDeclined("{\"type\":\"activity\",\"id\":\"a9\",\"date\":\"2024-01");
  }

  @Test
  void declinesLinesShapedOtherwiseThanCivicWritesThem() {
    assertDeclined(MINIMAL.replace(",\"id\"", ", \"id\""));
    assertDeclined(MINIMAL.replace("\"id\":", "\"id\" :"));
    assertDeclined(MINIMAL.replace("\"id\":", "\"id\": "));
    assertDeclined(MINIMAL.replace("}", " }"));
    assertDeclined(MINIMAL + " ");
    assertDeclined(MINIMAL + "x");
    assertDeclined(MINIMAL + "}");
    byte[] cr = (MINIMAL + "\r").getBytes(StandardCharsets.UTF_8); // a carriage return ending the block
    assertThat(scan(cr, 0, cr.length, MAX_LINE, CivicJson.defaultConstraints())).isEqualTo(new Scan(-1, List.of()));
    assertDeclined(MINIMAL + "\r\r\n");
    assertDeclined(MINIMAL + "\rx");
    assertDeclined(MINIMAL.substring(0, MINIMAL.length() - 1));
    assertDeclined(after(""));
    assertDeclined(after("}"));
    assertDeclined(MINIMAL.replace("}", ";}"));
    // fields it does not know, twice, or the type again
    assertDeclined(after("\"zzz\":1}"));
    assertDeclined(after("\"sessions\":1,\"zzz\":1}")); // after the last field civic writes
    assertDeclined(after("\"sessions\":1,\"sessionz\":1}"));
    assertDeclined(after("\"\":1}"));
    assertDeclined(after("\"Theme\":\"x\"}"));
    assertDeclined(after("\"type\":\"activity\"}"));
    assertDeclined(after("\"id\":\"a2\"}"));
    assertDeclined(after("\"sessions\":1,\"sessions\":1}"));
    assertDeclined(after("\"theme\":\"x\",\"beneficiaries\":1,\"theme\":\"x\"}"));
    // other records, and activities not starting with their type
    assertDeclined("{\"type\":\"site\",\"code\":\"s1\"}");
    assertDeclined("{\"type\":\"activities\",\"id\":\"a9\"}");
    assertDeclined("{\"id\":\"a9\",\"type\":\"activity\",\"date\":\"2024-01-02\",\"site\":\"s2\"}");
    assertDeclined(" " + MINIMAL);
    assertDeclined("{\"type\":\"activity\"");
    assertDeclined("{\"type\":\"activity\"}");
    assertDeclined("{\"type\":\"activity\",");
    assertDeclined("");
  }

  @Test
  void declinesFieldsWithoutAValue() {
    for (String field : new String[] {"teams", "category", "theme", "monthTheme", "volunteers", "organisations",
        "beneficiaries", "serviceMinutes", "materials", "consultations", "sessions"}) {
      assertDeclined(after("\"" + field + "\":}"));
      assertDeclined(after("\"" + field + "\":,\"sessions\":1}".replace(",\"sessions\":1",
          field.equals("sessions") ? ",\"materials\":1" : ",\"sessions\":1")));
      // the block (and the array) ends after the name, or after the value
      assertDeclined(after("\"" + field + "\":"));
    }
    for (String value : new String[] {"\"culture\"", CULTURE, "\"x\"", "[\"v1\"]", "[]", "12", "123456789"}) {
      assertDeclined(after("\"" + (value.startsWith("[") ? "volunteers"
          : value.startsWith("\"x") ? "theme" : Character.isDigit(value.charAt(0)) ? "sessions" : "category") + "\":" + value));
    }
  }

  @Test
  void declinesRowsTheLogRefuses() {
    // no site, no date, no id: the log's commit refuses them
    assertDeclined("{\"type\":\"activity\",\"id\":\"a9\",\"date\":\"2024-01-02\"}");
    assertDeclined("{\"type\":\"activity\",\"id\":\"a9\",\"site\":\"s2\"}");
    assertDeclined("{\"type\":\"activity\",\"date\":\"2024-01-02\",\"site\":\"s2\"}");
    // a volunteer twice; more service time than its volunteers could give in a day
    // a volunteer twice is read as once, as the exact path reads it
    assertRead(after("\"volunteers\":[\"v1\",\"v1\"]}"));
    assertDeclined(after("\"volunteers\":[\"v1\"],\"serviceMinutes\":1441}"));
  }

  @Test
  void declinesALineLongerThanTheLineLimit() {
    byte[] bytes = (MINIMAL + "\n").getBytes(StandardCharsets.UTF_8);
    int length = MINIMAL.length();
    assertThat(scan(bytes, 0, bytes.length, length, CivicJson.defaultConstraints()).result()).isEqualTo(length);
    assertThat(scan(bytes, 0, bytes.length, length - 1, CivicJson.defaultConstraints())).isEqualTo(new Scan(-1, List.of()));
    // with "\r\n", the carriage return counts as the line's
    byte[] crlf = (MINIMAL + "\r\n").getBytes(StandardCharsets.UTF_8);
    assertThat(scan(crlf, 0, crlf.length, length + 1, CivicJson.defaultConstraints()).result()).isEqualTo(length + 1);
    assertThat(scan(crlf, 0, crlf.length, length, CivicJson.defaultConstraints()).result()).isEqualTo(-1);
    // the limit is the line's, wherever in the block it starts
    byte[] second = (MINIMAL + "\n" + MINIMAL + "\n").getBytes(StandardCharsets.UTF_8);
    assertThat(scan(second, length + 1, second.length, length, CivicJson.defaultConstraints()).result())
        .isEqualTo(second.length - 1);
    assertThat(scan(second, length + 1, second.length, length - 1, CivicJson.defaultConstraints()).result())
        .isEqualTo(-1);
  }

  @Test
  void takesOnlyLinesThatStartAsActivitiesDo() {
    byte[] prefix = "{\"type\":\"activity\"".getBytes(StandardCharsets.US_ASCII);
    byte[] more = "{\"type\":\"activity\",".getBytes(StandardCharsets.US_ASCII);
    assertThat(ActivityScanner.activityLine(more, 0, more.length)).isTrue();
    assertThat(ActivityScanner.activityLine(prefix, 0, prefix.length)).isFalse();
    assertThat(ActivityScanner.activityLine(more, 0, more.length - 1)).isFalse();
    byte[] other = "{\"type\":\"activitx\",".getBytes(StandardCharsets.US_ASCII);
    assertThat(ActivityScanner.activityLine(other, 0, other.length)).isFalse();
    // the same in a block with room after the line: the prefix is compared a word at a time
    for (String type : new String[] {"activitx", "activiTy", "bctivity", "activity"}) {
      byte[] padded = Arrays.copyOf(("{\"type\":\"" + type + "\",").getBytes(StandardCharsets.US_ASCII), 64);
      assertThat(ActivityScanner.activityLine(padded, 0, 20)).as(type).isEqualTo(type.equals("activity"));
    }
    byte[] x = Arrays.copyOf("{\"type\":\"activity\"x".getBytes(StandardCharsets.US_ASCII), 64);
    assertThat(ActivityScanner.activityLine(x, 0, 19)).isTrue();
    x[17] = 'X';
    assertThat(ActivityScanner.activityLine(x, 0, 19)).isFalse();
    byte[] shifted = " {\"type\":\"activity\",".getBytes(StandardCharsets.US_ASCII);
    assertThat(ActivityScanner.activityLine(shifted, 0, shifted.length)).isFalse();
    assertThat(ActivityScanner.activityLine(shifted, 1, shifted.length)).isTrue();
    assertThat(ActivityScanner.activityLine(shifted, 1, shifted.length - 1)).isFalse();
  }

  @Test
  void fitsExactlyTheLimitsAnActivityLineNeeds() {
    int longestName = "serviceMinutes".length();
    int longestString = Ids.MAX_LENGTH;
    for (TeamCategory c : TeamCategory.builtIn()) {
      longestString = Math.max(longestString, Math.max(c.chinese().length(), c.english().length()));
    }
    StreamReadConstraints defaults = CivicJson.defaultConstraints();
    assertThat(ActivityScanner.fits(defaults)).isTrue();
    StreamReadConstraints tight = defaults.rebuild().maxNestingDepth(2).maxNameLength(longestName)
        .maxStringLength(longestString).build();
    assertThat(ActivityScanner.fits(tight)).isTrue();
    assertThat(ActivityScanner.fits(tight.rebuild().maxNestingDepth(1).build())).isFalse();
    assertThat(ActivityScanner.fits(tight.rebuild().maxNameLength(longestName - 1).build())).isFalse();
    assertThat(ActivityScanner.fits(tight.rebuild().maxStringLength(longestString - 1).build())).isFalse();
    assertThat(ActivityScanner.fits(tight.rebuild().maxDocumentLength(1).build())).isFalse();
    assertThat(ActivityScanner.fits(tight.rebuild().maxTokenCount(1).build())).isFalse();
    assertThat(ActivityScanner.fits(tight.rebuild().maxDocumentLength(0).maxTokenCount(0).build())).isTrue();
  }
}
