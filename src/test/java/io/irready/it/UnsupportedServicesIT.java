package io.irready.it;

import io.irready.checks.Finding;
import io.irready.checks.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ready account against moto alone, without the stub: every operation moto does not implement leaves a
 * gap in the evidence, and each finding drawn from such a gap is UNKNOWN naming the operation, never PASS.
 */
class UnsupportedServicesIT {

    /** The findings that rest on an operation moto lacks, by check and resource. */
    private static final Map<String, List<String>> RESTING_ON_A_GAP = Map.ofEntries(
            Map.entry("IR-DET-03", List.of("Security Hub in us-east-1", "Security Hub in eu-west-1")),
            Map.entry("IR-DET-05", List.of("Detective in us-east-1", "Detective in eu-west-1")),
            Map.entry("IR-DET-06", List.of("IAM Access Analyzer in us-east-1", "IAM Access Analyzer in eu-west-1")),
            Map.entry("IR-DET-07", List.of("Macie in us-east-1", "Macie in eu-west-1")),
            Map.entry("IR-LOG-18", List.of("account")),
            Map.entry("IR-ACC-08", List.of("live response in us-east-1")),
            Map.entry("IR-PROC-02", List.of("primary contact")),
            Map.entry("IR-PROC-03", List.of("support plan")),
            Map.entry("IR-PROC-04", List.of("Security Incident Response membership")),
            Map.entry("IR-PROC-05", List.of("on-call")),
            Map.entry("IR-PROC-06", List.of("document sharing in us-east-1", "document sharing in eu-west-1")),
            Map.entry("IR-REC-01", List.of("arn:aws:dynamodb:us-east-1:123456789012:table/orders")),
            Map.entry("IR-REC-03", List.of("backup jobs in us-east-1", "restore testing in us-east-1", "backup jobs in eu-west-1")),
            Map.entry("IR-REC-04", List.of("EBS default key in us-east-1", "EBS default key in eu-west-1")),
            Map.entry("IR-TAG-04", List.of("REQUIRED_TAGS rule in us-east-1", "REQUIRED_TAGS rule in eu-west-1")));

    @TempDir
    Path dir;

    @Test
    void findingsDrawnFromOperationsMotoLacksAreUnknownNeverPass() throws Exception {
        Moto.reset();
        new AwsScenario(Moto.endpoint()).readyAccount();
        Path out = dir.resolve("out");
        AuditRun run = AuditRun.of(out, "audit", "--config", AuditRun.config(dir, AwsScenario.SETTINGS).toString(),
                "--endpoint", Moto.endpoint(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        RESTING_ON_A_GAP.forEach((check, resources) -> {
            List<Finding> findings = run.findingsOf(check);
            for (String resource : resources) {
                assertThat(findings).as(check + " " + resource).filteredOn(f -> f.resourceId().equals(resource)).singleElement().satisfies(f -> {
                    assertThat(f.status()).as(f.message()).isEqualTo(Status.UNKNOWN);
                    assertThat(f.message()).containsAnyOf("is not supported by the endpoint", "failed: Unable to unmarshall");
                });
            }
        });
        // Snapshot protection has a gap (Recycle Bin) but fails on what moto does show: a failure outranks a gap.
        assertThat(run.findingsOf("IR-REC-05")).allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.FAIL));
        assertThat(AuditJobIT.gapsIn(run.runDir().resolve("evidence/data"))).isNotEmpty()
                .allSatisfy(gap -> assertThat(ReadyStubs.MOTO_LACKS.stream().anyMatch(gap::endsWith)).as(gap).isTrue());
    }
}
