package org.civic.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

  @ParameterizedTest
  @CsvSource({
      "2024-03-05, DAY, 2024-03-04, 2023-03-05",
      "2024-03, MONTH, 2024-02, 2023-03",
      "2024-01, MONTH, 2023-12, 2023-01",
      "2024-Q1, QUARTER, 2023-Q4, 2023-Q1",
      "2024-Q3, QUARTER, 2024-Q2, 2023-Q3",
      "2024, YEAR, 2023, 2023",
      "2024-03-05/2024-03-14, RANGE, 2024-02-24/2024-03-04, 2023-03-05/2023-03-14",
  })
  void parsePrintPreviousAndYearAgo(String text, Period.Kind kind, String previous, String yearAgo) {
    Period p = Period.parse(text);
    assertThat(p.kind()).isEqualTo(kind);
    assertThat(p).hasToString(text);
    assertThat(p.previous()).hasToString(previous);
    assertThat(p.yearAgo()).hasToString(yearAgo);
    assertThat(Period.parse(p.toString())).isEqualTo(p);
  }

  /** Found by fuzzing (PeriodFuzzTestInputs/parse/crash-a02ea72e…): "0224" printed as "224", which parse refuses. */
  @Test
  void earlyYearsPrintWithFourDigitsAndParseBack() {
    assertThat(Period.parse("0224")).hasToString("0224").isEqualTo(Period.year(224));
    assertThat(Period.parse("0005-Q2")).hasToString("0005-Q2").isEqualTo(Period.quarter(5, 2));
    assertThat(Period.parse(Period.year(0).toString())).isEqualTo(Period.year(0));
    assertThat(Period.parse("0224-03")).hasToString("0224-03");
  }

  @Test
  void boundsAndLengths() {
    Period q = Period.quarter(2024, 1);
    assertThat(q.from()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(q.to()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(q.days()).isEqualTo(91);
    assertThat(Period.month(YearMonth.of(2024, 2)).days()).isEqualTo(29);
    assertThat(q.contains(LocalDate.of(2024, 3, 31))).isTrue();
    assertThat(q.contains(LocalDate.of(2024, 4, 1))).isFalse();
    assertThatThrownBy(() -> Period.parse("2024-13")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"2024-13\"").hasMessageContaining("expected");
    assertThatThrownBy(() -> Period.quarter(2024, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Period.between(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))
        .hasMessageContaining("before it starts");
  }

  @Test
  void changes() {
    Change c = new Change(120, 100);
    assertThat(c.absolute()).isEqualTo(20);
    assertThat(c.relativePercent(1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20.0"));
    assertThat(new Change(5, 0).relativePercent(1)).isEmpty();
    assertThat(new Change(50, 100).relativePercent(0)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-50"));
    assertThat(new Change(Long.MAX_VALUE, Long.MAX_VALUE / 2).relativePercent(0)) // difference × 100 exceeds a long
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
    assertThatThrownBy(() -> new Change(Long.MAX_VALUE, -1).absolute()).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> c.relativePercent(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void algebraBasics() {
    assertThat(Ratio.of(262, 657).format(2)).isEqualTo("39.88%");
    assertThat(Ratio.of(1, 2).plus(Ratio.of(1, 3))).isEqualTo(Ratio.of(2, 5));
    assertThat(Ratio.empty().isEmpty()).isTrue();
    assertThatThrownBy(() -> Ratio.empty().percent(1)).isInstanceOf(IllegalStateException.class);
    assertThat(Mean.of(9, 2).plus(Mean.of(1, 2)).value(1)).isEqualByComparingTo("2.5");
    assertThatThrownBy(() -> Mean.of(3, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Extremes.of(3).plus(Extremes.of(9)).plus(Extremes.empty())).isEqualTo(Extremes.of(3, 9));
    assertThat(Extremes.empty().min()).isEmpty();
    DistinctCount d = DistinctCount.of(1, 2, 3).plus(DistinctCount.of(3, 4));
    assertThat(d.count()).isEqualTo(4);
    assertThat(DistinctCount.fromBytes(d.toBytes())).isEqualTo(d);
    assertThatThrownBy(() -> DistinctCount.fromBytes(new byte[] {1, 2})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DistinctCount.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
