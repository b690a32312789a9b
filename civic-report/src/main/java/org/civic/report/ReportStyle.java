package org.civic.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import org.civic.metric.Ratio;

/**
 * How a report writes numbers — 数字格式: the language, the scale of percentages (the source
 * writes 69.2% and 39.88%), half-up rounding, and money in 万元 or 元.
 *
 * <p>Immutable and thread-safe.
 *
 * @param locale the language, not null
 * @param percentScale digits after the decimal point of percentages, 0 to 6
 * @param moneyIn10k whether money is written in 万元 (ten thousand yuan) rather than 元
 */
public record ReportStyle(Locale locale, int percentScale, boolean moneyIn10k) {

  /**
   * Creates a style.
   *
   * @throws IllegalArgumentException if the scale is out of range
   */
  public ReportStyle {
    Objects.requireNonNull(locale, "locale");
    if (percentScale < 0 || percentScale > 6) {
      throw new IllegalArgumentException("percentScale must be 0 to 6: " + percentScale);
    }
  }

  /** Returns the Chinese style: percentages at one decimal, money in 万元. */
  public static ReportStyle chinese() {
    return new ReportStyle(Locale.CHINA, 1, true);
  }

  /** Returns the English style: percentages at one decimal, money in 万元 (10k yuan). */
  public static ReportStyle english() {
    return new ReportStyle(Locale.ENGLISH, 1, true);
  }

  /** Returns a copy with another percentage scale. */
  public ReportStyle withPercentScale(int scale) {
    return new ReportStyle(locale, scale, moneyIn10k);
  }

  /** Returns the text of a label. */
  public String text(Text text) {
    return text.in(locale);
  }

  /** Formats a cell. */
  public String format(Cell cell) {
    if (cell instanceof Cell.TextCell t) {
      return text(t.text());
    } else if (cell instanceof Cell.Count c) {
      return grouped(c.value()) + c.unit().suffix(locale);
    } else if (cell instanceof Cell.Rate r) {
      return percent(r.ratio());
    }
    return money(((Cell.Money) cell).yuan());
  }

  /** Formats a rate, half-up at the scale; "—" when empty (0 / 0). */
  public String percent(Ratio r) {
    return r.isEmpty() ? "—" : r.format(percentScale);
  }

  /** Formats money: 万元 with two decimals, or 元 grouped. */
  public String money(long yuan) {
    if (moneyIn10k) {
      String n = BigDecimal.valueOf(yuan).divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP).toPlainString();
      return "zh".equals(locale.getLanguage()) ? n + "万元" : n + " ×10k yuan";
    }
    return grouped(yuan) + ("zh".equals(locale.getLanguage()) ? "元" : " yuan");
  }

  /** Formats a whole number with grouping. */
  public String grouped(long value) {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
  }
}
