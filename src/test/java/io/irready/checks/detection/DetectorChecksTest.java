package io.irready.checks.detection;

import io.irready.checks.Status;
import io.irready.evidence.Evidence;
import io.irready.services.accessanalyzer.AccessAnalyzerEvidence;
import io.irready.services.accessanalyzer.AccessAnalyzerEvidence.Analyzer;
import io.irready.services.detective.DetectiveEvidence;
import io.irready.services.macie.MacieEvidence;
import io.irready.services.s3.S3Buckets;
import io.irready.services.securityhub.SecurityHubEvidence;
import io.irready.services.securityhub.SecurityHubEvidence.Standard;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.irready.checks.CheckAssertions.only;
import static io.irready.checks.CheckAssertions.statuses;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.SECURITY_ACCOUNT;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static org.assertj.core.api.Assertions.assertThat;

/** IR-DET-03, IR-DET-05, IR-DET-06 and IR-DET-07. */
class DetectorChecksTest {

    private static final String HUB = "data/123456789012/us-east-1/securityhub.hub.json";
    private static final String DETECTIVE = "data/123456789012/us-east-1/detective.graphs.json";
    private static final String ANALYZERS = "data/123456789012/us-east-1/access-analyzer.analyzers.json";
    private static final String MACIE = "data/123456789012/us-east-1/macie.session.json";

    @Test
    void securityHubWithEveryRequiredStandardReadyPasses() {
        only(new SecurityHubStandardsCheck().evaluate(compliant().build(), CONTEXT), Status.PASS, HUB);
    }

    @Test
    void securityHubOffAMissingOrIncompleteStandardFails() {
        var check = new SecurityHubStandardsCheck();
        var off = compliant().with(SecurityHubEvidence.TYPE, "us-east-1", new SecurityHubEvidence(Evidence.collected(false),
                Evidence.collected(List.of()), Evidence.collected(List.of())));
        assertThat(only(check.evaluate(off.build(), CONTEXT), Status.FAIL, HUB).message()).contains("not enabled");
        var partial = compliant().with(SecurityHubEvidence.TYPE, "us-east-1", new SecurityHubEvidence(Evidence.collected(true),
                Evidence.collected(List.of(new Standard("arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0",
                        "INCOMPLETE"))), Evidence.collected(List.of())));
        assertThat(only(check.evaluate(partial.build(), CONTEXT), Status.FAIL, HUB).message())
                .contains("aws-foundational-security-best-practices (INCOMPLETE)", "cis-aws-foundations-benchmark (not subscribed)");
    }

    @Test
    void aStandardWhoseArnMerelyContainsTheNameDoesNotCount() {
        var lookalike = compliant().with(SecurityHubEvidence.TYPE, "us-east-1", new SecurityHubEvidence(Evidence.collected(true),
                Evidence.collected(List.of(new Standard("arn:aws:securityhub:::standards/my-aws-foundational-security-best-practices-copy/v/1", "READY"),
                        new Standard("arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0", "READY"))), Evidence.collected(List.of())));
        assertThat(only(new SecurityHubStandardsCheck().evaluate(lookalike.build(), CONTEXT), Status.FAIL, HUB).message())
                .contains("aws-foundational-security-best-practices (not subscribed)");
    }

    @Test
    void unreadableStandardsAreUnknown() {
        var fixtures = compliant().with(SecurityHubEvidence.TYPE, "us-east-1", new SecurityHubEvidence(Evidence.collected(true),
                new Evidence.Unsupported<>("securityhub:GetEnabledStandards", "HTTP 500"), Evidence.collected(List.of())));
        assertThat(only(new SecurityHubStandardsCheck().evaluate(fixtures.build(), CONTEXT), Status.UNKNOWN, HUB).message())
                .contains("not supported by the endpoint");
    }

    @Test
    void detectiveOwnGraphOrEnabledMembershipPasses() {
        var check = new DetectiveCheck();
        only(check.evaluate(compliant().build(), CONTEXT), Status.PASS, DETECTIVE);
        var admin = compliant().with(DetectiveEvidence.TYPE, "us-east-1", new DetectiveEvidence(Evidence.collected(List.of("arn:graph")),
                denied("detective:ListInvitations")));
        only(check.evaluate(admin.build(), CONTEXT), Status.PASS, DETECTIVE);
    }

    @Test
    void detectiveInvitedButNotEnabledFailsAndUnreadableIsUnknown() {
        var check = new DetectiveCheck();
        var invited = compliant().with(DetectiveEvidence.TYPE, "us-east-1", new DetectiveEvidence(Evidence.collected(List.of()),
                Evidence.collected(List.of(new DetectiveEvidence.Membership("arn:graph", "INVITED")))));
        assertThat(only(check.evaluate(invited.build(), CONTEXT), Status.FAIL, DETECTIVE).message()).contains("INVITED");
        var graphsDenied = compliant().with(DetectiveEvidence.TYPE, "us-east-1", new DetectiveEvidence(denied("detective:ListGraphs"),
                Evidence.collected(List.of())));
        only(check.evaluate(graphsDenied.build(), CONTEXT), Status.UNKNOWN, DETECTIVE);
        var unsupported = compliant().withEvidence(DetectiveEvidence.TYPE, "us-east-1", new Evidence.Unsupported<>("detective:ListGraphs", "500"));
        only(check.evaluate(unsupported.build(), CONTEXT), Status.UNKNOWN, DETECTIVE);
    }

    @Test
    void accessAnalyzerNeedsAnActiveExternalAccessAnalyzer() {
        var check = new AccessAnalyzerCheck();
        only(check.evaluate(compliant().build(), CONTEXT), Status.PASS, ANALYZERS);
        var unused = compliant().with(AccessAnalyzerEvidence.TYPE, "us-east-1", new AccessAnalyzerEvidence(Evidence.collected(List.of(
                new Analyzer("arn:a", "unused", "ACCOUNT_UNUSED_ACCESS", "ACTIVE"), new Analyzer("arn:b", "broken", "ACCOUNT", "FAILED")))));
        assertThat(only(check.evaluate(unused.build(), CONTEXT), Status.FAIL, ANALYZERS).message())
                .contains("ACCOUNT_UNUSED_ACCESS", "broken is FAILED");
        var denied = compliant().withEvidence(AccessAnalyzerEvidence.TYPE, "us-east-1", denied("access-analyzer:ListAnalyzers"));
        only(check.evaluate(denied.build(), CONTEXT), Status.UNKNOWN, ANALYZERS);
    }

    @Test
    void anOrganizationAnalyzerInAnotherAuditedAccountCoversTheMember() {
        var member = compliant().with(AccessAnalyzerEvidence.TYPE, "us-east-1", new AccessAnalyzerEvidence(Evidence.collected(List.of())))
                .withOther(SECURITY_ACCOUNT, AccessAnalyzerEvidence.TYPE, "us-east-1", Evidence.collected(new AccessAnalyzerEvidence(
                        Evidence.collected(List.of(new Analyzer("arn:org", "org", "ORGANIZATION", "ACTIVE"))))));
        assertThat(only(new AccessAnalyzerCheck().evaluate(member.build(), CONTEXT), Status.PASS, ANALYZERS).message())
                .contains("account " + SECURITY_ACCOUNT);
    }

    @Test
    void macieEnabledWithDiscoveryPassesOtherwiseFails() {
        var check = new MacieCheck();
        only(check.evaluate(compliant().build(), CONTEXT), Status.PASS, MACIE);
        var off = compliant().with(MacieEvidence.TYPE, "us-east-1", new MacieEvidence(Evidence.collected(null), Evidence.collected(null), Evidence.collected(null)));
        assertThat(only(check.evaluate(off.build(), CONTEXT), Status.FAIL, MACIE).message()).contains("not enabled");
        var paused = compliant().with(MacieEvidence.TYPE, "us-east-1", new MacieEvidence(Evidence.collected("PAUSED"), Evidence.collected(null), Evidence.collected(null)));
        assertThat(only(check.evaluate(paused.build(), CONTEXT), Status.FAIL, MACIE).message()).contains("PAUSED");
        var noDiscovery = compliant().with(MacieEvidence.TYPE, "us-east-1", new MacieEvidence(Evidence.collected("ENABLED"),
                Evidence.collected("DISABLED"), Evidence.collected(null)));
        assertThat(only(check.evaluate(noDiscovery.build(), CONTEXT), Status.FAIL, MACIE).message()).contains("DISABLED");
        // The organization's setting is on, and this member was excluded from it by its Macie administrator.
        var excluded = compliant().with(MacieEvidence.TYPE, "us-east-1", new MacieEvidence(Evidence.collected("ENABLED"),
                Evidence.collected("ENABLED"), Evidence.collected("DISABLED")));
        assertThat(only(check.evaluate(excluded.build(), CONTEXT), Status.FAIL, MACIE).message()).contains("excluded");
        var standalone = compliant().with(MacieEvidence.TYPE, "us-east-1", new MacieEvidence(Evidence.collected("ENABLED"),
                Evidence.collected("ENABLED"), Evidence.collected(null)));
        only(check.evaluate(standalone.build(), CONTEXT), Status.PASS, MACIE);
        var ownUnread = compliant().with(MacieEvidence.TYPE, "us-east-1", new MacieEvidence(Evidence.collected("ENABLED"),
                Evidence.collected("ENABLED"), denied("macie2:ListAutomatedDiscoveryAccounts")));
        only(check.evaluate(ownUnread.build(), CONTEXT), Status.UNKNOWN, MACIE);
        var denied = compliant().withEvidence(MacieEvidence.TYPE, "us-east-1", denied("macie2:GetMacieSession"));
        only(check.evaluate(denied.build(), CONTEXT), Status.UNKNOWN, MACIE);
    }

    @Test
    void macieHasNothingToJudgeWithoutBucketsOrOutsideTheConfiguredAccounts() {
        var check = new MacieCheck();
        var empty = compliant().with(S3Buckets.TYPE, new S3Buckets(Evidence.collected(List.of())));
        only(check.evaluate(empty.build(), CONTEXT), Status.NOT_APPLICABLE, "data/123456789012/s3.buckets.json");
        var elsewhere = io.irready.checks.TestSettings.bound("irready.checks.detection.macie-accounts: [\"*data*\"]").context(CONTEXT.evaluatedAt());
        only(check.evaluate(compliant().build(), elsewhere), Status.NOT_APPLICABLE, "data/123456789012/s3.buckets.json");
        var unreadBuckets = compliant().withEvidence(S3Buckets.TYPE, null, denied("s3:ListAllMyBuckets"))
                .with(MacieEvidence.TYPE, "us-east-1", new MacieEvidence(Evidence.collected(null), Evidence.collected(null), Evidence.collected(null)));
        assertThat(statuses(check.evaluate(unreadBuckets.build(), CONTEXT))).containsExactly(Status.FAIL);
    }
}
