package io.irready.evidence;

import io.irready.checks.EvidenceFixtures;
import io.irready.evidence.cloudtrail.CloudTrailEvidence;
import io.irready.evidence.cloudtrail.LifecycleRule;
import io.irready.evidence.iam.IamEvidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceBundleTest {

    @TempDir
    Path dir;

    @Test
    void accountEvidenceSurvivesTheRoundTripThroughFiles() {
        AccountEvidence original = EvidenceFixtures.compliant()
                .withIam(Evidence.collected(new IamEvidence(EvidenceFixtures.denied("iam:ListRoles"))))
                .build();
        EvidenceBundle bundle = new EvidenceBundle(dir);
        EvidenceFixtures.write(bundle, original);

        AccountEvidence read = bundle.read(original.target(), OrganizationFacts.NONE);

        assertThat(read).isEqualTo(original);
        assertThat(read.iam().data().orElseThrow().roles()).isInstanceOf(Evidence.Denied.class);
        assertThat(dir.resolve("data/123456789012/global/cloudtrail.json")).isRegularFile();
        assertThat(dir.resolve("data/123456789012/us-east-1/config.json")).isRegularFile();
    }

    @Test
    void everyOutcomeIsWrittenWithItsName() throws Exception {
        AccountEvidence account = EvidenceFixtures.compliant()
                .withIam(Evidence.collected(new IamEvidence(new Evidence.Unsupported<>("iam:ListRoles", "HTTP 500")))).build();
        EvidenceFixtures.write(new EvidenceBundle(dir), account);
        String json = Files.readString(dir.resolve("data/123456789012/global/iam.json"));
        assertThat(json).contains("\"outcome\" : \"UNSUPPORTED\"").contains("\"action\" : \"iam:ListRoles\"");
    }

    @Test
    void aMissingFileIsAFailedOutcomeNotAnException() {
        AccountEvidence account = EvidenceFixtures.compliant().build();
        AccountEvidence read = new EvidenceBundle(dir).read(account.target(), OrganizationFacts.NONE);
        assertThat(read.cloudTrail()).isInstanceOf(Evidence.Failed.class);
        assertThat(read.cloudTrail().gap()).contains("data/123456789012/global/cloudtrail.json is missing");
    }

    @Test
    void scopeRoundTrips() {
        Scope scope = new Scope(new CallerIdentity("123456789012", "arn:aws:sts::123456789012:assumed-role/audit/x", "AROA"), "organization",
                List.of(new Target("123456789012", "prod", "Root/Workloads", List.of("us-east-1", "eu-west-1"), null),
                        new Target("444455556666", "dev", "Root/Workloads", List.of("us-east-1"), "arn:aws:iam::444455556666:role/irready-audit")),
                List.of(new SkippedAccount("777788889999", "old", "Root/Closed", "SUSPENDED", "the account is SUSPENDED")),
                Instant.parse("2026-11-27T01:00:00Z"));
        EvidenceBundle bundle = new EvidenceBundle(dir);
        bundle.writeScope(scope);
        assertThat(bundle.readScope()).isEqualTo(scope);
    }

    @Test
    void aLogBucketIsJudgedFromTheAccountThatReadItNotFromAFailedReadElsewhere() {
        var lifecycle = List.of(new LifecycleRule("keep", true, "", 2555, null));
        Target archive = new Target("111111111111", "log-archive", "", List.of("us-east-1"), null);
        Target member = new Target("222222222222", "member", "", List.of("us-east-1"), "arn:aws:iam::222222222222:role/irready-audit");
        EvidenceBundle bundle = new EvidenceBundle(dir);
        // The member's trail writes to the archive's bucket; reading it from the member was denied.
        bundle.write(member.accountId(), null, EvidenceFile.CLOUDTRAIL, new CloudTrailEvidence(Map.of(), List.of(),
                new Evidence.Failed<>("s3:ListBuckets", "timeout"), Map.of("logs", EvidenceFixtures.denied("s3:GetLifecycleConfiguration"))));
        bundle.write(archive.accountId(), null, EvidenceFile.CLOUDTRAIL, new CloudTrailEvidence(Map.of(), List.of(),
                Evidence.collected(List.of("logs")), Map.of("logs", Evidence.collected(lifecycle))));
        Scope scope = new Scope(new CallerIdentity("111111111111", "arn:aws:sts::111111111111:assumed-role/a/b", "AROA"), "accounts",
                List.of(member, archive), List.of(), Instant.EPOCH);

        OrganizationFacts facts = bundle.readOrganizationFacts(scope);

        assertThat(facts.organization()).as("no organization.json in an accounts run").isNull();
        assertThat(facts.bucketLifecycle("logs")).hasValueSatisfying(read -> {
            assertThat(read.ownerAccountId()).isEqualTo("111111111111");
            assertThat(read.rules().data()).contains(lifecycle);
        });
    }

    @Test
    void anAccountThatCouldNotBeAccessedReportsThatForEveryPieceOfEvidence() {
        AccountEvidence account = EvidenceFixtures.compliant().build();
        EvidenceBundle bundle = new EvidenceBundle(dir);
        EvidenceFixtures.write(bundle, account);
        bundle.writeAccess(account.target().accountId(), new Evidence.Failed<>("sts:AssumeRole", "the audit role could not be assumed"));

        AccountEvidence read = bundle.read(account.target(), OrganizationFacts.NONE);

        assertThat(read.access().gap()).contains("could not be assumed");
        assertThat(read.cloudTrail().gap()).contains("could not be assumed");
        assertThat(read.regions().get(0).config().gap()).contains("could not be assumed");
    }

    @Test
    void aFolderWithoutScopeIsNamedInTheError() {
        assertThatThrownBy(() -> new EvidenceBundle(dir).readScope())
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("has no data/scope.json");
    }
}
