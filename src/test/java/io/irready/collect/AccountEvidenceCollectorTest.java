package io.irready.collect;

import io.irready.aws.AwsClientFactory;
import io.irready.aws.AwsClients;
import io.irready.aws.CallMetrics;
import io.irready.evidence.AccountAccess;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.EvidenceType;
import io.irready.evidence.OrganizationFacts;
import io.irready.evidence.Target;
import io.irready.services.logs.LogsEvidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountEvidenceCollectorTest {

    @TempDir
    Path dir;

    @Test
    void aBrokenCollectorLeavesOnlyItsOwnFileMissing() {
        Collector<LogsEvidence> logs = logsCollector(region -> {
            if (region.equals("eu-west-1")) {
                throw new IllegalStateException("unexpected response shape");
            }
            return new LogsEvidence(Evidence.collected(List.of()), Evidence.collected(List.of()));
        });
        EvidenceBundle bundle = new EvidenceBundle(dir);

        collect(logs, bundle);

        var account = bundle.account(TARGET, OrganizationFacts.NONE, Evidence.collected(null));
        assertThat(account.get(LogsEvidence.TYPE, "us-east-1").data()).isPresent();
        assertThat(account.get(LogsEvidence.TYPE, "eu-west-1").gap()).contains("data/123456789012/eu-west-1/logs.groups.json is missing");
        assertThat(account.access()).isEqualTo(Evidence.collected(new AccountAccess(null, null)));
    }

    @Test
    void aFailureToWriteIsThrownOnlyOnceEveryOtherCollectorHasEnded() {
        Collector<LogsEvidence> logs = logsCollector(region -> {
            if (region.equals("us-east-1")) {
                throw new UncheckedIOException(new IOException("disk full"));
            }
            sleep(300);
            return new LogsEvidence(Evidence.collected(List.of()), Evidence.collected(List.of()));
        });

        assertThatThrownBy(() -> collect(logs, new EvidenceBundle(dir))).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
        // The slow Region's file was written before the failure was thrown, so nothing writes into the account's folder later.
        assertThat(dir.resolve("data/123456789012/eu-west-1/logs.groups.json")).isRegularFile();
    }

    private static final Target TARGET = new Target("123456789012", "prod", "", List.of(), List.of("us-east-1", "eu-west-1"), null);

    /** The account's log groups, as {@code collect} says for each Region. */
    private static Collector<LogsEvidence> logsCollector(Function<String, LogsEvidence> collect) {
        return new Collector<>() {
            @Override
            public EvidenceType<LogsEvidence> type() {
                return LogsEvidence.TYPE;
            }

            @Override
            public LogsEvidence collect(AwsClients aws, CollectionContext context, String region) {
                return collect.apply(region);
            }
        };
    }

    /** Collects {@link #TARGET} with the one collector, two at a time, through clients that reach nothing. */
    private static void collect(Collector<LogsEvidence> collector, EvidenceBundle bundle) {
        try (var factory = new AwsClientFactory(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")),
                URI.create("http://127.0.0.1:9"), 1, Duration.ofSeconds(1), 4, "us-east-1", new CallMetrics())) {
            new AccountEvidenceCollector(List.of(collector), 2, () -> false).collect(factory.caller(), TARGET,
                    regions -> new CollectionContext(TARGET.accountId(), regions, Set.of(), role -> false, user -> false), bundle);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
