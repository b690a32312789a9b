package org.civic.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.civic.activity.Activity;
import org.civic.activity.ActivityLog;
import org.civic.division.Division;
import org.civic.json.internal.Codecs;
import org.civic.json.internal.Cursor;
import org.civic.order.ServiceOrder;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.civic.site.Site;
import org.civic.team.Team;
import org.civic.team.TeamCategory;
import org.civic.volunteer.Volunteer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * Reads one civic JSON Lines stream. Two paths give the same records and the same problems:
 *
 * <ul>
 *   <li>The <b>fast path</b> reads the stream in blocks of whole lines and runs one parser over
 *       each block. It checks the JSON Lines rules from token positions (a record starts and ends
 *       on one line, nothing follows it there, the line is not too long) and keeps a record only
 *       if everything about it is right: known fields, each once, with good values. Activities
 *       bound for an {@link ActivityLog} go straight from the parser's buffer into its columns.
 *   <li>The <b>exact path</b> reads one line with its own parser (with Jackson's duplicate-key
 *       detection) and reports every problem with line, column and JSON Pointer. The fast path
 *       hands it any line it is not sure of, then resumes on the next line.
 * </ul>
 *
 * <p>So a bad line costs what it did when every line was read on its own, and good lines cost a
 * little more than the tokens.
 *
 * <p>With parser threads, the blocks after the header's are parsed on those threads, at most
 * {@code 2 × threads + 1} in memory at a time. Each block's fast path gives its records (its activities
 * in a log of its own) and the lines it doubts, numbered from the block's start; the calling
 * thread takes the blocks in stream order, reads the doubted lines exactly (then their line
 * numbers are known), joins the logs and calls the sink. So the records, the problems and the
 * order of the sink's calls are those of one thread. Not thread-safe; one per call.
 */
final class JsonLinesReader {

  private static final int BLOCK = 1 << 20;
  private static final char[] ACTIVITY = "activity".toCharArray();

  private final JsonFactory fast;
  private final JsonFactory exact;
  private final boolean strict;
  private final String source;
  private final int maxLine;
  private final int threads;
  private final RecordSink sink;
  private final ActivityLog.@Nullable Builder log;
  private final PropertyNameMatcher matcher;
  private final PropertyNameMatcher categoryMatcher;
  private final InputStream in;
  /**
   * Whether activity lines bound for a log may be read without the exact path: only if the limits
   * allow such lines (see {@link ActivityScanner#fits}).
   */
  private final boolean rowsFast;
  private final int maxString;

  private final List<Problem> errors = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();
  private final List<ReadReport.Rejected> rejected = new ArrayList<>();
  private long records;
  private boolean header;
  private boolean stop;
  private boolean fastPath = true;
  private long exactLines;
  private long parallelBlocks;
  private long scannedRows;
  private long parserRuns;
  private long bufferBytes;

  private byte[] buf;
  /** The size of a block's buffer, unless a long line needs more. */
  private int blockSize;
  private int len;
  private boolean eof;
  /** Lines before buf[0] (with parser threads: before the next block to join). */
  private long linesBefore;
  private @Nullable Pipeline pipeline;

  JsonLinesReader(JsonFactory fast, PropertyNameMatcher matcher, JsonFactory exact, boolean strict, int maxLine,
      int threads, InputStream in, String source, RecordSink sink, ActivityLog.@Nullable Builder log) {
    this.fast = fast;
    this.matcher = matcher;
    this.categoryMatcher = fast.constructNameMatcher(
        List.of(Named.fromString("id"), Named.fromString("zh"), Named.fromString("en")), false);
    this.exact = exact;
    this.strict = strict;
    this.maxLine = maxLine;
    this.threads = threads;
    this.in = in;
    this.source = source;
    this.sink = sink;
    this.log = log;
    this.rowsFast = ActivityScanner.fits(fast.streamReadConstraints());
    this.maxString = fast.streamReadConstraints().getMaxStringLength();
    this.buf = new byte[(int) Math.min(BLOCK, (long) maxLine + 2)];
    this.blockSize = buf.length;
  }

  /** Returns how many lines the exact path read (for the tests). */
  long exactLines() {
    return exactLines;
  }

  /** Returns how many activity lines the scanner read (for the tests). */
  long scannedRows() {
    return scannedRows;
  }

  /** Returns how many parsers the fast path made (for the tests). */
  long parserRuns() {
    return parserRuns;
  }

  /** Returns how many blocks parser threads read (for the tests). */
  long parallelBlocks() {
    return parallelBlocks;
  }

  /** Returns the bytes of the buffers made for blocks given to parser threads (for the tests). */
  long bufferBytes() {
    return bufferBytes;
  }

  /** Reads blocks of about n bytes (for the tests: many blocks from a small input). */
  JsonLinesReader withBlockSize(int n) {
    buf = new byte[(int) Math.min(Math.max(2, n), (long) maxLine + 2)];
    blockSize = buf.length;
    return this;
  }

  /** Sends every line to the exact path (the tests' reference). */
  JsonLinesReader withoutFastPath() {
    fastPath = false;
    return this;
  }

  ReadReport read() {
    try {
      readBlocks();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    } finally {
      if (pipeline != null) {
        pipeline.close();
      }
    }
    if (!header && errors.isEmpty()) {
      errors.add(Problem.of("jsonl.header", Location.unknown().withSource(source), "the input is empty")
          .withExpected("the header {\"type\":\"header\",\"format\":\"" + CivicJson.FORMAT + "\"}"));
    }
    ReadReport report = new ReadReport(records, errors, warnings, rejected);
    if (strict && !errors.isEmpty()) {
      throw new CivicJsonException("cannot read the civic JSON Lines " + source, errors);
    }
    return report;
  }

  // ------------------------------------------------------------------ blocks

  private void readBlocks() throws IOException {
    while (!stop) {
      fill();
      if (len == 0) {
        break;
      }
      int end = lastNewline();
      if (end < 0) {
        if (!eof) {
          if (buf.length < maxLine + 2) {
            buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, (long) maxLine + 2));
            continue;
          }
          if (pipeline == null) {
            reportTooLong();
          } else if (!pipeline.queueTooLong()) {
            break; // strict: nothing after it is read
          }
          if (!stop) {
            skipLongLine();
          }
          continue;
        }
        end = len; // the last line, without a newline
      } else {
        end++; // keep the newline in the block
      }
      if (pipeline != null) {
        buf = pipeline.submit(buf, end, len);
        len -= end;
        continue;
      }
      block(end);
      System.arraycopy(buf, end, buf, 0, len - end);
      len -= end;
      if (threads > 0 && header && fastPath && !stop) {
        pipeline = new Pipeline();
      }
    }
    if (pipeline != null) {
      pipeline.joinAll();
    }
  }

  private void fill() throws IOException {
    while (!eof && len < buf.length) {
      int n = in.read(buf, len, buf.length - len);
      if (n < 0) {
        eof = true;
      } else {
        len += n;
      }
    }
  }

  private int lastNewline() {
    for (int i = len - 1; i >= 0; i--) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Reports the line after linesBefore as longer than the limit, and counts it. */
  private void reportTooLong() {
    long lineNo = ++linesBefore;
    Problem problem = Problem.of("jsonl.line-too-long", Location.ofLine(source, lineNo),
        "the line is longer than " + maxLine + " bytes").withExpected("a line of at most " + maxLine + " bytes");
    errors.add(problem);
    rejected.add(new ReadReport.Rejected("", lineNo, "", List.of(problem)));
    stop = strict;
  }

  /** The buffer holds the start of a line longer than the limit: skip to its end. */
  private void skipLongLine() throws IOException {
    while (true) {
      for (int i = 0; i < len; i++) {
        if (buf[i] == '\n') {
          System.arraycopy(buf, i + 1, buf, 0, len - i - 1);
          len -= i + 1;
          return;
        }
      }
      len = 0;
      fill();
      if (len == 0) {
        return;
      }
    }
  }

  /** Reads the whole lines in buf[0, end) on this thread; counts them into linesBefore. */
  private void block(int end) {
    int pos = 0;
    long line = 0; // the block's lines before pos
    FastPath fp = new FastPath(buf, log, new Out() {
      @Override
      public void record(@Nullable String type, @Nullable Object value) {
        if (type != null) {
          deliver(type, value);
        }
        records++;
      }

      @Override
      public void exact(int from, int nl, long lineNo) {
        exactLine(buf, from, nl, linesBefore + lineNo); // may stop the read: block() checks
      }
    });
    while (pos < end && !stop) {
      if (!header || !fastPath) {
        int nl = lineEnd(buf, pos, end);
        exactLine(buf, pos, nl, linesBefore + line + 1);
        line++;
        pos = nl + 1;
        continue;
      }
      line = fp.run(pos, end, line);
      pos = fp.resume;
    }
    scannedRows += fp.scanned;
    parserRuns += fp.parsers;
    linesBefore += countLines(buf, end, line);
  }

  /** The lines of a block: those read, plus a final line without newline. */
  private static long countLines(byte[] b, int end, long line) {
    return end > 0 && b[end - 1] != '\n' ? line + 1 : line; // the stream's last line; nothing follows it
  }

  private static int lineEnd(byte[] b, int from, int end) {
    int i = from;
    while (i < end && b[i] != '\n') {
      i++;
    }
    return i;
  }

  // ------------------------------------------------------------------ parser threads

  /** A block parsed on a parser thread, waiting to be joined in stream order. */
  private record Parsed(byte[] buf, List<Object> events, @Nullable ActivityLog rows, long lines, long scanned,
      long parsers) {}

  /** Rows [from, to) of a block's log. */
  private record Rows(int from, int to) {}

  /** A record other than a log row. */
  private record Value(String type, Object value) {}

  /** A line the exact path reads: buf[from, nl), the block's line number lineNo. */
  private record Exact(int from, int nl, long lineNo) {}

  /** Stands, in the queue, for a line too long to read. */
  private static final Parsed TOO_LONG = new Parsed(new byte[0], List.of(), null, 0, 0, 0);

  /** The blocks being parsed, in stream order, and the threads parsing them. */
  private final class Pipeline {
    private final ExecutorService parsers;
    private final ArrayDeque<CompletableFuture<Parsed>> queue = new ArrayDeque<>();
    private final ArrayDeque<byte[]> spare = new ArrayDeque<>();
    /** Blocks queued at most: with the one being filled, 2 × threads + 1 in memory. */
    private final int depth = 2 * threads;

    Pipeline() {
      AtomicInteger n = new AtomicInteger();
      parsers = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "civic-jsonl-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
    }

    /** Parses b[0, end) on a parser thread; returns a buffer holding b[end, len) at its start. */
    byte[] submit(byte[] b, int end, int len) {
      // a buffer that grew for a long line is not kept: the next block has the usual size
      byte[] next;
      if (len - end > blockSize || spare.isEmpty()) {
        next = new byte[Math.max(blockSize, len - end)];
        bufferBytes += next.length;
      } else {
        next = spare.pop();
      }
      System.arraycopy(b, end, next, 0, len - end);
      queue.add(CompletableFuture.supplyAsync(() -> parse(b, end), parsers));
      parallelBlocks++;
      joinReady();
      return next;
    }

    /** Queues the report of a line too long to read; false if nothing after it should be read. */
    boolean queueTooLong() {
      queue.add(CompletableFuture.completedFuture(TOO_LONG));
      joinReady();
      return !strict;
    }

    /** Joins the blocks parsed so far, and waits for the first if too many are queued. */
    private void joinReady() {
      while (!stop && (queue.size() >= depth || !queue.isEmpty() && queue.peek().isDone())) {
        join(queue.poll());
      }
    }

    void joinAll() {
      while (!stop && !queue.isEmpty()) {
        join(queue.poll());
      }
    }

    private void join(CompletableFuture<Parsed> f) {
      Parsed p;
      try {
        p = f.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error r) {
          throw r;
        }
        throw e;
      }
      if (p == TOO_LONG) {
        reportTooLong();
        return;
      }
      for (Object e : p.events) {
        if (stop) {
          return;
        }
        if (e instanceof Rows r) {
          log.addAll(p.rows, r.from, r.to);
          records += r.to - r.from;
        } else if (e instanceof Value v) {
          deliver(v.type, v.value);
          records++;
        } else {
          Exact x = (Exact) e;
          exactLine(p.buf, x.from, x.nl, linesBefore + x.lineNo);
        }
      }
      linesBefore += p.lines;
      scannedRows += p.scanned;
      parserRuns += p.parsers;
      if (p.buf.length == blockSize) {
        spare.push(p.buf);
      }
    }

    /** Stops the threads; blocks being parsed are finished first (a few milliseconds each), their results dropped. */
    void close() {
      parsers.shutdownNow();
      queue.clear();
      try {
        parsers.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Runs on a parser thread: the fast path over b[0, end), with what it cannot read left for the exact path. */
  private Parsed parse(byte[] b, int end) {
    Recorder recorder = new Recorder(log == null ? null : ActivityLog.builder(end / 128));
    FastPath fp = new FastPath(b, recorder.rows, recorder);
    int pos = 0;
    long line = 0;
    while (pos < end) {
      line = fp.run(pos, end, line);
      pos = fp.resume;
    }
    recorder.rowsSoFar();
    return new Parsed(b, recorder.events, recorder.rows == null ? null : recorder.rows.build(),
        countLines(b, end, line), fp.scanned, fp.parsers);
  }

  /** Keeps, in order, what a block's fast path gives: runs of log rows, other records, doubted lines. */
  private static final class Recorder implements Out {
    private final ActivityLog.@Nullable Builder rows;
    private final List<Object> events = new ArrayList<>();
    private int joined; // rows before this are in events

    Recorder(ActivityLog.@Nullable Builder rows) {
      this.rows = rows;
    }

    @Override
    public void record(@Nullable String type, @Nullable Object value) {
      if (type != null) {
        rowsSoFar();
        events.add(new Value(type, value));
      }
    }

    @Override
    public void exact(int from, int nl, long lineNo) {
      rowsSoFar();
      events.add(new Exact(from, nl, lineNo));
    }

    void rowsSoFar() {
      if (rows != null && rows.size() > joined) {
        events.add(new Rows(joined, rows.size()));
        joined = rows.size();
      }
    }
  }

  // ------------------------------------------------------------------ the fast path

  /** Where the fast path's results go. */
  private interface Out {
    /** A good record: a row committed to the log (type null), or a value of a type. */
    void record(@Nullable String type, @Nullable Object value);

    /** The exact path must read buf[from, nl), the block's line lineNo. */
    void exact(int from, int nl, long lineNo);
  }

  /** The fast path over one block; one per block. */
  private final class FastPath {

    private final byte[] buf;
    private final ActivityLog.@Nullable Builder log;
    private final Out out;
    private final List<Problem> scratch = new ArrayList<>();
    /** Where {@link #run} stopped. */
    int resume;

    FastPath(byte[] buf, ActivityLog.@Nullable Builder log, Out out) {
      this.buf = buf;
      this.log = log;
      this.out = out;
      this.scanner = log == null || !rowsFast ? null : new ActivityScanner(log, maxLine, fast.streamReadConstraints());
    }

    /** Reads activity lines as civic writes them into the log, without the parser; null without a log. */
    private final @Nullable ActivityScanner scanner;
    /** Rows the scanner committed, and the parsers made (for the tests). */
    long scanned;
    long parsers;

    /**
     * Reads records from pos until the block ends or a line needs the exact path (which it then
     * hands over). Returns the block's lines before {@link #resume}, given those before pos.
     */
    long run(int pos, int end, long line) {
      if (scanner == null) {
        return parseLines(pos, end, line);
      }
      if (pos < parseTo) {
        return parseLines(pos, parseTo, line); // the rest of the parser's lines, after a line read exactly
      }
      int nl;
      while (pos < end && (nl = scanner.row(buf, pos, end)) >= 0) {
        out.record(null, null);
        scanned++;
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
      // 1,024 lines, as it did before the scanner, and a parser per line only where they stand
      // among lines it reads.
      int to = Math.min(end, lineEnd(buf, pos, end) + 1);
      if (ActivityScanner.activityLine(buf, pos, end)) {
        for (int k = (1 << Math.min(declined++, 10)) - 1; k > 0 && to < end; k--) {
          to = Math.min(end, lineEnd(buf, to, end) + 1);
        }
      }
      while (to < end && !ActivityScanner.activityLine(buf, to, end)) {
        to = Math.min(end, lineEnd(buf, to, end) + 1);
      }
      parseTo = to;
      return parseLines(pos, to, line);
    }

    /** The activity lines the scanner declined in a row. */
    private int declined;
    /** The end of the lines given to the parser, which it may not have read to the end yet. */
    private int parseTo;

    /** {@link #run} with the parser alone. */
    private long parseLines(int pos, int end, long line) {
      parsers++;
      int lastLine = 0; // the parser's line of the last record read, 1-based; 0 before the first
      int lastNl = pos - 1; // the newline that ends it
      try (JsonParser p = fast.createParser(ObjectReadContext.empty(), buf, pos, end - pos)) {
        while (true) {
          JsonToken t = p.nextToken();
          if (t == null) {
            resume = end;
            // after the last record only blank lines are left
            return line + lastLine + countNewlines(lastNl + 1, end);
          }
          if (t != JsonToken.START_OBJECT || !fastRecord(p)) {
            break;
          }
          // The record must end on the line after the last record's: then it also starts there, is
          // alone on its line with what follows, and the parser counts lines as the file does
          // (blank lines and lone carriage returns go to the exact path, a line at a time).
          TokenStreamLocation after = p.currentLocation(); // just after the '}'
          int endLine = after.getLineNr();
          int nl = restOfLine(pos + (int) after.getByteOffset(), end);
          if (endLine != lastLine + 1 || nl < 0 || nl - (lastNl + 1) > maxLine || !deliverPending()) {
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

    // The record read, kept until its line is known to be good.
    private @Nullable String pendingType;
    private @Nullable Object pendingValue;
    private boolean pendingRow;

    private boolean deliverPending() {
      if (pendingRow) {
        pendingRow = false;
        if (!log.commit()) {
          return false; // a row the log refuses goes to the exact path, which names the problem
        }
        out.record(null, null);
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
    private boolean fastRecord(JsonParser p) {
      if (p.nextNameMatch(matcher) != 0 || p.nextToken() != JsonToken.VALUE_STRING) {
        return false;
      }
      if (log != null && p.getTextLength() == ACTIVITY.length
          && Arrays.equals(p.getTextCharacters(), p.getTextOffset(), p.getTextOffset() + ACTIVITY.length,
              ACTIVITY, 0, ACTIVITY.length)) {
        pendingRow = rowsFast && activityRow(p, log);
        return pendingRow;
      }
      String type = p.getString();
      scratch.clear();
      Cursor c = new Cursor(p, source, 0, true, scratch, scratch);
      c.resumeObject();
      Object value = decode(type, c, null);
      if (value == null || !scratch.isEmpty() || p.currentToken() != JsonToken.END_OBJECT) {
        return false;
      }
      pendingType = type;
      pendingValue = value;
      return true;
    }

    /** Reads an activity's fields into the log's open row; false at anything unusual. */
    private boolean activityRow(JsonParser p, ActivityLog.Builder log) {
      log.begin();
      int seen = 1; // "type" was read
      int field;
      while ((field = p.nextNameMatch(matcher)) >= 0) {
        boolean ok = switch (field) {
          case 1 -> p.nextToken() == JsonToken.VALUE_STRING
              && log.id(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
          case 2 -> p.nextToken() == JsonToken.VALUE_STRING && date(p, log);
          case 3 -> p.nextToken() == JsonToken.VALUE_STRING
              && log.site(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
          case 4 -> {
            boolean good = p.nextToken() == JsonToken.START_ARRAY;
            JsonToken e;
            while (good && (e = p.nextToken()) != JsonToken.END_ARRAY) {
              good = e == JsonToken.VALUE_STRING && log.team(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            }
            yield good;
          }
          case 5 -> {
            JsonToken v = p.nextToken();
            TeamCategory c = v == JsonToken.VALUE_STRING ? builtIn(p)
                : v == JsonToken.START_OBJECT ? categoryObject(p) : null;
            yield c != null && log.category(c);
          }
          case 6 -> p.nextToken() == JsonToken.VALUE_STRING && p.getTextLength() <= maxString
              && log.theme(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
          case 7 -> p.nextToken() == JsonToken.VALUE_STRING && p.getTextLength() <= maxString
              && log.monthTheme(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
          case 8 -> {
            boolean good = p.nextToken() == JsonToken.START_ARRAY;
            JsonToken e;
            while (good && (e = p.nextToken()) != JsonToken.END_ARRAY) {
              good = e == JsonToken.VALUE_STRING
                  && log.volunteer(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            }
            yield good;
          }
          case 9 -> p.nextToken() == JsonToken.VALUE_NUMBER_INT && log.beneficiaries(p.getLongValue());
          case 10 -> p.nextToken() == JsonToken.VALUE_NUMBER_INT && log.serviceMinutes(p.getLongValue());
          case 11 -> p.nextToken() == JsonToken.VALUE_NUMBER_INT && log.materials(p.getLongValue());
          case 12 -> p.nextToken() == JsonToken.VALUE_NUMBER_INT && log.consultations(p.getLongValue());
          case 13 -> p.nextToken() == JsonToken.VALUE_NUMBER_INT && log.sessions(p.getLongValue());
          default -> false; // "type" again: the exact path reports it
        };
        int bit = 1 << field;
        if (!ok || (seen & bit) != 0) {
          return false;
        }
        seen |= bit;
      }
      // an unknown field, or anything but the object's end: the exact path reports it
      return field == PropertyNameMatcher.MATCH_END_OBJECT;
    }
  }

  /** The activity fields, in the order of {@link #activityMatcher}: a field's bit is 1 << its index. */
  static final List<String> ACTIVITY_FIELDS = List.of("type", "id", "date", "site", "teams", "category", "theme",
      "monthTheme", "volunteers", "beneficiaries", "serviceMinutes", "materials", "consultations", "sessions");

  /** Matches the activity fields' names on the parser's bytes, without making a String for each. */
  static PropertyNameMatcher activityMatcher(JsonFactory factory) {
    List<Named> names = new ArrayList<>();
    ACTIVITY_FIELDS.forEach(n -> names.add(Named.fromString(n)));
    return factory.constructNameMatcher(names, false);
  }

  private static final List<TeamCategory> BUILT_IN = TeamCategory.builtIn();

  /** A built-in category by its id, from the parser's characters; null if none. */
  private static @Nullable TeamCategory builtIn(JsonParser p) {
    char[] c = p.getTextCharacters();
    int o = p.getTextOffset();
    int n = p.getTextLength();
    for (TeamCategory t : BUILT_IN) {
      if (same(t.id(), c, o, n)) {
        return t;
      }
    }
    return null;
  }

  private static boolean same(String s, char[] c, int o, int n) {
    if (s.length() != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) != c[o + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A built-in category written out as civic writes it, {@code {"id":…,"zh":…,"en":…}} with its
   * own names; null at anything else (another order, other names, a host's category), which the
   * exact path then reads.
   */
  private @Nullable TeamCategory categoryObject(JsonParser p) {
    if (p.nextNameMatch(categoryMatcher) != 0 || p.nextToken() != JsonToken.VALUE_STRING) {
      return null;
    }
    TeamCategory c = builtIn(p);
    if (c == null
        || p.nextNameMatch(categoryMatcher) != 1 || p.nextToken() != JsonToken.VALUE_STRING
        || !same(c.chinese(), p.getTextCharacters(), p.getTextOffset(), p.getTextLength())
        || p.nextNameMatch(categoryMatcher) != 2 || p.nextToken() != JsonToken.VALUE_STRING
        || !same(c.english(), p.getTextCharacters(), p.getTextOffset(), p.getTextLength())
        || p.nextNameMatch(categoryMatcher) != PropertyNameMatcher.MATCH_END_OBJECT) {
      return null;
    }
    return c;
  }

  /** {@code yyyy-MM-dd}; any other form goes to the exact path, which accepts what LocalDate.parse does. */
  private static boolean date(JsonParser p, ActivityLog.Builder log) {
    if (p.getTextLength() != 10) {
      return false;
    }
    char[] c = p.getTextCharacters();
    int o = p.getTextOffset();
    if (c[o + 4] != '-' || c[o + 7] != '-') {
      return false;
    }
    int y = digits(c, o, 4);
    int m = digits(c, o + 5, 2);
    int d = digits(c, o + 8, 2);
    return y >= 0 && m >= 0 && d >= 0 && log.date(y, m, d);
  }

  private static int digits(char[] c, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) {
      int digit = c[i] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      v = v * 10 + digit;
    }
    return v;
  }

  // ------------------------------------------------------------------ the exact path

  /** Reads the line buf[from, nl) (nl excluded) with its own parser, reporting every problem. */
  private void exactLine(byte[] buf, int from, int nl, long lineNo) {
    exactLines++;
    int length = nl - from;
    if (length > maxLine) {
      Problem problem = Problem.of("jsonl.line-too-long", Location.ofLine(source, lineNo),
          "the line is longer than " + maxLine + " bytes").withExpected("a line of at most " + maxLine + " bytes");
      errors.add(problem);
      rejected.add(new ReadReport.Rejected("", lineNo, "", List.of(problem)));
      stop = strict;
      return;
    }
    int to = nl;
    if (to > from && buf[to - 1] == '\r') {
      to--;
    }
    if (blank(buf, from, to)) {
      return;
    }
    int before = errors.size();
    if (!header) {
      header = true;
      readHeader(buf, from, to - from, lineNo);
    } else if (readRecord(buf, from, to - from, lineNo)) {
      records++;
    }
    if (errors.size() > before) {
      rejected.add(new ReadReport.Rejected("", lineNo, excerpt(buf, from, to, 200), errors.subList(before, errors.size())));
      stop = strict;
    }
  }

  private static boolean blank(byte[] buf, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] != ' ' && buf[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  private static String excerpt(byte[] buf, int from, int to, int chars) {
    String s = new String(buf, from, Math.min(to - from, chars * 4), StandardCharsets.UTF_8);
    return s.length() <= chars ? s : s.substring(0, chars);
  }

  /**
   * The exact path's parser for a line; null, with the problem reported, if the line exceeds a
   * limit the parser checks before reading (the document length).
   */
  private @Nullable JsonParser exactParser(byte[] buf, int from, int length, long lineNo) {
    try {
      return exact.createParser(ObjectReadContext.empty(), buf, from, length);
    } catch (JacksonException e) {
      errors.add(CivicJson.syntax(e, Location.ofLine(source, lineNo)));
      return null;
    }
  }

  private void readHeader(byte[] buf, int from, int length, long lineNo) {
    JsonParser parser = exactParser(buf, from, length, lineNo);
    if (parser == null) {
      return;
    }
    try (JsonParser p = parser) {
      Cursor c = new Cursor(p, source, lineNo - 1, strict, errors, warnings);
      try {
        p.nextToken();
        String[] type = {null};
        String[] format = {null};
        List<Problem> extra = new ArrayList<>();
        Location at = c.here();
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
          (strict ? errors : warnings).addAll(extra);
        }
        if (p.nextToken() != null) {
          c.error("jsonl.trailing", "there is more than one value on the line", "one JSON object per line");
        }
      } catch (JacksonException e) {
        errors.add(CivicJson.syntax(e, c));
      }
    }
  }

  private boolean readRecord(byte[] buf, int from, int length, long lineNo) {
    JsonParser parser = exactParser(buf, from, length, lineNo);
    if (parser == null) {
      return false;
    }
    try (JsonParser p = parser) {
      Cursor c = new Cursor(p, source, lineNo - 1, strict, errors, warnings);
      try {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          c.error("json.wrong-type", "the line is not a JSON object", "one JSON object per line");
          return false;
        }
        Location at = c.here();
        if (p.nextToken() != JsonToken.PROPERTY_NAME || !"type".equals(p.currentName())) {
          c.error("jsonl.type-first", at, "the first field is not \"type\"", "\"type\" as the first field");
          return false;
        }
        p.nextToken();
        c.push("type");
        String type = c.string();
        c.pop();
        if (type == null) {
          return false;
        }
        c.resumeObject();
        int before = errors.size();
        Object value = decode(type, c, at);
        if (value == null || errors.size() > before) {
          if (errors.size() == before) {
            c.error("json.invalid-record", at, "the record is not valid", "a valid " + type);
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
        deliver(type, value);
        return true;
      } catch (JacksonException e) {
        errors.add(CivicJson.syntax(e, c));
        return false;
      }
    }
  }

  /** Reads a record of a type after its "type" field; null (after reporting) if it is not good. */
  private static @Nullable Object decode(String type, Cursor c, @Nullable Location at) {
    return switch (type) {
      case "division" -> Codecs.readDivision(c);
      case "site" -> Codecs.readSite(c);
      case "team" -> Codecs.readTeam(c);
      case "volunteer" -> Codecs.readVolunteer(c);
      case "activity" -> Codecs.readActivity(c);
      case "order" -> Codecs.readOrder(c);
      case "standard" -> CivicJson.readProfile(c);
      default -> {
        c.error("jsonl.unknown-type", at == null ? c.here() : at, "unknown record type \"" + type + "\"",
            "division, site, team, volunteer, activity, order or standard");
        yield null;
      }
    };
  }

  private void deliver(String type, Object value) {
    switch (type) {
      case "division" -> sink.division((Division) value);
      case "site" -> sink.site((Site) value);
      case "team" -> sink.team((Team) value);
      case "volunteer" -> sink.volunteer((Volunteer) value);
      case "activity" -> sink.activity((Activity) value);
      case "order" -> sink.order((ServiceOrder) value);
      default -> sink.profile((StandardProfile) value);
    }
  }
}
