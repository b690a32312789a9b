package org.civic.flink;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.civic.metric.MetricAccumulator;
import org.civic.metric.internal.MetricAccess;
import org.jspecify.annotations.Nullable;

/**
 * Serializes a {@link MetricAccumulator} — 指标累加器序列化器 — in civic-core's binary form of figures
 * (every sum, the beneficiary extremes and the volunteers' bitmap, written explicitly, after a
 * format version byte): a window's or a keyed state's accumulator survives a checkpoint, a
 * restart and a job upgrade with its distinct count intact.
 *
 * <p>Its class name and {@link Snapshot}'s are written into savepoints: they do not change.
 * Immutable and thread-safe (the accumulators it handles are not).
 */
public final class MetricAccumulatorSerializer extends TypeSerializer<MetricAccumulator> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final MetricAccumulatorSerializer INSTANCE = new MetricAccumulatorSerializer();

  private MetricAccumulatorSerializer() {}

  @Override
  public boolean isImmutableType() {
    return false;
  }

  @Override
  public TypeSerializer<MetricAccumulator> duplicate() {
    return this;
  }

  @Override
  public MetricAccumulator createInstance() {
    return new MetricAccumulator();
  }

  /** A copy made by civic's own merge into an empty accumulator: every field, as merge knows them all. */
  @Override
  public MetricAccumulator copy(MetricAccumulator from) {
    return new MetricAccumulator().merge(from);
  }

  @Override
  public MetricAccumulator copy(MetricAccumulator from, MetricAccumulator reuse) {
    return copy(from);
  }

  @Override
  public int getLength() {
    return -1;
  }

  @Override
  public void serialize(MetricAccumulator record, DataOutputView target) throws IOException {
    MetricAccess.get().write(record, target);
  }

  @Override
  public MetricAccumulator deserialize(DataInputView source) throws IOException {
    return MetricAccess.get().readAccumulator(source);
  }

  @Override
  public MetricAccumulator deserialize(MetricAccumulator reuse, DataInputView source) throws IOException {
    return deserialize(source);
  }

  @Override
  public void copy(DataInputView source, DataOutputView target) throws IOException {
    MetricAccess.get().copy(source, target);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MetricAccumulatorSerializer;
  }

  @Override
  public int hashCode() {
    return MetricAccumulatorSerializer.class.hashCode();
  }

  @Override
  public TypeSerializerSnapshot<MetricAccumulator> snapshotConfiguration() {
    return new Snapshot();
  }

  /**
   * The serializer's snapshot — 序列化器快照: it has no configuration; the bytes carry their own
   * format version, which every later civic reads.
   */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<MetricAccumulator> {
    /** Creates the snapshot (Flink instantiates it by name). */
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
