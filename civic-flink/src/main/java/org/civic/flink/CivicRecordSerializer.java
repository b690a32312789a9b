package org.civic.flink;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.civic.activity.Activity;
import org.civic.order.ServiceOrder;
import org.civic.problem.Problem;

/**
 * Serializes a {@link CivicRecord} — 流记录序列化器: a format version byte, its kind, then the
 * activity, order or problem by its own serializer.
 *
 * <p>Its class name and {@link Snapshot}'s are written into savepoints: they do not change.
 * Immutable and thread-safe.
 */
public final class CivicRecordSerializer extends CivicSerializer<CivicRecord> {

  private static final long serialVersionUID = 1L;
  private static final int VERSION = 1;

  /** The one instance. */
  public static final CivicRecordSerializer INSTANCE = new CivicRecordSerializer();

  private CivicRecordSerializer() {}

  @Override
  public CivicRecord createInstance() {
    return CivicRecord.of(ProblemSerializer.INSTANCE.createInstance());
  }

  @Override
  public void serialize(CivicRecord record, DataOutputView out) throws IOException {
    out.writeByte(VERSION);
    out.writeByte(record.kind().ordinal());
    switch (record.kind()) {
      case ACTIVITY -> CivicJsonSerializer.ActivitySerializer.INSTANCE.serialize((Activity) record.value(), out);
      case ORDER -> CivicJsonSerializer.ServiceOrderSerializer.INSTANCE.serialize((ServiceOrder) record.value(), out);
      case PROBLEM -> ProblemSerializer.INSTANCE.serialize((Problem) record.value(), out);
    }
  }

  @Override
  public CivicRecord deserialize(DataInputView in) throws IOException {
    checkVersion(in, VERSION, "civic record");
    int kind = in.readUnsignedByte();
    return switch (kind) {
      case 0 -> CivicRecord.of(CivicJsonSerializer.ActivitySerializer.INSTANCE.deserialize(in));
      case 1 -> CivicRecord.of(CivicJsonSerializer.ServiceOrderSerializer.INSTANCE.deserialize(in));
      case 2 -> CivicRecord.of(ProblemSerializer.INSTANCE.deserialize(in));
      default -> throw new java.io.StreamCorruptedException("a civic record of kind " + kind + ": expected 0 to 2");
    };
  }

  @Override
  public TypeSerializerSnapshot<CivicRecord> snapshotConfiguration() {
    return new Snapshot();
  }

  /** The serializer's snapshot — 序列化器快照: no configuration; the bytes carry their version. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<CivicRecord> {
    /** Creates the snapshot (Flink instantiates it by name). */
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
