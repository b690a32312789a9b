package org.civic.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.civic.division.Division;
import org.civic.hierarchy.Hierarchy;
import org.civic.site.Site;
import org.civic.site.SiteLevel;
import org.civic.standard.CheckResult;
import org.civic.standard.ComplianceResults;
import org.civic.standard.ComplianceSummary;
import org.civic.standard.Outcome;
import org.civic.standard.SixHaves;
import org.civic.standard.Standard;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Measures the six-haves check of every national site, civic's two APIs side by side with the
 * same six rules run by Hibernate Validator.
 *
 * <p>Input: the hierarchy of the shared national data with its six-haves facts
 * ({@link NationalData#hierarchyWithFacts()}: 644,290 main sites, each with
 * {@code RandomFacts.facts(random, 0.1)} drawn in code order from a fixed seed), the same at
 * every scale and in every run. Each benchmark operation checks all 644,290 sites; divide by
 * {@link #SITES} for per-site figures.
 *
 * <ul>
 *   <li>{@code civicCheckAll}: {@code SixHaves.standard().check(hierarchy)}, outcomes only, a
 *       byte per site and requirement. Target: under 0.5 s.
 *   <li>{@code civicCheckEachSite}: {@code check(site)} on each {@link Site}, full
 *       {@code SiteCompliance} with messages, evidence and thresholds.
 *   <li>{@code hibernateValidatorAnnotations}: {@code validator.validate(bean)} on one bean per
 *       site, the six haves as plain annotations ({@link SixHavesBeans}). Beans are made in
 *       {@code @Setup}, not timed.
 *   <li>{@code hibernateValidatorMeetsStandard}: {@code validator.validate(record)} on a record
 *       carrying civic's {@code @MeetsStandard}.
 * </ul>
 *
 * <p>Before timing, each Hibernate Validator state checks on {@value #SAMPLE} sites spread over
 * the nation that its violations name exactly the requirements civic FAILs, site by site, and
 * prints the counts.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@BenchmarkMode(Mode.SingleShotTime)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SixHavesBenchmark {

  /** The sites each operation checks. */
  static final int SITES = NationalSites.SITE_COUNT;
  /** The sites of the agreement check. */
  static final int SAMPLE = 10_000;

  /** The national hierarchy, every site with facts, and the default six-haves standard. */
  @State(Scope.Benchmark)
  public static class National {
    Hierarchy hierarchy;
    Standard standard;

    @Setup(Level.Trial)
    public void build() {
      standard = SixHaves.standard();
      hierarchy = NationalData.current().hierarchyWithFacts();
      System.out.println();
      System.out.println("national outcomes (civic): " + nationalSummary(standard.check(hierarchy)));
    }

  }

  /** Every site of the national hierarchy as a {@link Site}, made once. */
  @State(Scope.Benchmark)
  public static class Sites {
    Site[] sites;

    @Setup(Level.Trial)
    public void materialize(National national) {
      sites = national.hierarchy.sites().toArray(Site[]::new);
    }
  }

  /** A bean per site with the six haves as plain annotations, and a validator. */
  @State(Scope.Benchmark)
  public static class AnnotatedBeans {
    ValidatorFactory factory;
    Validator validator;
    SixHavesBeans.LevelBean[] beans;

    @Setup(Level.Trial)
    public void convert(National national, Sites sites) {
      SixHavesBeans.checkAgainstProfile();
      factory = Validation.buildDefaultValidatorFactory();
      validator = factory.getValidator();
      beans = new SixHavesBeans.LevelBean[sites.sites.length];
      for (int i = 0; i < beans.length; i++) {
        beans[i] = SixHavesBeans.of(sites.sites[i].level(), sites.sites[i].facts());
      }
      agree("plain annotations", national, sites.sites, validator, i -> beans[i],
          SixHavesBeans::requirementOf);
    }

    @TearDown(Level.Trial)
    public void close() {
      factory.close();
    }
  }

  /** A record per site carrying civic's {@code @MeetsStandard}, and a validator. */
  @State(Scope.Benchmark)
  public static class MeetsStandardRecords {
    ValidatorFactory factory;
    Validator validator;
    SixHavesBeans.SiteRecord[] records;

    @Setup(Level.Trial)
    public void convert(National national, Sites sites) {
      factory = Validation.buildDefaultValidatorFactory();
      validator = factory.getValidator();
      records = new SixHavesBeans.SiteRecord[sites.sites.length];
      for (int i = 0; i < records.length; i++) {
        records[i] = new SixHavesBeans.SiteRecord(sites.sites[i].level(), sites.sites[i].facts());
      }
      Map<String, String> byProperty = new HashMap<>();
      national.standard.requirements().forEach(r -> byProperty.put(r.property(), r.id()));
      agree("@MeetsStandard", national, sites.sites, validator, i -> records[i], byProperty::get);
    }

    @TearDown(Level.Trial)
    public void close() {
      factory.close();
    }
  }

  /** Six-haves check of all sites: every national site, outcomes only, civic's batch API. */
  @Benchmark
  @Warmup(iterations = 5)
  @Measurement(iterations = 10)
  public ComplianceResults civicCheckAll(National national) {
    return national.standard.check(national.hierarchy);
  }

  /** The six haves on each national site, full results with messages and evidence. */
  @Benchmark
  public void civicCheckEachSite(National national, Sites sites, Blackhole bh) {
    Standard standard = national.standard;
    for (Site site : sites.sites) {
      bh.consume(standard.check(site));
    }
  }

  /** The same six rules as plain Bean Validation annotations, Hibernate Validator, every site. */
  @Benchmark
  public void hibernateValidatorAnnotations(AnnotatedBeans state, Blackhole bh) {
    Validator validator = state.validator;
    for (SixHavesBeans.LevelBean bean : state.beans) {
      bh.consume(validator.validate(bean));
    }
  }

  /** civic's {@code @MeetsStandard} through Hibernate Validator, every site. */
  @Benchmark
  @Warmup(iterations = 3)
  public void hibernateValidatorMeetsStandard(MeetsStandardRecords state, Blackhole bh) {
    Validator validator = state.validator;
    for (SixHavesBeans.SiteRecord record : state.records) {
      bh.consume(validator.validate(record));
    }
  }

  /** Sums the national outcomes per requirement over the roots (the 31 provinces). */
  static ComplianceSummary nationalSummary(ComplianceResults results) {
    ComplianceSummary sum = null;
    for (Division root : results.hierarchy().roots()) {
      ComplianceSummary s = results.summary(root.code());
      sum = sum == null ? s : sum.plus(s);
    }
    return sum;
  }

  /**
   * Checks, on {@value #SAMPLE} sites spread evenly over the nation, that a validator's
   * violations name exactly the requirements civic FAILs on each site — by the batch API and by
   * the per-site API, which must agree too — and prints the counts.
   *
   * @throws IllegalStateException at the first site where they differ
   */
  static void agree(String what, National national, Site[] sites, Validator validator,
      IntFunction<Object> beanAt, Function<String, String> requirementOf) {
    ComplianceResults batch = national.standard.check(national.hierarchy);
    List<String> ids = SixHaves.IDS;
    long[] civicFails = new long[ids.size()];
    long[] validatorFails = new long[ids.size()];
    long[] incomplete = new long[ids.size()];
    long civicFailingSites = 0;
    long validatorFailingSites = 0;
    long violations = 0;
    Map<SiteLevel, Integer> levels = new EnumMap<>(SiteLevel.class);
    for (int k = 0; k < SAMPLE; k++) {
      int p = (int) ((long) k * sites.length / SAMPLE);
      Site site = sites[p];
      levels.merge(site.level(), 1, Integer::sum);
      Set<String> civicBatch = new TreeSet<>();
      for (int r = 0; r < ids.size(); r++) {
        Outcome o = batch.outcome(site.id(), ids.get(r));
        if (o == Outcome.FAIL) {
          civicBatch.add(ids.get(r));
          civicFails[r]++;
        } else if (o == Outcome.INCOMPLETE) {
          incomplete[r]++;
        }
      }
      Set<String> civicEach = new TreeSet<>();
      for (CheckResult result : national.standard.check(site).violations()) {
        civicEach.add(result.requirementId());
      }
      Set<ConstraintViolation<Object>> found = validator.validate(beanAt.apply(p));
      violations += found.size();
      Set<String> byValidator = new TreeSet<>();
      for (ConstraintViolation<Object> v : found) {
        Iterator<Path.Node> path = v.getPropertyPath().iterator();
        String property = path.hasNext() ? path.next().getName() : null;
        String id = property == null ? null : requirementOf.apply(property);
        if (id == null) {
          throw new IllegalStateException(what + ": violation on no known requirement: " + v);
        }
        byValidator.add(id);
      }
      for (int r = 0; r < ids.size(); r++) {
        if (byValidator.contains(ids.get(r))) {
          validatorFails[r]++;
        }
      }
      civicFailingSites += civicBatch.isEmpty() ? 0 : 1;
      validatorFailingSites += byValidator.isEmpty() ? 0 : 1;
      if (!civicBatch.equals(civicEach) || !civicBatch.equals(byValidator)) {
        throw new IllegalStateException(what + " disagrees with civic on " + site + " " + site.facts()
            + ": civic check(hierarchy) FAILs " + civicBatch + ", check(site) FAILs " + civicEach
            + ", Hibernate Validator " + byValidator + " " + found);
      }
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "agreement (%s), %,d sites %s: civic and Hibernate Validator agree"
        + " site by site%n", what, SAMPLE, levels);
    System.out.printf(Locale.ROOT, "  failing sites: civic %,d, Hibernate Validator %,d (%,d violations)%n",
        civicFailingSites, validatorFailingSites, violations);
    for (int r = 0; r < ids.size(); r++) {
      System.out.printf(Locale.ROOT, "  %-20s civic FAIL %,6d  HV sites with violations %,6d"
          + "  (civic INCOMPLETE %,d: no violation)%n", ids.get(r), civicFails[r], validatorFails[r],
          incomplete[r]);
    }
    if (!Arrays.equals(civicFails, validatorFails) || civicFailingSites != validatorFailingSites) {
      throw new IllegalStateException(what + ": the counts differ");
    }
  }
}
