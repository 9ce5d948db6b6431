package io.irready.checks;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogDocumentTest {

    @Test
    void docsChecksMdIsGeneratedFromTheCurrentMetadata() throws IOException {
        String committed = Files.readString(Path.of("docs/checks.md"), StandardCharsets.UTF_8);
        assertThat(committed).as("docs/checks.md is stale: regenerate it with java -jar target/irready.jar checks --markdown > docs/checks.md")
                .isEqualTo(CatalogMarkdown.of(CheckCatalog.metadata()));
    }

    @Test
    void everyFrameworkViewListsEachReferencedRequirementOnceWithItsChecks() {
        for (Framework framework : Framework.values()) {
            FrameworkView view = FrameworkView.of(framework, CheckCatalog.metadata());
            long referenced = CheckCatalog.metadata().stream().flatMap(c -> c.references().of(framework).stream()).distinct().count();
            assertThat(view.requirements()).as(framework.key()).hasSize((int) referenced).allSatisfy(r -> assertThat(r.checkIds()).isNotEmpty());
        }
        assertThat(FrameworkView.natural("1.16", "1.5")).isPositive();
        assertThat(FrameworkView.natural("GuardDuty.10", "GuardDuty.9")).isPositive();
        assertThat(FrameworkView.of(Framework.NIST_800_61, CheckCatalog.metadata()).requirements().get(0).id()).isEqualTo("Preparation");
    }
}
