package org.civic.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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

  @Test
  void usesNoInternalsOfCoreOrOfTheOtherModule() {
    noClasses().that().resideInAPackage("org.civic.json..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("org.civic.hierarchy.internal..", "org.civic.constraints.internal..",
            "org.civic.report.internal..")
        .orShould().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.civic.internal")
            .and(DescribedPredicate.not(JavaClass.Predicates.simpleNameStartingWith("IsoDates")
                .or(JavaClass.Predicates.simpleName("ServiceDay")).or(JavaClass.Predicates.simpleName("Ids")))))
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
