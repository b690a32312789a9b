package org.civic.flink;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.serialization.Encoder;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.civic.activity.Activity;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.json.CivicJson;
import org.civic.metric.MetricAccumulator;
import org.civic.metric.MetricSet;
import org.civic.metric.Period;
import org.civic.metric.VolunteerIndex;
import org.civic.order.ServiceOrder;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;
import org.civic.site.Site;
import org.civic.volunteer.VolunteerId;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * civic's roll-up at every level on Flink — 逐级汇总作业: each activity and order counts at its
 * site's division and every ancestor (station → village, post → township, center → county, then
 * city and province) and in the total of the whole hierarchy (the nation, for a national one),
 * for each month, quarter and year — keyed by (division, period), every figure
 * {@link org.civic.metric.ActivityRollup} gives and equal to it, distinct volunteers included.
 *
 * <p>Two stages. Records are keyed by site and aggregated ({@link MetricAggregate}) in calendar-month
 * event-time windows that fire deltas: when the watermark passes the month, for each late record
 * within the allowed lateness, and, if asked, early. Each delta goes to its cells, keyed by
 * (division, period), where civic's merge adds it to the cell's accumulator (keyed state, with
 * {@link CivicTypes#metricAccumulator()}'s explicit serializer). In BATCH mode each cell is emitted
 * once, at the end; in STREAMING mode each cell is emitted again whenever it changes, and its latest
 * emission holds its figures. A record later than the allowed lateness goes to {@link Streams#late()},
 * never lost silently; a problem record, an activity at a site outside the hierarchy or with a
 * volunteer outside the register goes to {@link Streams#problems()} (lenient) or fails the job
 * (strict).
 *
 * <pre>{@code
 * RollupJob job = RollupJob.builder(ReferenceData.files(List.of("county.json", "volunteers.jsonl.gz")))
 *     .allowedLateness(Duration.ofDays(31)).build();
 * RollupJob.Streams out = job.apply(env, CivicLinesSource.builder(List.of("activities.jsonl")).build());
 * out.cells().sinkTo(FileSink.forRowFormat(new Path("out/"), RollupJob.jsonLines()).build());
 * out.problems().print();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RollupJob {

  /** The side output of problems. */
  static final OutputTag<Problem> PROBLEMS = new OutputTag<>("civic-problems", CivicTypes.problem());
  /** The side output of records later than the allowed lateness. */
  static final OutputTag<CivicRecord> LATE = new OutputTag<>("civic-late", CivicTypes.record());

  private final ReferenceData reference;
  private final EnumSet<Period.Kind> periods;
  private final boolean totals;
  private final Duration allowedLateness;
  private final Duration outOfOrderness;
  private final Duration earlyFiring;
  private final boolean strict;

  private RollupJob(Builder b) {
    this.reference = b.reference;
    this.periods = EnumSet.copyOf(b.periods);
    this.totals = b.totals;
    this.allowedLateness = b.allowedLateness;
    this.outOfOrderness = b.outOfOrderness;
    this.earlyFiring = b.earlyFiring;
    this.strict = b.strict;
  }

  /**
   * Starts a job over some reference data.
   *
   * @param reference the hierarchy and the volunteer register, not null
   * @return a builder, not null
   */
  public static Builder builder(ReferenceData reference) {
    return new Builder(Objects.requireNonNull(reference, "reference"));
  }

  /** The roll-up's outputs — 汇总输出. Immutable. */
  public record Streams(DataStream<RollupCell> cells, DataStream<Problem> problems, DataStream<CivicRecord> late) {
    /** Creates the outputs; each not null. */
    public Streams {
      Objects.requireNonNull(cells, "cells");
      Objects.requireNonNull(problems, "problems");
      Objects.requireNonNull(late, "late");
    }
  }

  /**
   * Returns the watermark strategy of civic records: an activity's time is the start (UTC) of its
   * day, an order's when it was placed, and the watermark trails the greatest time seen by the
   * out-of-orderness.
   *
   * @return the strategy, not null
   */
  public WatermarkStrategy<CivicRecord> watermarks() {
    return WatermarkStrategy.<CivicRecord>forBoundedOutOfOrderness(outOfOrderness)
        .withTimestampAssigner((r, previous) -> r.eventTime());
  }

  /**
   * Reads a civic JSON Lines source with {@link #watermarks()} and rolls it up.
   *
   * @param env the environment, not null
   * @param source the records, not null
   * @return the outputs, not null
   */
  public Streams apply(StreamExecutionEnvironment env, FileSource<CivicRecord> source) {
    Objects.requireNonNull(env, "env");
    Objects.requireNonNull(source, "source");
    return apply(env.fromSource(source, watermarks(), "civic JSON Lines"));
  }

  /**
   * Rolls up a stream of civic records, which carry timestamps and watermarks (for example from
   * {@link #watermarks()}). In BATCH mode each cell is emitted once; otherwise on every change.
   *
   * @param records the records, not null
   * @return the outputs, not null
   */
  public Streams apply(DataStream<CivicRecord> records) {
    Objects.requireNonNull(records, "records");
    boolean batch = records.getExecutionEnvironment().getConfiguration().get(ExecutionOptions.RUNTIME_MODE)
        == RuntimeExecutionMode.BATCH;
    SingleOutputStreamOperator<CivicRecord> good = records
        .process(new Check(reference, strict), CivicTypes.record()).name("civic: check records");
    SingleOutputStreamOperator<RollupCell> deltas = good
        .keyBy(r -> r.site().orElseThrow().value(), Types.STRING)
        .window(new CalendarMonths(new DeltaTrigger(earlyFiring)))
        .allowedLateness(allowedLateness)
        .sideOutputLateData(LATE)
        .aggregate(MetricAggregate.records(reference), new ToCells(reference, periods, totals),
            CivicTypes.metricAccumulator(), CivicTypes.metricSet(), CivicTypes.rollupCell())
        .name("civic: site × month");
    SingleOutputStreamOperator<RollupCell> cells = deltas
        .keyBy(RollupCell::key, Types.LONG)
        .process(new MergeCells(batch), CivicTypes.rollupCell())
        .name("civic: division × period");
    return new Streams(cells, good.getSideOutput(PROBLEMS), deltas.getSideOutput(LATE));
  }

  /**
   * Returns an encoder of cells as civic JSON Lines, one object per cell:
   * {@code {"division":"411081000000","period":"2024-03","metrics":{"activities":…}}} ({@code "division"}
   * is absent from the total), for a {@code FileSink} or any sink that takes an {@link Encoder}.
   *
   * @return the encoder, not null
   */
  public static Encoder<RollupCell> jsonLines() {
    return new CellLines();
  }

  /** Writes cells as JSON Lines with civic's mapper. */
  private static final class CellLines implements Encoder<RollupCell> {
    private static final long serialVersionUID = 1L;

    private static final class Mapper {
      static final JsonMapper INSTANCE = CivicJson.strict().mapper();
    }

    @Override
    public void encode(RollupCell cell, OutputStream stream) throws IOException {
      Map<String, Object> line = new LinkedHashMap<>();
      cell.division().ifPresent(d -> line.put("division", d.toString()));
      line.put("period", cell.period().toString());
      line.put("metrics", cell.metrics());
      try (JsonGenerator g = Mapper.INSTANCE.createGenerator(new NonClosing(stream))) {
        Mapper.INSTANCE.writeValue(g, line);
      }
      stream.write('\n');
    }
  }

  /** Keeps the sink's stream open when the generator closes. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** Splits problems off and checks each record against the reference data. */
  static final class Check extends ProcessFunction<CivicRecord, CivicRecord> {
    private static final long serialVersionUID = 1L;
    private final ReferenceData reference;
    private final boolean strict;
    private transient Hierarchy hierarchy;
    private transient VolunteerIndex index;

    Check(ReferenceData reference, boolean strict) {
      this.reference = reference;
      this.strict = strict;
    }

    @Override
    public void open(OpenContext openContext) {
      hierarchy = reference.hierarchy();
      index = reference.volunteers();
    }

    @Override
    public void processElement(CivicRecord r, Context ctx, Collector<CivicRecord> out) {
      List<Problem> problems = new ArrayList<>(0);
      switch (r.kind()) {
        case PROBLEM -> problems.add(r.problem().orElseThrow());
        case ACTIVITY -> {
          Activity a = r.activity().orElseThrow();
          if (hierarchy.site(a.site()).isEmpty()) {
            problems.add(Problem.of("activity.unknown-site", Location.ofSubject(a.id()), "activity " + a.id()
                + " was held at site " + a.site() + ", which is not in the hierarchy")
                .withExpected("a site of the hierarchy"));
          }
          for (VolunteerId v : a.volunteers()) {
            try {
              index.indexOf(v);
            } catch (IllegalArgumentException e) {
              problems.add(Problem.of("activity.unknown-volunteer", Location.ofSubject(a.id()), "activity " + a.id()
                  + " names volunteer " + v + ", who is not in the register")
                  .withExpected("a volunteer of the register"));
            }
          }
        }
        case ORDER -> {
          ServiceOrder o = r.order().orElseThrow();
          if (hierarchy.site(o.site()).isEmpty()) {
            problems.add(Problem.of("order.unknown-site", Location.ofSubject(o.id()), "order " + o.id()
                + " was placed at site " + o.site() + ", which is not in the hierarchy")
                .withExpected("a site of the hierarchy"));
          }
        }
      }
      if (problems.isEmpty()) {
        out.collect(r);
      } else if (strict) {
        throw new ProblemException("cannot roll up the records (strict)", problems);
      } else {
        problems.forEach(p -> ctx.output(PROBLEMS, p));
      }
    }
  }

  /** A site's delta for a month, to each of its cells. */
  static final class ToCells extends ProcessWindowFunction<MetricSet, RollupCell, String, TimeWindow> {
    private static final long serialVersionUID = 1L;
    private final ReferenceData reference;
    private final EnumSet<Period.Kind> periods;
    private final boolean totals;
    private transient Hierarchy hierarchy;
    private transient Map<String, List<DivisionCode>> chains;

    ToCells(ReferenceData reference, EnumSet<Period.Kind> periods, boolean totals) {
      this.reference = reference;
      this.periods = periods;
      this.totals = totals;
    }

    @Override
    public void open(OpenContext openContext) {
      hierarchy = reference.hierarchy();
      chains = new HashMap<>();
    }

    @Override
    public void process(String site, Context ctx, Iterable<MetricSet> deltas, Collector<RollupCell> out) {
      YearMonth month = CalendarMonths.monthOf(ctx.window().getStart());
      List<Period> ps = new ArrayList<>(3);
      if (periods.contains(Period.Kind.MONTH)) {
        ps.add(Period.month(month));
      }
      if (periods.contains(Period.Kind.QUARTER)) {
        ps.add(Period.quarter(month.getYear(), (month.getMonthValue() + 2) / 3));
      }
      if (periods.contains(Period.Kind.YEAR)) {
        ps.add(Period.year(month.getYear()));
      }
      List<DivisionCode> chain = chains.computeIfAbsent(site, this::chainOf);
      for (MetricSet delta : deltas) {
        for (Period p : ps) {
          for (DivisionCode d : chain) {
            out.collect(RollupCell.of(d, p, delta));
          }
          if (totals) {
            out.collect(RollupCell.total(p, delta));
          }
        }
      }
    }

    private List<DivisionCode> chainOf(String siteId) {
      Site s = hierarchy.site(org.civic.site.SiteId.of(siteId)).orElseThrow(
          () -> new IllegalStateException("site " + siteId + " passed the check but is not in the hierarchy"));
      List<DivisionCode> chain = new ArrayList<>(6);
      chain.add(s.division());
      for (Division d : hierarchy.ancestors(s.division())) {
        chain.add(d.code());
      }
      return List.copyOf(chain);
    }
  }

  /** Merges the deltas of one (division, period) cell with civic's merge. */
  static final class MergeCells extends KeyedProcessFunction<Long, RollupCell, RollupCell> {
    private static final long serialVersionUID = 1L;
    private final boolean batch;
    private transient ValueState<MetricAccumulator> figures;
    private transient ValueState<RollupCell> cell;

    MergeCells(boolean batch) {
      this.batch = batch;
    }

    @Override
    public void open(OpenContext openContext) {
      figures = getRuntimeContext().getState(new ValueStateDescriptor<>("figures", CivicTypes.metricAccumulator()));
      cell = getRuntimeContext().getState(new ValueStateDescriptor<>("cell", CivicTypes.rollupCell()));
    }

    @Override
    public void processElement(RollupCell delta, Context ctx, Collector<RollupCell> out) throws IOException {
      MetricAccumulator acc = figures.value();
      if (acc == null) {
        acc = new MetricAccumulator();
        cell.update(delta.withMetrics(MetricSet.empty()));
        if (batch) {
          ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
        }
      }
      acc.merge(delta.metrics());
      figures.update(acc);
      if (!batch) {
        out.collect(cell.value().withMetrics(acc.snapshot()));
      }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<RollupCell> out) throws IOException {
      out.collect(cell.value().withMetrics(figures.value().snapshot()));
    }
  }

  /** Builds a {@link RollupJob}; not thread-safe. */
  public static final class Builder {
    private final ReferenceData reference;
    private Set<Period.Kind> periods = EnumSet.of(Period.Kind.MONTH, Period.Kind.QUARTER, Period.Kind.YEAR);
    private boolean totals = true;
    private Duration allowedLateness = Duration.ZERO;
    private Duration outOfOrderness = Duration.ofDays(1);
    private Duration earlyFiring = Duration.ZERO;
    private boolean strict;

    private Builder(ReferenceData reference) {
      this.reference = reference;
    }

    /**
     * Sets the kinds of period to roll up for (default month, quarter and year).
     *
     * @param kinds some of MONTH, QUARTER and YEAR, not null or empty
     * @return this builder
     * @throws IllegalArgumentException if empty or another kind is named
     */
    public Builder periods(Set<Period.Kind> kinds) {
      Objects.requireNonNull(kinds, "kinds");
      if (kinds.isEmpty() || !EnumSet.of(Period.Kind.MONTH, Period.Kind.QUARTER, Period.Kind.YEAR).containsAll(kinds)) {
        throw new IllegalArgumentException("roll up for months, quarters or years, got " + kinds);
      }
      this.periods = EnumSet.copyOf(kinds);
      return this;
    }

    /**
     * Sets whether to emit the total of the whole hierarchy for each period (default yes).
     *
     * @param totals whether to
     * @return this builder
     */
    public Builder totals(boolean totals) {
      this.totals = totals;
      return this;
    }

    /**
     * Sets how long after a month's end (in event time) a late record still updates its cells
     * (default none); a later one goes to the late output.
     *
     * @param lateness zero or more, not null
     * @return this builder
     */
    public Builder allowedLateness(Duration lateness) {
      this.allowedLateness = nonNegative(lateness, "lateness");
      return this;
    }

    /**
     * Sets how far behind the latest record the watermark trails (default one day), for
     * {@link RollupJob#watermarks()}.
     *
     * @param outOfOrderness zero or more, not null
     * @return this builder
     */
    public Builder outOfOrderness(Duration outOfOrderness) {
      this.outOfOrderness = nonNegative(outOfOrderness, "outOfOrderness");
      return this;
    }

    /**
     * Sets how often (processing time) a month still open emits what arrived, in STREAMING mode
     * (default never: a month is emitted when the watermark passes it).
     *
     * @param interval zero (never) or more, not null
     * @return this builder
     */
    public Builder earlyFiring(Duration interval) {
      this.earlyFiring = nonNegative(interval, "interval");
      return this;
    }

    /**
     * Makes the job fail at the first problem record or unknown site or volunteer, instead of
     * sending each to the problems output.
     *
     * @return this builder
     */
    public Builder strict() {
      this.strict = true;
      return this;
    }

    private static Duration nonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative: " + d);
      }
      return d;
    }

    /** Builds the job. */
    public RollupJob build() {
      return new RollupJob(this);
    }
  }
}
