package org.civic.metric;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A reporting period — 统计周期: a day, a month, a quarter, a year or any range of days, both
 * ends included. Knows the period before it (环比) and the same period a year earlier (同比).
 *
 * <p>Immutable and thread-safe; {@link #toString()} prints what {@link #parse} reads:
 * {@code 2024-03-05}, {@code 2024-03}, {@code 2024-Q1}, {@code 2024}, {@code 2024-03-05/2024-04-20}.
 */
public final class Period {

  /** What kind of period. */
  public enum Kind {
    /** One day. */
    DAY,
    /** A calendar month. */
    MONTH,
    /** A calendar quarter. */
    QUARTER,
    /** A calendar year. */
    YEAR,
    /** Any range of days. */
    RANGE
  }

  private final Kind kind;
  private final LocalDate from;
  private final LocalDate to;

  private Period(Kind kind, LocalDate from, LocalDate to) {
    this.kind = kind;
    this.from = from;
    this.to = to;
  }

  /** Obtains one day. */
  public static Period day(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return new Period(Kind.DAY, day, day);
  }

  /** Obtains a month. */
  public static Period month(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
  }

  /**
   * Obtains a quarter.
   *
   * @param year the year
   * @param quarter 1 to 4
   * @return the quarter, not null
   * @throws IllegalArgumentException if quarter is not 1 to 4
   */
  public static Period quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("a quarter is 1 to 4, got " + quarter);
    }
    YearMonth first = YearMonth.of(year, Month.of(quarter * 3 - 2));
    return new Period(Kind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
  }

  /** Obtains a year. */
  public static Period year(int year) {
    return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Obtains a range of days, both included.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Period between(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
    }
    return new Period(Kind.RANGE, from, to);
  }

  /**
   * Parses {@code 2024-03-05}, {@code 2024-03}, {@code 2024-Q1}, {@code 2024} or
   * {@code 2024-03-05/2024-04-20}.
   *
   * @throws IllegalArgumentException naming the text and the forms expected
   */
  public static Period parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip();
    try {
      if (s.contains("/")) {
        String[] p = s.split("/", 2);
        return between(LocalDate.parse(p[0]), LocalDate.parse(p[1]));
      } else if (s.matches("\\d{4}")) {
        return year(Integer.parseInt(s));
      } else if (s.matches("\\d{4}-[Qq][1-4]")) {
        return quarter(Integer.parseInt(s.substring(0, 4)), s.charAt(6) - '0');
      } else if (s.matches("\\d{4}-\\d{2}")) {
        return month(YearMonth.parse(s));
      }
      return day(LocalDate.parse(s));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("invalid period \"" + text
          + "\": expected 2024-03-05, 2024-03, 2024-Q1, 2024 or 2024-03-05/2024-04-20", e);
    }
  }

  /** Returns the kind. */
  public Kind kind() {
    return kind;
  }

  /** Returns the first day. */
  public LocalDate from() {
    return from;
  }

  /** Returns the last day. */
  public LocalDate to() {
    return to;
  }

  /** Returns the number of days. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** Tells whether a day falls in the period. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /** Returns the period just before this one (环比): the previous day, month, quarter or year, or the same number of days before a range. */
  public Period previous() {
    return switch (kind) {
      case DAY -> day(from.minusDays(1));
      case MONTH -> month(YearMonth.from(from).minusMonths(1));
      case QUARTER -> quarter(from.minusMonths(3).getYear(), (from.minusMonths(3).getMonthValue() + 2) / 3);
      case YEAR -> year(from.getYear() - 1);
      case RANGE -> between(from.minusDays(days()), from.minusDays(1));
    };
  }

  /** Returns the same period a year earlier (同比). */
  public Period yearAgo() {
    return switch (kind) {
      case DAY -> day(from.minusYears(1));
      case MONTH -> month(YearMonth.from(from).minusYears(1));
      case QUARTER -> quarter(from.getYear() - 1, (from.getMonthValue() + 2) / 3);
      case YEAR -> year(from.getYear() - 1);
      case RANGE -> between(from.minusYears(1), to.minusYears(1));
    };
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Period p && kind == p.kind && from.equals(p.from) && to.equals(p.to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, from, to);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case DAY -> from.toString();
      case MONTH -> YearMonth.from(from).toString();
      case QUARTER -> year(from) + "-Q" + ((from.getMonthValue() + 2) / 3);
      case YEAR -> year(from);
      case RANGE -> from + "/" + to;
    };
  }

  /**
   * A year as {@link #parse} reads it: four digits, zero-padded (year 224 is {@code 0224}, found by
   * fuzzing); years outside 0 to 9999, which parse does not read as a year, as they are.
   */
  private static String year(LocalDate day) {
    int y = day.getYear();
    return y >= 0 && y <= 9999 ? String.format(java.util.Locale.ROOT, "%04d", y) : Integer.toString(y);
  }
}
