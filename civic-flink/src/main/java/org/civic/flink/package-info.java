/**
 * civic on Apache Flink — Flink 适配: civic's roll-ups past one machine, with the figures one machine
 * gives. {@link org.civic.flink.MetricAggregate} is civic's metric monoid as a Flink aggregate;
 * {@link org.civic.flink.CivicTypes} gives Flink an explicit serializer for each civic type (never
 * Kryo, never field by field); {@link org.civic.flink.CivicLinesSource} reads civic JSON Lines with
 * located problems; {@link org.civic.flink.RollupJob} rolls activities and orders up at every level
 * by (division, period); {@link org.civic.flink.RollupMain} is the job a host submits.
 *
 * <pre>{@code
 * ReferenceData reference = ReferenceData.files(List.of("hdfs:///civic/national.jsonl.gz"));
 * RollupJob job = RollupJob.builder(reference).allowedLateness(Duration.ofDays(31)).build();
 * RollupJob.Streams out = job.apply(env, CivicLinesSource.builder(List.of("hdfs:///civic/2024/")).build());
 * out.cells().sinkTo(FileSink.forRowFormat(new Path("hdfs:///civic/rollup/"), RollupJob.jsonLines()).build());
 * }</pre>
 */
@NullMarked
package org.civic.flink;

import org.jspecify.annotations.NullMarked;
