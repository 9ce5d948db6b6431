package io.irready.checks;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog is complete, its ids unique, every metadata field present and every reference well-formed. */
class CheckCatalogTest {

    private static final Set<String> NIST_PHASES = Set.of("Preparation", "Detection & Analysis",
            "Containment, Eradication & Recovery", "Post-Incident Activity");
    private static final Set<String> SIR_GUIDE_SECTIONS = Set.of("Preparation - Account structure", "Preparation - Tagging strategy",
            "Preparation - Account contacts", "Preparation - Prepare access", "Preparation - Logs", "Preparation - Logs (retention)",
            "Preparation - Logs (storage)", "Preparation - Logs (querying)", "Preparation - Logs (alerting)", "Preparation - Forensics",
            "Preparation - Playbooks", "Preparation - Plans and simulations", "Preparation - People (support)", "Operations - Detect",
            "Operations - Contain", "Post-incident activity");

    /** Fixes that no CloudFormation or Terraform resource makes: a support plan, a membership sign-up, an exercise. */
    private static final Set<String> NO_INFRASTRUCTURE_AS_CODE = Set.of("IR-PROC-03", "IR-PROC-04", "IR-PROC-08");

    @Test
    void everyCheckClassIsInTheCatalog() {
        Set<String> implementations = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.irready.checks").stream()
                .filter(c -> c.isAssignableTo(Check.class) && !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
        Set<String> registered = CheckCatalog.all().stream().map(c -> c.getClass().getName()).collect(Collectors.toSet());
        assertThat(registered).isEqualTo(implementations);
    }

    @Test
    void idsAreUniqueAndMetadataIsComplete() {
        Set<String> ids = new HashSet<>();
        for (CheckMetadata check : CheckCatalog.metadata()) {
            assertThat(ids.add(check.id())).as("duplicate id %s", check.id()).isTrue();
            assertThat(check.id()).matches("IR-(LOG|DET|ACC|PROC|TAG|REC|ATT)-\\d{2}");
            assertThat(check.title()).as(check.id()).isNotBlank().hasSizeLessThan(80);
            assertThat(check.severity()).as(check.id()).isNotNull();
            assertThat(check.area()).as(check.id()).isNotNull().isNotEqualTo(Area.SCOPE);
            assertThat(check.rationale()).as(check.id()).hasSizeGreaterThan(80);
            var fix = check.remediation();
            assertThat(fix).as(check.id()).isNotNull();
            assertThat(fix.console()).as(check.id() + " console steps").isNotBlank();
            // What no API shows is fixed by recording it; everything else by an AWS CLI command.
            assertThat(fix.cli()).as(check.id() + " CLI").containsPattern(check.id().startsWith("IR-ATT-")
                    ? "config/attestations\\.yml" : "\\baws [a-z0-9-]+ [a-z-]+");
            if (!NO_INFRASTRUCTURE_AS_CODE.contains(check.id()) && !check.id().startsWith("IR-ATT-")) {
                assertThat(fix.cloudformation() != null || fix.terraform() != null).as(check.id() + " CloudFormation or Terraform").isTrue();
            }
            for (String snippet : java.util.Arrays.asList(fix.cloudformation(), fix.terraform())) {
                assertThat(snippet == null || snippet.lines().anyMatch(line -> !line.isBlank() && !line.strip().startsWith("#")))
                        .as(check.id() + " snippet is more than comments").isTrue();
            }
        }
        assertThat(ids).isNotEmpty();
    }

    @Test
    void everyReferenceIsWellFormed() {
        for (CheckMetadata check : CheckCatalog.metadata()) {
            var refs = check.references();
            assertThat(refs).as(check.id()).isNotNull();
            assertThat(refs.sirGuide()).as(check.id() + " SIR guide section").isIn(SIR_GUIDE_SECTIONS);
            assertThat(refs.nist80061()).as(check.id() + " NIST phases").isNotEmpty().allMatch(NIST_PHASES::contains);
            assertThat(refs.csf20()).as(check.id() + " CSF 2.0").isNotEmpty().allMatch(id -> id.matches("(GV|ID|PR|DE|RS|RC)\\.[A-Z]{2}-\\d{2}"));
            assertThat(refs.cis50()).as(check.id() + " CIS").allMatch(id -> id.matches("\\d+(\\.\\d+)+"));
            assertThat(refs.fsbp()).as(check.id() + " Security Hub").allMatch(id -> id.matches("[A-Za-z0-9]+\\.\\d+"));
            assertThat(refs.wellArchitected()).as(check.id() + " Well-Architected").allMatch(id -> id.matches("SEC\\d{2}-BP\\d{2}"));
            List<String> frameworks = java.util.Arrays.stream(Framework.values()).flatMap(f -> refs.of(f).stream()).toList();
            assertThat(frameworks).as(check.id() + " at least one framework reference").isNotEmpty();
            assertThat(refs.awsDocs()).as(check.id() + " AWS documentation it follows").isNotEmpty()
                    .allMatch(url -> url.matches("https://docs\\.aws\\.amazon\\.com/[A-Za-z0-9._/#-]+"));
        }
    }

    @Test
    void everyCheckAnswersTheRealAwsSweep() {
        for (CheckMetadata check : CheckCatalog.metadata()) {
            var sweep = check.sweep();
            assertThat(sweep).as(check.id() + " sweep").isNotNull();
            assertThat(List.of(sweep.organization(), sweep.works(), sweep.scope(), sweep.pages())).as(check.id() + " sweep answers")
                    .allSatisfy(answer -> assertThat(answer).isNotBlank().endsWith("."));
        }
    }
}
