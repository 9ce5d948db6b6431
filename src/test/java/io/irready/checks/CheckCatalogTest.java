package io.irready.checks;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCatalogTest {

    @Test
    void everyCheckClassIsInTheCatalog() {
        Set<String> implementations = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.irready.checks").stream()
                .filter(c -> c.isAssignableTo(Check.class) && !c.isInterface())
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
            assertThat(check.id()).matches("IR-[A-Z]+-\\d{2}");
            assertThat(check.title()).isNotBlank();
            assertThat(check.rationale()).as(check.id()).hasSizeGreaterThan(80);
            assertThat(check.remediation()).as(check.id()).contains("aws ");
            assertThat(check.references()).as(check.id()).anyMatch(r -> r.startsWith("AWS SIR Guide"))
                    .anyMatch(r -> r.startsWith("NIST SP 800-61")).anyMatch(r -> r.startsWith("CSF 2.0"));
        }
    }
}
