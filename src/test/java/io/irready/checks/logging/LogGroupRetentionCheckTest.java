package io.irready.checks.logging;

import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.evidence.Evidence;
import io.irready.services.logs.LogsEvidence;
import io.irready.services.logs.LogsEvidence.LogGroup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.irready.checks.CheckAssertions.only;
import static io.irready.checks.CheckAssertions.onlyFor;
import static io.irready.checks.CheckAssertions.statuses;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static org.assertj.core.api.Assertions.assertThat;

class LogGroupRetentionCheckTest {

    private final LogGroupRetentionCheck check = new LogGroupRetentionCheck();

    @Test
    void passesLongAndNeverExpiringRetention() {
        assertThat(statuses(check.evaluate(compliant().build(), CONTEXT))).containsExactly(Status.PASS, Status.PASS, Status.PASS);
    }

    @Test
    void failsAGroupBelowThePolicy() {
        var fixtures = compliant();
        var logs = logs(new LogGroup("/app/short", "arn:short", 30, 0), new LogGroup("/app/exact", "arn:exact", 365, 0));
        List<Finding> findings = check.evaluate(fixtures.withEvidence(LogsEvidence.TYPE, "us-east-1", logs).build(), CONTEXT);
        Finding shortGroup = onlyFor(findings, "arn:short");
        assertThat(shortGroup.status()).isEqualTo(Status.FAIL);
        assertThat(shortGroup.message()).contains("only 30 days").contains("requires 365");
        assertThat(onlyFor(findings, "arn:exact").status()).isEqualTo(Status.PASS);
    }

    @Test
    void notApplicableInARegionWithoutLogGroups() {
        var fixtures = compliant();
        var account = fixtures.withEvidence(LogsEvidence.TYPE, "us-east-1", logs()).build();
        assertThat(only(check.evaluate(account, CONTEXT)).status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void unknownWhenLogGroupsCannotBeListed() {
        var fixtures = compliant();
        var denied = Evidence.collected(new LogsEvidence(denied("logs:DescribeLogGroups"), Evidence.collected(List.of())));
        Finding finding = only(check.evaluate(fixtures.withEvidence(LogsEvidence.TYPE, "us-east-1", denied).build(), CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
        assertThat(finding.message()).contains("logs:DescribeLogGroups");
        assertThat(finding.region()).isEqualTo("us-east-1");
    }

    @Test
    void unknownWhenTheRegionsEvidenceIsMissing() {
        var fixtures = compliant();
        Evidence<LogsEvidence> missing = new Evidence.Failed<>("logs:DescribeLogGroups", "evidence file missing");
        Finding finding = only(check.evaluate(fixtures.withEvidence(LogsEvidence.TYPE, "us-east-1", missing).build(), CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
        assertThat(finding.message()).contains("evidence file missing");
    }

    private static Evidence<LogsEvidence> logs(LogGroup... groups) {
        return Evidence.collected(new LogsEvidence(Evidence.collected(List.of(groups)), Evidence.collected(List.of())));
    }
}
