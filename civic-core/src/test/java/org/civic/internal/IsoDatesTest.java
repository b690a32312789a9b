package org.civic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The one date routine agrees with {@code java.time} on every text and every day. */
class IsoDatesTest {

  private static long expected(String text) {
    try {
      return LocalDate.parse(text).toEpochDay();
    } catch (DateTimeParseException e) {
      return IsoDates.INVALID;
    }
  }

  @Test
  void daysAreCountedAsLocalDateCountsThem() {
    qt().withExamples(5000).forAll(integers().between(-IsoDates.MAX_YEAR - 2, IsoDates.MAX_YEAR + 2),
        integers().between(-1, 14), integers().between(-1, 33)).checkAssert((y, m, d) -> {
          long expected;
          try {
            LocalDate date = LocalDate.of(y, m, d);
            expected = Math.abs(y) <= IsoDates.MAX_YEAR ? date.toEpochDay() : IsoDates.INVALID;
          } catch (DateTimeException e) {
            expected = IsoDates.INVALID;
          }
          assertThat((long) IsoDates.epochDay(y, m, d)).as("%d-%d-%d", y, m, d).isEqualTo(expected);
          assertThat(expected == IsoDates.INVALID || IsoDates.inRange(expected)).isTrue();
        });
    assertThat(IsoDates.inRange(IsoDates.epochDay(IsoDates.MAX_YEAR, 12, 31) + 1L)).isFalse();
    assertThat(IsoDates.inRange(IsoDates.epochDay(-IsoDates.MAX_YEAR, 1, 1) - 1L)).isFalse();
  }

  @Test
  void tenCharacterTextsAreReadAsLocalDateParseReadsThem() {
    // well-formed dates, then one or two characters replaced: digits that make impossible days,
    // signs, letters, spaces, bytes outside ASCII
    String near = "/:09Oo+- .\"x\u00e9٣";
    qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      char[] c = String.format("%04d-%02d-%02d", r.nextInt(0, 10000), r.nextInt(0, 14), r.nextInt(0, 33)).toCharArray();
      for (int k = r.nextInt(3); k > 0; k--) {
        c[r.nextInt(c.length)] = r.nextBoolean() ? near.charAt(r.nextInt(near.length())) : (char) r.nextInt(128);
      }
      String text = new String(c);
      long expected = expected(text);
      assertThat((long) IsoDates.parse(text)).as(text).isEqualTo(expected);
      assertThat((long) IsoDates.parse(("«" + text).toCharArray(), 1)).as(text).isEqualTo(expected);
      byte[] b = ("\"" + text + "\"").getBytes(StandardCharsets.UTF_8);
      if (b.length == 12) { // one byte a character: the bytes are the characters
        assertThat((long) IsoDates.parse(b, 1)).as(text).isEqualTo(expected);
      }
    });
  }

  @Test
  void otherLengthsAreLeftToLocalDateParse() {
    assertThat(IsoDates.parse("+12024-01-01")).isEqualTo(IsoDates.INVALID);
    assertThat(IsoDates.parse("2024-1-01")).isEqualTo(IsoDates.INVALID);
    assertThat(IsoDates.parse("")).isEqualTo(IsoDates.INVALID);
    assertThat(IsoDates.parse("2024-02-29")).isEqualTo((int) LocalDate.of(2024, 2, 29).toEpochDay());
    assertThat(IsoDates.parse("2023-02-29")).isEqualTo(IsoDates.INVALID);
  }
}
