package org.civic.flink;

import java.io.IOException;
import java.util.Optional;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.civic.problem.Location;
import org.civic.problem.Problem;

/**
 * Serializes a located {@link Problem} — 问题序列化器: its id, message and expectation and every part
 * of its {@link Location} (source, line, column, JSON Pointer, subject), after a format version
 * byte.
 *
 * <p>Its class name and {@link Snapshot}'s are written into savepoints: they do not change.
 * Immutable and thread-safe.
 */
public final class ProblemSerializer extends CivicSerializer<Problem> {

  private static final long serialVersionUID = 1L;
  private static final int VERSION = 1;

  /** The one instance. */
  public static final ProblemSerializer INSTANCE = new ProblemSerializer();

  private ProblemSerializer() {}

  @Override
  public Problem createInstance() {
    return Problem.of("placeholder", Location.unknown(), "placeholder");
  }

  @Override
  public void serialize(Problem p, DataOutputView out) throws IOException {
    out.writeByte(VERSION);
    writeString(out, p.id());
    writeString(out, p.message());
    writeOptional(out, p.expected());
    Location where = p.where();
    writeOptional(out, where.source());
    out.writeLong(where.line().orElse(0));
    out.writeInt(where.column().orElse(0));
    writeOptional(out, where.jsonPointer());
    writeOptional(out, where.subject());
  }

  @Override
  public Problem deserialize(DataInputView in) throws IOException {
    checkVersion(in, VERSION, "problem");
    String id = readString(in);
    String message = readString(in);
    Optional<String> expected = readOptional(in);
    Location where = Location.unknown();
    Optional<String> source = readOptional(in);
    if (source.isPresent()) {
      where = where.withSource(source.get());
    }
    long line = in.readLong();
    if (line > 0) {
      where = where.withLine(line);
    }
    int column = in.readInt();
    if (column > 0) {
      where = where.withColumn(column);
    }
    Optional<String> pointer = readOptional(in);
    if (pointer.isPresent()) {
      where = where.withJsonPointer(pointer.get());
    }
    Optional<String> subject = readOptional(in);
    if (subject.isPresent()) {
      where = where.withSubject(subject.get());
    }
    Problem p = Problem.of(id, where, message);
    return expected.isPresent() ? p.withExpected(expected.get()) : p;
  }

  private static void writeOptional(DataOutputView out, Optional<String> s) throws IOException {
    out.writeBoolean(s.isPresent());
    if (s.isPresent()) {
      writeString(out, s.get());
    }
  }

  private static Optional<String> readOptional(DataInputView in) throws IOException {
    return in.readBoolean() ? Optional.of(readString(in)) : Optional.empty();
  }

  @Override
  public TypeSerializerSnapshot<Problem> snapshotConfiguration() {
    return new Snapshot();
  }

  /** The serializer's snapshot — 序列化器快照: no configuration; the bytes carry their version. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<Problem> {
    /** Creates the snapshot (Flink instantiates it by name). */
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
