package org.civic.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civic.activity.Activity;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.civic.testkit.DamagedLines.Damage;
import org.junit.jupiter.api.Test;

class DamagedLinesTest {

  /** A stand-in for civic-json's writer: the record's type and a number, as a JSON object. */
  private static final DamagedLines.Encoder ENCODER = record -> ("{\"type\":\"" + record.getClass().getSimpleName()
      + "\",\"n\":" + record.hashCode() + "}").getBytes(StandardCharsets.UTF_8);

  private static final int LINES = 100 * Damage.values().length + 1;

  private static byte[] bytes;
  private static DamagedLines.Written written;

  static {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    written = DamagedLines.write(out, 7, LINES, ENCODER);
    bytes = out.toByteArray();
  }

  private static List<byte[]> lines() {
    List<byte[]> lines = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(java.util.Arrays.copyOfRange(bytes, from, i));
        from = i + 1;
      }
    }
    assertThat(from).as("the last line ends with a newline").isEqualTo(bytes.length);
    return lines;
  }

  @Test
  void writesTheHeaderThenOneDamagedLineInEachHundredAndEveryKindOnce() {
    List<byte[]> lines = lines();
    assertThat(lines).hasSize(LINES);
    assertThat(written.lines()).isEqualTo(LINES);
    assertThat(new String(lines.get(0), StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"header\",\"format\":\"civic/1\"}");
    int[] damaged = written.damagedLines();
    assertThat(damaged).hasSize(Damage.values().length).isSorted();
    for (int run = 0; run < damaged.length; run++) {
      assertThat(damaged[run]).isBetween(2 + 100 * run, 101 + 100 * run);
    }
    for (Damage d : Damage.values()) {
      assertThat(written.damaged(d)).as("%s", d).isEqualTo(1);
    }
    assertThat(written.damaged()).isEqualTo(Damage.values().length);
  }

  @Test
  void theGoodLinesAreTheEncodersAndTheirCountsAddUp() {
    List<byte[]> lines = lines();
    long good = 0;
    for (int line = 2; line <= LINES; line++) {
      if (written.damageAt(line).isEmpty()) {
        assertThat(new String(lines.get(line - 1), StandardCharsets.UTF_8)).startsWith("{\"type\":\"");
        good++;
      }
    }
    long unknownField = written.damaged(Damage.UNKNOWN_FIELD);
    assertThat(written.goodRecords()).isEqualTo(good + unknownField);
    assertThat(written.good().keySet()).contains(Activity.class);
    assertThat(written.good().get(Activity.class)).isGreaterThan(written.goodRecords() / 2);
  }

  @Test
  void onlyTheTooLongLinesPassTheLineLimit() {
    List<byte[]> lines = lines();
    for (int line = 1; line <= LINES; line++) {
      int length = lines.get(line - 1).length;
      if (written.damageAt(line).filter(d -> d == Damage.LINE_TOO_LONG).isPresent()) {
        assertThat(length).isEqualTo(DamagedLines.LONG_LINE).isGreaterThan(DamagedLines.LINE_LIMIT);
      } else {
        assertThat(length).as("line %d", line).isLessThan(DamagedLines.LINE_LIMIT / 10);
      }
    }
  }

  @Test
  void theSameSeedWritesTheSameFile() {
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    DamagedLines.Written w = DamagedLines.write(again, 7, LINES, ENCODER);
    assertThat(again.toByteArray()).isEqualTo(bytes);
    assertThat(w.damagedLines()).isEqualTo(written.damagedLines());
    assertThat(w.good()).isEqualTo(written.good());
    ByteArrayOutputStream other = new ByteArrayOutputStream();
    DamagedLines.write(other, 8, LINES, ENCODER);
    assertThat(other.toByteArray()).isNotEqualTo(bytes);
  }

  /** The problems a faultless lenient read reports. */
  private static List<Problem> problems(boolean errors) {
    List<Problem> out = new ArrayList<>();
    for (int line : written.damagedLines()) {
      Damage d = written.damageAt(line).orElseThrow();
      if (d.rejects() == errors) {
        out.add(Problem.of(d.problemId(), Location.ofLine("f", line), "m"));
      }
    }
    return out;
  }

  @Test
  void differencesAreNoneForAFaultlessReadAndNameEachFault() {
    Map<Class<?>, Long> delivered = new HashMap<>(written.good());
    assertThat(written.differences(delivered, problems(true), problems(false))).isEmpty();

    delivered.merge(Activity.class, -1L, Long::sum);
    assertThat(written.differences(delivered, problems(true), problems(false)))
        .containsExactly("Activity: " + delivered.get(Activity.class) + " delivered, "
            + written.good().get(Activity.class) + " good written");

    List<Problem> errors = problems(true);
    Problem first = errors.remove(0);
    errors.add(Problem.of("json.syntax", Location.unknown(), "no line"));
    errors.add(Problem.of("json.syntax", Location.ofLine("f", 1), "the header"));
    errors.add(first);
    errors.add(first); // twice
    assertThat(written.differences(written.good(), errors, problems(false))).satisfiesExactly(
        d -> assertThat(d).startsWith("a problem without a line number"),
        d -> assertThat(d).startsWith("line " + first.where().line().getAsLong()).contains(", " + first.id() + "]"),
        d -> assertThat(d).isEqualTo("line 1 is not damaged but has errors [json.syntax]"));

    assertThat(written.differences(written.good(), problems(true), List.of()))
        .singleElement().asString().contains("UNKNOWN_FIELD", "warnings none");
  }

  @Test
  void refusesNullsAndTooFewLines() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> DamagedLines.write(null, 1, 10, ENCODER)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DamagedLines.write(out, 1, 10, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DamagedLines.write(out, 1, 1, ENCODER)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> written.differences(null, List.of(), List.of())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> written.damaged(null)).isInstanceOf(NullPointerException.class);
    assertThat(DamagedLines.write(out, 1, 2, ENCODER).lines()).isEqualTo(2);
  }

  @Test
  void eachDamageNamesItsProblemAndCorpus() {
    for (Damage d : Damage.values()) {
      assertThat(d.problemId()).matches("[a-z]+\\.[a-z-]+");
      assertThat(d.corpus()).isNotEmpty();
      assertThat(d.rejects()).isEqualTo(d != Damage.UNKNOWN_FIELD);
    }
  }
}
