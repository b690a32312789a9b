package org.civic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** LongIntMap answers, and hands its entries over, as a HashMap does, whatever the keys (clustered, spread, negative). */
class LongIntMapPropertiesTest {

  @Test
  void answersAsAHashMap() {
    qt().withExamples(200).forAll(longs().all(), integers().between(0, 5000)).checkAssert((seed, n) -> {
      SplittableRandom r = new SplittableRandom(seed);
      LongIntMap map = new LongIntMap();
      Map<Long, Integer> expected = new HashMap<>();
      for (int i = 0; i < n; i++) {
        long key = switch (r.nextInt(3)) {
          case 0 -> ((long) r.nextInt(50) << 32) | r.nextInt(24); // (division, month), as IncrementalRollup makes them
          case 1 -> r.nextLong();
          default -> -r.nextInt(100);
        };
        if (!expected.containsKey(key)) {
          expected.put(key, i);
          map.putNew(key, i);
        }
        long probe = r.nextBoolean() ? key : r.nextLong();
        assertThat(map.get(probe)).isEqualTo(expected.getOrDefault(probe, -1));
      }
      assertThat(map.size()).isEqualTo(expected.size());
      expected.forEach((k, v) -> assertThat(map.get(k)).isEqualTo(v));
      Map<Long, Integer> walked = new HashMap<>();
      map.forEach((k, v) -> assertThat(walked.put(k, v)).as("key %d handed over twice", k).isNull());
      assertThat(walked).isEqualTo(expected);
    });
  }
}
