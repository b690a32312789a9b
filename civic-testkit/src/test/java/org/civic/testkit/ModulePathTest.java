package org.civic.testkit;

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
import org.junit.jupiter.api.Test;

/**
 * civic-testkit's tests run on the module path, as {@code org.civic.testkit}: it exports its one
 * package, passes civic-core on to hosts' tests, and no internal package of civic-core is exported
 * to it (its property tests of core use the public API only).
 */
class ModulePathTest {

  private static final Module MODULE = RandomHierarchies.class.getModule();
  private static final ModuleDescriptor DESCRIPTOR = MODULE.getDescriptor();

  @Test
  void theTestsRunInTheNamedModule() {
    assertThat(MODULE.isNamed()).isTrue();
    assertThat(MODULE.getName()).isEqualTo("org.civic.testkit");
    assertThat(getClass().getModule()).as("the tests are patched into the module").isSameAs(MODULE);
  }

  @Test
  void exportsOnlyItsOnePackageAndOpensNothing() {
    assertThat(DESCRIPTOR.exports()).extracting(Exports::source, Exports::isQualified)
        .containsExactly(tuple("org.civic.testkit", false));
    assertThat(DESCRIPTOR.opens()).isEmpty();
  }

  @Test
  void passesOnCore() {
    Map<String, Set<Modifier>> requires = DESCRIPTOR.requires().stream()
        .collect(toMap(Requires::name, Requires::modifiers));
    assertThat(requires.get("org.civic.core")).containsExactly(Modifier.TRANSITIVE);
    assertThat(requires.get("org.jspecify")).containsExactly(Modifier.STATIC);
  }

  /** Opened is not exported: {@code constraints.internal} is open to reflection, not to compilers. */
  @Test
  void noInternalPackageOfCoreIsExportedToIt() {
    Module core = Hierarchy.class.getModule();
    assertThat(core.getDescriptor().exports()).filteredOn(e -> e.source().endsWith(".internal"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.targets()).isNotEmpty().doesNotContain(MODULE.getName()));
    assertThat(core.getPackages().stream().filter(p -> p.endsWith(".internal") && !core.isOpen(p)))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(core.isExported(p, MODULE)).as(p).isFalse());
  }
}
