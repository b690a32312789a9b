package org.civic.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.Slices;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** civic-report builds on civic-core's public API: never on core's or civic-json's internals. */
class ArchitectureTest {

  private static final JavaClasses MODULE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("org.civic.report");

  /**
   * civic-report's classes with all of ours it builds on (civic-core and civic-json, from the
   * class path): on its own civic-report is one slice (report with report.internal) and could
   * never show a cycle.
   */
  private static final JavaClasses WITH_WHAT_IT_BUILDS_ON = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.civic");

  @Test
  void usesNoInternalsOfCoreOrOfTheOtherModule() {
    noClasses().that().resideInAPackage("org.civic.report..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("org.civic.internal..", "org.civic.hierarchy.internal..",
            "org.civic.constraints.internal..", "org.civic.json.internal..")
        .allowEmptyShould(true)
        .check(MODULE);
  }

  @Test
  void neverPrints() {
    noClasses().that().resideInAPackage("org.civic.report..")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .allowEmptyShould(true)
        .check(MODULE);
  }

  /**
   * No cycle among the slices {@code org.civic.(*)..} — an {@code internal} sub-package counts
   * with its parent — across civic-report and what it builds on: a cycle would need one of our
   * modules to reach back, such as a class of civic-report in a package of civic-core.
   */
  @Test
  void packagesAreFreeOfCycles() {
    assertThat(Slices.matching("org.civic.(*)..").transform(WITH_WHAT_IT_BUILDS_ON).stream()
        .map(s -> s.getNamePart(1)).collect(Collectors.toSet()))
        .as("the rule sees civic-report and what it builds on")
        .contains("report", "json", "activity", "division", "hierarchy", "metric", "order", "standard");
    slices().matching("org.civic.(*)..").should().beFreeOfCycles().check(WITH_WHAT_IT_BUILDS_ON);
  }
}
