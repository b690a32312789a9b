package org.civic.flink;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.civic.division.DivisionCode;
import org.civic.metric.MetricSet;
import org.civic.metric.Period;
import org.civic.metric.internal.MetricAccess;

/**
 * Serializes a {@link RollupCell} — 汇总单元序列化器: a format version byte, the division's code (-1
 * for the total), the period as civic writes it ({@code 2024-03}, {@code 2024-Q1}, {@code 2024}),
 * then the figures in civic-core's binary form.
 *
 * <p>Its class name and {@link Snapshot}'s are written into savepoints: they do not change.
 * Immutable and thread-safe.
 */
public final class RollupCellSerializer extends CivicSerializer<RollupCell> {

  private static final long serialVersionUID = 1L;
  private static final int VERSION = 1;

  /** The one instance. */
  public static final RollupCellSerializer INSTANCE = new RollupCellSerializer();

  private RollupCellSerializer() {}

  @Override
  public RollupCell createInstance() {
    return RollupCell.total(Period.year(1970), MetricSet.empty());
  }

  @Override
  public void serialize(RollupCell cell, DataOutputView out) throws IOException {
    out.writeByte(VERSION);
    out.writeLong(cell.division().map(DivisionCode::value).orElse(-1L));
    writeString(out, cell.period().toString());
    MetricAccess.get().write(cell.metrics(), out);
  }

  @Override
  public RollupCell deserialize(DataInputView in) throws IOException {
    checkVersion(in, VERSION, "roll-up cell");
    long division = in.readLong();
    Period period;
    String p = readString(in);
    try {
      period = Period.parse(p);
    } catch (IllegalArgumentException e) {
      throw new java.io.StreamCorruptedException("a roll-up cell with period \"" + p + "\"");
    }
    MetricSet metrics = MetricAccess.get().readSet(in);
    if (division < 0) {
      return RollupCell.total(period, metrics);
    }
    if (!DivisionCode.isValid(division)) {
      throw new java.io.StreamCorruptedException("a roll-up cell with division code " + division);
    }
    return RollupCell.of(DivisionCode.of(division), period, metrics);
  }

  @Override
  public TypeSerializerSnapshot<RollupCell> snapshotConfiguration() {
    return new Snapshot();
  }

  /** The serializer's snapshot — 序列化器快照: no configuration; the bytes carry their version. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<RollupCell> {
    /** Creates the snapshot (Flink instantiates it by name). */
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
