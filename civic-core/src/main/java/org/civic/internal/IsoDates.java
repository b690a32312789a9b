package org.civic.internal;

/**
 * The one routine every civic reader uses for a calendar date written {@code yyyy-MM-dd} (ISO
 * 8601, four-digit year): from the text's characters or UTF-8 bytes straight to days since
 * 1970-01-01, with the same answer as {@code LocalDate.parse(text).toEpochDay()} for every text
 * of that form, and {@link #INVALID} for every other text of ten characters and every day that
 * does not exist (2023-02-30). A reader gives any other form to {@code LocalDate.parse}, which
 * accepts what ISO allows beyond it (a sign, more year digits) and says what is wrong.
 *
 * <p>Also the days of the years the activity columns hold, ±{@value #MAX_YEAR}: their epoch
 * days fit an {@code int}.
 *
 * <p>Not for hosts. Stateless and thread-safe.
 */
public final class IsoDates {

  /** What the methods return for a text that is not a day. */
  public static final int INVALID = Integer.MIN_VALUE;

  /** The latest year (and, negated, the earliest) whose days {@link #epochDay} gives. */
  public static final int MAX_YEAR = 999_999;

  /** The length of {@code yyyy-MM-dd}. */
  public static final int LENGTH = 10;

  /** A month's days in a year that is not leap (by month, 1–12). */
  private static final int[] DAYS_IN = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private IsoDates() {}

  /**
   * Reads {@code yyyy-MM-dd} from the ten bytes at {@code b[i]}.
   *
   * @throws IndexOutOfBoundsException if fewer than ten bytes follow i
   */
  public static int parse(byte[] b, int i) {
    if (b[i + 4] != '-' || b[i + 7] != '-') {
      return INVALID;
    }
    return days(b[i] - '0', b[i + 1] - '0', b[i + 2] - '0', b[i + 3] - '0', b[i + 5] - '0', b[i + 6] - '0',
        b[i + 8] - '0', b[i + 9] - '0');
  }

  /**
   * Reads {@code yyyy-MM-dd} from the ten characters at {@code c[i]}.
   *
   * @throws IndexOutOfBoundsException if fewer than ten characters follow i
   */
  public static int parse(char[] c, int i) {
    if (c[i + 4] != '-' || c[i + 7] != '-') {
      return INVALID;
    }
    return days(c[i] - '0', c[i + 1] - '0', c[i + 2] - '0', c[i + 3] - '0', c[i + 5] - '0', c[i + 6] - '0',
        c[i + 8] - '0', c[i + 9] - '0');
  }

  /** Reads a text that should be {@code yyyy-MM-dd}; {@link #INVALID} if it is not ten characters. */
  public static int parse(CharSequence s) {
    if (s.length() != LENGTH || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return INVALID;
    }
    return days(s.charAt(0) - '0', s.charAt(1) - '0', s.charAt(2) - '0', s.charAt(3) - '0', s.charAt(5) - '0',
        s.charAt(6) - '0', s.charAt(8) - '0', s.charAt(9) - '0');
  }

  /** The day of eight digits' values (each should be 0–9), or INVALID. */
  private static int days(int y0, int y1, int y2, int y3, int m0, int m1, int d0, int d1) {
    // a digit d is 0–9: neither d nor 9 − d is negative, so one test covers all eight
    int notDigit = y0 | 9 - y0 | y1 | 9 - y1 | y2 | 9 - y2 | y3 | 9 - y3 | m0 | 9 - m0 | m1 | 9 - m1 | d0 | 9 - d0
        | d1 | 9 - d1;
    if (notDigit < 0) {
      return INVALID;
    }
    return epochDay(((y0 * 10 + y1) * 10 + y2) * 10 + y3, m0 * 10 + m1, d0 * 10 + d1);
  }

  /**
   * Returns {@code LocalDate.of(year, month, day).toEpochDay()} without making the date, or
   * {@link #INVALID} if it is not a day of the calendar or the year is beyond ±{@value #MAX_YEAR}.
   */
  public static int epochDay(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || year < -MAX_YEAR || year > MAX_YEAR
        || day > 28 && day > DAYS_IN[month] + (month == 2 && leap(year) ? 1 : 0)) {
      return INVALID;
    }
    long y = year;
    long total = 365 * y;
    if (y >= 0) {
      total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    } else {
      total -= y / -4 - y / -100 + y / -400;
    }
    total += (367L * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!leap(year)) {
        total--;
      }
    }
    return (int) (total - 719_528L);
  }

  /** Tells whether an epoch day is one of a year within ±{@value #MAX_YEAR}. */
  public static boolean inRange(long epochDay) {
    return epochDay >= MIN_DAY && epochDay <= MAX_DAY;
  }

  private static final int MIN_DAY = epochDay(-MAX_YEAR, 1, 1);
  private static final int MAX_DAY = epochDay(MAX_YEAR, 12, 31);

  private static boolean leap(long year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }
}
