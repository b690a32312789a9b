package org.civic.examples.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.civic.hierarchy.Hierarchy;
import org.civic.json.CivicJson;
import org.civic.report.Report;
import org.civic.testkit.RandomHierarchies;
import org.junit.jupiter.api.Test;

/**
 * The public API of each published module is listed in a committed file,
 * {@code <module>/api/<module>.txt}, made from the compiled classes and module descriptor
 * ({@link ApiListing}). This test fails when the API changes and the file was not regenerated,
 * so that every API change shows in review; regenerate with
 * {@value #REGENERATE}.
 *
 * <p>It also checks that what the modules export is all a host can reach: no public signature of
 * an exported type mentions a type that is not itself public in a package exported to everyone,
 * and internal packages are exported, if at all, only to civic's own modules.
 */
class PublicApiTest {

  static final String REGENERATE = "./mvnw -B -ntp -pl examples -am verify -Dcivic.api.regenerate=true";

  /** The published modules: artifact id and one class of each. */
  private static final Map<String, Class<?>> PUBLISHED = published();

  private static final Set<String> MODULES =
      Set.of("org.civic.core", "org.civic.json", "org.civic.report", "org.civic.testkit", "org.civic.flink");

  /**
   * The published modules without a module descriptor, with the name their manifest gives them:
   * civic-flink (Flink runs jobs on the class path, and Flink's jars are not named modules).
   */
  private static final Map<String, String> AUTOMATIC = Map.of("civic-flink", "org.civic.flink");

  /** The repository root: Surefire runs in examples/. */
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static Map<String, Class<?>> published() {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    m.put("civic-core", Hierarchy.class);
    m.put("civic-json", CivicJson.class);
    m.put("civic-report", Report.class);
    m.put("civic-testkit", RandomHierarchies.class);
    m.put("civic-flink", org.civic.flink.RollupJob.class);
    return m;
  }

  private static List<ApiListing> listings() {
    List<ApiListing> listings = new ArrayList<>();
    PUBLISHED.forEach((artifact, anchor) -> listings.add(ApiListing.of(artifact, anchor, AUTOMATIC.get(artifact))));
    return listings;
  }

  @Test
  void eachModulesApiListingIsUpToDate() throws IOException {
    assertThat(ROOT.resolve("pom.xml")).as("the repository root").exists();
    boolean regenerate = Boolean.getBoolean("civic.api.regenerate");
    List<String> stale = new ArrayList<>();
    StringBuilder diffs = new StringBuilder();
    for (ApiListing listing : listings()) {
      Path file = ROOT.resolve(listing.artifact()).resolve("api").resolve(listing.artifact() + ".txt");
      String actual = listing.render(REGENERATE);
      if (regenerate) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        continue;
      }
      String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
      if (!expected.equals(actual)) {
        stale.add(ROOT.relativize(file).toString());
        diffs.append("--- ").append(ROOT.relativize(file)).append(" (committed)\n")
            .append("+++ ").append(listing.artifact()).append(" (compiled)\n")
            .append(LineDiff.of(expected, actual));
      }
    }
    if (!stale.isEmpty()) {
      fail("The public API changed and " + String.join(", ", stale) + " was not regenerated. If the change is "
          + "deliberate, run\n  " + REGENERATE + "\nand commit the listing with the change.\n\n" + diffs);
    }
  }

  @Test
  void theListingFollowsTheDescriptors() {
    for (ApiListing listing : listings()) {
      assertThat(listing.descriptor().name()).as(listing.artifact()).isIn(MODULES);
      assertThat(listing.exportedPackages()).as(listing.artifact()).isNotEmpty()
          .allSatisfy(p -> assertThat(listing.packages()).contains(p));
      assertThat(listing.types()).as(listing.artifact())
          .allSatisfy(t -> assertThat(listing.exportedPackages()).contains(t.getPackageName()));
    }
  }

  /** An internal package is exported to civic's own modules or to no one. */
  @Test
  void internalPackagesAreExportedOnlyToSiblings() {
    for (ApiListing listing : listings()) {
      for (ModuleDescriptor.Exports e : listing.descriptor().exports()) {
        if (isInternal(e.source())) {
          assertThat(e.isQualified()).as("%s exports %s to everyone", listing.artifact(), e.source()).isTrue();
          assertThat(e.targets()).as("%s exports %s", listing.artifact(), e.source())
              .isSubsetOf(MODULES).doesNotContain(listing.descriptor().name());
        }
      }
    }
  }

  /**
   * No public signature of an exported type mentions a civic type a host cannot name: one in an
   * internal or other unexported package, or one that is not public.
   */
  @Test
  void noPublicSignatureReachesAnUnexportedType() {
    List<ApiListing> listings = listings();
    Map<String, String> exportedBy = new LinkedHashMap<>();
    Set<String> allPackages = new TreeSet<>();
    for (ApiListing listing : listings) {
      listing.exportedPackages().forEach(p -> exportedBy.put(p, listing.artifact()));
      allPackages.addAll(listing.packages());
    }
    Set<String> unreachable = new TreeSet<>();
    for (ApiListing listing : listings) {
      for (ApiListing.Mention m : listing.mentionedTypes()) {
        Class<?> type = m.type();
        if (type.isPrimitive() || !allPackages.contains(type.getPackageName())) {
          continue;   // the JDK's and other libraries' types
        }
        if (!exportedBy.containsKey(type.getPackageName()) || isInternal(type.getPackageName())
            || !ApiListing.isApi(type)) {
          unreachable.add(m.owner() + " -> " + ApiListing.name(type));
        }
      }
    }
    assertThat(unreachable).as("public signatures that name a type hosts cannot reach").isEmpty();
  }

  private static boolean isInternal(String pkg) {
    return pkg.equals("internal") || pkg.endsWith(".internal") || pkg.contains(".internal.");
  }
}
