package org.civic.division;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A statistical division code — 统计用区划代码: 12 digits, province 2 + city 2 + county 2 +
 * township 3 + village 3. The first six digits are the GB/T 2260 code of the county-level unit.
 *
 * <p>The level and the parent follow from the digits alone. A township of a city without
 * counties (东莞 4419, 中山 4420, 儋州 4604) has {@code 00} in its county digits; its parent is
 * the city, which is a normal case and not an error.
 *
 * <p>A code is valid when it has 12 ASCII digits, its province digits are not {@code 00}, and no
 * lower segment is set where the segment above it is needed: city {@code 00} only for a
 * province code, and township {@code 000} only when the village digits are {@code 000} too.
 *
 * <p>Immutable and thread-safe; {@link #toString()} prints what {@link #parse} reads.
 */
public final class DivisionCode implements Comparable<DivisionCode> {

  /** The largest 12-digit value. */
  private static final long MAX = 999_999_999_999L;

  private final long value;

  private DivisionCode(long value) {
    this.value = value;
  }

  /**
   * Obtains a code from text: 12 digits, or a 6-digit GB/T 2260 code meaning the province, city
   * or county it names (padded with six zeros).
   *
   * @param text the code, not null
   * @return the code, not null
   * @throws InvalidDivisionCodeException if the text is not a valid code
   */
  public static DivisionCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    if (length != 12 && length != 6) {
      throw new InvalidDivisionCodeException(text.toString(),
          "12 digits (or a 6-digit county code), got " + length + " characters");
    }
    long v = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidDivisionCodeException(text.toString(),
            "only the digits 0-9, got '" + c + "' at position " + (i + 1));
      }
      v = v * 10 + (c - '0');
    }
    if (length == 6) {
      v *= 1_000_000L;
    }
    String problem = problem(v);
    if (problem != null) {
      throw new InvalidDivisionCodeException(text.toString(), problem);
    }
    return new DivisionCode(v);
  }

  /**
   * Obtains a code from its 12-digit numeric value, such as {@code 411081000000L}.
   *
   * @param value the code as a number
   * @return the code, not null
   * @throws InvalidDivisionCodeException if the value is not a valid code
   */
  public static DivisionCode of(long value) {
    String problem = value < 0 || value > MAX ? "a value of at most 12 digits" : problem(value);
    if (problem != null) {
      throw new InvalidDivisionCodeException(Long.toString(value), problem);
    }
    return new DivisionCode(value);
  }

  /**
   * Tells whether a numeric value is a valid code; for bulk readers that want no exception.
   *
   * @param value the value
   * @return true if {@link #of(long)} would accept it
   */
  public static boolean isValid(long value) {
    return value >= 0 && value <= MAX && problem(value) == null;
  }

  private static @Nullable String problem(long v) {
    int province = (int) (v / 10_000_000_000L);
    int city = (int) (v / 100_000_000L % 100);
    int county = (int) (v / 1_000_000L % 100);
    int township = (int) (v / 1000 % 1000);
    int village = (int) (v % 1000);
    if (province == 0) {
      return "province digits 11-82, got 00";
    }
    if (city == 0 && (county != 0 || township != 0 || village != 0)) {
      return "city digits set below a province, got 00";
    }
    if (township == 0 && village != 0) {
      return "township digits set above a village, got 000";
    }
    return null;
  }

  /** Returns the code as a 12-digit number. */
  public long value() {
    return value;
  }

  /** Returns the level the code's digits give. */
  public DivisionLevel level() {
    return levelOf(value);
  }

  /** Returns the level of a valid 12-digit code value without building a code. */
  public static DivisionLevel levelOf(long value) {
    if (value % 1000 != 0) {
      return DivisionLevel.VILLAGE;
    } else if (value % 1_000_000 != 0) {
      return DivisionLevel.TOWNSHIP;
    } else if (value % 100_000_000 != 0) {
      return DivisionLevel.COUNTY;
    } else if (value % 10_000_000_000L != 0) {
      return DivisionLevel.CITY;
    }
    return DivisionLevel.PROVINCE;
  }

  /**
   * Returns the code of the parent division, as the digits give it: a village's township, a
   * township's county — or its city where the county digits are {@code 00} — and so on. Empty for
   * a province.
   */
  public Optional<DivisionCode> parent() {
    long p = parentOf(value);
    return p < 0 ? Optional.empty() : Optional.of(new DivisionCode(p));
  }

  /** Returns the parent's code value of a valid code value, or -1 for a province. */
  public static long parentOf(long value) {
    switch (levelOf(value)) {
      case VILLAGE:
        return value - value % 1000;
      case TOWNSHIP:
        // With county digits 00 (a city without counties) this is the city's code.
        return value - value % 1_000_000;
      case COUNTY:
        return value - value % 100_000_000;
      case CITY:
        return value - value % 10_000_000_000L;
      default:
        return -1;
    }
  }

  /**
   * Tells whether this code is an ancestor of another: the other's digits start with this
   * code's significant digits, and it is not this code.
   *
   * @param other the other code, not null
   * @return true if this division contains the other one
   */
  public boolean isAncestorOf(DivisionCode other) {
    Objects.requireNonNull(other, "other");
    return other.value != value && other.value - other.value % span() == value;
  }

  /** Returns 10^k where k is the number of trailing digits a descendant may change. */
  private long span() {
    return spanOf(level());
  }

  /** Returns how many code values a division at a level spans, descendants included. */
  static long spanOf(DivisionLevel level) {
    switch (level) {
      case PROVINCE:
        return 10_000_000_000L;
      case CITY:
        return 100_000_000L;
      case COUNTY:
        return 1_000_000L;
      case TOWNSHIP:
        return 1000L;
      default:
        return 1L;
    }
  }

  /** Returns the six-digit GB/T 2260 code of the county-level unit (or city, or province). */
  public String countyCode() {
    return toString().substring(0, 6);
  }

  /**
   * Returns the kind of the township segment — street, town, township or other — for a code at
   * township or village level; empty above.
   */
  public Optional<TownshipKind> townshipKind() {
    int digits = (int) (value / 1000 % 1000);
    return digits == 0 ? Optional.empty() : Optional.of(TownshipKind.ofDigits(digits));
  }

  /** Returns the kind of the village segment — community, village or other — for a village code. */
  public Optional<VillageKind> villageKind() {
    int digits = (int) (value % 1000);
    return digits == 0 ? Optional.empty() : Optional.of(VillageKind.ofDigits(digits));
  }

  @Override
  public int compareTo(DivisionCode other) {
    return Long.compare(value, other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DivisionCode other && value == other.value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  /** Returns the 12 digits, zero-padded, such as {@code 411081000000}. */
  @Override
  public String toString() {
    return format(value);
  }

  /** Formats a code value as 12 zero-padded digits. */
  public static String format(long value) {
    char[] digits = new char[12];
    long v = value;
    for (int i = 11; i >= 0; i--) {
      digits[i] = (char) ('0' + v % 10);
      v /= 10;
    }
    return new String(digits);
  }
}
