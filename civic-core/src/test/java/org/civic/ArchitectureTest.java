package org.civic;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.Slices;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * civic-core depends on nothing of ours and on no Jackson or Hibernate class, and its packages
 * form no cycle.
 */
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

  /**
   * One slice per concept: {@code org.civic.(*)..} puts a package's {@code internal} sub-package in
   * its slice ({@code hierarchy.internal} is part of {@code hierarchy}, as its seam is), and
   * {@code org.civic.internal} is a slice of its own.
   */
  @Test
  void packagesAreFreeOfCycles() {
    assertThat(Slices.matching("org.civic.(*)..").transform(CORE).stream().map(s -> s.getNamePart(1))
        .collect(Collectors.toSet()))
        .as("the rule sees every concept of civic-core")
        .contains("activity", "assessment", "constraints", "division", "hierarchy", "internal", "metric", "order", "problem",
            "site", "standard", "team", "volunteer");
    slices().matching("org.civic.(*)..").should().beFreeOfCycles().check(CORE);
  }
}
