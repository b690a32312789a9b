package org.civic.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** civic-json builds on civic-core's public API: never on core's or civic-report's internals. */
class ArchitectureTest {

  private static final JavaClasses MODULE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("org.civic.json");

  @Test
  void usesNoInternalsOfCoreOrOfTheOtherModule() {
    noClasses().that().resideInAPackage("org.civic.json..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("org.civic.internal..", "org.civic.hierarchy.internal..",
            "org.civic.constraints.internal..", "org.civic.report.internal..")
        .allowEmptyShould(true)
        .check(MODULE);
  }

  @Test
  void neverPrints() {
    noClasses().that().resideInAPackage("org.civic.json..")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .allowEmptyShould(true)
        .check(MODULE);
  }
}
