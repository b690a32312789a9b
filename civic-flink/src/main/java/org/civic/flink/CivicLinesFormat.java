package org.civic.flink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.IteratorResultIterator;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.core.fs.Path;
import org.civic.activity.ActivityLog;
import org.civic.json.CivicJson;
import org.civic.json.CivicJsonException;
import org.civic.json.ReadReport;
import org.civic.json.RecordSink;
import org.civic.order.ServiceOrder;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads civic JSON Lines in Flink — civic JSON Lines 文件格式: a split is read in chunks of whole
 * lines (about 1 MB), each parsed by civic-json's reader — its {@code ActivityLog} fast path for
 * activities — so Flink reads exactly what civic reads on one machine. A split that starts inside a
 * file begins at the first line that starts in it; the file's header is given to each chunk.
 *
 * <p>Every bad line becomes located {@link Problem}s (file, line, column, JSON Pointer), emitted as
 * {@link CivicRecord}s among the good records (lenient), or fails the job with the first one
 * (strict). Line numbers are the file's: a split counts the lines before it only when it has a
 * problem to locate. Records other than activities and orders (divisions, sites, volunteers) are
 * counted and skipped: the roll-up takes them from its {@link ReferenceData}.
 *
 * <p>A checkpoint holds the chunk's offset and the records emitted from it; a restored reader
 * reads that chunk again and skips them, so nothing is emitted twice or lost.
 *
 * <p>Immutable and thread-safe; its readers are not.
 */
final class CivicLinesFormat implements BulkFormat<CivicRecord, FileSourceSplit> {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(CivicLinesFormat.class);
  private static final byte[] HEADER =
      ("{\"type\":\"header\",\"format\":\"" + CivicJson.FORMAT + "\"}\n").getBytes(StandardCharsets.UTF_8);

  private final boolean strict;
  private final int chunkBytes;

  CivicLinesFormat(boolean strict, int chunkBytes) {
    this.strict = strict;
    this.chunkBytes = chunkBytes;
  }

  @Override
  public Reader<CivicRecord> createReader(Configuration config, FileSourceSplit split) throws IOException {
    return new LinesReader(split, split.offset(), 0, false);
  }

  @Override
  public Reader<CivicRecord> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
    CheckpointedPosition at = split.getReaderPosition().orElse(null);
    if (at == null || at.getOffset() == CheckpointedPosition.NO_OFFSET) {
      return createReader(config, split);
    }
    return new LinesReader(split, at.getOffset(), at.getRecordsAfterOffset(), true);
  }

  @Override
  public boolean isSplittable() {
    return true;
  }

  @Override
  public TypeInformation<CivicRecord> getProducedType() {
    return CivicTypes.record();
  }

  static boolean compressed(Path path) {
    return path.getName().endsWith(".gz");
  }

  /** Reads one split. */
  private final class LinesReader implements BulkFormat.Reader<CivicRecord> {
    private final Path path;
    private final String source;
    private final long splitEnd;
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int bufferPos;
    private int bufferEnd;
    /** The file offset of the next byte to read. */
    private long position;
    private long skip;
    private boolean eof;
    /** Lines counted from the file's start up to {@link #countedTo}. */
    private long countedLines;
    private long countedTo;
    private long otherRecords;

    LinesReader(FileSourceSplit split, long start, long skip, boolean aligned) throws IOException {
      this.path = split.path();
      this.source = path.toString();
      this.splitEnd = split.offset() + split.length();
      this.skip = skip;
      FSDataInputStream raw = path.getFileSystem().open(path);
      InputStream opened = raw;
      try {
        long from = !aligned && start > 0 ? start - 1 : start;
        if (compressed(path)) {
          opened = new GZIPInputStream(raw, 1 << 16);
          opened.skipNBytes(from);
        } else {
          raw.seek(from);
        }
        this.in = opened;
        this.position = from;
        if (!aligned && start > 0) {
          // the line that crosses into this split belongs to the one before: start after it
          skipLine();
        }
      } catch (IOException | RuntimeException e) {
        opened.close();
        throw e;
      }
    }

    private boolean fill() throws IOException {
      if (bufferPos < bufferEnd) {
        return true;
      }
      if (eof) {
        return false;
      }
      int n = in.read(buffer, 0, buffer.length);
      if (n <= 0) {
        eof = true;
        return false;
      }
      bufferPos = 0;
      bufferEnd = n;
      return true;
    }

    private void skipLine() throws IOException {
      while (fill()) {
        byte b = buffer[bufferPos++];
        position++;
        if (b == '\n') {
          return;
        }
      }
    }

    /** Appends one line, its newline included, to out; false at the end of the file. */
    private boolean readLine(ByteArrayOutputStream out) throws IOException {
      boolean any = false;
      while (fill()) {
        any = true;
        int from = bufferPos;
        int nl = -1;
        for (int i = bufferPos; i < bufferEnd; i++) {
          if (buffer[i] == '\n') {
            nl = i;
            break;
          }
        }
        int to = nl < 0 ? bufferEnd : nl + 1;
        out.write(buffer, from, to - from);
        position += to - from;
        bufferPos = to;
        if (nl >= 0) {
          return true;
        }
      }
      return any;
    }

    @Override
    public @Nullable RecordIterator<CivicRecord> readBatch() throws IOException {
      while (true) {
        long chunkStart = position;
        if (chunkStart >= splitEnd) {
          return null;
        }
        ByteArrayOutputStream chunk = new ByteArrayOutputStream(chunkBytes + 4096);
        long lines = 0;
        while (chunk.size() < chunkBytes && position < splitEnd && readLine(chunk)) {
          lines++;
        }
        if (lines == 0) {
          return null;
        }
        List<CivicRecord> records = parse(chunk.toByteArray(), chunkStart);
        long skipped = Math.min(skip, records.size());
        skip -= skipped;
        if (skipped == records.size()) {
          continue;   // restored past this whole chunk
        }
        return new IteratorResultIterator<>(records.subList((int) skipped, records.size()).iterator(), chunkStart,
            skipped);
      }
    }

    private List<CivicRecord> parse(byte[] chunk, long chunkStart) throws IOException {
      InputStream lines = new ByteArrayInputStream(chunk);
      if (chunkStart > 0) {
        lines = new SequenceInputStream(new ByteArrayInputStream(HEADER), lines);
      }
      ActivityLog.Builder activities = ActivityLog.builder();
      List<ServiceOrder> orders = new ArrayList<>();
      RecordSink sink = new RecordSink() {
        @Override
        public void order(ServiceOrder order) {
          orders.add(order);
        }

        @Override
        public void division(org.civic.division.Division division) {
          otherRecords++;
        }

        @Override
        public void site(org.civic.site.Site site) {
          otherRecords++;
        }

        @Override
        public void volunteer(org.civic.volunteer.Volunteer volunteer) {
          otherRecords++;
        }
      };
      ReadReport report;
      try {
        report = (strict ? CivicJson.strict() : CivicJson.lenient()).readLines(lines, source, sink, activities);
      } catch (CivicJsonException e) {
        List<Problem> located = new ArrayList<>();
        for (Problem p : e.problems()) {
          located.add(relocate(p, chunkStart));
        }
        // its message lists the problems: a job's failure reaches the client serialized, and the
        // exception's list does not travel (Problem is not Serializable)
        throw new ProblemException("cannot read " + source + " (strict)", located);
      }
      ActivityLog log = activities.build();
      List<CivicRecord> records = new ArrayList<>(log.size() + orders.size() + report.errors().size());
      for (int i = 0; i < log.size(); i++) {
        records.add(CivicRecord.of(log.get(i)));
      }
      for (ServiceOrder o : orders) {
        records.add(CivicRecord.of(o));
      }
      for (Problem p : report.errors()) {
        records.add(CivicRecord.of(relocate(p, chunkStart)));
      }
      return records;
    }

    /** A problem at a line of the chunk (after the header given to it), at that line of the file. */
    private Problem relocate(Problem p, long chunkStart) throws IOException {
      if (chunkStart == 0 || p.where().line().isEmpty()) {
        return p;
      }
      long line = linesBefore(chunkStart) + p.where().line().getAsLong() - 1;
      Location where = p.where().withLine(line);
      Problem moved = Problem.of(p.id(), where, p.message());
      return p.expected().isPresent() ? moved.withExpected(p.expected().get()) : moved;
    }

    /** The lines of the file before an offset (a line's start): counted once, forward, when needed. */
    private long linesBefore(long offset) throws IOException {
      if (offset < countedTo) {
        countedTo = 0;
        countedLines = 0;
      }
      try (InputStream raw = path.getFileSystem().open(path);
           InputStream file = compressed(path) ? new GZIPInputStream(raw, 1 << 16) : raw) {
        file.skipNBytes(countedTo);
        byte[] b = new byte[1 << 16];
        long at = countedTo;
        while (at < offset) {
          int n = file.read(b, 0, (int) Math.min(b.length, offset - at));
          if (n <= 0) {
            break;
          }
          for (int i = 0; i < n; i++) {
            if (b[i] == '\n') {
              countedLines++;
            }
          }
          at += n;
        }
        countedTo = at;
      }
      return countedLines;
    }

    @Override
    public void close() throws IOException {
      if (otherRecords > 0) {
        LOG.debug("{}: skipped {} records that are not activities or orders", source, otherRecords);
      }
      in.close();
    }
  }
}
