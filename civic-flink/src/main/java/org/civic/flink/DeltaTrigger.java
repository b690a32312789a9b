package org.civic.flink;

import java.time.Duration;
import org.apache.flink.streaming.api.windowing.triggers.Trigger;
import org.apache.flink.streaming.api.windowing.triggers.TriggerResult;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;

/**
 * Fires a month's window with what arrived since it last fired, then forgets it — 增量触发器 — so
 * every firing is a delta, and the deltas of a cell merge (civic's monoid) into exactly its
 * figures: when the watermark passes the month's end; for each late record within the allowed
 * lateness (the late activity updates its cell); and, if asked, every {@code early} interval of
 * processing time before the month ends (a dashboard that moves as activities arrive).
 * Immutable and thread-safe.
 */
final class DeltaTrigger extends Trigger<Object, TimeWindow> {

  private static final long serialVersionUID = 1L;

  /** Early firing interval in milliseconds, 0 for none. */
  private final long early;

  DeltaTrigger(Duration early) {
    this.early = early.toMillis();
  }

  @Override
  public TriggerResult onElement(Object element, long timestamp, TimeWindow window, TriggerContext ctx) {
    if (window.maxTimestamp() <= ctx.getCurrentWatermark()) {
      return TriggerResult.FIRE_AND_PURGE;   // late, within the allowed lateness: its delta now
    }
    ctx.registerEventTimeTimer(window.maxTimestamp());
    if (early > 0) {
      long now = ctx.getCurrentProcessingTime();
      ctx.registerProcessingTimeTimer(now - now % early + early);
    }
    return TriggerResult.CONTINUE;
  }

  @Override
  public TriggerResult onEventTime(long time, TimeWindow window, TriggerContext ctx) {
    return time == window.maxTimestamp() ? TriggerResult.FIRE_AND_PURGE : TriggerResult.CONTINUE;
  }

  @Override
  public TriggerResult onProcessingTime(long time, TimeWindow window, TriggerContext ctx) {
    return TriggerResult.FIRE_AND_PURGE;
  }

  @Override
  public void clear(TimeWindow window, TriggerContext ctx) {
    ctx.deleteEventTimeTimer(window.maxTimestamp());
  }

  @Override
  public String toString() {
    return "DeltaTrigger(early " + early + " ms)";
  }
}
