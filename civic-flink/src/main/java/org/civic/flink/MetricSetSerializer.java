package org.civic.flink;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.civic.metric.MetricSet;
import org.civic.metric.internal.MetricAccess;

/**
 * Serializes a {@link MetricSet} — 指标集序列化器 — in civic-core's binary form of figures, the
 * same bytes as its {@link MetricAccumulatorSerializer accumulator}'s.
 *
 * <p>Its class name and {@link Snapshot}'s are written into savepoints: they do not change.
 * Immutable and thread-safe.
 */
public final class MetricSetSerializer extends CivicSerializer<MetricSet> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final MetricSetSerializer INSTANCE = new MetricSetSerializer();

  private MetricSetSerializer() {}

  @Override
  public MetricSet createInstance() {
    return MetricSet.empty();
  }

  @Override
  public void serialize(MetricSet record, DataOutputView target) throws IOException {
    MetricAccess.get().write(record, target);
  }

  @Override
  public MetricSet deserialize(DataInputView source) throws IOException {
    return MetricAccess.get().readSet(source);
  }

  @Override
  public void copy(DataInputView source, DataOutputView target) throws IOException {
    MetricAccess.get().copy(source, target);
  }

  @Override
  public TypeSerializerSnapshot<MetricSet> snapshotConfiguration() {
    return new Snapshot();
  }

  /** The serializer's snapshot — 序列化器快照: no configuration; the bytes carry their version. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<MetricSet> {
    /** Creates the snapshot (Flink instantiates it by name). */
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
