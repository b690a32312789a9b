package org.civic.json;

import java.util.ArrayList;
import java.util.List;
import org.civic.activity.internal.ActivityColumns;
import org.civic.hierarchy.internal.HierarchyRows;
import org.civic.json.internal.ActivityField;
import org.civic.json.internal.Cursor;
import org.civic.problem.Problem;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * The fast path over one block of whole lines: activity lines as civic writes them go through
 * the {@link ActivityScanner}, the rest through one parser for a run of lines. It checks the JSON
 * Lines rules from token positions (a record starts and ends on one line, nothing follows it
 * there, the line is not too long) and keeps a record only if everything about it is right:
 * known fields, each once, with good values. Any line it doubts it hands to the exact path
 * ({@link Out#exact}), then resumes after it. It runs on the calling thread or on a parser thread;
 * it touches nothing but its block, its columns and its {@link Out}. One per block.
 */
final class FastPath {

  /** Where the fast path's results go, in line order. */
  interface Out {
    /** A row was committed to the columns. */
    void row();

    /** A division or site line was read into the hierarchy rows. */
    void hierarchyRow();

    /** A good record of another kind (or an activity, with no columns). */
    void record(RecordType type, Object value);

    /** The exact path must read buf[from, nl), the block's line lineNo. */
    void exact(int from, int nl, long lineNo);
  }

  private final LinesOptions options;
  private final String source;
  private final byte[] buf;
  private final @Nullable ActivityColumns log;
  /** Where division and site lines go as rows (a hierarchy builder's, or a block's); null: as records. */
  private final @Nullable HierarchyRows sites;
  private final Out out;
  /** Reads activity lines as civic writes them, without the parser; null without columns. */
  private final @Nullable ActivityScanner scanner;
  private final @Nullable ActivityTokens tokens;
  /** Reads division and site lines as civic writes them, without the parser; null where the limits forbid it. */
  private final @Nullable HierarchyScanner hierarchy;
  private final List<Problem> scratch = new ArrayList<>();
  /** Where {@link #run} stopped. */
  int resume;
  /** Rows the scanner committed, and parsers made: statistics. */
  long scanned;
  /** Divisions and sites the hierarchy scanner read: statistics. */
  long scannedRecords;
  long parsers;
  /** The activity lines the scanner declined in a row. */
  private int declined;
  /** The end of the lines given to the parser, which it may not have read to the end yet. */
  private int parseTo;

  FastPath(LinesOptions options, String source, byte[] buf, @Nullable ActivityColumns log,
      @Nullable HierarchyRows sites, Out out) {
    this.options = options;
    this.source = source;
    this.buf = buf;
    this.log = log;
    this.sites = sites;
    this.out = out;
    boolean rows = log != null && options.rowsFast;
    this.scanner = rows ? new ActivityScanner(log, options.maxLine, options.fast.streamReadConstraints()) : null;
    this.tokens = rows ? new ActivityTokens(options, log) : null;
    this.hierarchy = options.hierarchyFast
        ? new HierarchyScanner(options.maxLine, options.fast.streamReadConstraints()) : null;
  }

  /**
   * Reads records from pos until the block ends or a line needs the exact path (which it then
   * hands over). Returns the block's lines before {@link #resume}, given those before pos.
   */
  long run(int pos, int end, long line) {
    if (scanner == null && hierarchy == null) {
      return parseLines(pos, end, line);
    }
    if (pos < parseTo) {
      return parseLines(pos, parseTo, line); // the rest of the parser's lines, after a line read exactly
    }
    int nl;
    while (pos < end && (nl = scan(pos, end)) >= 0) {
      declined = 0;
      line++;
      pos = nl + 1;
    }
    if (pos >= end) {
      resume = end;
      return line;
    }
    // The parser reads the line the scanner declined and the lines after it up to the next
    // activity line; after activity lines declined in a row, also the next 1, 2, 4 … 1,024
    // activity lines: so a file whose activities the scanner cannot read costs a parser per
    // 1,024 lines, and a parser per line only where they stand among lines it reads.
    int to = Math.min(end, lineEnd(buf, pos, end) + 1);
    if (scannable(pos, end)) {
      for (int k = (1 << Math.min(declined++, 10)) - 1; k > 0 && to < end; k--) {
        to = Math.min(end, lineEnd(buf, to, end) + 1);
      }
    }
    while (to < end && !scannable(to, end)) {
      to = Math.min(end, lineEnd(buf, to, end) + 1);
    }
    parseTo = to;
    return parseLines(pos, to, line);
  }

  /**
   * Reads the line at pos with a scanner and delivers it; returns the index of the newline that
   * ends it, or -1 if no scanner reads it (nothing was delivered).
   */
  private int scan(int pos, int end) {
    if (scanner != null && ActivityScanner.activityLine(buf, pos, end)) {
      int nl = scanner.row(buf, pos, end);
      if (nl >= 0) {
        out.row();
        scanned++;
      }
      return nl;
    }
    if (hierarchy != null && sites != null) {
      boolean read = HierarchyScanner.siteLine(buf, pos, end) ? hierarchy.site(buf, pos, end, sites)
          : hierarchy.division(buf, pos, end, sites);
      if (!read) {
        return -1;
      }
      out.hierarchyRow();
      scannedRecords++;
      return hierarchy.next();
    }
    if (hierarchy != null) {
      Object record;
      RecordType type;
      if (HierarchyScanner.siteLine(buf, pos, end)) {
        record = hierarchy.site(buf, pos, end);
        type = RecordType.SITE;
      } else {
        record = hierarchy.division(buf, pos, end);
        type = RecordType.DIVISION;
      }
      if (record != null) {
        out.record(type, record);
        scannedRecords++;
        return hierarchy.next();
      }
    }
    return -1;
  }

  /** Tells whether a scanner reads lines that start as the one at pos. */
  private boolean scannable(int pos, int end) {
    return (scanner != null && ActivityScanner.activityLine(buf, pos, end))
        || (hierarchy != null && (HierarchyScanner.siteLine(buf, pos, end) || HierarchyScanner.divisionLine(buf, pos, end)));
  }

  /** {@link #run} with the parser alone. */
  private long parseLines(int pos, int end, long line) {
    parsers++;
    int lastLine = 0; // the parser's line of the last record read, 1-based; 0 before the first
    int lastNl = pos - 1; // the newline that ends it
    try (JsonParser p = options.fast.createParser(ObjectReadContext.empty(), buf, pos, end - pos)) {
      while (true) {
        JsonToken t = p.nextToken();
        if (t == null) {
          resume = end;
          // after the last record only blank lines are left
          return line + lastLine + countNewlines(lastNl + 1, end);
        }
        if (t != JsonToken.START_OBJECT || !record(p)) {
          break;
        }
        // The record must end on the line after the last record's: then it also starts there, is
        // alone on its line with what follows, and the parser counts lines as the file does
        // (blank lines and lone carriage returns go to the exact path, a line at a time).
        TokenStreamLocation after = p.currentLocation(); // just after the '}'
        int endLine = after.getLineNr();
        int nl = restOfLine(pos + (int) after.getByteOffset(), end);
        if (endLine != lastLine + 1 || nl < 0 || nl - (lastNl + 1) > options.maxLine || !deliverPending()) {
          break;
        }
        lastLine = endLine;
        lastNl = nl;
      }
    } catch (JacksonException e) {
      // the line after the last good record is read exactly below; the parser may have run on
    }
    discardPending();
    // The first line after the last good record holds the trouble (or is blank): the exact
    // path reads it, and the fast path resumes after it.
    int from = lastNl + 1;
    if (from >= end) {
      resume = end;
      return line + lastLine;
    }
    int nl = lineEnd(buf, from, end);
    long lineNo = line + lastLine + 1;
    out.exact(from, nl, lineNo);
    resume = Math.min(end, nl + 1);
    return lineNo;
  }

  private int countNewlines(int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (buf[i] == '\n') {
        n++;
      }
    }
    return n;
  }

  /** After a record: only blanks up to the newline (or the block's end). Returns the newline's index, or -1. */
  private int restOfLine(int from, int end) {
    for (int i = from; i < end; i++) {
      byte b = buf[i];
      if (b == '\n') {
        return i;
      }
      if (b != ' ' && b != '\t' && b != '\r') {
        return -1;
      }
    }
    return end;
  }

  static int lineEnd(byte[] b, int from, int end) {
    int i = from;
    while (i < end && b[i] != '\n') {
      i++;
    }
    return i;
  }

  // The record read, kept until its line is known to be good.
  private @Nullable RecordType pendingType;
  private @Nullable Object pendingValue;
  private boolean pendingRow;

  private boolean deliverPending() {
    if (pendingRow) {
      pendingRow = false;
      if (!log.commit()) {
        return false; // a row the columns refuse goes to the exact path, which names the problem
      }
      out.row();
      return true;
    }
    out.record(pendingType, pendingValue);
    pendingType = null;
    pendingValue = null;
    return true;
  }

  private void discardPending() {
    pendingType = null;
    pendingValue = null;
    pendingRow = false;
  }

  /** Reads one record after its START_OBJECT; false if the line needs the exact path. */
  private boolean record(JsonParser p) {
    int first = p.nextNameMatch(options.activityNames);
    if (first != ActivityField.TYPE.ordinal()) {
      // "type" is not first: an activity bound for the columns is read as any other, the rest exactly
      pendingRow = tokens != null && first >= 0 && tokens.row(p, first);
      return pendingRow;
    }
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      return false;
    }
    if (log != null && ActivityTokens.isActivity(p)) {
      pendingRow = tokens != null && tokens.row(p, first);
      return pendingRow;
    }
    RecordType type = RecordType.named(p.getString());
    if (type == null) {
      return false;
    }
    scratch.clear();
    Cursor c = new Cursor(p, source, 0, true, scratch, scratch);
    c.resumeObject();
    Object value = type.read(c);
    if (value == null || !scratch.isEmpty() || p.currentToken() != JsonToken.END_OBJECT) {
      return false;
    }
    pendingType = type;
    pendingValue = value;
    return true;
  }
}
