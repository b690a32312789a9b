package org.civic.flink;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.civic.activity.Activity;
import org.civic.metric.MetricAccumulator;
import org.civic.metric.MetricSet;
import org.civic.order.ServiceOrder;
import org.civic.problem.Problem;

/**
 * Flink type information for civic's types — civic 类型信息: each names its explicit serializer, so
 * Flink never falls back to Kryo or to field-by-field serialization, which silently drops a
 * bitmap a class writes itself. Pass them where Flink asks ({@code returns(..)},
 * {@code aggregate(.., accType, resultType, ..)}, state descriptors), or let Flink find them in a
 * host's own types by registering {@link #serializationConfig()} under
 * {@code pipeline.serialization-config}.
 *
 * <pre>{@code
 * Configuration conf = new Configuration();
 * conf.set(PipelineOptions.SERIALIZATION_CONFIG, CivicTypes.serializationConfig());
 * conf.set(PipelineOptions.GENERIC_TYPES, false);     // fail, rather than use Kryo, for any type
 * StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
 * }</pre>
 *
 * <p>Not instantiable; the type information is immutable and thread-safe.
 */
public final class CivicTypes {

  private CivicTypes() {}

  /** Returns the type information of {@link MetricAccumulator}. */
  public static TypeInformation<MetricAccumulator> metricAccumulator() {
    return new CivicTypeInfo<>(MetricAccumulator.class, MetricAccumulatorSerializer.INSTANCE);
  }

  /** Returns the type information of {@link MetricSet}. */
  public static TypeInformation<MetricSet> metricSet() {
    return new CivicTypeInfo<>(MetricSet.class, MetricSetSerializer.INSTANCE);
  }

  /** Returns the type information of {@link Activity}. */
  public static TypeInformation<Activity> activity() {
    return new CivicTypeInfo<>(Activity.class, CivicJsonSerializer.ActivitySerializer.INSTANCE);
  }

  /** Returns the type information of {@link ServiceOrder}. */
  public static TypeInformation<ServiceOrder> order() {
    return new CivicTypeInfo<>(ServiceOrder.class, CivicJsonSerializer.ServiceOrderSerializer.INSTANCE);
  }

  /** Returns the type information of {@link Problem}. */
  public static TypeInformation<Problem> problem() {
    return new CivicTypeInfo<>(Problem.class, ProblemSerializer.INSTANCE);
  }

  /** Returns the type information of {@link CivicRecord}. */
  public static TypeInformation<CivicRecord> record() {
    return new CivicTypeInfo<>(CivicRecord.class, CivicRecordSerializer.INSTANCE);
  }

  /** Returns the type information of {@link RollupCell}. */
  public static TypeInformation<RollupCell> rollupCell() {
    return new CivicTypeInfo<>(RollupCell.class, RollupCellSerializer.INSTANCE);
  }

  /**
   * Returns the value of {@code pipeline.serialization-config} that makes Flink's type extraction
   * use civic's type information for each civic type, wherever it occurs (a field of a host's
   * POJO, a tuple, a state descriptor).
   *
   * @return one entry per civic type, not null
   */
  public static List<String> serializationConfig() {
    return List.of(
        entry(MetricAccumulator.class, MetricAccumulatorFactory.class),
        entry(MetricSet.class, MetricSetFactory.class),
        entry(Activity.class, ActivityFactory.class),
        entry(ServiceOrder.class, OrderFactory.class),
        entry(Problem.class, ProblemFactory.class),
        entry(CivicRecord.class, RecordFactory.class),
        entry(RollupCell.class, RollupCellFactory.class));
  }

  private static String entry(Class<?> type, Class<?> factory) {
    return type.getName() + ": {type: typeinfo, class: " + factory.getName() + "}";
  }

  /** Gives Flink {@link #metricAccumulator()}. */
  public static final class MetricAccumulatorFactory extends TypeInfoFactory<MetricAccumulator> {
    @Override
    public TypeInformation<MetricAccumulator> createTypeInfo(Type t, Map<String, TypeInformation<?>> generics) {
      return metricAccumulator();
    }
  }

  /** Gives Flink {@link #metricSet()}. */
  public static final class MetricSetFactory extends TypeInfoFactory<MetricSet> {
    @Override
    public TypeInformation<MetricSet> createTypeInfo(Type t, Map<String, TypeInformation<?>> generics) {
      return metricSet();
    }
  }

  /** Gives Flink {@link #activity()}. */
  public static final class ActivityFactory extends TypeInfoFactory<Activity> {
    @Override
    public TypeInformation<Activity> createTypeInfo(Type t, Map<String, TypeInformation<?>> generics) {
      return activity();
    }
  }

  /** Gives Flink {@link #order()}. */
  public static final class OrderFactory extends TypeInfoFactory<ServiceOrder> {
    @Override
    public TypeInformation<ServiceOrder> createTypeInfo(Type t, Map<String, TypeInformation<?>> generics) {
      return order();
    }
  }

  /** Gives Flink {@link #problem()}. */
  public static final class ProblemFactory extends TypeInfoFactory<Problem> {
    @Override
    public TypeInformation<Problem> createTypeInfo(Type t, Map<String, TypeInformation<?>> generics) {
      return problem();
    }
  }

  /** Gives Flink {@link #record()}. */
  public static final class RecordFactory extends TypeInfoFactory<CivicRecord> {
    @Override
    public TypeInformation<CivicRecord> createTypeInfo(Type t, Map<String, TypeInformation<?>> generics) {
      return record();
    }
  }

  /** Gives Flink {@link #rollupCell()}. */
  public static final class RollupCellFactory extends TypeInfoFactory<RollupCell> {
    @Override
    public TypeInformation<RollupCell> createTypeInfo(Type t, Map<String, TypeInformation<?>> generics) {
      return rollupCell();
    }
  }
}
