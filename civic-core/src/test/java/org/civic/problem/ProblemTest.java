package org.civic.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** {@link Location}, {@link Problem} and {@link ProblemException}: what each holds and prints. */
class ProblemTest {

  private static final String NL = System.lineSeparator();

  @Test
  void anUnknownLocationHasNothing() {
    Location u = Location.unknown();
    assertThat(u.source()).isEmpty();
    assertThat(u.line()).isEqualTo(OptionalLong.empty());
    assertThat(u.column()).isEqualTo(OptionalInt.empty());
    assertThat(u.jsonPointer()).isEmpty();
    assertThat(u.subject()).isEmpty();
    assertThat(u).hasToString("(unknown)");
  }

  @Test
  void eachPartOfALocation() {
    Location l = Location.ofLine("divisions.csv", 12).withColumn(7).withJsonPointer("/sites/0").withSubject("s1");
    assertThat(l.source()).contains("divisions.csv");
    assertThat(l.line()).hasValue(12);
    assertThat(l.column()).hasValue(7);
    assertThat(l.jsonPointer()).contains("/sites/0");
    assertThat(l.subject()).contains("s1");
    assertThat(l).hasToString("divisions.csv:12:7 /sites/0 [s1]");
    // the with-ers keep the other parts
    assertThat(l.withSource("other.csv")).hasToString("other.csv:12:7 /sites/0 [s1]");
    assertThat(l.withLine(3)).hasToString("divisions.csv:3:7 /sites/0 [s1]");
    assertThat(l.withColumn(1)).hasToString("divisions.csv:12:1 /sites/0 [s1]");
    assertThat(l.withJsonPointer("")).hasToString("divisions.csv:12:7 / [s1]");
    assertThat(l.withSubject("s2")).hasToString("divisions.csv:12:7 /sites/0 [s2]");
  }

  @Test
  void whatALocationPrintsWithSomePartsMissing() {
    assertThat(Location.ofLine("a.csv", 1)).hasToString("a.csv:1");
    assertThat(Location.unknown().withLine(5)).hasToString("line 5");
    assertThat(Location.unknown().withLine(5).withColumn(2)).hasToString("line 5:2");
    assertThat(Location.unknown().withColumn(2)).hasToString("(unknown)");
    assertThat(Location.unknown().withSource("a.json").withColumn(2)).hasToString("a.json");
    assertThat(Location.unknown().withJsonPointer("/a/1")).hasToString("/a/1");
    assertThat(Location.unknown().withJsonPointer("")).hasToString("/");
    assertThat(Location.ofSubject("o-1")).hasToString("[o-1]");
    assertThat(Location.unknown().withSource("a.json").withSubject("o-1")).hasToString("a.json [o-1]");
    assertThat(Location.unknown().withJsonPointer("/x").withSubject("o-1")).hasToString("/x [o-1]");
  }

  @Test
  void linesAndColumnsStartAtOne() {
    assertThat(Location.unknown().withLine(1).line()).hasValue(1);
    assertThat(Location.unknown().withColumn(1).column()).hasValue(1);
    assertThatThrownBy(() -> Location.unknown().withLine(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line must be positive: 0");
    assertThatThrownBy(() -> Location.ofLine("a", -3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line must be positive: -3");
    assertThatThrownBy(() -> Location.unknown().withColumn(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column must be positive: 0");
  }

  @Test
  void locationsAreEqualWhenEveryPartIs() {
    Location l = Location.ofLine("a.csv", 2).withColumn(3).withJsonPointer("/p").withSubject("s");
    Location same = Location.unknown().withSubject("s").withJsonPointer("/p").withColumn(3).withLine(2).withSource("a.csv");
    assertThat(l).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(l).isNotEqualTo(l.withSource("b.csv")).isNotEqualTo(l.withLine(4)).isNotEqualTo(l.withColumn(4))
        .isNotEqualTo(l.withJsonPointer("/q")).isNotEqualTo(l.withSubject("t")).isNotEqualTo("a.csv:2:3");
    assertThat(Location.unknown()).isEqualTo(Location.unknown()).isNotEqualTo(Location.ofSubject("s"));
    assertThat(l.hashCode()).isNotEqualTo(l.withLine(4).hashCode());
  }

  @Test
  void aProblem() {
    Problem p = Problem.of("division.bad-code", Location.ofLine("d.csv", 4), "bad code 12");
    assertThat(p.id()).isEqualTo("division.bad-code");
    assertThat(p.where()).isEqualTo(Location.ofLine("d.csv", 4));
    assertThat(p.message()).isEqualTo("bad code 12");
    assertThat(p.expected()).isEqualTo(Optional.empty());
    assertThat(p).hasToString("d.csv:4: bad code 12 [division.bad-code]");
    Problem e = p.withExpected("12 digits");
    assertThat(e.expected()).contains("12 digits");
    assertThat(e.id()).isEqualTo(p.id());
    assertThat(e.where()).isEqualTo(p.where());
    assertThat(e.message()).isEqualTo(p.message());
    assertThat(e).hasToString("d.csv:4: bad code 12 (expected 12 digits) [division.bad-code]");
  }

  @Test
  void aProblemNeedsAnIdAndAMessage() {
    assertThatThrownBy(() -> Problem.of(" ", Location.unknown(), "m")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a problem needs an id and a message");
    assertThatThrownBy(() -> Problem.of("id", Location.unknown(), "")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Problem.of("i", Location.unknown(), "m").message()).isEqualTo("m");
  }

  @Test
  void problemsAreEqualWhenEveryPartIs() {
    Problem p = Problem.of("a.b", Location.ofSubject("x"), "m").withExpected("e");
    Problem same = Problem.of("a.b", Location.ofSubject("x"), "m").withExpected("e");
    assertThat(p).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(p).isNotEqualTo(Problem.of("a.c", Location.ofSubject("x"), "m").withExpected("e"))
        .isNotEqualTo(Problem.of("a.b", Location.ofSubject("y"), "m").withExpected("e"))
        .isNotEqualTo(Problem.of("a.b", Location.ofSubject("x"), "n").withExpected("e"))
        .isNotEqualTo(Problem.of("a.b", Location.ofSubject("x"), "m").withExpected("f"))
        .isNotEqualTo(Problem.of("a.b", Location.ofSubject("x"), "m"))
        .isNotEqualTo("a.b");
    assertThat(p.hashCode()).isNotEqualTo(Problem.of("a.b", Location.ofSubject("x"), "m").hashCode());
  }

  @Test
  void anExceptionListsUpToTwentyProblemsAndCountsTheRest() {
    Problem one = Problem.of("x.one", Location.ofSubject("a"), "first");
    ProblemException single = new ProblemException("cannot read", List.of(one));
    assertThat(single.problems()).containsExactly(one);
    assertThat(single).hasMessage("cannot read: 1 problem" + NL + "  [a]: first [x.one]");
    List<Problem> many = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      many.add(Problem.of("x.n", Location.ofSubject("s" + i), "bad " + i));
    }
    ProblemException twenty = new ProblemException("cannot build", many);
    assertThat(twenty.getMessage()).startsWith("cannot build: 20 problems" + NL + "  [s1]: bad 1 [x.n]")
        .endsWith("  [s20]: bad 20 [x.n]").doesNotContain("more");
    many.add(Problem.of("x.n", Location.ofSubject("s21"), "bad 21"));
    many.add(Problem.of("x.n", Location.ofSubject("s22"), "bad 22"));
    ProblemException more = new ProblemException("cannot build", many);
    assertThat(more.getMessage()).startsWith("cannot build: 22 problems").contains("[s20]: bad 20")
        .doesNotContain("bad 21").endsWith(NL + "  … and 2 more");
    assertThat(more.problems()).hasSize(22);
    many.clear();
    assertThat(more.problems()).hasSize(22);
    assertThatThrownBy(() -> more.problems().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anExceptionNeedsAProblem() {
    assertThatThrownBy(() -> new ProblemException("x", List.of())).isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(ProblemException.class).hasMessage("a ProblemException needs at least one problem");
  }
}
