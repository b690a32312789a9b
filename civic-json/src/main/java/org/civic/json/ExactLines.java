package org.civic.json;

import java.util.ArrayList;
import java.util.List;
import org.civic.activity.Activity;
import org.civic.activity.internal.ActivityColumns;
import org.civic.json.internal.Cursor;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * The exact path of a JSON Lines read: one line at a time, with a parser of its own (with
 * Jackson's duplicate-key detection), reporting every problem with line, column and JSON Pointer.
 * The first line that is not blank is the header; every later one is a record, whose
 * {@code "type"} may stand anywhere in it (JSON objects are unordered, and the tools counties
 * export with — {@code jq -S}, Python's {@code sort_keys}, PostgreSQL's {@code jsonb} — move it).
 * A good record goes to the sink, or, if it is an activity and the read has a log, into the log.
 *
 * <p>Runs on the calling thread only. Not thread-safe.
 */
final class ExactLines {

  private final LinesOptions options;
  private final LinesState state;
  private final RecordSink sink;
  private final @Nullable ActivityColumns log;
  /** Lines read: a statistic. */
  long lines;

  ExactLines(LinesOptions options, LinesState state, RecordSink sink, @Nullable ActivityColumns log) {
    this.options = options;
    this.state = state;
    this.sink = sink;
    this.log = log;
  }

  /** Reads the line buf[from, nl) (nl excluded), the stream's line lineNo. */
  void line(byte[] buf, int from, int nl, long lineNo) {
    lines++;
    if (nl - from > options.maxLine) {
      state.tooLong(lineNo, options.maxLine);
      return;
    }
    int to = nl;
    if (to > from && buf[to - 1] == '\r') {
      to--;
    }
    if (blank(buf, from, to)) {
      return;
    }
    int before = state.errors.size();
    if (!state.header) {
      state.header = true;
      readHeader(buf, from, to - from, lineNo);
    } else if (readRecord(buf, from, to - from, lineNo)) {
      state.records++;
    }
    state.rejectIfNew(before, buf, from, to, lineNo);
  }

  private static boolean blank(byte[] buf, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] != ' ' && buf[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * A parser for a line; null, with the problem reported, if the line exceeds a limit the parser
   * checks before reading (the document length).
   */
  private @Nullable JsonParser parser(byte[] buf, int from, int length, long lineNo) {
    // The format is UTF-8, but a parser over bytes guesses UTF-16 or UTF-32 from NUL bytes among
    // the first four; such a line is refused here, located, as the fast path refuses it (found by
    // fuzzing: CivicJsonFuzzTestInputs/readLines/crash-650d2f9a…).
    for (int i = from; i < from + Math.min(length, 4); i++) {
      if (buf[i] == 0) {
        state.errors.add(Problem.of("json.syntax", Location.ofLine(state.source, lineNo).withColumn(i - from + 1),
            "a NUL byte (0x00), which JSON allows only escaped in a string").withExpected("well-formed UTF-8 JSON"));
        return null;
      }
    }
    try {
      return options.exact.createParser(ObjectReadContext.empty(), buf, from, length);
    } catch (JacksonException e) {
      state.errors.add(CivicJson.syntax(e, Location.ofLine(state.source, lineNo)));
      return null;
    }
  }

  private Cursor cursor(JsonParser p, long lineNo) {
    return Cursor.ofLine(p, state.source, lineNo, state.strict, state.errors, state.warnings);
  }

  private void readHeader(byte[] buf, int from, int length, long lineNo) {
    JsonParser parser = parser(buf, from, length, lineNo);
    if (parser == null) {
      return;
    }
    try (JsonParser p = parser) {
      Cursor c = cursor(p, lineNo);
      try {
        p.nextToken();
        String[] type = {null};
        String[] format = {null};
        List<Problem> extra = new ArrayList<>();
        Cursor.Mark at = c.mark();
        c.object(n -> {
          switch (n) {
            case "type" -> type[0] = p.currentToken() == JsonToken.VALUE_STRING ? p.getString() : null;
            case "format" -> format[0] = p.currentToken() == JsonToken.VALUE_STRING ? p.getString() : null;
            default -> extra.add(Problem.of("json.unknown-field", c.here(), "unknown field \"" + n + "\"")
                .withExpected("one of type, format"));
          }
          p.skipChildren();
        });
        if (!"header".equals(type[0]) || !CivicJson.FORMAT.equals(format[0])) {
          c.error("jsonl.header", at, "the first line is not a civic/1 header",
              "{\"type\":\"header\",\"format\":\"" + CivicJson.FORMAT + "\"}");
        } else {
          (state.strict ? state.errors : state.warnings).addAll(extra);
        }
        if (p.nextToken() != null) {
          c.error("jsonl.trailing", "there is more than one value on the line", "one JSON object per line");
        }
      } catch (JacksonException e) {
        state.errors.add(CivicJson.syntax(e, c));
      }
    }
  }

  /** Reads a record line; true if it was good and delivered. */
  private boolean readRecord(byte[] buf, int from, int length, long lineNo) {
    JsonParser parser = parser(buf, from, length, lineNo);
    if (parser == null) {
      return false;
    }
    try (JsonParser p = parser) {
      Cursor c = cursor(p, lineNo);
      try {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          c.error("json.wrong-type", "the line is not a JSON object", "one JSON object per line");
          return false;
        }
        Cursor.Mark at = c.mark();
        RecordType type;
        if (p.nextToken() == JsonToken.PROPERTY_NAME && "type".equals(p.currentName())) {
          p.nextToken();
          type = type(c, at.location());
          c.resumeObject(); // the record's other fields follow
          return type != null && readValue(type, c, at.location());
        }
        // "type" is elsewhere (or nowhere): find it, then read the line again from its start
        type = typeAnywhere(buf, from, length, lineNo, at.location());
        if (type == null) {
          return false;
        }
        try (JsonParser q = options.exact.createParser(ObjectReadContext.empty(), buf, from, length)) {
          Cursor d = cursor(q, lineNo);
          try {
            q.nextToken();
            return readValue(type, d, at.location());
          } catch (JacksonException e) {
            state.errors.add(CivicJson.syntax(e, d));
            return false;
          }
        }
      } catch (JacksonException e) {
        state.errors.add(CivicJson.syntax(e, c));
        return false;
      }
    }
  }

  /** Reads the value of a record's "type", on the parser; null (after reporting) if it is not a known type. */
  private static @Nullable RecordType type(Cursor c, Location at) {
    c.push("type");
    String name = c.string();
    c.pop();
    if (name == null) {
      return null;
    }
    RecordType type = RecordType.named(name);
    if (type == null) {
      c.error("jsonl.unknown-type", at, "unknown record type \"" + name + "\"", RecordType.NAMES);
    }
    return type;
  }

  /** Finds a record's "type" among its fields, with a parser of its own; null (after reporting) if there is none. */
  private @Nullable RecordType typeAnywhere(byte[] buf, int from, int length, long lineNo, Location at) {
    try (JsonParser p = options.exact.createParser(ObjectReadContext.empty(), buf, from, length)) {
      Cursor c = cursor(p, lineNo);
      try {
        p.nextToken();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          boolean isType = "type".equals(p.currentName());
          p.nextToken();
          if (isType) {
            return type(c, at);
          }
          p.skipChildren();
        }
        c.error("jsonl.missing-type", at, "the record has no \"type\" field",
            "a \"type\" field: " + RecordType.NAMES);
        return null;
      } catch (JacksonException e) {
        state.errors.add(CivicJson.syntax(e, c));
        return null;
      }
    }
  }

  /** Reads the record's fields with the cursor (its "type" known) and delivers it; false (after reporting) if it is bad. */
  private boolean readValue(RecordType type, Cursor c, Location at) {
    JsonParser p = c.parser();
    int before = state.errors.size();
    Object value = type.read(c);
    if (value == null || state.errors.size() > before) {
      if (state.errors.size() == before) {
        c.error("json.invalid-record", at, "the record is not valid", "a valid " + type.json());
      }
      return false;
    }
    if (p.nextToken() != null) {
      c.error("jsonl.trailing", "there is more than one value on the line", "one JSON object per line");
      return false;
    }
    if (log != null && value instanceof Activity a) {
      try {
        log.add(a);
      } catch (IllegalArgumentException e) {
        c.error("json.invalid-record", at, e.getMessage(), "a record civic accepts");
        return false;
      }
      return true;
    }
    type.deliver(sink, value);
    return true;
  }
}
