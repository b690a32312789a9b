package org.civic.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.civic.activity.internal.ActivityColumns;
import org.civic.hierarchy.internal.HierarchyBuilderAccess;
import org.civic.hierarchy.internal.HierarchyRows;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one civic JSON Lines stream: frames it into blocks of whole lines ({@link LineBlocks}),
 * reads each block on the {@link FastPath} and every line the fast path doubts on the
 * {@link ExactLines exact path}, and hands good records to the sink (activities, with columns, to
 * the columns). The two paths give the same records and the same problems: a bad line costs what
 * it did when every line was read on its own, and good lines cost a little more than the tokens.
 *
 * <p>With parser threads ({@link ParserPipeline}), the blocks after the header's are parsed on
 * them. Each block's fast path gives its records (its activities in columns of their own) and the
 * lines it doubts, numbered from the block's start; the calling thread takes the blocks in stream
 * order, reads the doubted lines exactly (then their line numbers are known), joins the columns
 * and calls the sink. So the records, the problems and the order of the sink's calls are those
 * of one thread.
 *
 * <p>Not thread-safe; one per read.
 */
final class JsonLinesReader {

  private static final Logger LOG = LoggerFactory.getLogger(CivicJson.class);

  private final LinesOptions options;
  private final InputStream in;
  private final String source;
  private final RecordSink sink;
  private final @Nullable ActivityColumns log;
  /** A hierarchy builder's rows, when the sink adds to one: division and site lines go there as rows. */
  private final @Nullable HierarchyRows sites;
  private final LinesState state;
  private final ExactLines exact;
  /** Lines before the next block to read (with parser threads: to join). */
  private long linesBefore;
  private long scannedRows;
  private long scannedRecords;
  private long parserRuns;
  private @Nullable ParserPipeline pipeline;
  /** What {@link InputStream#available()} told before the read (a file's length), or 0. */
  private long expectedBytes;
  /** Bytes of whole blocks read (with parser threads: joined); a line past the limit is not counted. */
  private long bytesRead;
  /** Times room was looked at ({@link #reserve}): after a thirty-second of the stream, then after a quarter. */
  private int reserved;
  /** Records, the log's rows, the builder's sites and divisions before this read. */
  private long recordsBefore;
  private int logRowsBefore;
  private int sitesBefore;
  private int divisionsBefore;

  JsonLinesReader(LinesOptions options, InputStream in, String source, RecordSink sink, @Nullable ActivityColumns log) {
    this.options = options;
    this.in = in;
    this.source = source;
    this.sink = sink;
    this.log = log;
    this.sites = sink instanceof HierarchySink h ? HierarchyBuilderAccess.rows(h.builder()) : null;
    this.state = new LinesState(source, options.strict);
    this.exact = new ExactLines(options, state, sink, log);
  }

  /**
   * What a read did beyond its report: the lines the exact path read, the activity rows, and the
   * divisions and sites, the scanners read, the parsers the fast path made, the blocks parsed on parser threads and the bytes
   * of the buffers made for them. Logged at debug level after each read.
   */
  record Statistics(long exactLines, long scannedRows, long scannedRecords, long parserRuns, long parallelBlocks,
      long bufferBytes) {}

  /** Returns what the read did; complete once {@link #read()} returned. */
  Statistics statistics() {
    ParserPipeline p = pipeline;
    return new Statistics(exact.lines, scannedRows, scannedRecords, parserRuns, p == null ? 0 : p.blocks, p == null ? 0 : p.bufferBytes);
  }

  /**
   * Reads the stream to its end (in strict mode, to its first bad line).
   *
   * @throws CivicJsonException in strict mode, at the first bad line
   * @throws UncheckedIOException if the stream cannot be read
   */
  ReadReport read() {
    long started = System.nanoTime();
    try {
      expectedBytes = log == null && sites == null ? 0 : available();
      recordsBefore = state.records;
      logRowsBefore = log == null ? 0 : log.size();
      sitesBefore = sites == null ? 0 : sites.size();
      divisionsBefore = sites == null ? 0 : sites.divisionCount();
      readBlocks(new LineBlocks(in, options.blockSize, options.maxLine));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    } finally {
      if (pipeline != null) {
        pipeline.close();
      }
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug("read {}: {} records, {} errors in {} ms; {}", source, state.records, state.errors.size(),
          (System.nanoTime() - started) / 1_000_000, statistics());
    }
    return state.report();
  }

  private void readBlocks(LineBlocks blocks) throws IOException {
    while (!state.stop) {
      int end = blocks.next();
      if (end == 0) {
        break;
      }
      if (end == LineBlocks.TOO_LONG) {
        if (pipeline == null) {
          tooLong();
        } else {
          pipeline.queue(this::tooLong);
          if (options.strict) {
            break; // nothing after it is read
          }
        }
        if (!state.stop) {
          blocks.skipLine();
        }
        continue;
      }
      if (pipeline != null) {
        pipeline.submit(blocks, end);
        continue;
      }
      block(blocks.buffer(), end);
      blocks.consumed(end);
      reserve(end);
      if (options.threads > 0 && state.header && options.fastPath && !state.stop) {
        pipeline = new ParserPipeline(options.threads, options.blockSize, this::parse, () -> state.stop);
      }
    }
    if (pipeline != null) {
      pipeline.applyAll();
      if (log != null) {
        // the log's sites and volunteers numbered on the parser threads, while the host has lent
        // them, instead of on the one thread of the first roll-up (RESULTS.md, issue 18 item 3)
        log.numberSoFar(pipeline);
      }
    }
  }

  /**
   * Counts a block's bytes and, after a thirty-second of a stream whose length is known (a file's)
   * and again after a quarter, makes room at the rate so far: the log's columns, or a hierarchy
   * builder's rows, then grow twice, not by a half or a double at a time — each growth a copy and,
   * at a national file's size, an array the collector takes as humongous (benchmarks/RESULTS.md).
   * Only when every record so far went there, and at first for no more than half the stream's
   * worth, then for the rest: a stream whose first part is one kind of record and the rest another
   * is left with room for at most fifteen times the rows it read in its first thirty-second, or
   * three times those of its first quarter, unused.
   */
  private void reserve(int blockBytes) {
    bytesRead += blockBytes;
    if (reserved == 2 || state.stop || expectedBytes <= bytesRead
        || bytesRead * (reserved == 0 ? 32 : 4) < expectedBytes) {
      return;
    }
    long records = state.records - recordsBefore;
    if (records == 0) {
      return; // nothing to go by yet: the next block
    }
    // at first at most fifteen times what was read more (half the stream), then the rest
    double rest = Math.min(reserved == 0 ? 15 : 3, (double) (expectedBytes - bytesRead) / bytesRead);
    reserved++;
    if (log != null && log.size() - logRowsBefore == records) {
      // the log makes room for the rows exactly as asked (a collection's size is exact), so a
      // sixteenth more here: a thirty-second of run.sh's national files foretells their lines
      // within 0.3 % (activities), 1 % (sites) and 4 % (divisions)
      log.reserveLike(log.size(), more(records, rest * 1.0625, log.size()));
    } else if (sites != null && sites.size() - sitesBefore == records) {
      sites.reserveLike(more(records, rest, sites.size()), 0);
    } else if (sites != null && sites.divisionCount() - divisionsBefore == records) {
      sites.reserveLike(0, more(records, rest, sites.divisionCount()));
    }
  }

  /** The records to come at the rate so far, as many as columns of {@code size} can take. */
  private static int more(long records, double rest, int size) {
    return (int) Math.min(Integer.MAX_VALUE - 16 - (double) size, records * rest);
  }

  /** What the stream says it holds; 0 if it cannot say (a read needs no more than that). */
  private long available() {
    try {
      return Math.max(0, in.available());
    } catch (IOException e) {
      return 0;
    }
  }

  /** Reports the line after linesBefore as longer than the limit, and counts it. */
  private void tooLong() {
    state.tooLong(++linesBefore, options.maxLine);
  }

  /** Reads the whole lines in buf[0, end) on this thread; counts them into linesBefore. */
  private void block(byte[] buf, int end) {
    int pos = 0;
    long line = 0; // the block's lines before pos
    FastPath fp = new FastPath(options, source, buf, log, sites, new FastPath.Out() {
      @Override
      public void row() {
        state.records++;
      }

      @Override
      public void hierarchyRow() {
        state.records++;
      }

      @Override
      public void record(RecordType type, Object value) {
        type.deliver(sink, value);
        state.records++;
      }

      @Override
      public void exact(int from, int nl, long lineNo) {
        exact.line(buf, from, nl, linesBefore + lineNo); // may stop the read: the loop checks
      }
    });
    while (pos < end && !state.stop) {
      if (!state.header || !options.fastPath) {
        int nl = FastPath.lineEnd(buf, pos, end);
        exact.line(buf, pos, nl, linesBefore + line + 1);
        line++;
        pos = nl + 1;
        continue;
      }
      line = fp.run(pos, end, line);
      pos = fp.resume;
    }
    scannedRows += fp.scanned;
    scannedRecords += fp.scannedRecords;
    parserRuns += fp.parsers;
    linesBefore += LineBlocks.lines(buf, end, line);
  }

  // ------------------------------------------------------------------ parser threads

  /** Rows [from, to) of a block's columns. */
  private record Rows(int from, int to) {}

  /** Sites [from, to) of a block's hierarchy rows. */
  private record SiteRun(int from, int to) {}

  /** Divisions [from, to) of a block's hierarchy rows. */
  private record DivisionRun(int from, int to) {}

  /** A record other than a row. */
  private record Value(RecordType type, Object value) {}

  /** A line the exact path reads: buf[from, nl), the block's line lineNo. */
  private record Exact(int from, int nl, long lineNo) {}

  /**
   * Runs on a parser thread: the fast path over b[0, end), with what it cannot read left for the
   * exact path. Returns what the calling thread then does, in stream order.
   */
  private Runnable parse(byte[] b, int end) {
    ActivityColumns rows = log == null ? null : new ActivityColumns(Math.max(16, end / 128));
    HierarchyRows hierarchyRows = sites == null ? null : new HierarchyRows(Math.max(16, end / 256));
    Recorder recorder = new Recorder(rows, hierarchyRows);
    FastPath fp = new FastPath(options, source, b, rows, hierarchyRows, recorder);
    int pos = 0;
    long line = 0;
    while (pos < end) {
      line = fp.run(pos, end, line);
      pos = fp.resume;
    }
    recorder.rowsSoFar();
    if (rows != null) {
      rows.freeze();
    }
    long lines = LineBlocks.lines(b, end, line);
    long scanned = fp.scanned;
    long records = fp.scannedRecords;
    long parsers = fp.parsers;
    return () -> join(b, end, recorder.events, rows, hierarchyRows, lines, scanned, records, parsers);
  }

  /** On the calling thread: what a block's fast path gave, in order. */
  private void join(byte[] b, int end, List<Object> events, @Nullable ActivityColumns rows, @Nullable HierarchyRows hierarchyRows,
      long lines, long scanned, long records, long parsers) {
    for (Object e : events) {
      if (state.stop) {
        return;
      }
      if (e instanceof Rows r) {
        log.addAll(rows, r.from, r.to);
        state.records += r.to - r.from;
      } else if (e instanceof SiteRun r) {
        sites.addAll(hierarchyRows, r.from, r.to);
        state.records += r.to - r.from;
      } else if (e instanceof DivisionRun r) {
        sites.addAllDivisions(hierarchyRows, r.from, r.to);
        state.records += r.to - r.from;
      } else if (e instanceof Value v) {
        v.type.deliver(sink, v.value);
        state.records++;
      } else {
        Exact x = (Exact) e;
        exact.line(b, x.from, x.nl, linesBefore + x.lineNo);
      }
    }
    linesBefore += lines;
    scannedRows += scanned;
    scannedRecords += records;
    parserRuns += parsers;
    reserve(end);
    pipeline.recycle(b);
  }

  /** Keeps, in order, what a block's fast path gives: runs of rows, divisions and sites, other records, doubted lines. */
  private static final class Recorder implements FastPath.Out {
    private final @Nullable ActivityColumns rows;
    private final @Nullable HierarchyRows sites;
    private final List<Object> events = new ArrayList<>();
    private int joined; // rows before this are in events
    private int sitesJoined; // site rows before this are in events
    private int divisionsJoined; // division rows before this are in events

    Recorder(@Nullable ActivityColumns rows, @Nullable HierarchyRows sites) {
      this.rows = rows;
      this.sites = sites;
    }

    @Override
    public void row() {
      // rows are recorded as runs, when something else comes or the block ends
    }

    @Override
    public void hierarchyRow() {
      // so are divisions and sites
    }

    @Override
    public void record(RecordType type, Object value) {
      rowsSoFar();
      events.add(new Value(type, value));
    }

    @Override
    public void exact(int from, int nl, long lineNo) {
      rowsSoFar();
      events.add(new Exact(from, nl, lineNo));
    }

    /** The runs of rows, divisions and sites since the last event (to different columns: their order between them is free). */
    void rowsSoFar() {
      if (rows != null && rows.size() > joined) {
        events.add(new Rows(joined, rows.size()));
        joined = rows.size();
      }
      if (sites != null && sites.size() > sitesJoined) {
        events.add(new SiteRun(sitesJoined, sites.size()));
        sitesJoined = sites.size();
      }
      if (sites != null && sites.divisionCount() > divisionsJoined) {
        events.add(new DivisionRun(divisionsJoined, sites.divisionCount()));
        divisionsJoined = sites.divisionCount();
      }
    }
  }
}
