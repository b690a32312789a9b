package org.civic.report;

import java.util.Objects;
import org.civic.metric.Ratio;

/**
 * One cell of a report table — 表格单元: text, a count with its unit, a rate kept as numerator and
 * denominator, or a sum of money in yuan. Formatting happens in the renderer, per
 * {@link ReportStyle}.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Cell {

  /** Text. */
  record TextCell(Text text) implements Cell {
    /** Creates a text cell. */
    public TextCell {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A count. */
  record Count(long value, Unit unit) implements Cell {
    /** Creates a count cell. */
    public Count {
      Objects.requireNonNull(unit, "unit");
    }
  }

  /** A rate, formatted as a percentage (or "—" when the denominator is 0). */
  record Rate(Ratio ratio) implements Cell {
    /** Creates a rate cell. */
    public Rate {
      Objects.requireNonNull(ratio, "ratio");
    }
  }

  /** Money in yuan, formatted in 万元 or 元 per style. */
  record Money(long yuan) implements Cell {}

  /** Obtains a text cell. */
  static Cell text(Text text) {
    return new TextCell(text);
  }

  /** Obtains a text cell that reads the same in both languages. */
  static Cell text(String text) {
    return new TextCell(Text.same(text));
  }

  /** Obtains a count cell. */
  static Cell count(long value, Unit unit) {
    return new Count(value, unit);
  }

  /** Obtains a rate cell. */
  static Cell rate(Ratio ratio) {
    return new Rate(ratio);
  }

  /** Obtains a money cell. */
  static Cell yuan(long yuan) {
    return new Money(yuan);
  }
}
