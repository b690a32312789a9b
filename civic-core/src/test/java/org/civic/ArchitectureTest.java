package org.civic;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** civic-core depends on nothing of ours and on no Jackson or Hibernate class. */
class ArchitectureTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("org.civic");

  @Test
  void coreDependsOnNoOtherCivicModule() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("org.civic.json..", "org.civic.report..", "org.civic.testkit..",
            "org.civic.examples..", "org.civic.benchmarks..")
        .check(CORE);
  }

  @Test
  void coreDependsOnNoJacksonOrHibernate() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("tools.jackson..", "com.fasterxml..", "org.hibernate..")
        .check(CORE);
  }

  @Test
  void coreNeverPrints() {
    noClasses().should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().callMethod(System.class, "exit", int.class)
        .check(CORE);
  }
}
