package org.civic.internal;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules every civic identifier shares — site, team and volunteer ids, and the ids of
 * activities, orders and menu items: 1 to 64 characters from {@code A-Z a-z 0-9 - _ . : /}, and
 * one error message that names what the id is about. Not for hosts.
 *
 * <p>{@code SiteId}, {@code TeamId} and {@code VolunteerId} stay three public types so that a host
 * cannot pass one where another is meant; each is a final class over its text, equal, ordered
 * and printed by that text, that checks its text here. They share no public supertype on
 * purpose: one can be added later without breaking a host, never taken away.
 * {@code IdContract} in the tests holds the three to the same behaviour and the same shape.
 */
public final class Ids {

  /** The longest id accepted. */
  public static final int MAX_LENGTH = 64;

  /**
   * The pattern of civic's kebab-case ids — requirement ids ({@code six-haves.venue}) and the ids
   * of the terms of a vocabulary ({@code tea-culture}): lower-case words of {@code a-z 0-9}
   * joined by {@code -} and {@code .}.
   */
  public static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");

  private static final boolean[] ID_CHAR = new boolean[128];
  /** ID_CHAR by a byte's 8 bits: a byte outside ASCII (negative) is not an id character. */
  private static final boolean[] ID_BYTE = new boolean[256];

  static {
    for (char c = 0; c < 128; c++) {
      ID_CHAR[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == ':' || c == '/';
      ID_BYTE[c] = ID_CHAR[c];
    }
  }

  private Ids() {}

  /** Tells whether a character may appear in an id. */
  public static boolean isIdChar(char c) {
    return c < 128 && ID_CHAR[c];
  }

  /** Tells whether a byte of UTF-8 is a character that may appear in an id. */
  public static boolean isIdByte(byte b) {
    return ID_BYTE[b & 0xFF];
  }

  /**
   * Returns what is wrong with a candidate id, or null if it is valid.
   *
   * @param value the candidate, not null
   * @return what a valid id would have had, or null
   */
  public static @Nullable String problem(String value) {
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      return "1 to " + MAX_LENGTH + " characters, got " + value.length();
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isIdChar(c)) {
        return "only A-Z a-z 0-9 - _ . : /, got '" + c + "' at position " + (i + 1);
      }
    }
    return null;
  }

  /**
   * Checks a candidate id.
   *
   * @param kind what the id names, such as "site", for the message ("invalid site id …")
   * @param value the candidate, not null
   * @return the value
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if it is not a valid id
   */
  public static String check(String kind, String value) {
    Objects.requireNonNull(value, "value");
    String problem = problem(value);
    if (problem != null) {
      throw new IllegalArgumentException("invalid " + kind + " id \"" + value + "\": expected " + problem);
    }
    return value;
  }

  /**
   * Checks a kebab-case id ({@link #KEBAB_CASE}).
   *
   * @param what what the id is about, such as "requirement" or "team category", for the message
   * @param id the candidate, not null
   * @param example a valid id of that kind, for the message
   * @return the id
   * @throws NullPointerException if the id is null
   * @throws IllegalArgumentException if it is not kebab-case words joined by dots
   */
  public static String checkKebabCase(String what, String id, String example) {
    Objects.requireNonNull(id, "id");
    if (!KEBAB_CASE.matcher(id).matches()) {
      throw new IllegalArgumentException(what + " id \"" + id
          + "\": expected lower-case kebab-case words joined by dots, such as " + example);
    }
    return id;
  }
}
