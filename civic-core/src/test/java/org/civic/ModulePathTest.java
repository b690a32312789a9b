package org.civic;

import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Opens;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleDescriptor.Requires.Modifier;
import java.util.Map;
import java.util.Set;
import org.civic.hierarchy.Hierarchy;
import org.junit.jupiter.api.Test;

/**
 * civic-core's tests run on the module path, as the module {@code org.civic.core}, and its
 * descriptor exports the concept packages to everyone, the internals only to the siblings that
 * read through them, and opens only what Bean Validation instantiates: an export added by accident
 * fails here.
 */
class ModulePathTest {

  private static final Module MODULE = Hierarchy.class.getModule();
  private static final ModuleDescriptor DESCRIPTOR = MODULE.getDescriptor();
  private static final Set<String> SIBLINGS =
      Set.of("org.civic.json", "org.civic.report", "org.civic.testkit", "org.civic.flink");

  @Test
  void theTestsRunInTheNamedModule() {
    assertThat(MODULE.isNamed()).isTrue();
    assertThat(MODULE.getName()).isEqualTo("org.civic.core");
    assertThat(getClass().getModule()).as("the tests are patched into the module").isSameAs(MODULE);
  }

  @Test
  void exportsTheConceptPackagesToEveryone() {
    assertThat(DESCRIPTOR.exports().stream().filter(e -> !e.isQualified()).map(Exports::source).collect(toSet()))
        .containsExactlyInAnyOrder("org.civic.activity", "org.civic.assessment", "org.civic.constraints", "org.civic.division",
            "org.civic.hierarchy", "org.civic.metric", "org.civic.order", "org.civic.problem", "org.civic.site",
            "org.civic.standard", "org.civic.team", "org.civic.volunteer");
  }

  @Test
  void exportsItsInternalsOnlyToTheSiblingsThatReadThem() {
    Map<String, Set<String>> qualified = DESCRIPTOR.exports().stream().filter(Exports::isQualified)
        .collect(toMap(Exports::source, Exports::targets));
    assertThat(qualified).isEqualTo(Map.of(
        "org.civic.internal", Set.of("org.civic.json"),
        "org.civic.activity.internal", Set.of("org.civic.json"),
        "org.civic.hierarchy.internal", Set.of("org.civic.json"),
        "org.civic.metric.internal", Set.of("org.civic.json", "org.civic.flink")));
    assertThat(qualified.values()).allSatisfy(targets -> assertThat(SIBLINGS).containsAll(targets));
    assertThat(MODULE.isExported("org.civic.hierarchy.internal")).isFalse();
    assertThat(MODULE.isExported("org.civic.internal")).isFalse();
  }

  /** Only the validator's package, at run time, for whichever module instantiates it. */
  @Test
  void opensOnlyTheConstraintValidatorPackage() {
    assertThat(DESCRIPTOR.isOpen()).isFalse();
    assertThat(DESCRIPTOR.opens()).extracting(Opens::source, Opens::isQualified)
        .containsExactly(tuple("org.civic.constraints.internal", false));
  }

  @Test
  void theOptionalDependenciesAreStatic() {
    Map<String, Set<Modifier>> requires = DESCRIPTOR.requires().stream()
        .collect(toMap(Requires::name, Requires::modifiers));
    assertThat(requires.get("jakarta.validation")).containsExactly(Modifier.STATIC);
    assertThat(requires.get("org.jspecify")).containsExactly(Modifier.STATIC);
    assertThat(requires.get("org.slf4j")).isEmpty();
    assertThat(requires.get("roaringbitmap")).isEmpty();
  }
}
