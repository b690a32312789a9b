package org.civic.metric;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * The fuzz target for {@link Period#parse} (Jazzer; inputs under
 * {@code src/test/resources/org/civic/metric/PeriodFuzzTestInputs/}, docs/RELIABILITY.md): any
 * text parses to a period that prints back to an equal one, or is refused with an
 * {@link IllegalArgumentException} of civic's own that quotes the text — never a
 * {@code DateTimeException}, {@code NumberFormatException} or other exception of the JDK's.
 */
class PeriodFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Period period;
    try {
      period = Period.parse(text);
    } catch (IllegalArgumentException e) {
      assertThat(e.getClass()).as("%s", e).isEqualTo(IllegalArgumentException.class);
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(Period.parse(period.toString())).isEqualTo(period);
    assertThat(period.from()).isBeforeOrEqualTo(period.to());
  }
}
