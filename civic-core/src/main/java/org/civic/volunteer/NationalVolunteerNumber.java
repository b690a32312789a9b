package org.civic.volunteer;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The national volunteer number — 志愿者统一编号: the number the national volunteer service
 * information system (全国志愿服务信息系统) gives each registered volunteer, used in place of the
 * ID-card number and kept when a volunteer moves to another county's register. Where a volunteer
 * has one, it is the volunteer's stable id across registers; a register's own
 * {@link VolunteerId} stays the key of its records.
 *
 * <p>Its format is kept opaque on purpose: neither the source reports nor the 2021 rules on
 * service records (民政部令第67号) publish a length or a check digit, and a guessed pattern would
 * refuse real numbers. civic accepts 1 to 32 characters from {@code A-Z a-z 0-9 -}, and refuses
 * one thing it can tell for certain: an 18-character resident identity number (GB 11643: a
 * division code, a birth date and a valid ISO 7064 MOD 11-2 check character), because the
 * national number exists so that the ID-card number need not be passed around.
 *
 * <p>Immutable and thread-safe; {@link #toString()} prints what {@link #of} reads. Two numbers are
 * equal when their texts are, and ordered by their texts.
 */
public final class NationalVolunteerNumber implements Comparable<NationalVolunteerNumber> {

  /** The longest number accepted. */
  public static final int MAX_LENGTH = 32;

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  private final String value;

  private NationalVolunteerNumber(String value) {
    this.value = value;
  }

  /**
   * Obtains a national volunteer number from its text.
   *
   * @param value 1 to 32 characters from {@code A-Z a-z 0-9 -}, not null
   * @return the number, not null
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is empty, too long, has another character, or
   *     is a resident identity number; the message says "invalid national volunteer number" and
   *     what was expected
   */
  public static NationalVolunteerNumber of(String value) {
    Objects.requireNonNull(value, "value");
    String problem = problem(value);
    if (problem != null) {
      throw new IllegalArgumentException("invalid national volunteer number \"" + shown(value) + "\": expected "
          + problem);
    }
    return new NationalVolunteerNumber(value);
  }

  /** What is wrong with a candidate, or null. */
  private static @Nullable String problem(String value) {
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      return "1 to " + MAX_LENGTH + " characters, got " + value.length();
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
      if (!ok) {
        return "only A-Z a-z 0-9 -, got '" + c + "' at position " + (i + 1);
      }
    }
    if (isResidentIdentityNumber(value)) {
      return "the national volunteer number, not a resident identity number (身份证号)";
    }
    return null;
  }

  /** An ID-card number is not echoed whole into messages and logs: only its first 6 characters. */
  private static String shown(String value) {
    return isResidentIdentityNumber(value) ? value.substring(0, 6) + "************" : value;
  }

  /**
   * Tells whether a text is an 18-character resident identity number: 6 digits of a division
   * code, a birth date from 1900 on as {@code yyyyMMdd}, 3 digits, and the check character.
   */
  static boolean isResidentIdentityNumber(String s) {
    if (s.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    char last = Character.toUpperCase(s.charAt(17));
    if (last != CHECK.charAt(sum % 11) || s.charAt(0) == '0') {
      return false;
    }
    int year = Integer.parseInt(s.substring(6, 10));
    int month = Integer.parseInt(s.substring(10, 12));
    int day = Integer.parseInt(s.substring(12, 14));
    if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) {
      return false;
    }
    return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
  }

  /** Returns the number's text, as {@link #of} read it. */
  public String value() {
    return value;
  }

  /** Compares the numbers' texts, character by character. */
  @Override
  public int compareTo(NationalVolunteerNumber other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof NationalVolunteerNumber other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the number's text, which {@link #of} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
