package org.civic.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.civic.metric.internal.MetricAccess;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The binary form of figures: every field survives a round trip (the volunteers' bitmap above
 * all), an accumulator and its snapshot write the same bytes, and bad or newer bytes are refused
 * with an IOException, never read as other figures.
 */
class MetricCodecTest {

  private static final MetricAccess.Accessor CODEC = MetricAccess.get();

  /** Accumulators of 0 to 40 raw activities, volunteer indexes spread up to 2^31 - 1, some orders' figures. */
  static Gen<MetricAccumulator> accumulators() {
    return lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 40).zip(integers().all(), (seeds, salt) -> {
      SplittableRandom random = new SplittableRandom(salt);
      MetricAccumulator acc = new MetricAccumulator();
      for (int seed : seeds) {
        int[] volunteers = random.ints(random.nextInt(0, 30), 0, random.nextBoolean() ? 5_000 : Integer.MAX_VALUE)
            .sorted().distinct().toArray();
        acc.addRaw(volunteers.length, random.nextLong(0, 10_000), random.nextLong(0, 1_000_000), seed % 300,
            random.nextLong(0, 50), 1, volunteers, 0, volunteers.length);
        if (random.nextInt(3) == 0) { // and now and then a participating organisation
          acc.addOrganisation(org.civic.team.OrganisationId.of("org-" + random.nextInt(20)));
        }
      }
      return acc;
    });
  }

  static byte[] bytes(MetricAccumulator acc) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      CODEC.write(acc, new DataOutputStream(out));
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(MetricSet set) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CODEC.write(set, new DataOutputStream(out));
    return out.toByteArray();
  }

  private static DataInputStream in(byte[] bytes) {
    return new DataInputStream(new ByteArrayInputStream(bytes));
  }

  @Test
  void everyFieldSurvivesARoundTrip() {
    qt().forAll(accumulators()).checkAssert(acc -> {
      try {
        byte[] b = bytes(acc);
        MetricAccumulator back = CODEC.readAccumulator(in(b));
        assertThat(back.snapshot()).isEqualTo(acc.snapshot());
        assertThat(back.snapshot().volunteers().count()).isEqualTo(acc.snapshot().volunteers().count());
        assertThat(Arrays.equals(back.sums(), acc.sums())).isTrue();
        assertThat(back.minBeneficiaries()).isEqualTo(acc.minBeneficiaries());
        assertThat(back.maxBeneficiaries()).isEqualTo(acc.maxBeneficiaries());
        assertThat(CODEC.readSet(in(b))).isEqualTo(acc.snapshot());
        assertThat(bytes(acc.snapshot())).as("a snapshot writes its accumulator's bytes").isEqualTo(b);
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        CODEC.copy(in(b), new DataOutputStream(copy));
        assertThat(copy.toByteArray()).isEqualTo(b);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void aReadAccumulatorGoesOnCounting() throws IOException {
    MetricAccumulator acc = new MetricAccumulator();
    acc.addRaw(2, 10, 60, 0, 0, 1, new int[] {3, 7}, 0, 2);
    MetricAccumulator back = CODEC.readAccumulator(in(bytes(acc)));
    back.addRaw(2, 4, 30, 0, 0, 1, new int[] {7, 9}, 0, 2);
    MetricSet m = back.snapshot();
    assertThat(m.activities()).isEqualTo(2);
    assertThat(m.personTimes()).isEqualTo(4);
    assertThat(m.volunteers().count()).isEqualTo(3);
    assertThat(m.beneficiariesRange()).isEqualTo(Extremes.of(4, 10));
  }

  @Test
  void nothingReadsBackAsTheEmptySet() throws IOException {
    byte[] b = bytes(new MetricAccumulator());
    assertThat(CODEC.readSet(in(b))).isSameAs(MetricSet.empty());
    assertThat(b).as("version, 14 zero sums, no extremes, an empty bitmap").hasSizeLessThan(32);
    assertThat(bytes(MetricSet.empty())).isEqualTo(b);
  }

  @Test
  void theFirstByteIsTheFormatVersion() {
    byte[] b = bytes(new MetricAccumulator());
    assertThat(b[0]).isEqualTo((byte) MetricCodec.VERSION);
    assertThat(CODEC.formatVersion()).isEqualTo(1);
  }

  @Test
  void aNewerFormatIsRefusedNamingIt() {
    byte[] b = bytes(new MetricAccumulator());
    b[0] = 2;
    assertThatThrownBy(() -> CODEC.readAccumulator(in(b))).isInstanceOf(StreamCorruptedException.class)
        .hasMessageContaining("format version 2").hasMessageContaining("newer civic");
    b[0] = 0;
    assertThatThrownBy(() -> CODEC.readSet(in(b))).isInstanceOf(StreamCorruptedException.class);
  }

  @Test
  void fewerSumsThanThisReleaseKnowsReadAsZeros() throws IOException {
    // an older writer with 13 sums: the 14th (orders cancelled) reads as 0
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(out);
    d.writeByte(1);
    d.writeByte(13);
    for (int i = 0; i < 13; i++) {
      d.writeByte(i == 0 ? 2 : 0);   // zigzag(1) = 2: one activity
    }
    d.writeByte(0);
    byte[] empty = bytes(new MetricAccumulator());
    d.write(empty, empty.length - 10, 9);  // the empty bitmap: its length (8) and its 8 bytes
    d.writeByte(0);                         // no organisations
    MetricSet m = CODEC.readSet(in(out.toByteArray()));
    assertThat(m.activities()).isEqualTo(1);
    assertThat(m.ordersCancelled()).isZero();
  }

  @Test
  void badBytesAreRefused() {
    MetricAccumulator acc = new MetricAccumulator();
    acc.addRaw(3, 10, 60, 0, 0, 1, new int[] {1, 2, 3}, 0, 3);
    byte[] good = bytes(acc);
    for (List<Integer> cut : List.of(List.of(1), List.of(good.length - 1), List.of(good.length / 2))) {
      byte[] truncated = Arrays.copyOf(good, cut.get(0));
      assertThatThrownBy(() -> CODEC.readAccumulator(in(truncated))).isInstanceOf(IOException.class)
          .isInstanceOfAny(EOFException.class, StreamCorruptedException.class);
    }
    byte[] tooMany = good.clone();
    tooMany[1] = 15;
    assertThatThrownBy(() -> CODEC.readSet(in(tooMany))).isInstanceOf(StreamCorruptedException.class)
        .hasMessageContaining("15 sums");
    byte[] badFlag = good.clone();
    badFlag[2 + 14] = 7;   // version, count, 14 one-byte sums... only when every sum takes one byte
    assertThat(Arrays.stream(acc.sums()).allMatch(s -> s < 64)).as("every sum takes one byte").isTrue();
    assertThatThrownBy(() -> CODEC.readSet(in(badFlag))).isInstanceOf(StreamCorruptedException.class)
        .hasMessageContaining("extremes flag 7");
  }

  @Test
  void aStreamWithNoSumsReadsAsZeros() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(out);
    d.writeByte(1);
    d.writeByte(0);                         // no sums at all
    d.writeByte(1);                         // extremes: 5 to 5 (zigzag 10)
    d.writeByte(10);
    d.writeByte(10);
    byte[] empty = bytes(new MetricAccumulator());
    d.write(empty, empty.length - 10, 9);  // the empty bitmap
    d.writeByte(0);                         // no organisations
    MetricSet m = CODEC.readSet(in(out.toByteArray()));
    assertThat(m.activities()).isZero();
    assertThat(m.beneficiariesRange()).isEqualTo(Extremes.of(5));
    assertThat(m).isNotSameAs(MetricSet.empty());
  }
}
