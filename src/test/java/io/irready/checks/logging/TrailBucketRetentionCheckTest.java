package io.irready.checks.logging;

import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.evidence.Evidence;
import io.irready.services.cloudtrail.LifecycleRule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.irready.checks.CheckAssertions.only;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static org.assertj.core.api.Assertions.assertThat;

class TrailBucketRetentionCheckTest {

    private final TrailBucketRetentionCheck check = new TrailBucketRetentionCheck();

    @Test
    void passesWhenNoRuleExpiresLogsBeforeThePolicy() {
        Finding finding = only(check.evaluate(compliant().build(), CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.PASS);
        assertThat(finding.resourceId()).isEqualTo("arn:aws:s3:::audit-logs");
    }

    @Test
    void passesWithoutAnyLifecycleRule() {
        var account = compliant().withBucketLifecycle(Evidence.collected(List.of())).build();
        assertThat(only(check.evaluate(account, CONTEXT)).status()).isEqualTo(Status.PASS);
    }

    @Test
    void failsWhenARuleExpiresLogsTooSoon() {
        var rules = List.of(new LifecycleRule("cleanup", true, "prefix AWSLogs/", 30, null));
        Finding finding = only(check.evaluate(compliant().withBucketLifecycle(Evidence.collected(rules)).build(), CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("rule 'cleanup' (prefix AWSLogs/) expires objects after 30 days").contains("365-day");
    }

    @Test
    void ignoresDisabledRules() {
        var rules = List.of(new LifecycleRule("cleanup", false, "", 30, null));
        assertThat(only(check.evaluate(compliant().withBucketLifecycle(Evidence.collected(rules)).build(), CONTEXT)).status())
                .isEqualTo(Status.PASS);
    }

    @Test
    void failsOnADateBasedExpiration() {
        var rules = List.of(new LifecycleRule("purge", true, "", null, LocalDate.parse("2027-01-01")));
        Finding finding = only(check.evaluate(compliant().withBucketLifecycle(Evidence.collected(rules)).build(), CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("expires all objects on 2027-01-01");
    }

    @Test
    void unknownWhenTheLifecycleCannotBeRead() {
        Finding finding = only(check.evaluate(compliant().withBucketLifecycle(denied("s3:GetLifecycleConfiguration")).build(), CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
        assertThat(finding.message()).contains("s3:GetLifecycleConfiguration");
    }

    @Test
    void notApplicableWithoutTrails() {
        assertThat(only(check.evaluate(compliant().withTrails().build(), CONTEXT)).status()).isEqualTo(Status.NOT_APPLICABLE);
    }
}
