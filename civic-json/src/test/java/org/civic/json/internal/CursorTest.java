package org.civic.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The cursor every codec reads with, value by value: each typed read gives the value at its
 * bounds and reports (id, message, what was expected, where) just beyond them; what it found is
 * named by kind; fields are tracked for pointers, duplicates, unknown and missing fields.
 */
class CursorTest {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();

  /** A strict cursor on the first token of json. */
  private Cursor on(String json) {
    return on(json, 0, true);
  }

  private Cursor on(String json, long lineOffset, boolean strict) {
    JsonParser p = JSON.createParser(ObjectReadContext.empty(), json);
    p.nextToken();
    return new Cursor(p, "t.json", lineOffset, strict, problems, warnings);
  }

  /** The only problem reported, as id, message and expected. */
  private String problem() {
    assertThat(problems).hasSize(1);
    Problem x = problems.get(0);
    problems.clear();
    return x.id() + ": " + x.message() + " (expected " + x.expected().orElse("?") + ")";
  }

  @Test
  void wholeNumbersAtTheirBoundsAndBeyond() {
    assertThat(on("5").integer(5)).isEqualTo(5L);
    assertThat(on("0").integer(0)).isEqualTo(0L);
    assertThat(problems).isEmpty();
    Cursor below = on("4");
    assertThat(below.integer(5)).isNull();
    assertThat(below.bad()).isTrue();
    assertThat(problem()).isEqualTo("json.out-of-range: the number 4 is below 5 (expected a whole number ≥ 5)");
    assertThat(on("99999999999999999999").integer(0)).isNull();
    assertThat(problem()).isEqualTo(
        "json.out-of-range: the number 99999999999999999999 is too large (expected a whole number ≥ 0)");
    assertThat(on("\"5\"").integer(0)).isNull();
    assertThat(problem()).isEqualTo("json.wrong-type: found a string (expected a whole number ≥ 0)");
    assertThat(on("1.5").integer(0)).isNull();
    assertThat(problem()).isEqualTo("json.wrong-type: found the number 1.5 (expected a whole number ≥ 0)");

    assertThat(on("10").integer(1, 10)).isEqualTo(10L);
    assertThat(on("1").integer(1, 10)).isEqualTo(1L);
    assertThat(problems).isEmpty();
    assertThat(on("11").integer(1, 10)).isNull();
    assertThat(problem()).isEqualTo("json.out-of-range: the number 11 is too large (expected a whole number from 1 to 10)");
    assertThat(on("0").integer(1, 10)).isNull();
    assertThat(problem()).isEqualTo("json.out-of-range: the number 0 is below 1 (expected a whole number ≥ 1)");

    assertThat(on("7").smallInt(0)).isEqualTo(7);
    assertThat(on(String.valueOf(Integer.MAX_VALUE)).smallInt(0)).isEqualTo(Integer.MAX_VALUE);
    assertThat(problems).isEmpty();
    assertThat(on(String.valueOf(Integer.MAX_VALUE + 1L)).smallInt(0)).isNull();
    assertThat(problem()).isEqualTo("json.out-of-range: the number 2147483648 is too large (expected a whole number up to "
        + Integer.MAX_VALUE + ")");
    assertThat(on("-1").smallInt(0)).isNull();
    assertThat(problem()).startsWith("json.out-of-range: the number -1 is below 0");
  }

  @Test
  void stringsTextDecimalsAndBooleans() {
    assertThat(on("\"abc\"").string()).isEqualTo("abc");
    assertThat(on("\" \"").string()).isEqualTo(" ");
    assertThat(on("\"abc\"").text()).isEqualTo("abc");
    assertThat(problems).isEmpty();
    assertThat(on("\" \"").text()).isNull();
    assertThat(problem()).isEqualTo("json.blank: the string is blank (expected a non-blank string)");
    assertThat(on("1").text()).isNull();
    assertThat(problem()).isEqualTo("json.wrong-type: found the number 1 (expected a string)");

    assertThat(on("1.25").decimal()).isEqualByComparingTo(new BigDecimal("1.25"));
    assertThat(on("0").decimal()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(problems).isEmpty();
    assertThat(on("-0.5").decimal()).isNull();
    assertThat(problem()).isEqualTo("json.out-of-range: the number -0.5 is negative (expected a number ≥ 0)");
    assertThat(on("true").decimal()).isNull();
    assertThat(problem()).isEqualTo("json.wrong-type: found a boolean (expected a number ≥ 0)");

    assertThat(on("true").bool()).isTrue();
    assertThat(on("false").bool()).isFalse();
    assertThat(problems).isEmpty();
    assertThat(on("null").bool()).isNull();
    assertThat(problem()).isEqualTo("json.wrong-type: found null (expected true or false)");

    assertThat(on("[\"a\",\"b\"]").strings()).containsExactly("a", "b");
    assertThat(on("[]").strings()).isEmpty();
    assertThat(problems).isEmpty();
    assertThat(on("[\"a\",\"\"]").strings()).isNull();
    assertThat(problem()).startsWith("json.blank");
    assertThat(on("{}").strings()).isNull();
    assertThat(problem()).isEqualTo("json.wrong-type: found an object (expected an array)");
  }

  @Test
  void whatWasFoundIsNamedByKind() {
    assertThat(on("[1]").string()).isNull();
    assertThat(problem()).isEqualTo("json.wrong-type: found an array (expected a string)");
    assertThat(on("false").string()).isNull();
    assertThat(problem()).isEqualTo("json.wrong-type: found a boolean (expected a string)");
    assertThat(on("").string()).isNull();
    assertThat(problem()).isEqualTo("json.wrong-type: found the end of the input (expected a string)");
    assertThat(on("12").string()).isNull();
    assertThat(problem()).isEqualTo("json.wrong-type: found the number 12 (expected a string)");
  }

  @Test
  void aBadValueIsSkippedWholeSoThatTheNextFieldIsRead() {
    Cursor c = on("{\"a\":{\"x\":[1,2]},\"b\":3}");
    List<String> seen = new ArrayList<>();
    Long[] b = {null};
    assertThat(c.object(n -> {
      seen.add(n + " " + c.pointer());
      if (n.equals("a")) {
        assertThat(c.string()).isNull();
      } else {
        b[0] = c.integer(0);
      }
    })).isTrue();
    assertThat(seen).containsExactly("a /a", "b /b");
    assertThat(b[0]).isEqualTo(3L);
    assertThat(problem()).isEqualTo("json.wrong-type: found an object (expected a string)");
  }

  @Test
  void objectsTrackFieldsPointersAndDuplicates() {
    Cursor c = on("{\"a/b~c\":[{\"d\":1}],\"e\":2,\"e\":3}");
    List<String> pointers = new ArrayList<>();
    assertThat(c.object(n -> {
      if (n.equals("a/b~c")) {
        c.array(i -> c.object(m -> {
          pointers.add(c.pointer());
          c.integer(0);
        }));
      } else {
        pointers.add(c.pointer());
        c.integer(0);
      }
    })).isTrue();
    assertThat(pointers).containsExactly("/a~1b~0c/0/d", "/e", "/e");
    assertThat(c.pointer()).isEmpty();
    assertThat(problem()).isEqualTo("json.duplicate-key: the key \"e\" appears twice (expected each key once per object)");

    Cursor notAnObject = on("[1]");
    assertThat(notAnObject.object(n -> { })).isFalse();
    assertThat(problem()).isEqualTo("json.wrong-type: found an array (expected an object)");
    Cursor notAnArray = on("{\"a\":1}");
    assertThat(notAnArray.array(i -> { })).isFalse();
    assertThat(problem()).isEqualTo("json.wrong-type: found an object (expected an array)");
  }

  @Test
  void unknownFieldsAreErrorsWhenStrictAndWarningsWhenLenient() {
    for (boolean strict : new boolean[] {true, false}) {
      problems.clear();
      warnings.clear();
      Cursor c = on("{\"zzz\":{\"deep\":[1]},\"a\":1}", 0, strict);
      Long[] a = {null};
      c.object(n -> {
        if (n.equals("a")) {
          a[0] = c.integer(0);
        } else {
          c.unknown(n, "a");
        }
      });
      assertThat(a[0]).isEqualTo(1L);
      List<Problem> reported = strict ? problems : warnings;
      assertThat(strict ? warnings : problems).isEmpty();
      assertThat(reported).hasSize(1);
      assertThat(reported.get(0).id()).isEqualTo("json.unknown-field");
      assertThat(reported.get(0).message()).isEqualTo("unknown field \"zzz\"");
      assertThat(reported.get(0).expected()).contains("one of a");
      assertThat(reported.get(0).where().jsonPointer()).contains("/zzz");
      assertThat(c.bad()).isEqualTo(strict);
    }
  }

  @Test
  void aMissingFieldIsReportedOnceAndOnlyIfAbsent() {
    Cursor c = on("{\"a\":\"x\",\"b\":-1}");
    Location here = c.here();
    Cursor.Mark at = c.mark();
    c.object(n -> c.integer(0));
    problems.clear(); // "a" and "b" were bad: reported when read
    c.resetBad();
    assertThat(c.bad()).isFalse();
    assertThat(c.missing(at, "a", null)).isTrue();
    assertThat(c.missing(at, "b", null)).isTrue();
    assertThat(problems).isEmpty();
    assertThat(c.bad()).isFalse();
    assertThat(c.missing(at, "c", 3L)).isFalse();
    assertThat(problems).isEmpty();
    assertThat(c.missing(at, "c", null)).isTrue();
    assertThat(c.bad()).isTrue();
    assertThat(problems.get(0).where()).isEqualTo(here);
    assertThat(problem()).isEqualTo("json.missing-field: the field \"c\" is missing (expected a field \"c\")");
  }

  @Test
  void aMarkKeepsThePointerAndPositionItWasMadeAt() {
    Cursor c = on("{\"a/b\":{\"c~\":[1,\n  2]},\"d\":0}", 4, true);
    java.util.Map<Cursor.Mark, Location> marks = new java.util.LinkedHashMap<>();
    marks.put(c.mark(), c.here());
    c.object(n -> {
      marks.put(c.mark(), c.here());
      if (n.equals("a/b")) {
        c.object(m -> c.array(i -> {
          marks.put(c.mark(), c.here());
          c.integer(0);
        }));
      } else {
        c.integer(0);
      }
    });
    // Made lazily, after the cursor has left every one of those places.
    marks.forEach((mark, here) -> assertThat(mark.location()).isEqualTo(here));
    assertThat(marks.values()).extracting(l -> l.jsonPointer().orElseThrow())
        .containsExactly("", "/a~1b", "/a~1b/c~0/0", "/a~1b/c~0/1", "/d");
    assertThat(marks.values()).extracting(l -> l.line().getAsLong()).containsExactly(5L, 5L, 5L, 6L, 6L);
  }

  @Test
  void locationsCarryTheSourceTheLineTheColumnAndThePointer() {
    Cursor c = on("\n\n  {\"a\":\n \"x\"}", 10, true);
    assertThat(c.parser().currentToken()).isEqualTo(JsonToken.START_OBJECT);
    assertThat(c.here()).isEqualTo(Location.unknown().withSource("t.json").withJsonPointer("").withLine(13).withColumn(3));
    c.object(n -> {
      assertThat(c.here()).isEqualTo(Location.unknown().withSource("t.json").withJsonPointer("/a").withLine(14)
          .withColumn(2));
      c.integer(0);
    });
    assertThat(problems.get(0).where().line()).hasValue(14);
    // a location the parser does not know the line of
    assertThat(c.at(null)).isEqualTo(Location.unknown().withSource("t.json").withJsonPointer(""));
    assertThat(c.at(new tools.jackson.core.TokenStreamLocation(null, 0, 0, 0)))
        .isEqualTo(Location.unknown().withSource("t.json").withJsonPointer(""));
    assertThat(c.at(new tools.jackson.core.TokenStreamLocation(null, 0, 1, 0)))
        .isEqualTo(Location.unknown().withSource("t.json").withJsonPointer("").withLine(11));
  }
}
