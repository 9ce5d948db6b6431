package io.irready.report;

import io.irready.checks.Area;
import io.irready.checks.CheckCatalog;
import io.irready.checks.CheckMetadata;
import io.irready.checks.Finding;
import io.irready.checks.Severity;
import io.irready.checks.Status;
import io.irready.report.ReportModel.CheckOutcome;
import io.irready.report.ReportModel.Gap;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReportModelBuilderTest {

    @Test
    void tagCoverageIsThePassShareOfTheTaggingCheck() {
        List<Finding> tags = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tags.add(tag(i < 6 ? Status.PASS : Status.FAIL, "arn:r" + i));
        }
        ReportModel model = ReportFixtures.model(tags, 25);
        CheckOutcome tagging = model.accounts().get(0).checks().stream().filter(c -> c.check().id().equals("IR-TAG-02")).findFirst().orElseThrow();
        // the fixture account adds two compliant resources of its own
        assertThat(tagging.pass()).isEqualTo(8);
        assertThat(tagging.fail()).isEqualTo(2);
        assertThat(tagging.passRate()).isCloseTo(100.0 * 8 / 10, within(1e-9));
    }

    @Test
    void gapsAreOrderedBySeverityAndListOnlyTheFirstResources() {
        List<Finding> tags = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            tags.add(tag(Status.FAIL, "arn:r" + i));
        }
        ReportModel model = ReportFixtures.model(tags, 10);
        List<Gap> gaps = model.accounts().get(0).gaps();
        // the stopped trail is the fixture's only critical gap; the tags fail at medium severity
        assertThat(gaps.get(0).check().id()).isEqualTo("IR-LOG-01");
        assertThat(gaps).extracting(g -> g.check().severity()).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        Gap tagging = gaps.stream().filter(g -> g.check().id().equals("IR-TAG-02")).findFirst().orElseThrow();
        assertThat(tagging.fail()).isEqualTo(30);
        assertThat(tagging.shown()).hasSize(10);
        assertThat(tagging.notShown()).isEqualTo(20);
    }

    @Test
    void areasAreTheCatalogsReadinessAreasInOrder() {
        ReportModel model = ReportFixtures.model(List.of(tag(Status.FAIL, "arn:x")), 5);
        assertThat(model.areas()).extracting(ReportModel.AreaScore::area).doesNotContain(Area.SCOPE).isSorted()
                .containsAll(CheckCatalog.metadata().stream().map(CheckMetadata::area).distinct().toList());
    }

    @Test
    void findingsReadMostSevereAndOpenFirst() {
        List<Finding> findings = new java.util.ArrayList<>(List.of(tag(Status.PASS, "arn:a"), tag(Status.FAIL, "arn:b"),
                new Finding("IR-LOG-01", "t", Severity.CRITICAL, Area.LOGGING, "123456789012", "prod", null, "account", Status.UNKNOWN, "m", "r", null),
                io.irready.results.ScopeFindings.skipped(new io.irready.evidence.SkippedAccount("111122223333", "old", "", "SUSPENDED", "closed"))));
        findings.sort(Finding.READING_ORDER);
        assertThat(findings).extracting(Finding::status).containsExactly(Status.UNKNOWN, Status.FAIL, Status.PASS, Status.SKIPPED);
    }

    private static Finding tag(Status status, String arn) {
        return new Finding("IR-TAG-02", "Resources carry the required tags", Severity.MEDIUM, Area.TAGGING, "123456789012", "prod",
                "us-east-1", arn, status, status == Status.PASS ? "Carries all required tags." : "Missing tag keys Owner.", "data/x", null);
    }
}
