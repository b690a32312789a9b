package org.civic.json;

import static java.util.stream.Collectors.toMap;
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
 * civic-json's tests run on the module path, as {@code org.civic.json}: it exports its one API
 * package to everyone and {@code json.internal} to no one, opens only the schemas' resource
 * package, and reads exactly the internals civic-core exports to it.
 */
class ModulePathTest {

  private static final Module MODULE = CivicJson.class.getModule();
  private static final ModuleDescriptor DESCRIPTOR = MODULE.getDescriptor();

  @Test
  void theTestsRunInTheNamedModule() {
    assertThat(MODULE.isNamed()).isTrue();
    assertThat(MODULE.getName()).isEqualTo("org.civic.json");
    assertThat(getClass().getModule()).as("the tests are patched into the module").isSameAs(MODULE);
  }

  @Test
  void exportsOnlyItsApiPackage() {
    assertThat(DESCRIPTOR.exports()).extracting(Exports::source, Exports::isQualified)
        .containsExactly(tuple("org.civic.json", false));
    assertThat(MODULE.getPackages()).contains("org.civic.json.internal");
  }

  @Test
  void opensOnlyTheSchemas() {
    assertThat(DESCRIPTOR.isOpen()).isFalse();
    assertThat(DESCRIPTOR.opens()).extracting(Opens::source, Opens::isQualified)
        .containsExactly(tuple("org.civic.json.schema", false));
  }

  @Test
  void passesOnCoreAndJacksonToItsUsers() {
    Map<String, Set<Modifier>> requires = DESCRIPTOR.requires().stream()
        .collect(toMap(Requires::name, Requires::modifiers));
    assertThat(requires.get("org.civic.core")).containsExactly(Modifier.TRANSITIVE);
    assertThat(requires.get("org.jspecify")).containsExactly(Modifier.STATIC);
    assertThat(requires.get("tools.jackson.databind")).containsExactly(Modifier.TRANSITIVE);
    assertThat(requires.get("org.slf4j")).isEmpty();
  }

  /** civic-core's qualified exports reach this module, and only those. */
  @Test
  void readsTheInternalsCoreExportsToIt() {
    Module core = Hierarchy.class.getModule();
    assertThat(core.getName()).isEqualTo("org.civic.core");
    assertThat(core.isExported("org.civic.internal", MODULE)).isTrue();
    assertThat(core.isExported("org.civic.activity.internal", MODULE)).isTrue();
    assertThat(core.isExported("org.civic.metric.internal", MODULE)).isTrue();
    assertThat(core.isExported("org.civic.hierarchy.internal", MODULE)).isTrue();
    assertThat(core.getDescriptor().exports()).extracting(Exports::source)
        .doesNotContain("org.civic.constraints.internal");   // opened at run time, for reflection only
    assertThat(core.isExported("org.civic.internal")).as("to everyone").isFalse();
  }
}
