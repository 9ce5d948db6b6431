package io.irready.checks.tagging;

import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.evidence.Evidence;
import io.irready.services.tagging.TaggingEvidence;
import io.irready.services.tagging.TaggingEvidence.TaggedResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.irready.checks.CheckAssertions.only;
import static io.irready.checks.CheckAssertions.onlyFor;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static org.assertj.core.api.Assertions.assertThat;

class RequiredTagsCheckTest {

    private final RequiredTagsCheck check = new RequiredTagsCheck();

    @Test
    void passesAResourceWithEveryRequiredTag() {
        Finding finding = onlyFor(check.evaluate(compliant().build(), CONTEXT), "arn:aws:s3:::audit-logs");
        assertThat(finding.status()).isEqualTo(Status.PASS);
    }

    @Test
    void oneFindingPerResourceNamingMissingAndEmptyKeys() {
        List<Finding> findings = check.evaluate(withResources(
                new TaggedResource("arn:a", Map.of("Owner", "team", "Environment", "prod"), null),
                new TaggedResource("arn:b", Map.of("Owner", "team"), null),
                new TaggedResource("arn:c", Map.of("Owner", " ", "Cost", "1"), null)), CONTEXT);
        assertThat(findings).hasSize(3);
        assertThat(onlyFor(findings, "arn:a").status()).isEqualTo(Status.PASS);
        Finding b = onlyFor(findings, "arn:b");
        assertThat(b.status()).isEqualTo(Status.FAIL);
        assertThat(b.message()).isEqualTo("Missing tag keys Environment.");
        assertThat(onlyFor(findings, "arn:c").message()).isEqualTo("Missing tag keys Environment; empty values for Owner.");
    }

    @Test
    void aResourceListedInTwoRegionsIsJudgedOnce() {
        var fixtures = compliant();
        var bucket = Evidence.collected(new TaggingEvidence(Evidence.collected(List.of(new TaggedResource("arn:aws:s3:::shared", Map.of(), null)))));
        var account = fixtures.regions("us-east-1", "eu-west-1").withEvidence(TaggingEvidence.TYPE, "us-east-1", bucket)
                .withEvidence(TaggingEvidence.TYPE, "eu-west-1", bucket).build();
        Finding finding = only(check.evaluate(account, CONTEXT));
        assertThat(finding.region()).isEqualTo("us-east-1");
    }

    @Test
    void tagKeysAreCaseSensitive() {
        Finding finding = only(check.evaluate(withResources(new TaggedResource("arn:a", Map.of("owner", "x", "environment", "y"), null)), CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("Owner, Environment");
    }

    @Test
    void notApplicableWhenTheRegionReturnsNoResources() {
        assertThat(only(check.evaluate(withResources(), CONTEXT)).status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void unknownWhenResourcesCannotBeListed() {
        var fixtures = compliant();
        var denied = Evidence.collected(new TaggingEvidence(denied("tag:GetResources")));
        Finding finding = only(check.evaluate(fixtures.withEvidence(TaggingEvidence.TYPE, "us-east-1", denied).build(), CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
        assertThat(finding.message()).contains("tag:GetResources");
    }

    private static io.irready.evidence.AccountEvidence withResources(TaggedResource... resources) {
        var fixtures = compliant();
        var tagging = Evidence.collected(new TaggingEvidence(Evidence.collected(List.of(resources))));
        return fixtures.withEvidence(TaggingEvidence.TYPE, "us-east-1", tagging).build();
    }
}
