package org.civic.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link VolunteerIndex#growing()} numbers volunteers as a map from id to the number of distinct
 * ids before its first request would: the first distinct id 0, the next 1, each id its number for
 * good — for ids of every length an id may have (those kept packed, up to 16 characters, and
 * longer ones) and ids that differ only in their last character; and from several threads at once
 * every id still has one number, and the numbers are 0 … n − 1.
 */
class VolunteerIndexPropertiesTest {

  private static final String ID_CHARS = "ABCZabcz0189-_.:/";

  /** 1–3,000 requests for ids from a pool of 1–500 (so many come again), lengths 1–64. */
  private static List<VolunteerId> requests(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int poolSize = random.nextInt(1, 500);
    List<VolunteerId> pool = new ArrayList<>();
    for (int i = 0; i < poolSize; i++) {
      int length = switch (random.nextInt(4)) {
        case 0 -> random.nextInt(1, 9);
        case 1 -> random.nextInt(9, 17);
        case 2 -> random.nextInt(17, 65);
        default -> 16;
      };
      StringBuilder id = new StringBuilder();
      for (int k = 0; k < length; k++) {
        id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
      }
      pool.add(VolunteerId.of(id.toString()));
      if (random.nextInt(5) == 0) { // a near twin: the same but its last character
        char last = id.charAt(length - 1);
        id.setCharAt(length - 1, last == 'A' ? 'B' : 'A');
        pool.add(VolunteerId.of(id.toString()));
      }
    }
    int n = random.nextInt(1, 3_000);
    List<VolunteerId> requests = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      requests.add(pool.get(random.nextInt(pool.size())));
    }
    return requests;
  }

  @Test
  void aGrowingIndexNumbersIdsByTheirFirstRequest() {
    qt().withExamples(300).forAll(integers().all()).checkAssert(seed -> {
      VolunteerIndex index = VolunteerIndex.growing();
      Map<VolunteerId, Integer> model = new LinkedHashMap<>();
      for (VolunteerId id : requests(seed)) {
        Integer expected = model.computeIfAbsent(id, k -> model.size());
        assertThat(index.indexOf(id)).as(id.value()).isEqualTo(expected);
      }
      assertThat(index).hasToString("VolunteerIndex.growing() of " + model.size() + " volunteers");
    });
  }

  /** Within a minute: an index that races may also loop for ever (a probe of a table being grown). */
  @Test
  @Timeout(60)
  void aGrowingIndexSharedByThreadsGivesEachIdOneNumber() {
    qt().withExamples(40).forAll(integers().all()).checkAssert(seed -> {
      VolunteerIndex index = VolunteerIndex.growing();
      List<VolunteerId> requests = requests(seed);
      int threads = 3;
      int[][] got = new int[threads][requests.size()];
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int me = t;
        Thread w = new Thread(() -> {
          try {
            start.await();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          for (int i = 0; i < requests.size(); i++) {
            int k = me % 2 == 0 ? i : requests.size() - 1 - i; // some from the end
            got[me][k] = index.indexOf(requests.get(k));
          }
        });
        w.setDaemon(true); // one that loops for ever does not keep the test JVM alive
        workers.add(w);
        w.start();
      }
      for (Thread w : workers) {
        try {
          w.join();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }
      Map<VolunteerId, Integer> number = new LinkedHashMap<>();
      for (int t = 0; t < threads; t++) {
        for (int i = 0; i < requests.size(); i++) {
          Integer before = number.putIfAbsent(requests.get(i), got[t][i]);
          assertThat(got[t][i]).as("one number for " + requests.get(i)).isEqualTo(before == null ? got[t][i] : before);
        }
      }
      assertThat(number.values()).containsExactlyInAnyOrderElementsOf(
          java.util.stream.IntStream.range(0, number.size()).boxed().toList());
    });
  }

  @Test
  void aGrowingIndexRefusesNull() {
    assertThatThrownBy(() -> VolunteerIndex.growing().indexOf(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }
}
