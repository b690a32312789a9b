package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civic.division.Division;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.Hierarchy;
import org.civic.metric.ActivityRollup;
import org.civic.metric.MetricSet;
import org.civic.metric.Period;
import org.civic.metric.VolunteerIndex;
import org.civic.standard.ComplianceResults;
import org.civic.standard.Outcome;
import org.civic.standard.SixHaves;
import org.civic.standard.Standard;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * What civic documents as thread-safe is: {@code Hierarchy}, {@code Standard},
 * {@code ComplianceResults}, {@code ActivityRollup}, {@code MetricSet}, the {@code CivicJson}
 * readers and the Jackson module, each shared by 8 threads that ask every question in their own
 * shuffled order, many times over, and get exactly the answers one thread got alone.
 */
class ConcurrentUseTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 3;

  @Test
  void eightThreadsGetTheAnswersOneThreadGets() throws Exception {
    Dataset d = Samples.dataset(7, 4);
    Hierarchy h = d.toHierarchy();
    Standard standard = SixHaves.standard();
    ComplianceResults results = standard.check(h);
    ActivityRollup rollup = ActivityRollup.of(h, d.activities(), d.orders(), VolunteerIndex.growing());
    CivicJson lenient = CivicJson.lenient();
    CivicJson threaded = CivicJson.lenient().withParserThreads(2);
    JsonMapper mapper = JsonMapper.builder().addModule(new CivicModule()).build();
    ByteArrayOutputStream document = new ByteArrayOutputStream();
    CivicJson.strict().writeDataset(d, document);
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    try (LinesWriter w = CivicJson.strict().linesWriter(lines)) {
      w.writeAll(d);
    }
    List<Period> periods = List.of(Period.year(2024), Period.parse("2024-Q2"), Period.parse("2024-07"));
    MetricSet[] shared = {rollup.metrics(h.roots().get(0).code(), Period.year(2024))};

    List<Callable<String>> questions = new ArrayList<>();
    for (Division div : h.divisions().limit(40).toList()) {
      for (Period p : periods) {
        questions.add(() -> mapper.writeValueAsString(rollup.metrics(div.code(), p)));
      }
      questions.add(() -> String.valueOf(h.coverage(div.code(), DivisionLevel.VILLAGE)) + h.children(div.code()));
      questions.add(() -> mapper.writeValueAsString(results.summary(div.code())));
    }
    ActivityRollup.MonthlyTable monthly = rollup.monthly(2024);   // shared; its volunteers are counted by the first asker
    questions.add(() -> monthly.cells().map(Object::toString).toList().toString());
    questions.add(() -> String.valueOf(monthly.volunteers(h.roots().get(0).code(), java.time.Month.JULY)));
    questions.add(() -> mapper.writeValueAsString(standard.check(h).summary()));
    questions.add(() -> results.results(Outcome.FAIL).map(Object::toString).toList().toString());
    questions.add(() -> mapper.writeValueAsString(shared[0].plus(shared[0]).plus(MetricSet.empty())));
    questions.add(() -> mapper.readValue(mapper.writeValueAsString(shared[0]), MetricSet.class).equals(shared[0])
        ? "read back equal" : "read back different");
    questions.add(() -> String.valueOf(lenient.readDataset(new ByteArrayInputStream(document.toByteArray()), "d.json")
        .dataset().equals(d)));
    questions.add(() -> {
      Dataset.Builder b = Dataset.builder();
      ReadReport r = threaded.readLines(new ByteArrayInputStream(lines.toByteArray()), "d.jsonl", b);
      return r.records() + " " + b.build().equals(d);
    });
    questions.add(() -> mapper.writeValueAsString(d.sites()));

    List<String> alone = new ArrayList<>();
    for (Callable<String> q : questions) {
      alone.add(q.call());
    }
    assertThat(alone).contains("read back equal", "true");

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> answers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        answers.add(pool.submit(() -> {
          start.await();
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < questions.size(); i++) {
            order.add(i);
          }
          String[] got = new String[questions.size()];
          Random random = new Random(seed);
          for (int round = 0; round < ROUNDS; round++) {
            Collections.shuffle(order, random);
            for (int i : order) {
              String a = questions.get(i).call();
              if (got[i] != null && !got[i].equals(a)) {
                return List.of("question " + i + " changed its answer: " + a);
              }
              got[i] = a;
            }
          }
          return List.of(got);
        }));
      }
      start.countDown();
      for (Future<List<String>> f : answers) {
        assertThat(f.get(5, TimeUnit.MINUTES)).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
