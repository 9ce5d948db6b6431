package io.irready.evidence;

import io.irready.checks.EvidenceFixtures;
import io.irready.evidence.iam.IamEvidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

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

        AccountEvidence read = bundle.read(original.target());

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
        AccountEvidence read = new EvidenceBundle(dir).read(account.target());
        assertThat(read.cloudTrail()).isInstanceOf(Evidence.Failed.class);
        assertThat(read.cloudTrail().gap()).contains("data/123456789012/global/cloudtrail.json is missing");
    }

    @Test
    void scopeRoundTrips() {
        Scope scope = new Scope(new CallerIdentity("123456789012", "arn:aws:sts::123456789012:assumed-role/audit/x", "AROA"),
                List.of(new Target("123456789012", "prod", List.of("us-east-1", "eu-west-1"))), Instant.parse("2026-11-27T01:00:00Z"));
        EvidenceBundle bundle = new EvidenceBundle(dir);
        bundle.writeScope(scope);
        assertThat(bundle.readScope()).isEqualTo(scope);
    }

    @Test
    void aFolderWithoutScopeIsNamedInTheError() {
        assertThatThrownBy(() -> new EvidenceBundle(dir).readScope())
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("has no data/scope.json");
    }
}
