package io.solargw.protocol.inverter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The protocol module is pure: no I/O, threads, clocks or logging; values are immutable. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.solargw.protocol.inverter");

  @Test
  void doesNoIoThreadsClocksOrLogging() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.net..",
            "java.nio.channels..",
            "java.util.concurrent..",
            "java.util.logging..",
            "org.slf4j..",
            "io.netty..",
            "com.fazecast..",
            "com.ghgande..",
            "org.eclipse.paho..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.lang.Thread")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.time.Clock")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(System.class, "nanoTime")
        .because("protocol modules hold no threads, clocks, sockets or loggers (DESIGN.md)")
        .check(CLASSES);
  }

  @Test
  void recordsAreTheOnlyValueCarriersAndHaveNoMutableFields() {
    classes()
        .that()
        .areRecords()
        .should()
        .haveOnlyFinalFields()
        .allowEmptyShould(true)
        .check(CLASSES);
  }

  @Test
  void noPackageCycles() {
    slices()
        .matching("io.solargw.protocol.inverter.(*)..")
        .should()
        .beFreeOfCycles()
        .allowEmptyShould(true)
        .check(CLASSES);
  }
}
