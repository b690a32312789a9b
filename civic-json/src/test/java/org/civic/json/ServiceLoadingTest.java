package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.lang.module.ModuleDescriptor.Provides;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * On the module path {@link CivicModule} is found through the descriptor's {@code provides}
 * (META-INF/services serves the class path, where ClassPathTest in examples checks it).
 */
class ServiceLoadingTest {

  @Test
  void theDescriptorProvidesTheJacksonModule() {
    assertThat(CivicModule.class.getModule().getDescriptor().provides())
        .extracting(Provides::service, Provides::providers)
        .containsExactly(tuple(JacksonModule.class.getName(), List.of(CivicModule.class.getName())));
  }

  @Test
  void serviceLoaderFindsCivicModuleInTheBootLayer() {
    // A named module may only load services it uses: the tests stand for a host that declares
    // "uses tools.jackson.databind.JacksonModule".
    getClass().getModule().addUses(JacksonModule.class);
    assertThat(ServiceLoader.load(ModuleLayer.boot(), JacksonModule.class).stream()
        .filter(p -> p.type().getModule().isNamed()).map(ServiceLoader.Provider::type))
        .contains(CivicModule.class);
  }

  @Test
  void findAndAddModulesPicksItUp() {
    assertThat(JsonMapper.builder().findAndAddModules().build().registeredModules())
        .hasAtLeastOneElementOfType(CivicModule.class);
  }
}
