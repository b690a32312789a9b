package org.civic.division;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;

/**
 * Reads divisions from CSV — 行政区划 CSV: header {@code code,name,level,parent_code}, plain or
 * gzipped (detected from the first bytes), as in the national statistics bureau's list. Fields
 * may be quoted as in RFC 4180; a byte-order mark is skipped. The text is UTF-8 unless the caller
 * names another charset: lists saved by Excel or WPS on Chinese Windows are usually GBK, which
 * {@link #GB18030} reads (GB18030 is a superset of GBK and GB2312). When UTF-8 was expected and the
 * bytes are not UTF-8 but read as GB18030, the problem says so and how to name the charset.
 * The format: docs/division-csv.md.
 *
 * <p>Reading streams: one line at a time goes to the caller's consumer, so the national list
 * (663,128 rows) never sits in memory as text. Every bad line becomes a {@link Problem} naming
 * the source, the line and what was expected, and reading goes on: each good record reaches the
 * consumer, each bad one is reported. {@link #readAll(Path)} is the strict shortcut that throws
 * if anything was wrong.
 *
 * <p>Each line is checked: a valid code, a name, a level word that matches the code's level,
 * and a parent code that matches the parent the code's digits give (empty for a province).
 *
 * <p>Stateless and thread-safe.
 */
public final class DivisionCsv {

  /** The header line the format requires. */
  public static final String HEADER = "code,name,level,parent_code";

  /**
   * GB18030, the charset of Chinese Windows' "ANSI" text (Excel's and WPS's "CSV" on a Chinese
   * system): a superset of GBK and GB2312, so it reads either.
   */
  public static final Charset GB18030 = Charset.forName("GB18030");

  /** How many leading bytes are checked to tell GB18030 from UTF-8 when UTF-8 fails. */
  private static final int SNIFF = 1 << 16;

  private static final Logger LOG = LoggerFactory.getLogger(DivisionCsv.class);

  private DivisionCsv() {}

  /**
   * The outcome of reading: how many records were delivered and every problem found.
   *
   * @param records how many good divisions reached the consumer
   * @param problems every bad line, in line order; empty if all was well
   */
  public record Result(long records, List<Problem> problems) {
    /** Creates a result; the problem list is copied. */
    public Result {
      problems = List.copyOf(problems);
    }

    /** Returns true if no problem was found. */
    public boolean isClean() {
      return problems.isEmpty();
    }
  }

  /**
   * Reads a file, plain or gzipped, handing each good division to the consumer.
   *
   * @param file the file, not null
   * @param sink receives each good division in file order, not null
   * @return the number of records delivered and every problem, not null
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Result read(Path file, Consumer<? super Division> sink) {
    return read(file, StandardCharsets.UTF_8, sink);
  }

  /**
   * Reads a file, plain or gzipped, in a charset, handing each good division to the consumer.
   *
   * @param file the file, not null
   * @param charset the text's charset, such as {@link #GB18030} for a list saved on Chinese
   *     Windows, not null
   * @param sink receives each good division in file order, not null
   * @return the number of records delivered and every problem, not null
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Result read(Path file, Charset charset, Consumer<? super Division> sink) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), charset, sink);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads a stream, plain or gzipped, handing each good division to the consumer. The stream is
   * not closed.
   *
   * @param in the bytes, not null
   * @param source the name used in problem locations, such as a file name, not null
   * @param sink receives each good division in stream order, not null
   * @return the number of records delivered and every problem, not null
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Result read(InputStream in, String source, Consumer<? super Division> sink) {
    return read(in, source, StandardCharsets.UTF_8, sink);
  }

  /**
   * Reads a stream, plain or gzipped, in a charset, handing each good division to the consumer.
   * The stream is not closed.
   *
   * @param in the bytes, not null
   * @param source the name used in problem locations, such as a file name, not null
   * @param charset the text's charset, such as {@link #GB18030} for a list saved on Chinese
   *     Windows, not null
   * @param sink receives each good division in stream order, not null
   * @return the number of records delivered and every problem, not null
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Result read(InputStream in, String source, Charset charset, Consumer<? super Division> sink) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(sink, "sink");
    List<Problem> problems = new ArrayList<>();
    long records = 0;
    long lineNo = 0;
    boolean looksGb18030 = false;
    try {
      BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
      buffered.mark(2);
      int b0 = buffered.read();
      int b1 = buffered.read();
      buffered.reset();
      InputStream raw = b0 == 0x1f && b1 == 0x8b
          ? new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16) : buffered;
      if (charset.equals(StandardCharsets.UTF_8)) {
        looksGb18030 = looksLikeGb18030(raw);
      }
      LineSource lines;
      if (charset.equals(StandardCharsets.UTF_8)) {
        lines = new Utf8Lines(raw);
      } else {
        BufferedReader reader = new BufferedReader(new InputStreamReader(raw, strict(charset)), 1 << 16);
        lines = reader::readLine;
      }
      String line;
      List<String> fields = new ArrayList<>(4);
      while ((line = lines.next()) != null) {
        lineNo++;
        if (lineNo == 1) {
          String header = line.startsWith("\uFEFF") ? line.substring(1) : line;
          if (!header.strip().equals(HEADER)) {
            problems.add(Problem.of("division-csv.header", Location.ofLine(source, 1),
                    "the first line is \"" + abbreviate(header) + "\"")
                .withExpected("the header " + HEADER));
            return new Result(0, problems);
          }
          continue;
        }
        if (line.isEmpty()) {
          continue;
        }
        boolean quoted = line.indexOf('"') >= 0;
        Division plain = quoted ? null : parsePlain(line);
        if (plain != null) {
          sink.accept(plain);
          records++;
          continue;
        }
        fields.clear();
        String splitProblem = quoted ? split(line, fields) : splitPlain(line, fields);
        if (splitProblem != null) {
          problems.add(Problem.of("division-csv.syntax", Location.ofLine(source, lineNo), splitProblem)
              .withExpected("four comma-separated fields: " + HEADER));
          continue;
        }
        Division division = parse(fields, source, lineNo, problems);
        if (division != null) {
          sink.accept(division);
          records++;
        }
      }
      if (lineNo == 0) {
        problems.add(Problem.of("division-csv.header", Location.unknown().withSource(source),
            "the input is empty").withExpected("the header " + HEADER));
      }
    } catch (CharacterCodingException e) {
      problems.add(Problem.of("division-csv.encoding", Location.ofLine(source, lineNo + 1),
          "the bytes are not valid " + charset.name() + (looksGb18030
              ? "; they read as GB18030 (GBK), as Excel and WPS save CSV on Chinese Windows: name the charset"
                  + " (DivisionCsv.read(file, DivisionCsv.GB18030, sink); on the command line, --charset GB18030)"
              : ""))
          .withExpected(charset.name() + " text"));
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      problems.add(Problem.of("division-csv.gzip", Location.ofLine(source, lineNo + 1),
          "the gzip data is corrupt or truncated: " + e.getMessage()).withExpected("a complete gzip stream"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    LOG.debug("read {} divisions from {} with {} problems", records, source, problems.size());
    return new Result(records, problems);
  }

  /**
   * Reads a whole file, plain or gzipped, into a list — strictly: any problem is an error.
   *
   * @param file the file, not null
   * @return the divisions in file order, not null
   * @throws ProblemException listing every bad line if any was found
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<Division> readAll(Path file) {
    return readAll(file, StandardCharsets.UTF_8);
  }

  /**
   * Reads a whole file, plain or gzipped, in a charset into a list — strictly: any problem is an
   * error.
   *
   * @param file the file, not null
   * @param charset the text's charset, not null
   * @return the divisions in file order, not null
   * @throws ProblemException listing every bad line if any was found
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<Division> readAll(Path file, Charset charset) {
    List<Division> divisions = new ArrayList<>();
    Result result = read(file, charset, divisions::add);
    if (!result.isClean()) {
      throw new ProblemException("cannot read divisions from " + file, result.problems());
    }
    return divisions;
  }

  /**
   * Reads a whole stream into a list — strictly: any problem is an error. The stream is not
   * closed.
   *
   * @param in the bytes, plain or gzipped, not null
   * @param source the name used in problem locations, not null
   * @return the divisions in stream order, not null
   * @throws ProblemException listing every bad line if any was found
   */
  public static List<Division> readAll(InputStream in, String source) {
    List<Division> divisions = new ArrayList<>();
    Result result = read(in, source, divisions::add);
    if (!result.isClean()) {
      throw new ProblemException("cannot read divisions from " + source, result.problems());
    }
    return divisions;
  }

  /**
   * Tells whether the first bytes (up to {@value #SNIFF}) are not UTF-8 but are GB18030, and
   * resets the stream to where it was. A character cut at the end of the window is no evidence
   * either way.
   */
  private static boolean looksLikeGb18030(InputStream raw) throws IOException {
    raw.mark(SNIFF);
    byte[] head = raw.readNBytes(SNIFF);
    raw.reset();
    return !decodes(head, StandardCharsets.UTF_8) && decodes(head, GB18030);
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean decodes(byte[] bytes, Charset charset) {
    CharsetDecoder decoder = strict(charset);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(4096);
    while (true) {
      CoderResult r = decoder.decode(in, out, false);
      if (r.isError()) {
        return false;
      }
      if (r.isUnderflow()) {
        return true;
      }
      out.clear();
    }
  }

  /**
   * The fast path for a line without quotes, on the line itself: the division if every check
   * passes, else null (and {@link #parse} says what is wrong). No text is built but the name.
   */
  static @Nullable Division parsePlain(String line) {
    int c1 = line.indexOf(',');
    int c2 = line.indexOf(',', c1 + 1);
    int c3 = c2 < 0 ? -1 : line.indexOf(',', c2 + 1);
    if (c1 != 12 || c2 <= 13 || c3 < 0 || line.indexOf(',', c3 + 1) >= 0
        || Character.isWhitespace(line.charAt(13))) {
      return null;
    }
    long code = digits(line, 0);
    if (code < 0 || !DivisionCode.isValid(code)) {
      return null;
    }
    String word = DivisionCode.levelOf(code).word();
    if (c3 - c2 - 1 != word.length() || !line.regionMatches(c2 + 1, word, 0, word.length())) {
      return null;
    }
    long parent = DivisionCode.parentOf(code);
    boolean parentMatches = parent < 0 ? c3 + 1 == line.length()
        : line.length() - c3 - 1 == 12 && digits(line, c3 + 1) == parent;
    return parentMatches ? new Division(DivisionCode.of(code), line.substring(13, c2)) : null;
  }

  /** Reads the 12 digits at {@code from}, or returns -1 if any is not a digit. */
  private static long digits(String text, int from) {
    long v = 0;
    for (int i = from; i < from + 12; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static @Nullable Division parse(List<String> f, String source, long lineNo, List<Problem> problems) {
    if (f.size() == 4) {
      // The fast path: every check on values, no text built unless something is wrong.
      DivisionCode code = fastCode(f.get(0));
      String name = f.get(1);
      if (code != null && !name.isEmpty() && !name.isBlank()
          && f.get(2).equals(code.level().word())
          && parentMatches(f.get(3), code.value())) {
        return new Division(code, name);
      }
    }
    return diagnose(f, Location.ofLine(source, lineNo), problems);
  }

  static @Nullable DivisionCode fastCode(String text) {
    long v = text.length() == 12 ? digits(text, 0) : -1;
    return v >= 0 && DivisionCode.isValid(v) ? DivisionCode.of(v) : null;
  }

  static boolean parentMatches(String text, long code) {
    long parent = DivisionCode.parentOf(code);
    if (parent < 0) {
      return text.isEmpty();
    }
    return text.length() == 12 && digits(text, 0) == parent;
  }

  /** The slow path: says exactly what is wrong with a line (or accepts it). */
  private static @Nullable Division diagnose(List<String> f, Location where, List<Problem> problems) {
    if (f.size() != 4) {
      problems.add(Problem.of("division-csv.field-count", where, "the line has " + f.size() + " fields")
          .withExpected("4 fields: " + HEADER));
      return null;
    }
    DivisionCode code;
    try {
      code = DivisionCode.parse(f.get(0));
    } catch (InvalidDivisionCodeException e) {
      problems.add(Problem.of("division.invalid-code", where.withColumn(1), e.getMessage())
          .withExpected(e.expected()));
      return null;
    }
    Location at = where.withSubject(code.toString());
    String name = f.get(1);
    if (name.isBlank()) {
      problems.add(Problem.of("division-csv.blank-name", at.withColumn(2), "the name is blank")
          .withExpected("the division's name"));
      return null;
    }
    DivisionLevel level;
    try {
      level = DivisionLevel.parse(f.get(2));
    } catch (IllegalArgumentException e) {
      problems.add(Problem.of("division-csv.level", at.withColumn(3), e.getMessage())
          .withExpected("province, city, county, township or village"));
      return null;
    }
    if (level != code.level()) {
      problems.add(Problem.of("division-csv.level-mismatch", at.withColumn(3),
          "the level is " + level.word() + " but the code's digits say " + code.level().word())
          .withExpected(code.level().word()));
      return null;
    }
    String parentText = f.get(3);
    String expectedParent = code.parent().map(DivisionCode::toString).orElse("");
    if (!parentText.equals(expectedParent)) {
      problems.add(Problem.of("division-csv.parent-mismatch", at.withColumn(4),
          "the parent code is \"" + parentText + "\" but the code's digits give \"" + expectedParent + "\"")
          .withExpected(expectedParent.isEmpty() ? "an empty parent for a province" : expectedParent));
      return null;
    }
    return new Division(code, name);
  }

  /** Splits a line without quotes at its commas; returns null (no problem). */
  private static @Nullable String splitPlain(String line, List<String> out) {
    int start = 0;
    int end = line.endsWith("\r") ? line.length() - 1 : line.length();
    for (int comma; (comma = line.indexOf(',', start)) >= 0 && comma < end; start = comma + 1) {
      out.add(line.substring(start, comma));
    }
    out.add(line.substring(start, end));
    return null;
  }

  /** Splits one CSV line (RFC 4180 quoting, no line breaks inside quotes); returns a problem or null. */
  private static @Nullable String split(String line, List<String> out) {
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == ',') {
        out.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '"' && field.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == '"' || wasQuoted) {
        return "a stray character '" + c + "' at column " + (i + 1) + " around a quoted field";
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      return "a quoted field is not closed";
    }
    if (line.endsWith("\r") && !wasQuoted) {
      field.setLength(Math.max(0, field.length() - 1));
    }
    out.add(field.toString());
    return null;
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }

  /** Lines of text, as {@link BufferedReader#readLine()} gives them. */
  @FunctionalInterface
  interface LineSource {
    @Nullable String next() throws IOException;
  }

  /**
   * UTF-8 lines cut from the bytes — at {@code \n}, {@code \r} or {@code \r\n}, as {@link
   * BufferedReader#readLine()} cuts them (neither byte occurs inside a UTF-8 sequence) — and each
   * decoded on its own by {@link String}'s own decoder, which is several times faster than a
   * reader's. Bytes that are not UTF-8 fail the read as a reader's strict decoder would: a line
   * with a replacement character is decoded again strictly, which throws for bad bytes and lets a
   * real U+FFFD through.
   */
  static final class Utf8Lines implements LineSource {
    private final InputStream in;
    private byte[] buffer;
    private int position;
    private int limit;
    private boolean afterCarriageReturn;

    Utf8Lines(InputStream in) {
      this(in, 1 << 16);
    }

    /** With a first buffer of the given size: it grows to the longest line. */
    Utf8Lines(InputStream in, int bufferSize) {
      this.in = in;
      this.buffer = new byte[bufferSize];
    }

    @Override
    public @Nullable String next() throws IOException {
      if (afterCarriageReturn) {
        afterCarriageReturn = false;
        if ((position < limit || fill()) && buffer[position] == '\n') {
          position++;
        }
      }
      int scanned = position;
      while (true) {
        for (int i = scanned; i < limit; i++) {
          byte b = buffer[i];
          if (b == '\n' || b == '\r') {
            String line = decode(position, i);
            position = i + 1;
            afterCarriageReturn = b == '\r';
            return line;
          }
        }
        scanned = limit - position;
        if (!fill()) {
          if (position == limit) {
            return null;
          }
          String line = decode(position, limit);
          position = limit;
          return line;
        }
        scanned += position;
      }
    }

    /** Moves what is left to the front, reads more; false at the end of the input. */
    private boolean fill() throws IOException {
      int left = limit - position;
      if (left == buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      } else if (position > 0) {
        System.arraycopy(buffer, position, buffer, 0, left);
      }
      position = 0;
      limit = left;
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n <= 0) {
        return false;
      }
      limit += n;
      return true;
    }

    private String decode(int from, int to) throws CharacterCodingException {
      String line = new String(buffer, from, to - from, StandardCharsets.UTF_8);
      if (line.indexOf('\uFFFD') >= 0) {
        strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(buffer, from, to - from));
      }
      return line;
    }
  }
}
