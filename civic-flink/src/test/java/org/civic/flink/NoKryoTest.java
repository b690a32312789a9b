package org.civic.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.api.java.typeutils.runtime.kryo.KryoSerializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.civic.activity.Activity;
import org.civic.metric.MetricAccumulator;
import org.civic.metric.MetricSet;
import org.civic.order.ServiceOrder;
import org.civic.problem.Problem;
import org.junit.jupiter.api.Test;

/**
 * Flink never falls back to Kryo for a civic type in the roll-up job: every stream's and every
 * operator's serializer is named, and a job built with generic types disabled builds. The first
 * test shows the trap it guards against — left to itself, Flink's type extraction makes
 * {@link MetricAccumulator} a generic (Kryo) type.
 */
class NoKryoTest {

  @Test
  void leftToItselfFlinkWouldGiveCivicsTypesToKryo() {
    for (Class<?> type : List.of(MetricAccumulator.class, MetricSet.class, Activity.class, ServiceOrder.class,
        Problem.class)) {
      assertThat(TypeInformation.of(type)).as(type.getSimpleName()).isInstanceOf(GenericTypeInfo.class);
    }
    SerializerConfigImpl noGenerics = new SerializerConfigImpl();
    noGenerics.setGenericTypes(false);
    assertThatThrownBy(() -> TypeInformation.of(MetricAccumulator.class).createSerializer(noGenerics))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theRollupJobNamesASerializerForEveryCivicType() {
    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false);   // any type Flink would give to Kryo fails the build
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
    assertThat(env.getConfig().getSerializerConfig().hasGenericTypesDisabled()).isTrue();
    ReferenceData reference = ReferenceData.files(List.of("/nowhere/reference.jsonl"));
    RollupJob job = RollupJob.builder(reference).build();
    RollupJob.Streams out = job.apply(env, CivicLinesSource.builder(List.of("/nowhere/records.jsonl")).build());
    out.cells().print();
    out.problems().print();
    out.late().print();
    StreamGraph graph = env.getStreamGraph();
    List<TypeSerializer<?>> serializers = new ArrayList<>();
    for (StreamNode node : graph.getStreamNodes()) {
      for (TypeSerializer<?> in : node.getTypeSerializersIn()) {
        serializers.add(in);
      }
      if (node.getTypeSerializerOut() != null) {
        serializers.add(node.getTypeSerializerOut());
      }
      if (node.getStateKeySerializer() != null) {
        serializers.add(node.getStateKeySerializer());
      }
    }
    assertThat(serializers).isNotEmpty().noneMatch(s -> s instanceof KryoSerializer);
    assertThat(serializers).extracting(s -> s.getClass().getSimpleName())
        .contains("CivicRecordSerializer", "RollupCellSerializer", "ProblemSerializer");
  }

  @Test
  void civicsTypeInformationIsFoundInAHostsOwnTypesOnceRegistered() {
    assertThat(CivicTypes.serializationConfig()).hasSize(7)
        .allSatisfy(entry -> assertThat(entry).contains("{type: typeinfo, class: org.civic.flink.CivicTypes$"));
    assertThat(new CivicTypes.MetricAccumulatorFactory().createTypeInfo(MetricAccumulator.class, java.util.Map.of())
        .createSerializer(new SerializerConfigImpl())).isSameAs(MetricAccumulatorSerializer.INSTANCE);
    assertThat(CivicTypes.metricSet()).isEqualTo(CivicTypes.metricSet()).isNotEqualTo(CivicTypes.rollupCell());
  }
}
