package io.irready.checks.logging;

import io.irready.checks.Finding;
import io.irready.checks.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.irready.checks.CheckAssertions.only;
import static io.irready.checks.CheckAssertions.onlyFor;
import static io.irready.checks.CheckAssertions.statuses;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.allManagementEvents;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static io.irready.checks.EvidenceFixtures.trail;
import static org.assertj.core.api.Assertions.assertThat;

class LogFileValidationCheckTest {

    private final LogFileValidationCheck check = new LogFileValidationCheck();

    @Test
    void passesForEachTrailWithValidation() {
        assertThat(statuses(check.evaluate(compliant().build(), CONTEXT))).containsExactly(Status.PASS);
    }

    @Test
    void failsEveryTrailWithoutValidation() {
        var account = compliant().withTrails(
                trail("org-audit", true, true, true, allManagementEvents()),
                trail("legacy", false, false, true, allManagementEvents())).build();
        List<Finding> findings = check.evaluate(account, CONTEXT);
        assertThat(onlyFor(findings, "arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit").status()).isEqualTo(Status.PASS);
        Finding legacy = onlyFor(findings, "arn:aws:cloudtrail:us-east-1:123456789012:trail/legacy");
        assertThat(legacy.status()).isEqualTo(Status.FAIL);
        assertThat(legacy.message()).contains("'legacy'");
    }

    @Test
    void notApplicableWithoutTrails() {
        assertThat(only(check.evaluate(compliant().withTrails().build(), CONTEXT)).status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void unknownWhenTrailsCannotBeRead() {
        Finding finding = only(check.evaluate(compliant().withCloudTrail(denied("cloudtrail:DescribeTrails")).build(), CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
        assertThat(finding.message()).contains("cloudtrail:DescribeTrails");
    }

    @Test
    void reportsARegionWhoseTrailsCouldNotBeListed() {
        var account = compliant().withTrailListing(Map.of("eu-west-1", denied("cloudtrail:DescribeTrails"))).build();
        List<Finding> findings = check.evaluate(account, CONTEXT);
        Finding region = onlyFor(findings, "trails in eu-west-1");
        assertThat(region.status()).isEqualTo(Status.UNKNOWN);
        assertThat(region.region()).isEqualTo("eu-west-1");
    }
}
