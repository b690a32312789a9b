package org.civic.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.StreamCorruptedException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.civic.activity.Activity;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.metric.MetricAccumulator;
import org.civic.metric.MetricSet;
import org.civic.metric.Period;
import org.civic.metric.VolunteerIndex;
import org.civic.order.ServiceOrder;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.civic.site.Site;
import org.civic.testkit.RandomActivities;
import org.civic.testkit.RandomHierarchies;
import org.junit.jupiter.api.Test;

/**
 * Serializers that cannot lose data: random accumulators, figures, records and cells survive a
 * round trip through every serializer (the distinct volunteers above all), a byte-level copy, and
 * a snapshot written, read back and restored as a savepoint does it.
 */
class SerializersTest {

  private static final List<Site> SITES = sites();

  private static List<Site> sites() {
    RandomHierarchies.Sample s;
    SplittableRandom random = new SplittableRandom(3);
    do {
      s = RandomHierarchies.generate(random, 4, 0.9);
    } while (s.sites().isEmpty());
    return s.sites();
  }

  /** Activities and orders of a random year, and their figures through a random sub-register. */
  private record Drawn(List<Activity> activities, List<ServiceOrder> orders, MetricAccumulator accumulator) {}

  private static Drawn draw(long seed, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Activity> activities = RandomActivities.log(random, SITES, 2024, n, n * 2, n * 2 + (n > 2 ? n : 0));
    List<ServiceOrder> orders = RandomActivities.orders(random, SITES, 2024, n / 2 + 1);
    VolunteerIndex index = VolunteerIndex.growing();
    MetricAccumulator acc = new MetricAccumulator();
    activities.forEach(a -> acc.add(a, index));
    orders.forEach(acc::add);
    return new Drawn(activities, orders, acc);
  }

  static <T> T roundTrip(TypeSerializer<T> serializer, T value) {
    try {
      DataOutputSerializer out = new DataOutputSerializer(64);
      serializer.serialize(value, out);
      byte[] bytes = out.getCopyOfBuffer();
      T back = serializer.deserialize(new DataInputDeserializer(bytes));
      DataOutputSerializer copied = new DataOutputSerializer(64);
      serializer.copy(new DataInputDeserializer(bytes), copied);
      assertThat(copied.getCopyOfBuffer()).as("a byte-level copy").isEqualTo(bytes);
      return back;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void randomAccumulatorsKeepEveryFigureAndTheirDistinctVolunteers() {
    qt().withExamples(60).forAll(longs().all(), integers().between(1, 80)).checkAssert((seed, n) -> {
      Drawn d = draw(seed, n);
      MetricSet expected = d.accumulator().snapshot();
      assertThat(expected.volunteers().count()).isPositive();
      MetricAccumulator back = roundTrip(MetricAccumulatorSerializer.INSTANCE, d.accumulator());
      assertThat(back.snapshot()).isEqualTo(expected);
      assertThat(back.snapshot().volunteers().count()).isEqualTo(expected.volunteers().count());
      assertThat(MetricAccumulatorSerializer.INSTANCE.copy(d.accumulator()).snapshot()).isEqualTo(expected);
      assertThat(roundTrip(MetricSetSerializer.INSTANCE, expected)).isEqualTo(expected);
      RollupCell cell = RollupCell.of(SITES.get(0).division(), Period.month(YearMonth.of(2024, 1 + n % 12)), expected);
      assertThat(roundTrip(RollupCellSerializer.INSTANCE, cell)).isEqualTo(cell);
      RollupCell total = RollupCell.total(Period.quarter(2024, 1 + n % 4), expected);
      assertThat(roundTrip(RollupCellSerializer.INSTANCE, total)).isEqualTo(total);
    });
  }

  @Test
  void aCopiedAccumulatorIsIndependent() {
    MetricAccumulator acc = draw(1, 10).accumulator();
    MetricSet before = acc.snapshot();
    MetricAccumulator copy = MetricAccumulatorSerializer.INSTANCE.copy(acc);
    copy.merge(draw(2, 10).accumulator());
    assertThat(acc.snapshot()).isEqualTo(before);
    assertThat(copy.snapshot()).isNotEqualTo(before);
  }

  @Test
  void recordsKeepEveryField() {
    qt().withExamples(30).forAll(longs().all()).checkAssert(seed -> {
      Drawn d = draw(seed, 20);
      for (Activity a : d.activities()) {
        assertThat(roundTrip(CivicJsonSerializer.ActivitySerializer.INSTANCE, a)).isEqualTo(a);
        assertThat(roundTrip(CivicRecordSerializer.INSTANCE, CivicRecord.of(a))).isEqualTo(CivicRecord.of(a));
      }
      for (ServiceOrder o : d.orders()) {
        assertThat(roundTrip(CivicJsonSerializer.ServiceOrderSerializer.INSTANCE, o)).isEqualTo(o);
        assertThat(roundTrip(CivicRecordSerializer.INSTANCE, CivicRecord.of(o))).isEqualTo(CivicRecord.of(o));
      }
    });
  }

  @Test
  void problemsKeepTheirWholeLocation() {
    Problem full = Problem.of("json.syntax", Location.ofLine("activities.jsonl", 1_043).withColumn(17)
        .withJsonPointer("/beneficiaries").withSubject("a-7"), "unexpected character").withExpected("a number");
    Problem bare = Problem.of("activity.unknown-site", Location.unknown(), "no such site");
    for (Problem p : List.of(full, bare)) {
      assertThat(roundTrip(ProblemSerializer.INSTANCE, p)).isEqualTo(p).hasToString(p.toString());
      assertThat(roundTrip(CivicRecordSerializer.INSTANCE, CivicRecord.of(p))).isEqualTo(CivicRecord.of(p));
    }
  }

  @Test
  void snapshotsRestoreTheSameSerializer() throws IOException {
    List<TypeSerializer<?>> all = List.of(MetricAccumulatorSerializer.INSTANCE, MetricSetSerializer.INSTANCE,
        CivicJsonSerializer.ActivitySerializer.INSTANCE, CivicJsonSerializer.ServiceOrderSerializer.INSTANCE,
        ProblemSerializer.INSTANCE, CivicRecordSerializer.INSTANCE, RollupCellSerializer.INSTANCE);
    for (TypeSerializer<?> s : all) {
      assertThat(restored(s)).as(s.getClass().getSimpleName()).isEqualTo(s);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static TypeSerializer<?> restored(TypeSerializer<?> serializer) throws IOException {
    TypeSerializerSnapshot snapshot = serializer.snapshotConfiguration();
    DataOutputSerializer out = new DataOutputSerializer(64);
    TypeSerializerSnapshot.writeVersionedSnapshot(out, snapshot);
    TypeSerializerSnapshot read = TypeSerializerSnapshot.readVersionedSnapshot(
        new DataInputDeserializer(out.getCopyOfBuffer()), SerializersTest.class.getClassLoader());
    assertThat(read.getClass()).isEqualTo(snapshot.getClass());
    TypeSerializerSchemaCompatibility compatibility =
        serializer.snapshotConfiguration().resolveSchemaCompatibility(read);
    assertThat(compatibility.isCompatibleAsIs()).isTrue();
    TypeSerializer restored = read.restoreSerializer();
    assertThat(restored.duplicate()).isEqualTo(serializer);
    return restored;
  }

  @Test
  void stateFromANewerCivicIsRefusedNotMisread() throws IOException {
    DataOutputSerializer out = new DataOutputSerializer(64);
    MetricAccumulatorSerializer.INSTANCE.serialize(draw(5, 5).accumulator(), out);
    byte[] bytes = out.getCopyOfBuffer();
    bytes[0] = 9;
    assertThatThrownBy(() -> MetricAccumulatorSerializer.INSTANCE.deserialize(new DataInputDeserializer(bytes)))
        .isInstanceOf(StreamCorruptedException.class).hasMessageContaining("format version 9");
    DataOutputSerializer cell = new DataOutputSerializer(64);
    RollupCellSerializer.INSTANCE.serialize(RollupCell.of(DivisionCode.parse("411081"), Period.year(2024),
        MetricSet.empty()), cell);
    byte[] c = cell.getCopyOfBuffer();
    c[0] = 2;
    assertThatThrownBy(() -> RollupCellSerializer.INSTANCE.deserialize(new DataInputDeserializer(c)))
        .isInstanceOf(StreamCorruptedException.class).hasMessageContaining("roll-up cell in format version 2");
  }

  @Test
  void placeholdersAreValues() {
    assertThat(MetricAccumulatorSerializer.INSTANCE.createInstance().snapshot()).isEqualTo(MetricSet.empty());
    assertThat(CivicJsonSerializer.ActivitySerializer.INSTANCE.createInstance().date()).isEqualTo(LocalDate.EPOCH);
    assertThat(CivicRecordSerializer.INSTANCE.createInstance().kind()).isEqualTo(CivicRecord.Kind.PROBLEM);
    assertThat(Hierarchy.builder().build().divisionCount()).isZero();
  }
}
