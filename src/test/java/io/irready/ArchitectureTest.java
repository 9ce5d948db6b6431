package io.irready;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.irready.checks.Finding;
import io.irready.checks.Status;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Rules of the design that a compile alone would not keep. */
class ArchitectureTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.irready");

    @Test
    void checksAndTheEvidenceTheyReadNeverTouchTheAwsSdk() {
        noClasses().that().resideInAnyPackage("io.irready.checks..", "io.irready.evidence..")
                .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
                .because("checks are pure: they evaluate collected evidence and never call AWS")
                .check(PRODUCT);
    }

    @Test
    void checksDoNoIoAndKnowNothingOfSpring() {
        noClasses().that().resideInAPackage("io.irready.checks..")
                .and().doNotHaveSimpleName("CheckCatalog").and().doNotHaveSimpleName("MetadataFile")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.io..", "java.net..", "org.springframework..",
                        "io.irready.files..", "io.irready.aws..", "io.irready.collect..")
                .because("a check reads evidence and settings only, so any bundle can be re-evaluated anywhere")
                .check(PRODUCT);
    }

    @Test
    void theEvidenceRecordsOfServicesHoldNoSdkTypes() {
        noClasses().that().resideInAPackage("io.irready.services..").and().areAssignableTo(Record.class)
                .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
                .because("checks read these records; the bundle must stay readable without the SDK")
                .check(PRODUCT);
    }

    @Test
    void collectorsNeverJudge() {
        noClasses().that().resideInAnyPackage("io.irready.collect..", "io.irready.services..")
                .should().dependOnClassesThat().resideInAnyPackage("io.irready.results..", "io.irready.report..")
                .orShould().dependOnClassesThat().belongToAnyOf(Status.class, Finding.class)
                .because("a collector fetches evidence; PASS or FAIL is decided by checks")
                .check(PRODUCT);
    }
}
