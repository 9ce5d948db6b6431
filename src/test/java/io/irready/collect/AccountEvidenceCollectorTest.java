package io.irready.collect;

import io.irready.aws.AwsClientFactory;
import io.irready.aws.CallMetrics;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import java.net.URI;
import java.time.Duration;
import io.irready.evidence.OrganizationFacts;
import java.util.Set;
import io.irready.aws.AwsClients;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.EvidenceFile;
import io.irready.evidence.Target;
import io.irready.evidence.logs.LogsEvidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AccountEvidenceCollectorTest {

    @TempDir
    Path dir;

    @Test
    void aBrokenCollectorLeavesOnlyItsOwnFileMissing() {
        RegionalCollector<LogsEvidence> logs = new RegionalCollector<>() {
            public EvidenceFile file() {
                return EvidenceFile.LOGS;
            }

            public LogsEvidence collect(AwsClients aws, String region) {
                if (region.equals("eu-west-1")) {
                    throw new IllegalStateException("unexpected response shape");
                }
                return new LogsEvidence(Evidence.collected(List.of()));
            }
        };
        Target target = new Target("123456789012", "prod", "", List.of("us-east-1", "eu-west-1"), null);
        EvidenceBundle bundle = new EvidenceBundle(dir);

        try (var factory = new AwsClientFactory(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")),
                URI.create("http://127.0.0.1:9"), 1, Duration.ofSeconds(1), 4, "us-east-1", new CallMetrics())) {
            new AccountEvidenceCollector(List.of(), List.of(logs), 2).collect(factory.caller(), target,
                    new CollectionContext(target.regions(), Set.of()), bundle);
        }

        var regions = bundle.read(target, OrganizationFacts.NONE).regions();
        assertThat(regions.get(0).logs().data()).isPresent();
        assertThat(regions.get(1).logs().gap()).contains("data/123456789012/eu-west-1/logs.json is missing");
    }
}
