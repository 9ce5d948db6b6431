package io.irready.batch;

import io.irready.aws.AwsClientFactory;
import io.irready.aws.AwsClients;
import io.irready.collect.AccountEvidenceCollector;
import io.irready.settings.IrreadyProperties;
import io.irready.evidence.AccountAccess;
import io.irready.evidence.BagIt;
import io.irready.files.Untrusted;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.Partition;
import io.irready.evidence.Scope;
import io.irready.evidence.Target;
import io.irready.services.cloudtrail.Trail;
import io.irready.services.organizations.OrganizationEvidence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Step 2, per partition: collect one account's evidence into the run's bundle, with its own clients
 * (the caller's credentials, or the audit role assumed in that account). An account whose role cannot
 * be assumed gets that reason recorded as its access; its checks report it as UNKNOWN and the run goes on.
 * <p>
 * The same partition may run again, in this process after a failure or in another worker after this one died:
 * each try is counted in the partition's context in the job repository before it starts, so after
 * {@code irready.collect.partition-tries} the account is recorded as not collected, with the last reason, and the run
 * completes. Every file a partition wrote is recorded with its SHA-256, for the bag's sealing to verify.
 */
public final class CollectAccountTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(CollectAccountTasklet.class);
    /** The partition context's count of tries begun, and the last one's failure. */
    public static final String TRIES = "tries";
    static final String LAST_FAILURE = "lastFailure";
    /** The partition context's manifest (sha256sum lines) of the account's evidence files as this partition wrote them. */
    static final String FILES = "files";

    private final ObjectProvider<AwsClientFactory> aws;
    private final AccountEvidenceCollector collector;
    private final IrreadyProperties.ScopeSettings settings;
    private final int tries;
    private final BoundCheckSettings checks;
    private final JobRepository jobRepository;
    private final TransactionTemplate ownTransaction;
    private final RunProgress progress;
    private final RunInterruption interruption;

    public CollectAccountTasklet(ObjectProvider<AwsClientFactory> aws, AccountEvidenceCollector collector, IrreadyProperties properties,
                                 BoundCheckSettings checks, JobRepository jobRepository, PlatformTransactionManager transactions,
                                 RunProgress progress, RunInterruption interruption) {
        this.aws = aws;
        this.collector = collector;
        this.settings = properties.scope();
        this.tries = properties.collect().partitionTries();
        this.checks = checks;
        this.jobRepository = jobRepository;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.progress = progress;
        this.interruption = interruption;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        interruption.check();
        var step = contribution.getStepExecution();
        ExecutionContext partition = step.getExecutionContext();
        RunFolder run = RunFolder.of(step.getJobParameters());
        String accountId = partition.getString(AccountPartitioner.ACCOUNT_ID);
        EvidenceBundle bundle = new EvidenceBundle(run.evidence());
        Scope scope = bundle.readScope();
        Partition awsPartition = Partition.ofArn(scope.caller().arn());
        Target target = scope.targets().stream()
                .filter(t -> t.accountId().equals(accountId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("account " + accountId + " is not in the run's scope"));
        if (partition.getInt(TRIES, 0) > 0) {
            log.warn("Account {} again: {} earlier tr{} did not finish ({})", accountId, partition.getInt(TRIES),
                    partition.getInt(TRIES) == 1 ? "y" : "ies", partition.getString(LAST_FAILURE, "the process running it stopped"));
        }
        while (true) {
            int attempt = partition.getInt(TRIES, 0) + 1;
            partition.putInt(TRIES, attempt);
            // Committed at once, not with the step's transaction: a worker killed during the try leaves the count behind.
            ownTransaction.executeWithoutResult(status -> jobRepository.updateExecutionContext(step));
            if (attempt > tries) {
                notCollected(bundle, accountId, partition.getString(LAST_FAILURE, "the process collecting it stopped during each try"));
                break;
            }
            try {
                log.debug("Collecting account {} (try {} of {})", accountId, attempt, tries);
                collect(bundle, target, awsPartition);
                break;
            } catch (RuntimeException e) {
                if (e instanceof RunInterruption.Interrupted) {
                    uncount(step, attempt);
                    throw e;
                }
                String reason = Untrusted.printable(String.valueOf(e), 500);
                partition.putString(LAST_FAILURE, reason);
                log.warn("Collecting account {} failed (try {} of {}): {}", accountId, attempt, tries, reason);
                if (attempt >= tries) {
                    notCollected(bundle, accountId, reason);
                    break;
                }
            }
        }
        if (interruption.requested()) {
            // Collectors skipped after a stop request leave the account to the restart, which is not a failed try.
            uncount(step, partition.getInt(TRIES));
            interruption.check();
        }
        partition.putString(FILES, BagIt.manifest(bundle.accountFiles(accountId)));
        progress.accountDone();
        return RepeatStatus.FINISHED;
    }

    /** A try a stop request cut short is not counted against the account. */
    private void uncount(StepExecution step, int attempt) {
        step.getExecutionContext().putInt(TRIES, attempt - 1);
        ownTransaction.executeWithoutResult(status -> jobRepository.updateExecutionContext(step));
    }

    private void notCollected(EvidenceBundle bundle, String accountId, String reason) {
        log.warn("Account {} is not audited: its collection did not complete in {} tr{}", accountId, tries, tries == 1 ? "y" : "ies");
        bundle.writeAccess(accountId, new Evidence.Failed<>("collect", "the collection of this account did not complete in " + tries
                + " tr" + (tries == 1 ? "y" : "ies") + " (irready.collect.partition-tries); the last: " + reason
                + ". Fix the cause and run the audit again"));
    }

    private void collect(EvidenceBundle bundle, Target target, Partition partition) {
        String accountId = target.accountId();
        Set<String> trailBuckets = organizationTrailBuckets(bundle.readOrganization());
        try (AwsClients clients = target.roleArn() == null
                ? aws.getObject().caller(partition)
                : aws.getObject().assuming(target.roleArn(), settings.auditRoleExternalId(), settings.auditSessionName())) {
            Evidence<AccountAccess> access = access(clients, target);
            bundle.writeAccess(accountId, access);
            if (access.data().isPresent()) {
                collector.collect(clients, target, regions -> checks.collection(accountId, regions, trailBuckets), bundle);
            } else {
                log.warn("Account {} ({}) is not audited: {}", accountId, target.accountName(), access.gap());
            }
        }
    }

    /** Assumes the role now, so that a role that cannot be assumed is recorded once, with its reason. */
    private Evidence<AccountAccess> access(AwsClients clients, Target target) {
        AccountAccess access = new AccountAccess(target.roleArn(), target.roleArn() == null ? null : settings.auditSessionName());
        if (target.roleArn() == null) {
            return Evidence.collected(access);
        }
        try {
            clients.resolveCredentials();
            return Evidence.collected(access);
        } catch (SdkException e) {
            String reason = e instanceof AwsServiceException aws && aws.awsErrorDetails() != null
                    ? aws.awsErrorDetails().errorCode() + ": " + aws.awsErrorDetails().errorMessage()
                    : e.getMessage();
            return new Evidence.Failed<>("sts:AssumeRole", "the audit role " + target.roleArn() + " could not be assumed (" + reason
                    + "). Deploy the role in the account, trusting the auditing account (deploy/iam), or correct irready.scope.audit-role");
        }
    }

    private static Set<String> organizationTrailBuckets(Evidence<OrganizationEvidence> organization) {
        if (organization == null) {
            return Set.of();
        }
        return organization.flatMap(OrganizationEvidence::organizationTrails).data().orElse(List.of()).stream()
                .map(Trail::s3BucketName).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
