package io.irready.evidence;

import io.irready.checks.EvidenceFixtures;
import io.irready.services.cloudtrail.CloudTrailEvidence;
import io.irready.services.cloudtrail.LifecycleRule;
import io.irready.services.config.ConfigEvidence;
import io.irready.services.iam.IamRoles;
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
    void evidenceSurvivesTheRoundTripThroughFiles() {
        var fixtures = EvidenceFixtures.compliant().withIam(Evidence.collected(new IamRoles(EvidenceFixtures.denied("iam:ListRoles"))));
        AccountEvidence original = fixtures.build();
        EvidenceBundle bundle = new EvidenceBundle(dir);
        fixtures.write(bundle, EvidenceFixtures.baseTypes());

        AccountEvidence read = bundle.account(original.target(), OrganizationFacts.NONE, Evidence.collected(null));

        for (var type : EvidenceFixtures.baseTypes()) {
            if (type.perRegion()) {
                assertThat(read.get(type, "us-east-1")).as(type.name()).isEqualTo(original.get(type, "us-east-1"));
            } else {
                assertThat(read.get(type)).as(type.name()).isEqualTo(original.get(type));
            }
        }
        assertThat(read.get(IamRoles.TYPE).data().orElseThrow().roles()).isInstanceOf(Evidence.Denied.class);
        assertThat(dir.resolve("data/123456789012/cloudtrail.trails.json")).isRegularFile();
        assertThat(dir.resolve("data/123456789012/us-east-1/config.recorders.json")).isRegularFile();
    }

    @Test
    void everyOutcomeIsWrittenWithItsName() throws Exception {
        var fixtures = EvidenceFixtures.compliant()
                .withIam(Evidence.collected(new IamRoles(new Evidence.Unsupported<>("iam:ListRoles", "HTTP 500"))));
        fixtures.write(new EvidenceBundle(dir), EvidenceFixtures.baseTypes());
        String json = Files.readString(dir.resolve("data/123456789012/iam.roles.json"));
        assertThat(json).contains("\"outcome\" : \"UNSUPPORTED\"").contains("\"action\" : \"iam:ListRoles\"");
    }

    @Test
    void aMissingFileIsAFailedOutcomeNotAnException() {
        AccountEvidence account = EvidenceFixtures.compliant().build();
        AccountEvidence read = new EvidenceBundle(dir).account(account.target(), OrganizationFacts.NONE, Evidence.collected(null));
        assertThat(read.get(CloudTrailEvidence.TYPE)).isInstanceOf(Evidence.Failed.class);
        assertThat(read.get(CloudTrailEvidence.TYPE).gap()).contains("data/123456789012/cloudtrail.trails.json is missing");
    }

    @Test
    void anOversizeValueOrANullWhereAListBelongsIsAGapNamingTheFile() throws Exception {
        AccountEvidence account = EvidenceFixtures.compliant().build();
        Path trails = dir.resolve(CloudTrailEvidence.TYPE.ref("123456789012", null));
        java.nio.file.Files.createDirectories(trails.getParent());
        java.nio.file.Files.writeString(trails, "{\"trails\": \"" + "x".repeat(Json.MAX_VALUE_LENGTH + 1) + "\"}");
        AccountEvidence read = new EvidenceBundle(dir).account(account.target(), OrganizationFacts.NONE, Evidence.collected(null));
        assertThat(read.get(CloudTrailEvidence.TYPE).gap()).contains("data/123456789012/cloudtrail.trails.json is unreadable")
                .contains("exceeds the maximum");

        java.nio.file.Files.writeString(trails, "{\"organizationTrails\": null, \"trails\": null}");
        AccountEvidence again = new EvidenceBundle(dir).account(account.target(), OrganizationFacts.NONE, Evidence.collected(null));
        assertThat(again.get(CloudTrailEvidence.TYPE).gap()).contains("data/123456789012/cloudtrail.trails.json is unreadable")
                .doesNotContain("NullPointerException");
    }

    @Test
    void aPerRegionTypeIsReadOnlyForARegionInScope() {
        AccountEvidence account = EvidenceFixtures.compliant().build();
        assertThatThrownBy(() -> account.get(ConfigEvidence.TYPE)).hasMessageContaining("per Region");
        assertThatThrownBy(() -> account.get(ConfigEvidence.TYPE, "eu-west-1")).hasMessageContaining("is not audited in the account");
        assertThatThrownBy(() -> account.get(CloudTrailEvidence.TYPE, "us-east-1")).hasMessageContaining("per account");
    }

    @Test
    void scopeRoundTrips() {
        Scope scope = new Scope(new CallerIdentity("123456789012", "arn:aws:sts::123456789012:assumed-role/audit/x", "AROA"), "organization",
                List.of(new Target("123456789012", "prod", "Root/Workloads", List.of("r-ab12", "ou-ab12-workload"), List.of("us-east-1", "eu-west-1"), null),
                        new Target("444455556666", "dev", "Root/Workloads", List.of("r-ab12", "ou-ab12-workload"), List.of("us-east-1"),
                                "arn:aws:iam::444455556666:role/irready-audit")),
                List.of(new SkippedAccount("777788889999", "old", "Root/Closed", "SUSPENDED", "the account is SUSPENDED")),
                Instant.parse("2026-11-27T01:00:00Z"));
        EvidenceBundle bundle = new EvidenceBundle(dir);
        bundle.writeScope(scope);
        assertThat(bundle.readScope()).isEqualTo(scope);
    }

    @Test
    void aLogBucketIsFoundInTheAccountThatOwnsIt() {
        var lifecycle = List.of(new LifecycleRule("keep", true, "", 2555, null));
        Target archive = new Target("111111111111", "log-archive", "", List.of(), List.of("us-east-1"), null);
        Target member = new Target("222222222222", "member", "", List.of(), List.of("us-east-1"), "arn:aws:iam::222222222222:role/irready-audit");
        EvidenceBundle bundle = new EvidenceBundle(dir);
        bundle.write(member.accountId(), null, CloudTrailEvidence.TYPE, new CloudTrailEvidence(Map.of(), List.of(),
                new Evidence.Failed<>("s3:ListAllMyBuckets", "timeout"), Map.of()));
        bundle.write(archive.accountId(), null, CloudTrailEvidence.TYPE, new CloudTrailEvidence(Map.of(), List.of(),
                Evidence.collected(List.of("logs")), Map.of("logs", EvidenceFixtures.logBucket("logs", Evidence.collected(lifecycle)))));
        bundle.writeAccess(member.accountId(), new Evidence.Failed<>("sts:AssumeRole", "could not be assumed"));
        Scope scope = new Scope(new CallerIdentity("111111111111", "arn:aws:sts::111111111111:assumed-role/a/b", "AROA"), "accounts",
                List.of(member, archive), List.of(), Instant.EPOCH);

        OrganizationFacts facts = bundle.readOrganizationFacts(scope, List.of(CloudTrailEvidence.TYPE));

        assertThat(facts.organization()).as("no organization.json in an accounts run").isNull();
        assertThat(facts.shared(CloudTrailEvidence.TYPE)).as("an unreachable account has nothing to share").containsOnlyKeys("111111111111");
        assertThat(facts.shared(CloudTrailEvidence.TYPE).get("111111111111").data().orElseThrow().logBuckets().get("logs").lifecycle().data())
                .contains(lifecycle);
    }

    @Test
    void anAccountThatCouldNotBeAccessedReportsThatForEveryType() {
        var fixtures = EvidenceFixtures.compliant();
        EvidenceBundle bundle = new EvidenceBundle(dir);
        fixtures.write(bundle, EvidenceFixtures.baseTypes());
        bundle.writeAccess(EvidenceFixtures.ACCOUNT, new Evidence.Failed<>("sts:AssumeRole", "the audit role could not be assumed"));

        AccountEvidence read = bundle.account(fixtures.build().target(), OrganizationFacts.NONE, Evidence.collected(null));

        assertThat(read.access().gap()).contains("could not be assumed");
        assertThat(read.get(CloudTrailEvidence.TYPE).gap()).contains("could not be assumed");
        assertThat(read.get(ConfigEvidence.TYPE, "us-east-1").gap()).contains("could not be assumed");
    }

    @Test
    void aFolderWithoutScopeIsNamedInTheError() {
        assertThatThrownBy(() -> new EvidenceBundle(dir).readScope())
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("has no data/scope.json");
    }
}
