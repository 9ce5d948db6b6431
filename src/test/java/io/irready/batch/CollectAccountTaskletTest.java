package io.irready.batch;

import io.irready.aws.AwsClientFactory;
import io.irready.aws.AwsClients;
import io.irready.aws.CallMetrics;
import io.irready.checks.EvidenceFixtures;
import io.irready.checks.TestSettings;
import io.irready.collect.AccountEvidenceCollector;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.CallerIdentity;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.EvidenceType;
import io.irready.evidence.Scope;
import io.irready.evidence.Target;
import io.irready.services.logs.LogsEvidence;
import io.irready.settings.IrreadyProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** How one account's partition counts its tries, gives up on an account after the last, and does not count a stop request. */
class CollectAccountTaskletTest {

    private static final String ACCOUNT = "123456789012";

    @TempDir
    Path dir;

    private final JobRepository jobRepository = mock(JobRepository.class);
    private final RunInterruption interruption = new RunInterruption();
    private final AtomicInteger calls = new AtomicInteger();
    private AwsClientFactory aws;
    private EvidenceBundle bundle;
    private StepExecution partition;

    @BeforeEach
    void aRunWithOneAccount() {
        aws = new AwsClientFactory(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")), URI.create("http://127.0.0.1:9"), 1,
                Duration.ofSeconds(1), 4, "us-east-1", new CallMetrics());
        Path runDir = dir.resolve("run");
        bundle = new EvidenceBundle(runDir.resolve("evidence"));
        bundle.writeScope(new Scope(new CallerIdentity(ACCOUNT, "arn:aws:iam::" + ACCOUNT + ":user/ci", "AIDA"), "caller",
                List.of(new Target(ACCOUNT, "prod", "", List.of(), List.of("us-east-1"), null)), List.of(), Instant.now()));
        var parameters = new JobParametersBuilder().addString(RunFolder.RUN_ID, "run").addString(RunFolder.RUN_DIR, runDir.toString()).toJobParameters();
        partition = new StepExecution(2L, AccountPartitioner.stepExecutionName(ACCOUNT), new JobExecution(1L, new JobInstance(1L, "irready-audit"), parameters));
        partition.getExecutionContext().putString(AccountPartitioner.ACCOUNT_ID, ACCOUNT);
    }

    @AfterEach
    void closeClients() {
        aws.close();
    }

    @Test
    void aPartitionThatKeepsFailingIsTriedThreeTimesThenItsAccountIsNotAuditedWithTheReason() throws Exception {
        tasklet(region -> {
            throw new UncheckedIOException(new IOException("no space left on device"));
        }).execute(new StepContribution(partition), null);

        assertThat(calls).hasValue(3);
        assertThat(partition.getExecutionContext().getInt(CollectAccountTasklet.TRIES)).isEqualTo(3);
        assertThat(bundle.readAccess(ACCOUNT).gap()).contains("did not complete in 3 tries").contains("no space left on device");
        // Each try was counted in the job repository before it began.
        verify(jobRepository, atLeastOnce()).updateExecutionContext(partition);
        assertThat(partition.getExecutionContext().getString(CollectAccountTasklet.FILES)).contains("data/" + ACCOUNT + "/access.json");
    }

    @Test
    void aPartitionWhoseWorkersAllDiedIsNotTriedAgain() throws Exception {
        partition.getExecutionContext().putInt(CollectAccountTasklet.TRIES, 3);

        tasklet(region -> logs()).execute(new StepContribution(partition), null);

        assertThat(calls).hasValue(0);
        assertThat(bundle.readAccess(ACCOUNT).gap()).contains("did not complete in 3 tries").contains("stopped during each try");
    }

    @Test
    void aSecondTryAfterAWorkerDiedCollectsTheAccount() throws Exception {
        partition.getExecutionContext().putInt(CollectAccountTasklet.TRIES, 1);

        tasklet(region -> logs()).execute(new StepContribution(partition), null);

        assertThat(calls).hasValue(1);
        assertThat(partition.getExecutionContext().getInt(CollectAccountTasklet.TRIES)).isEqualTo(2);
        assertThat(bundle.readAccess(ACCOUNT).data()).isPresent();
        assertThat(Files.exists(dir.resolve("run/evidence/data/" + ACCOUNT + "/us-east-1/logs.groups.json"))).isTrue();
    }

    @Test
    void aStopRequestDuringATryIsNotCountedAgainstTheAccount() {
        partition.getExecutionContext().putInt(CollectAccountTasklet.TRIES, 1);
        var tasklet = tasklet(region -> {
            interruption.request("SIGTERM");
            return logs();
        });

        assertThatThrownBy(() -> tasklet.execute(new StepContribution(partition), null)).isInstanceOf(RunInterruption.Interrupted.class);
        assertThat(partition.getExecutionContext().getInt(CollectAccountTasklet.TRIES)).isEqualTo(1);
    }

    private CollectAccountTasklet tasklet(Function<String, LogsEvidence> collect) {
        Collector<LogsEvidence> logs = new Collector<>() {
            @Override
            public EvidenceType<LogsEvidence> type() {
                return LogsEvidence.TYPE;
            }

            @Override
            public LogsEvidence collect(AwsClients clients, CollectionContext context, String region) {
                calls.incrementAndGet();
                return collect.apply(region);
            }
        };
        var provider = new StaticListableBeanFactory(Map.of("aws", aws)).getBeanProvider(AwsClientFactory.class);
        return new CollectAccountTasklet(provider, new AccountEvidenceCollector(List.of(logs), 1, interruption::requested), defaults(),
                TestSettings.bound(EvidenceFixtures.SETTINGS), jobRepository, new ResourcelessTransactionManager(), new RunProgress(), interruption);
    }

    private static LogsEvidence logs() {
        return new LogsEvidence(Evidence.collected(List.of()), Evidence.collected(List.of()));
    }

    /** The packaged defaults: three tries. */
    private static IrreadyProperties defaults() {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            new YamlPropertySourceLoader().load("defaults", new ClassPathResource("application.yml")).forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Binder.get(environment).bind("irready", IrreadyProperties.class).get();
    }
}
