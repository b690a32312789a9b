package org.civic.problem;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link Problem} was found — 问题位置: a source (file or stream name), a line and
 * column, a JSON Pointer, and the subject it concerns (a site id or a division code). Every part
 * is optional; a location names as many as the reader knows.
 *
 * <p>Immutable and thread-safe. Obtain one from {@link #unknown()} or the {@code of…} factories
 * and refine it with the {@code with…} methods.
 */
public final class Location {

  private static final Location UNKNOWN = new Location(null, 0, 0, null, null);

  private final @Nullable String source;
  private final long line;
  private final int column;
  private final @Nullable String jsonPointer;
  private final @Nullable String subject;

  private Location(
      @Nullable String source, long line, int column, @Nullable String jsonPointer,
      @Nullable String subject) {
    this.source = source;
    this.line = line;
    this.column = column;
    this.jsonPointer = jsonPointer;
    this.subject = subject;
  }

  /** Returns the location that names nothing. */
  public static Location unknown() {
    return UNKNOWN;
  }

  /**
   * Obtains a location for a line of a named source.
   *
   * @param source the file or stream name, not null
   * @param line the 1-based line number, positive
   * @return the location, not null
   * @throws IllegalArgumentException if the line is not positive
   */
  public static Location ofLine(String source, long line) {
    return unknown().withSource(source).withLine(line);
  }

  /**
   * Obtains a location for a subject — a site id or a division code.
   *
   * @param subject the site id or division code, not null
   * @return the location, not null
   */
  public static Location ofSubject(String subject) {
    return unknown().withSubject(subject);
  }

  /** Returns a copy of this location with the source (file or stream name). */
  public Location withSource(String source) {
    Objects.requireNonNull(source, "source");
    return new Location(source, line, column, jsonPointer, subject);
  }

  /**
   * Returns a copy of this location with a 1-based line number.
   *
   * @throws IllegalArgumentException if the line is not positive
   */
  public Location withLine(long line) {
    if (line < 1) {
      throw new IllegalArgumentException("line must be positive: " + line);
    }
    return new Location(source, line, column, jsonPointer, subject);
  }

  /**
   * Returns a copy of this location with a 1-based column number.
   *
   * @throws IllegalArgumentException if the column is not positive
   */
  public Location withColumn(int column) {
    if (column < 1) {
      throw new IllegalArgumentException("column must be positive: " + column);
    }
    return new Location(source, line, column, jsonPointer, subject);
  }

  /** Returns a copy of this location with a JSON Pointer (RFC 6901), such as {@code /sites/3/name}. */
  public Location withJsonPointer(String jsonPointer) {
    Objects.requireNonNull(jsonPointer, "jsonPointer");
    return new Location(source, line, column, jsonPointer, subject);
  }

  /** Returns a copy of this location with the subject: a site id or a division code. */
  public Location withSubject(String subject) {
    Objects.requireNonNull(subject, "subject");
    return new Location(source, line, column, jsonPointer, subject);
  }

  /** Returns the source (file or stream name), if known. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** Returns the 1-based line, if known. */
  public OptionalLong line() {
    return line == 0 ? OptionalLong.empty() : OptionalLong.of(line);
  }

  /** Returns the 1-based column, if known. */
  public OptionalInt column() {
    return column == 0 ? OptionalInt.empty() : OptionalInt.of(column);
  }

  /** Returns the JSON Pointer of the field, if known. */
  public Optional<String> jsonPointer() {
    return Optional.ofNullable(jsonPointer);
  }

  /** Returns the subject — a site id or a division code — if known. */
  public Optional<String> subject() {
    return Optional.ofNullable(subject);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Location other
        && line == other.line
        && column == other.column
        && Objects.equals(source, other.source)
        && Objects.equals(jsonPointer, other.jsonPointer)
        && Objects.equals(subject, other.subject);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column, jsonPointer, subject);
  }

  /** Returns the location as {@code source:line:column pointer [subject]}, or {@code (unknown)}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (source != null) {
      sb.append(source);
    }
    if (line != 0) {
      sb.append(sb.length() > 0 ? ":" : "line ").append(line);
      if (column != 0) {
        sb.append(':').append(column);
      }
    }
    if (jsonPointer != null) {
      sb.append(sb.length() > 0 ? " " : "").append(jsonPointer.isEmpty() ? "/" : jsonPointer);
    }
    if (subject != null) {
      sb.append(sb.length() > 0 ? " " : "").append('[').append(subject).append(']');
    }
    return sb.length() == 0 ? "(unknown)" : sb.toString();
  }
}
