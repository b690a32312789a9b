package org.civic.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;
import org.civic.activity.Activity;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link VolunteerIndex#growing()} numbers volunteers as a map from id to the number of distinct
 * ids before its first request would: the first distinct id 0, the next 1, each id its number for
 * good — for ids of every length an id may have (those kept packed, up to 16 characters, and
 * longer ones) and ids that differ only in their last character; and from several threads at once
 * every id still has one number, and the numbers are 0 … n − 1. A register's index
 * ({@link VolunteerIndex#of}) answers as a map of its ids to their places.
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

  /**
   * A growing index asked by {@code ActivityRollup.of} for a log's volunteers (a new index, or one
   * asked for other ids before) numbers them as asking it one by one in the log's order would: the
   * model's numbers, every id of the requests and of the log, asked again afterwards.
   */
  @Test
  void aGrowingIndexAskedByARollUpNumbersTheLogsVolunteersInTheirOrder() {
    qt().withExamples(200).forAll(integers().all(), integers().all()).checkAssert((before, logged) -> {
      VolunteerIndex index = VolunteerIndex.growing();
      Map<VolunteerId, Integer> model = new LinkedHashMap<>();
      List<VolunteerId> asked = requests(before);
      int askedFirst = new SplittableRandom(before).nextInt(3) == 0 ? 0 : asked.size() / 2;
      for (VolunteerId id : asked.subList(0, askedFirst)) {
        assertThat(index.indexOf(id)).isEqualTo(model.computeIfAbsent(id, k -> model.size()));
      }
      List<VolunteerId> volunteers = requests(logged);
      List<Activity> log = new ArrayList<>();
      for (int from = 0; from < volunteers.size(); from += 3) {
        List<VolunteerId> three = volunteers.subList(from, Math.min(volunteers.size(), from + 3));
        Activity a = Activity.builder("a-" + from, LocalDate.of(2024, 6, 1), F.sites.get(from % F.sites.size()).id())
            .volunteers(three).build(RollupFixture.CLOCK);
        log.add(a);
        a.volunteers().forEach(v -> model.computeIfAbsent(v, k -> model.size())); // in the activity's order

      }
      ActivityRollup.of(F.hierarchy, log, List.of(), index);
      for (VolunteerId id : asked) {
        assertThat(index.indexOf(id)).as(id.value()).isEqualTo(model.computeIfAbsent(id, k -> model.size()));
      }
      for (VolunteerId id : volunteers) {
        assertThat(index.indexOf(id)).as(id.value()).isEqualTo(model.get(id));
      }
      assertThat(index).hasToString("VolunteerIndex.growing() of " + model.size() + " volunteers");
    });
  }

  /** The hierarchy the roll-up property's activities are held on. */
  private static final RollupFixture F = RollupFixture.of(20_241_207L, 10, 0, false);

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
          IntStream.range(0, number.size()).boxed().toList());
    });
  }

  /**
   * A register's index ({@link VolunteerIndex#of}) answers as a map from each id to its place in the
   * register: asked with an equal id that is another object, for ids whose hashes collide ("Aa" and
   * "BB" have one {@code String} hash, and so do longer ids built of them), for registers of 0 to
   * 3,000 ids; an id not in the register, a duplicate and null are refused, naming the id.
   */
  @Test
  @Timeout(60) // a table sized too small would loop for ever on a stranger
  void aRegistersIndexAnswersAsAMapOfItsIds() {
    qt().withExamples(300).forAll(integers().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      Map<VolunteerId, Integer> model = new LinkedHashMap<>();
      for (VolunteerId id : requests(seed)) {
        model.putIfAbsent(id, model.size());
      }
      int twins = random.nextInt(0, 40); // ids of "Aa" and "BB" blocks: all with one hash a length
      for (int i = 0; i < twins; i++) {
        StringBuilder id = new StringBuilder("c");
        for (int k = 0, bits = random.nextInt(); k < 6; k++, bits >>>= 1) {
          id.append((bits & 1) == 0 ? "Aa" : "BB");
        }
        model.putIfAbsent(VolunteerId.of(id.toString()), model.size());
      }
      List<VolunteerId> register = new ArrayList<>(model.keySet());
      if (random.nextInt(10) == 0) {
        register.clear();
        model.clear();
      }
      VolunteerIndex index = VolunteerIndex.of(register);
      model.forEach((id, expected) -> {
        assertThat(index.indexOf(id)).as(id.value()).isEqualTo(expected);
        assertThat(index.indexOf(VolunteerId.of(new String(id.value().toCharArray())))).as("an equal id")
            .isEqualTo(expected);
      });
      VolunteerId stranger = VolunteerId.of("z-not-registered");
      assertThatThrownBy(() -> index.indexOf(stranger)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("volunteer z-not-registered is not in the register");
      VolunteerId twinStranger = VolunteerId.of("zBBBBBBBBBBBB"); // the twins' hash, not registered
      assertThatThrownBy(() -> index.indexOf(twinStranger)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("volunteer zBBBBBBBBBBBB is not in the register");
      if (!register.isEmpty()) {
        List<VolunteerId> twice = new ArrayList<>(register);
        VolunteerId again = VolunteerId.of(register.get(random.nextInt(register.size())).value());
        twice.add(random.nextInt(twice.size() + 1), again);
        assertThatThrownBy(() -> VolunteerIndex.of(twice)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("volunteer " + again + " appears twice in the register");
      }
    });
    assertThatThrownBy(() -> VolunteerIndex.of(List.of()).indexOf(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> VolunteerIndex.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("register");
    // a register whose size() says fewer ids than it holds: sized from what it holds
    List<VolunteerId> many = IntStream.range(0, 100).mapToObj(i -> VolunteerId.of("m" + i)).toList();
    VolunteerIndex understated = VolunteerIndex.of(new AbstractCollection<VolunteerId>() {
      @Override
      public Iterator<VolunteerId> iterator() {
        return many.iterator();
      }

      @Override
      public int size() {
        return 1;
      }
    });
    assertThat(understated.indexOf(VolunteerId.of("m99"))).isEqualTo(99);
    assertThat(RegisterIndex.tableBits(0)).isEqualTo(1);
    assertThat(RegisterIndex.tableBits(1)).isEqualTo(1);
    assertThat(RegisterIndex.tableBits(2)).isEqualTo(2);
    assertThat(RegisterIndex.tableBits(3)).isEqualTo(3);
    assertThat(RegisterIndex.tableBits(1 << 29)).isEqualTo(30);
    assertThatThrownBy(() -> RegisterIndex.tableBits((1 << 29) + 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2^29");
    assertThatThrownBy(() -> VolunteerIndex.of(Arrays.asList(VolunteerId.of("a"), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("id");
  }

  @Test
  void aGrowingIndexRefusesNull() {
    assertThatThrownBy(() -> VolunteerIndex.growing().indexOf(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }
}
