package org.civic.json.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Walks a JSON value with a streaming parser, keeping the JSON Pointer of the current field and
 * collecting problems (with source, line, column and pointer) instead of throwing. Typed reads
 * return null after reporting what was expected, and skip the bad value.
 *
 * <p>Not for hosts; not thread-safe.
 */
public final class Cursor {

  private final JsonParser p;
  private final String source;
  private final long lineOffset;
  /**
   * Whether the parser reads one line of a JSON Lines file, every location on it: a lone carriage
   * return inside the line, which the parser counts as a line break, does not move it.
   */
  private boolean oneLine;
  private final boolean unknownIsError;
  private final List<Problem> problems;
  private final List<Problem> warnings;
  /**
   * The pointer, innermost segment first: field names as read (escaped in {@link #pointer}) and
   * array indexes. Never changed, only replaced, so a {@link Mark} keeps it as it was for free.
   */
  private @Nullable Segment path;
  /** The field names of the object read last, for {@link #missing}. */
  private FieldNames lastFields = new FieldNames();
  private boolean bad;
  private boolean resume;

  /**
   * Creates a cursor.
   *
   * @param p the parser, positioned before or on the value
   * @param source the source name for locations
   * @param lineOffset added to the parser's line numbers (for one line of a JSON Lines file)
   * @param unknownIsError whether unknown fields are errors (strict) or warnings (lenient)
   * @param problems receives errors
   * @param warnings receives warnings
   */
  public Cursor(JsonParser p, String source, long lineOffset, boolean unknownIsError, List<Problem> problems,
      List<Problem> warnings) {
    this.p = p;
    this.source = source;
    this.lineOffset = lineOffset;
    this.unknownIsError = unknownIsError;
    this.problems = problems;
    this.warnings = warnings;
  }

  /** Returns the parser. */
  public JsonParser parser() {
    return p;
  }

  /** Tells whether an error was reported since {@link #resetBad()}. */
  public boolean bad() {
    return bad;
  }

  /** Forgets earlier errors for {@link #bad()}. */
  public void resetBad() {
    bad = false;
  }

  /** Enters a field of the pointer (escaped when a pointer is made). */
  public void push(String segment) {
    path = new Segment(segment, path);
  }

  /** Enters an array index of the pointer (made text only when a pointer is asked for). */
  private void push(int index) {
    path = new Segment(index, path);
  }

  /** Leaves the last field or index. */
  public void pop() {
    path = path.parent;
  }

  /** Returns the JSON Pointer of the current position. */
  public String pointer() {
    return pointer(path);
  }

  private static String pointer(@Nullable Segment path) {
    if (path == null) {
      return "";
    }
    List<Object> segments = new ArrayList<>(4);
    for (Segment s = path; s != null; s = s.parent) {
      segments.add(s.value);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = segments.size() - 1; i >= 0; i--) {
      Object segment = segments.get(i);
      sb.append('/');
      if (segment instanceof String name && (name.indexOf('~') >= 0 || name.indexOf('/') >= 0)) {
        sb.append(name.replace("~", "~0").replace("/", "~1"));
      } else {
        sb.append(segment);
      }
    }
    return sb.toString();
  }

  /** Returns the location of the current token. */
  public Location here() {
    return at(p.currentTokenLocation());
  }

  /**
   * Marks the current token, for a location that is made only if a problem needs it: most
   * records have none, and a location with its pointer costs more than reading the value.
   */
  public Mark mark() {
    return new Mark(this, path, p.currentTokenLocation());
  }

  /**
   * Creates a cursor for one line of a JSON Lines file: every location it makes is on that line.
   *
   * @param line the line's number, 1 or more
   */
  public static Cursor ofLine(JsonParser p, String source, long line, boolean unknownIsError, List<Problem> problems,
      List<Problem> warnings) {
    Cursor c = new Cursor(p, source, line - 1, unknownIsError, problems, warnings);
    c.oneLine = true;
    return c;
  }

  /** Returns a location with this cursor's source, pointer and the given parser position. */
  public Location at(TokenStreamLocation loc) {
    return at(path, loc);
  }

  private Location at(@Nullable Segment path, TokenStreamLocation loc) {
    Location l = Location.unknown().withSource(source).withJsonPointer(pointer(path));
    if (loc != null && loc.getLineNr() > 0) {
      l = l.withLine(lineOffset + (oneLine ? 1 : loc.getLineNr()));
      // past a lone carriage return the parser counts columns from it: no column rather than a wrong one
      if (loc.getColumnNr() > 0 && !(oneLine && loc.getLineNr() > 1)) {
        l = l.withColumn(loc.getColumnNr());
      }
    }
    return l;
  }

  /** Reports an error at the current token. */
  public void error(String id, String message, String expected) {
    bad = true;
    problems.add(Problem.of(id, here(), message).withExpected(expected));
  }

  /** Reports an error at a given location. */
  public void error(String id, Location where, String message, String expected) {
    bad = true;
    problems.add(Problem.of(id, where, message).withExpected(expected));
  }

  /** Reports an error at a marked token. */
  public void error(String id, Mark where, String message, String expected) {
    error(id, where.location(), message, expected);
  }

  private String found() {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getString();
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      default -> t.toString();
    };
  }

  private void wrong(String expected) {
    error("json.wrong-type", "found " + found(), expected);
    p.skipChildren();
  }

  /**
   * Reads an object, calling {@code field} for each property with the parser on its value; the
   * callback must consume the value (a typed read or {@link #unknown}).
   *
   * @return false (after reporting) if the value is not an object
   */
  public boolean object(Consumer<String> field) {
    FieldNames names = new FieldNames();
    if (resume) {
      // The caller has read the object's first field already (a JSON Lines record's "type").
      resume = false;
      names.add(p.currentName());
    } else if (p.currentToken() != JsonToken.START_OBJECT) {
      wrong("an object");
      return false;
    }
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      if (!names.add(name)) {
        // Parsers with Jackson's duplicate detection stop before this; the others are caught here.
        error("json.duplicate-key", "the key \"" + name + "\" appears twice", "each key once per object");
      }
      p.nextToken();
      push(name);
      field.accept(name);
      pop();
    }
    lastFields = names;
    return true;
  }

  /**
   * Reads an array, calling {@code element} for each element with the parser on it.
   *
   * @return false (after reporting) if the value is not an array
   */
  public boolean array(Consumer<Integer> element) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrong("an array");
      return false;
    }
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      push(i);
      element.accept(i);
      pop();
      i++;
    }
    return true;
  }

  /**
   * Makes the next {@link #object} continue the object the parser is in, after the field whose
   * value was just read, instead of expecting its start.
   */
  public void resumeObject() {
    resume = true;
  }

  /** Reports an unknown field (error or warning by mode) and skips its value. */
  public void unknown(String name, String known) {
    Problem problem = Problem.of("json.unknown-field", here(), "unknown field \"" + name + "\"")
        .withExpected("one of " + known);
    if (unknownIsError) {
      bad = true;
      problems.add(problem);
    } else {
      warnings.add(problem);
    }
    p.skipChildren();
  }

  /** Reads a string, or reports and returns null. */
  public @Nullable String string() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrong("a string");
      return null;
    }
    return p.getString();
  }

  /** Reads a non-blank string, or reports and returns null. */
  public @Nullable String text() {
    String s = string();
    if (s != null && s.isBlank()) {
      error("json.blank", "the string is blank", "a non-blank string");
      return null;
    }
    return s;
  }

  /** Reads a whole number at least {@code min}, or reports and returns null. */
  public @Nullable Long integer(long min) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      wrong("a whole number ≥ " + min);
      return null;
    }
    long v;
    try {
      v = p.getLongValue();
    } catch (tools.jackson.core.JacksonException e) {
      error("json.out-of-range", "the number " + p.getString() + " is too large", "a whole number ≥ " + min);
      return null;
    }
    if (v < min) {
      error("json.out-of-range", "the number " + v + " is below " + min, "a whole number ≥ " + min);
      return null;
    }
    return v;
  }

  /** Reads a whole number from {@code min} to {@code max}, or reports and returns null. */
  public @Nullable Long integer(long min, long max) {
    Long v = integer(min);
    if (v != null && v > max) {
      error("json.out-of-range", "the number " + v + " is too large", "a whole number from " + min + " to " + max);
      return null;
    }
    return v;
  }

  /** Reads an int at least {@code min}, or reports and returns null. */
  public @Nullable Integer smallInt(int min) {
    Long v = integer(min);
    if (v == null) {
      return null;
    }
    if (v > Integer.MAX_VALUE) {
      error("json.out-of-range", "the number " + v + " is too large", "a whole number up to " + Integer.MAX_VALUE);
      return null;
    }
    return v.intValue();
  }

  /** Reads a decimal at least zero, or reports and returns null. */
  public @Nullable BigDecimal decimal() {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      wrong("a number ≥ 0");
      return null;
    }
    // the parser bounds a number's text (maxNumberLength), not what an exponent makes of it:
    // 1e3000000 is 3,000,001 digits once written out, which the values' scales (Venue's area,
    // points) would then make; the same bound holds for the digits written out
    int most = p.streamReadConstraints().getMaxNumberLength();
    BigDecimal v;
    try {
      v = p.getDecimalValue();
    } catch (RuntimeException e) { // an exponent past an int's range: 1e2147483648
      error("json.out-of-range", "the number " + p.getText() + " cannot be read", "a number of at most "
          + most + " digits");
      return null;
    }
    if ((long) v.precision() - v.scale() > most || v.scale() > most) {
      error("json.out-of-range", "the number " + p.getText() + " has more than " + most
          + " digits written out", "a number of at most " + most + " digits");
      return null;
    }
    if (v.signum() < 0) {
      error("json.out-of-range", "the number " + v + " is negative", "a number ≥ 0");
      return null;
    }
    return v;
  }

  /** Reads a boolean, or reports and returns null. */
  public @Nullable Boolean bool() {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      wrong("true or false");
      return null;
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /** Reads an array of strings, or reports and returns null. */
  public @Nullable List<String> strings() {
    List<String> out = new ArrayList<>();
    boolean[] ok = {true};
    if (!array(i -> {
      String s = text();
      if (s == null) {
        ok[0] = false;
      } else {
        out.add(s);
      }
    })) {
      return null;
    }
    return ok[0] ? out : null;
  }

  /**
   * Reports a required field that is missing from the object just read (a field that is present
   * but bad was reported already and is not reported again).
   *
   * @return true if it is missing
   */
  public boolean missing(Mark object, String name, @Nullable Object value) {
    if (value == null && lastFields.contains(name)) {
      return true; // present but bad: already reported
    }
    if (value == null) {
      error("json.missing-field", object, "the field \"" + name + "\" is missing", "a field \"" + name + "\"");
      return true;
    }
    return false;
  }

  /** One segment of a pointer and the segments around it. */
  private record Segment(Object value, @Nullable Segment parent) {}

  /** A token marked by {@link #mark()}: its location is made when asked for. */
  public static final class Mark {
    private final Cursor cursor;
    private final @Nullable Segment path;
    private final TokenStreamLocation token;

    private Mark(Cursor cursor, @Nullable Segment path, TokenStreamLocation token) {
      this.cursor = cursor;
      this.path = path;
      this.token = token;
    }

    /** Returns the location of the marked token, with the pointer it had. */
    public Location location() {
      return cursor.at(path, token);
    }
  }

  /**
   * The names of one object's fields: a few, compared in a row (an object in civic's formats has
   * at most a dozen), and a hash set beyond that, so that no object costs quadratic time.
   */
  private static final class FieldNames {
    private static final int FEW = 16;
    private final String[] few = new String[FEW];
    private int size;
    private java.util.@Nullable Set<String> many;

    /** Adds a name; false if it is there already. */
    boolean add(String name) {
      if (many != null) {
        return many.add(name);
      }
      if (contains(name)) {
        return false;
      }
      if (size == FEW) {
        many = new java.util.HashSet<>(java.util.Arrays.asList(few));
        return many.add(name);
      }
      few[size++] = name;
      return true;
    }

    boolean contains(String name) {
      if (many != null) {
        return many.contains(name);
      }
      for (int i = 0; i < size; i++) {
        if (few[i].equals(name)) {
          return true;
        }
      }
      return false;
    }
  }
}
