package io.irready.batch;

import io.irready.aws.AwsClientFactory;
import io.irready.collect.AccountEvidenceCollector;
import io.irready.settings.IrreadyProperties;
import io.irready.results.Evaluator;
import io.irready.scope.ScopeResolver;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import io.irready.history.HistoryStore;
import io.irready.waivers.Waivers;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;
import java.time.Clock;

/** The audit job: scope, collect (one partition per account), evaluate, report, deliver. Wiring only. */
@Configuration(proxyBeanMethods = false)
public class AuditJobConfiguration {

    public static final String JOB_NAME = "irready-audit";

    @Bean
    Job auditJob(JobRepository jobRepository, Step scopeStep, Step collectStep, Step evaluateStep, Step reportStep, Step historyStep,
                 Step deliverStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(scopeStep)
                .next(collectStep)
                .next(evaluateStep)
                .next(reportStep)
                .next(historyStep)
                .next(deliverStep)
                .build();
    }

    @Bean
    Step scopeStep(JobRepository jobRepository, PlatformTransactionManager transactions, ObjectProvider<AwsClientFactory> aws,
                   ScopeResolver resolver, IrreadyProperties properties, RunProgress progress, RunInterruption interruption, Clock clock) {
        return new StepBuilder("scope", jobRepository)
                .tasklet(new ScopeTasklet(aws, resolver, properties, progress, interruption, clock), transactions)
                .build();
    }

    /** In this process, {@code irready.collect.accounts-in-parallel} partitions at a time; {@code audit --manager} has its own. */
    @Bean
    @ConditionalOnProperty(prefix = "irready.remote", name = "manager", havingValue = "false", matchIfMissing = true)
    Step collectStep(JobRepository jobRepository, AccountPartitioner accountPartitioner, Step collectAccountStep,
                     ThreadPoolTaskExecutor accountExecutor, Clock clock) {
        return new StepBuilder("collect", jobRepository)
                .partitioner(AccountPartitioner.STEP, accountPartitioner)
                .step(collectAccountStep)
                .taskExecutor(accountExecutor)
                .listener(new SealEvidenceListener(jobRepository, clock))
                .build();
    }

    /** Runs the account partitions, {@code irready.collect.accounts-in-parallel} at a time. */
    @Bean
    ThreadPoolTaskExecutor accountExecutor(IrreadyProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.collect().accountsInParallel());
        executor.setMaxPoolSize(properties.collect().accountsInParallel());
        executor.setThreadNamePrefix("account-");
        return executor;
    }

    @Bean
    @StepScope
    AccountPartitioner accountPartitioner(@Value("#{jobParameters['" + RunFolder.RUN_ID + "']}") String runId,
                                          @Value("#{jobParameters['" + RunFolder.RUN_DIR + "']}") String runDir, RunProgress progress) {
        return new AccountPartitioner(new RunFolder(runId, Path.of(runDir)), progress);
    }

    @Bean
    Step collectAccountStep(JobRepository jobRepository, PlatformTransactionManager transactions, CollectAccountTasklet collectAccountTasklet) {
        return new StepBuilder(AccountPartitioner.STEP, jobRepository)
                .tasklet(collectAccountTasklet, transactions)
                .build();
    }

    /** One account's collection, run by this process's collect step or by a worker's. */
    @Bean
    CollectAccountTasklet collectAccountTasklet(ObjectProvider<AwsClientFactory> aws, AccountEvidenceCollector collector, IrreadyProperties properties,
                                                BoundCheckSettings checks, JobRepository jobRepository, PlatformTransactionManager transactions,
                                                RunProgress progress, RunInterruption interruption) {
        return new CollectAccountTasklet(aws, collector, properties, checks, jobRepository, transactions, progress, interruption);
    }

    @Bean
    Step evaluateStep(JobRepository jobRepository, PlatformTransactionManager transactions, Evaluator evaluator,
                      BoundCheckSettings settings, Clock clock, RunProgress progress, RunInterruption interruption, HistoryStore history,
                      Waivers waivers) {
        return new StepBuilder("evaluate", jobRepository)
                .tasklet(new EvaluateTasklet(evaluator, settings, clock, progress, interruption, history, waivers), transactions)
                .build();
    }

    @Bean
    Step historyStep(JobRepository jobRepository, PlatformTransactionManager transactions, HistoryStore history, IrreadyProperties properties,
                     Clock clock, RunProgress progress, RunInterruption interruption) {
        return new StepBuilder("history", jobRepository)
                .tasklet(new HistoryTasklet(history, properties.history(), clock, progress, interruption), transactions)
                .build();
    }

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactions, RunReports reports,
                    IrreadyProperties properties, BoundCheckSettings settings, RunProgress progress, RunInterruption interruption) {
        return new StepBuilder("report", jobRepository)
                .tasklet(new ReportTasklet(reports, properties, settings, progress, interruption), transactions)
                .build();
    }

    @Bean
    Step deliverStep(JobRepository jobRepository, PlatformTransactionManager transactions, ObjectProvider<AwsClientFactory> aws,
                     IrreadyProperties properties, RunProgress progress, RunInterruption interruption) {
        return new StepBuilder("deliver", jobRepository)
                .tasklet(new DeliverTasklet(aws, properties, progress, interruption), transactions)
                .build();
    }
}
