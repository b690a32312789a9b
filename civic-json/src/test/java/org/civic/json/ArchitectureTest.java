package org.civic.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.Slices;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * civic-json builds on civic-core's public API and, for the national ingest, on the seams core
 * exports to it alone (the activity log's columns, and the shared date, id and service-time
 * rules): never on other internals of core or civic-report.
 */
class ArchitectureTest {

  private static final JavaClasses MODULE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("org.civic.json");

  /**
   * civic-json's classes with all of ours it builds on (civic-core, from the class path): on its own
   * civic-json is one slice (json with json.internal) and could never show a cycle.
   */
  private static final JavaClasses WITH_WHAT_IT_BUILDS_ON = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.civic");

  @Test
  void usesNoInternalsOfCoreOrOfTheOtherModule() {
    noClasses().that().resideInAPackage("org.civic.json..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("org.civic.constraints.internal..", "org.civic.report.internal..")
        // of the hierarchy's internals, only a builder's columns (the reader appends to them)
        .orShould().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.civic.hierarchy.internal")
            .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("HierarchyRows")
                .or(JavaClass.Predicates.simpleName("HierarchyBuilderAccess"))
                .or(JavaClass.Predicates.simpleName("FactColumns")).or(JavaClass.Predicates.simpleName("Builder")))))
        .orShould().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.civic.internal")
            // the shared id, date and service-day rules, and Parallel: how a read lends its parser
            // threads to the log's numbering
            .and(DescribedPredicate.not(JavaClass.Predicates.simpleNameStartingWith("IsoDates")
                .or(JavaClass.Predicates.simpleName("ServiceDay")).or(JavaClass.Predicates.simpleName("Ids"))
                .or(JavaClass.Predicates.simpleName("Parallel")))))
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

  /**
   * No cycle among the slices {@code org.civic.(*)..} — an {@code internal} sub-package counts
   * with its parent — across civic-json and what it builds on: a cycle would need one of our
   * modules to reach back, such as a class of civic-json in a package of civic-core.
   */
  @Test
  void packagesAreFreeOfCycles() {
    assertThat(Slices.matching("org.civic.(*)..").transform(WITH_WHAT_IT_BUILDS_ON).stream()
        .map(s -> s.getNamePart(1)).collect(Collectors.toSet()))
        .as("the rule sees civic-json and what it builds on")
        .contains("json", "activity", "division", "hierarchy", "metric", "order", "standard");
    slices().matching("org.civic.(*)..").should().beFreeOfCycles().check(WITH_WHAT_IT_BUILDS_ON);
  }
}
