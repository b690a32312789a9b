package org.civic.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.civic.activity.Activity;
import org.civic.metric.MetricAccumulator;
import org.civic.metric.MetricSet;
import org.civic.metric.VolunteerIndex;

/**
 * Aggregates a county's activities in parallel partitions and merges them: the figures equal a
 * single pass, distinct volunteers included — the property that lets hosts aggregate on Spark or
 * Flink.
 */
public final class ParallelAggregation {

  private ParallelAggregation() {}

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    YuzhouSample yz = YuzhouSample.build();
    VolunteerIndex index = VolunteerIndex.of(yz.register);   // one index shared by every partition
    List<Activity> activities = yz.activities;
    int parts = 8;
    List<MetricAccumulator> partitions = ForkJoinPool.commonPool().submit(() ->
        java.util.stream.IntStream.range(0, parts).parallel().mapToObj(p -> {
          MetricAccumulator acc = new MetricAccumulator();
          for (int i = p; i < activities.size(); i += parts) {
            acc.add(activities.get(i), index);
          }
          return acc;
        }).toList()).join();
    MetricAccumulator merged = new MetricAccumulator();
    partitions.forEach(merged::merge);
    MetricSet once = activities.stream().collect(MetricSet.collector(index));
    out.printf("%d partitions merged: %,d activities, %,d volunteers, %,d person-times%n", parts,
        merged.snapshot().activities(), merged.snapshot().volunteers().count(), merged.snapshot().personTimes());
    out.println("equal to one pass: " + merged.snapshot().equals(once));
  }
}
