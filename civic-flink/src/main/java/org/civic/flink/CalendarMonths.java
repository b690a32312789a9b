package org.civic.flink;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.streaming.api.windowing.assigners.WindowAssigner;
import org.apache.flink.streaming.api.windowing.triggers.Trigger;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;

/**
 * Event-time windows of one calendar month (UTC) — 自然月窗口: months differ in length, so a
 * tumbling window of fixed size cannot hold them. A record falls in the month of its timestamp.
 * Immutable and thread-safe.
 */
final class CalendarMonths extends WindowAssigner<Object, TimeWindow> {

  private static final long serialVersionUID = 1L;

  private final Trigger<Object, TimeWindow> trigger;

  CalendarMonths(Trigger<Object, TimeWindow> trigger) {
    this.trigger = trigger;
  }

  /** The month of an epoch millisecond, UTC. */
  static YearMonth monthOf(long epochMilli) {
    return YearMonth.from(Instant.ofEpochMilli(epochMilli).atOffset(ZoneOffset.UTC));
  }

  static TimeWindow windowOf(YearMonth month) {
    long start = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    long end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    return new TimeWindow(start, end);
  }

  @Override
  public Collection<TimeWindow> assignWindows(Object element, long timestamp, WindowAssignerContext context) {
    if (timestamp == Long.MIN_VALUE) {
      throw new IllegalStateException("a record without a timestamp: give the stream RollupJob's watermark "
          + "strategy (or one that assigns timestamps) before the roll-up");
    }
    return List.of(windowOf(monthOf(timestamp)));
  }

  @Override
  public Trigger<Object, TimeWindow> getDefaultTrigger() {
    return trigger;
  }

  @Override
  public TypeSerializer<TimeWindow> getWindowSerializer(ExecutionConfig executionConfig) {
    return new TimeWindow.Serializer();
  }

  @Override
  public boolean isEventTime() {
    return true;
  }

  @Override
  public String toString() {
    return "CalendarMonths()";
  }
}
