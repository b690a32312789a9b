package org.civic.report;

import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleDescriptor.Requires.Modifier;
import java.util.Map;
import java.util.Set;
import org.civic.hierarchy.Hierarchy;
import org.civic.json.CivicJson;
import org.junit.jupiter.api.Test;

/**
 * civic-report's tests run on the module path, as {@code org.civic.report}: it exports its one API
 * package, {@code report.internal} to no one, opens nothing, and reads no internal package of
 * civic-core or civic-json.
 */
class ModulePathTest {

  private static final Module MODULE = Report.class.getModule();
  private static final ModuleDescriptor DESCRIPTOR = MODULE.getDescriptor();

  @Test
  void theTestsRunInTheNamedModule() {
    assertThat(MODULE.isNamed()).isTrue();
    assertThat(MODULE.getName()).isEqualTo("org.civic.report");
    assertThat(getClass().getModule()).as("the tests are patched into the module").isSameAs(MODULE);
  }

  @Test
  void exportsOnlyItsApiPackageAndOpensNothing() {
    assertThat(DESCRIPTOR.exports()).extracting(Exports::source, Exports::isQualified)
        .containsExactly(tuple("org.civic.report", false));
    assertThat(MODULE.getPackages()).contains("org.civic.report.internal");
    assertThat(DESCRIPTOR.isOpen()).isFalse();
    assertThat(DESCRIPTOR.opens()).isEmpty();
  }

  @Test
  void passesOnCoreButNotJson() {
    Map<String, Set<Modifier>> requires = DESCRIPTOR.requires().stream()
        .collect(toMap(Requires::name, Requires::modifiers));
    assertThat(requires.get("org.civic.core")).containsExactly(Modifier.TRANSITIVE);
    assertThat(requires.get("org.jspecify")).containsExactly(Modifier.STATIC);
    assertThat(requires.get("org.civic.json")).isEmpty();
  }

  /** Opened is not exported: core's {@code constraints.internal} is open to reflection, not to compilers. */
  @Test
  void noInternalPackageOfItsSiblingsIsExportedToIt() {
    for (Module sibling : Set.of(Hierarchy.class.getModule(), CivicJson.class.getModule())) {
      assertThat(sibling.getDescriptor().exports()).as(sibling.getName())
          .filteredOn(e -> e.source().endsWith(".internal"))
          .allSatisfy(e -> assertThat(e.targets()).isNotEmpty().doesNotContain(MODULE.getName()));
      assertThat(sibling.getPackages().stream().filter(p -> p.endsWith(".internal") && !sibling.isOpen(p)))
          .as(sibling.getName())
          .isNotEmpty()
          .allSatisfy(p -> assertThat(sibling.isExported(p, MODULE)).as(p).isFalse());
    }
  }
}
